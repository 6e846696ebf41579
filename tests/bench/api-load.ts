import { runSize } from '../load/run';
import { report } from './report';

const CANDIDATES = 200;

/**
 * `api.read.rps` / `api.read.p99_ms` and `api.submit.rps` / `api.submit.p99_ms`: the read and hand-in
 * bursts of `npm run load` with 200 concurrent candidates against the real server on PostgreSQL (when
 * DATABASE_URL names a server). A hand-in counts when it is durably stored and acknowledged (202).
 */
export async function apiLoadBench(): Promise<void> {
  if (!process.env.DATABASE_URL) return;
  const figures = await runSize(CANDIDATES, { fault: false, interviews: false });
  if (!figures.healthy) throw new Error('the load run lost, doubled or left unscored a hand-in');
  report('api.read.rps', figures.reads!.rps, 'req/s');
  report('api.read.p99_ms', figures.reads!.p99, 'ms');
  report('api.submit.rps', figures.submits!.rps, 'req/s');
  report('api.submit.p99_ms', figures.submits!.p99, 'ms');
  report('api.submit.queries_per_ack', figures.submits!.queriesPerAck, 'queries');
}
