import { randomUUID } from 'node:crypto';
import { connect, type Sql } from '../../backend/db/client';
import { startEmbeddedDatabase } from '../../backend/db/embedded';
import { migrate } from '../../backend/db/migrate';
import { BUILT_IN_TASKS, builtInTask } from '../../backend/tasks/library';
import { syncTaskLibrary } from '../../backend/tasks/store';
import { jsonRequest, listen, testApp } from '../helpers/app';
import { solvedSnapshot } from '../helpers/snapshots';
import { anAssessment, anOrganisation } from '../helpers/world';
import { quantile, report } from './report';

const ROUNDS = 60;
const WARM_UP = 5;

/**
 * The vertical slice over real HTTP on loopback, one candidate at a time: create an invite, redeem it,
 * hand in a solved task, read the scored result. Reports each step's median and p95.
 */
async function measure(engine: string, sql: Sql): Promise<void> {
  // The benchmark replays one candidate's path many times from one address: abuse limits would stop it.
  const server = await listen(testApp(sql, { rateLimiter: { hit: () => ({ ok: true, retryAfterSeconds: 0 }) } }));
  const org = await anOrganisation(sql);
  const assessmentId = await anAssessment(sql, org.orgId);
  const task = builtInTask('price-lookup-vlookup')!;
  const snapshot = solvedSnapshot(task);
  const steps: Record<string, number[]> = { invite: [], redeem: [], submit: [], result: [], total: [] };
  const timed = async (step: string, path: string, init: RequestInit) => {
    const t0 = performance.now();
    const res = await fetch(server.url + path, init);
    const body = (await res.json()) as Record<string, string>;
    steps[step]!.push(performance.now() - t0);
    if (!res.ok) throw new Error(`${step} answered ${res.status}: ${JSON.stringify(body)}`);
    return body;
  };
  for (let i = 0; i < ROUNDS + WARM_UP; i++) {
    const t0 = performance.now();
    const { code } = await timed(
      'invite',
      '/api/v1/invites',
      jsonRequest('POST', { assessmentId, candidateName: 'Bench', candidateEmail: 'b@example.com' }, org.token),
    );
    const { sessionToken } = await timed('redeem', '/api/v1/invites/redeem', jsonRequest('POST', { code }));
    const submissionId = randomUUID();
    await timed('submit', '/api/v1/session/submissions', jsonRequest('POST', { submissionId, taskId: task.id, snapshot }, sessionToken));
    await timed('result', `/api/v1/submissions/${submissionId}`, jsonRequest('GET', undefined, org.token));
    steps.total!.push(performance.now() - t0);
    if (i < WARM_UP) for (const list of Object.values(steps)) list.pop();
  }
  for (const [step, values] of Object.entries(steps)) {
    report(`api.slice.${engine}.${step}.median_ms`, quantile(values, 0.5), 'ms');
    report(`api.slice.${engine}.${step}.p95_ms`, quantile(values, 0.95), 'ms');
  }
  await server.close();
}

export async function sliceLatency(): Promise<void> {
  const embedded = await startEmbeddedDatabase('memory://');
  const lite = connect(embedded.url, { max: 1 });
  await migrate(lite);
  await syncTaskLibrary(lite, BUILT_IN_TASKS);
  await measure('pglite', lite);
  await lite.end();
  await embedded.stop();

  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return;
  const name = `ei_bench_${Date.now()}`;
  const admin = connect(serverUrl, { max: 1 });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pg = connect(url.toString(), { max: 10 });
  try {
    await migrate(pg);
    await syncTaskLibrary(pg, BUILT_IN_TASKS);
    await measure('postgres', pg);
  } finally {
    await pg.end();
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
