import { connect, type Sql } from '../../backend/db/client';
import { migrate } from '../../backend/db/migrate';
import { analyticsFor } from '../../backend/recruiting/analytics';
import { jsonRequest, listen, testApp } from '../helpers/app';
import { anIntegrationToken } from '../helpers/world';
import { quantile, report } from './report';
import { SCALE, seedScale } from './scale-seed';

const DATABASE = 'ei_scale_bench';
const SAMPLES = 100;
const WARM_UP = 10;

async function timed(samples: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples + WARM_UP; i++) {
    const t0 = performance.now();
    await run(i);
    if (i >= WARM_UP) times.push(performance.now() - t0);
  }
  return times;
}

/** The seeded organisation, seeding it first when the database is missing or was not finished. */
async function scaleOrganisation(serverUrl: string): Promise<{ sql: Sql; orgId: string }> {
  const url = new URL(serverUrl);
  url.pathname = `/${DATABASE}`;
  const admin = connect(serverUrl, { max: 1 });
  const [exists] = await admin`SELECT 1 FROM pg_database WHERE datname = ${DATABASE}`;
  if (!exists) await admin.unsafe(`CREATE DATABASE "${DATABASE}"`);
  await admin.end();
  const sql = connect(url.toString(), { max: 10 });
  await migrate(sql);
  const [seeded] = await sql<{ id: string; sessions: number }[]>`
    SELECT o.id, (SELECT count(*)::int FROM interviews se WHERE se.org_id = o.id) AS sessions
    FROM organisations o WHERE o.name = 'Scale Co'`;
  if (seeded?.sessions === SCALE.sessions) return { sql, orgId: seeded.id };
  if (seeded) await sql`DELETE FROM organisations WHERE id = ${seeded.id}`;
  process.stderr.write(
    `seeding ${DATABASE} with ${SCALE.sessions} sessions and ${SCALE.sessions * SCALE.perSession} submissions (about 3 minutes, once)…\n`,
  );
  return { sql, orgId: await seedScale(sql) };
}

/**
 * The dashboard at scale: one organisation with 100,000 interviews and 1,000,000 scored hand-ins on
 * PostgreSQL (`npm run seed:scale` makes the same data). Each analytics query is timed on the dashboard's
 * default range (the last 90 days, all assessments) and over all time; the result page, the interview
 * list, the live view and the whole analytics answer are timed through the HTTP API on loopback.
 */
export async function dashboardScaleBench(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return;
  const { sql, orgId } = await scaleOrganisation(serverUrl);
  try {
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    for (const [label, range] of [
      ['', { from: day(90), to: day(0) }],
      ['.all_time', {}],
    ] as const) {
      const analytics = analyticsFor(sql, orgId, range);
      for (const query of ['distribution', 'tasks', 'funnel', 'skills', 'levels', 'tiles'] as const) {
        report(`dashboard.${query}${label}.p95_ms`, quantile(await timed(SAMPLES, () => analytics[query]()), 0.95), 'ms');
      }
    }

    const server = await listen(testApp(sql));
    const token = await anIntegrationToken(sql, orgId);
    const sessions = (
      await sql<{ id: string }[]>`SELECT id FROM interviews WHERE org_id = ${orgId} ORDER BY md5(id::text) LIMIT ${SAMPLES + WARM_UP}`
    ).map((r) => r.id);
    const get = async (path: string) => {
      const res = await fetch(server.url + path, jsonRequest('GET', undefined, token));
      if (!res.ok) throw new Error(`${path} answered ${res.status}`);
      return res.arrayBuffer();
    };
    const apis: [string, (i: number) => string][] = [
      ['result_api', (i) => `/api/v1/sessions/${sessions[i]}/results`],
      ['analytics_api', () => `/api/v1/analytics?from=${day(90)}&to=${day(0)}`],
      ['interviews_api', () => '/api/v1/interviews?limit=100'],
      ['live_api', () => '/api/v1/interviews/live'],
    ];
    for (const [name, path] of apis) report(`dashboard.${name}.p95_ms`, quantile(await timed(SAMPLES, (i) => get(path(i))), 0.95), 'ms');

    // The list as a recruiter uses it: a search with a sort, and page 50 reached through the cursor (49 pages walked once, then page 50 timed).
    const search = (i: number) =>
      `/api/v1/interviews?q=${encodeURIComponent(`candidate ${1000 + ((i * 7919) % 99_000)}`)}&sort=score_desc&limit=50`;
    report('dashboard.interviews_search.p95_ms', quantile(await timed(SAMPLES, (i) => get(search(i))), 0.95), 'ms');
    let cursor: string | null = null;
    for (let page = 1; page < 50; page++) {
      const res: Response = await fetch(
        `${server.url}/api/v1/interviews?limit=50${cursor ? `&cursor=${cursor}` : ''}`,
        jsonRequest('GET', undefined, token),
      );
      cursor = ((await res.json()) as { nextCursor: string | null }).nextCursor;
    }
    report(
      'dashboard.interviews_page50.p95_ms',
      quantile(await timed(SAMPLES, () => get(`/api/v1/interviews?limit=50&cursor=${cursor}`)), 0.95),
      'ms',
    );
    await server.close();
  } finally {
    await sql.end();
  }
}
