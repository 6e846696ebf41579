import { randomUUID } from 'node:crypto';
import type { TaskSpec } from '../../shared/task';
import { asHandedOut } from '../helpers/interviews';
import { connect } from '../../backend/db/client';
import { migrate } from '../../backend/db/migrate';
import { DEMO_TASK_IDS } from '../../backend/demo/seed-demo';
import { postgresRateLimiter, withLocalAllowance } from '../../backend/limits/rate-limiters';
import { BUILT_IN_TASKS } from '../../backend/tasks/library';
import { syncTaskLibrary } from '../../backend/tasks/store';
import { jsonRequest, testApp } from '../helpers/app';
import { solvedSnapshot } from '../helpers/snapshots';
import { anAssessment, anInvite, anOrganisation } from '../helpers/world';
import { runSize } from '../load/run';
import { report } from './report';

const CANDIDATES = 200;
const COUNTED_HAND_INS = 100;

/**
 * `api.read.rps` / `api.read.p99_ms` and `api.submit.rps` / `api.submit.p99_ms`: the read and hand-in
 * bursts of `npm run load` with 200 concurrent candidates against the real server on PostgreSQL (when
 * DATABASE_URL names a server). A hand-in counts when it is durably stored and acknowledged (202).
 * `api.submit.queries_per_ack` and `api.submit.queries_per_hand_in` count the statements one hand-in
 * sends, to acknowledge it and over its whole life (scoring and review included), with the limits counted
 * as the load run's server counts them (in PostgreSQL, volume limits past a local allowance).
 */
export async function apiLoadBench(): Promise<void> {
  if (!process.env.DATABASE_URL) return;
  const figures = await runSize(CANDIDATES, { fault: false, interviews: false });
  if (!figures.healthy) throw new Error('the load run lost, doubled or left unscored a hand-in');
  report('api.read.rps', figures.reads!.rps, 'req/s');
  report('api.read.p99_ms', figures.reads!.p99, 'ms');
  report('api.submit.rps', figures.submits!.rps, 'req/s');
  report('api.submit.p99_ms', figures.submits!.p99, 'ms');
  const counted = await statementsPerHandIn(process.env.DATABASE_URL);
  report('api.submit.queries_per_ack', counted.ack, 'queries');
  report('api.submit.queries_per_hand_in', counted.life, 'queries');
}

/** Statements per hand-in, counted at the client, on a throwaway database. */
async function statementsPerHandIn(server: string): Promise<{ ack: number; life: number }> {
  const name = `ei_statements_${Date.now()}`;
  const admin = connect(server, { max: 1 });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const sent: string[] = [];
  const sql = connect(url.toString(), { max: 4, onQuery: (statement) => sent.push(statement.trim()) });
  try {
    await migrate(sql);
    await syncTaskLibrary(sql, BUILT_IN_TASKS);
    const shared = postgresRateLimiter(sql);
    const app = testApp(sql, { rateLimiter: shared, volumeRateLimiter: withLocalAllowance(shared), clientIpHeader: 'x-forwarded-for' });
    const org = await anOrganisation(sql);
    const assessmentId = await anAssessment(sql, org.orgId, DEMO_TASK_IDS);
    let ack = 0;
    let life = 0;
    for (let i = 0; i < COUNTED_HAND_INS; i++) {
      const code = await anInvite(sql, org.orgId, assessmentId);
      // Each candidate from an address of its own, as in the load run, so the per-address limit is not what is measured.
      const redeem = jsonRequest('POST', { code });
      redeem.headers = { ...redeem.headers, 'x-forwarded-for': `10.9.${i >> 8}.${i & 255}` };
      const redeemed = (await (await app.request('/api/v1/invites/redeem', redeem)).json()) as {
        sessionToken: string;
        task: { id: string; starter: TaskSpec['starter'] };
      };
      const body = { submissionId: randomUUID(), taskId: redeemed.task.id, snapshot: solvedSnapshot(asHandedOut(redeemed.task)) };
      const from = sent.length;
      await app.request('/api/v1/session/submissions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${redeemed.sessionToken}`, prefer: 'respond-async' },
        body: JSON.stringify(body),
      });
      // Scoring starts in the background before the answer leaves; its claim is not the acknowledgement's.
      ack += sent.slice(from).filter((s) => !s.startsWith("UPDATE submissions SET scoring_state = 'scoring'")).length;
      await app.drain();
      life += sent.length - from;
    }
    return { ack: ack / COUNTED_HAND_INS, life: life / COUNTED_HAND_INS };
  } finally {
    await sql.end();
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
