import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connect, type Sql } from '../../backend/db/client';
import { migrate } from '../../backend/db/migrate';
import { DEMO_TASK_IDS } from '../../backend/demo/seed-demo';
import { BUILT_IN_TASKS, builtInTask } from '../../backend/tasks/library';
import { syncTaskLibrary } from '../../backend/tasks/store';
import { quantile, report } from '../bench/report';
import { startBackend } from '../helpers/backend-process';
import { solvedSnapshot } from '../helpers/snapshots';
import { anAssessment, anInvite, anOrganisation } from '../helpers/world';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import { handInOnce, playInterview, readRepeatedly, startInterview, type Ledger, type Sample } from './virtual-candidate';
import { wrkHandIns, wrkInstalled, wrkReads } from './wrk';
import { hostileHandIns } from './hostile';

/**
 * `npm run load`: N concurrent virtual candidates against the real server (`backend/node.ts`, as `npm start`
 * runs it) on PostgreSQL, on loopback, for N = 50, 200 and 500 (or `--candidates 100,300`). Bounded: each
 * run makes a fixed number of requests. Three phases per N:
 *   1. interviews: every candidate plays the whole interview (reads, hand-ins acknowledged at once and
 *      scored in the pool, follow-up answers); with `--fault`, PostgreSQL is stopped 4 s in and started
 *      again 5 s later (its own pg_ctlcluster), and the clients carry on as the add-in does: retry;
 *   2. reads: each client reads its own session for 10 s (with wrk, `apt-get install wrk`; else 20,000
 *      reads from Node's fetch, which on two shared cores measures the client as much as the server);
 *   3. hand-ins: 2,000 hand-ins, each durably stored before the answer (wrk too, when installed), then
 *      reads while they are scored.
 * Then it reconciles with the database: every hand-in a client saw acknowledged is there exactly once, and
 * scored. Figures print as bench lines; the summary goes to stderr. Exits 1 when anything is lost or doubled.
 */
const READS = 20_000;
const READ_SECONDS = 10;
const HAND_INS = 2_000;
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres:load@127.0.0.1:5432/postgres';
const PG_VERSION = spawnSync('ls', ['/etc/postgresql']).stdout.toString().trim().split('\n')[0] ?? '15';
/** Asynchronous, so the virtual candidates keep running (and timing) while PostgreSQL stops and starts. */
const pgCtl = (action: 'stop' | 'start') =>
  new Promise<number | null>((resolve) => {
    execFile('pg_ctlcluster', ['--skip-systemctl-redirect', PG_VERSION, 'main', action], (error) =>
      resolve(error ? (typeof error.code === 'number' ? error.code : 1) : 0),
    );
  });
/** With --fault: PostgreSQL goes down this far into the interviews, for this long, with its own command. */
const FAULT_AT_MS = 4_000;
const FAULT_FOR_MS = 5_000;

const newLedger = (): Ledger => ({ samples: [], acknowledged: new Set(), gaveUp: 0 });
const say = (line: string) => process.stderr.write(`${line}\n`);

async function inParallel<T>(items: T[], concurrency: number, work: (item: T, i: number) => Promise<void>): Promise<number> {
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
  return (performance.now() - t0) / 1000;
}

function latency(samples: Sample[], kind: string) {
  const ok = samples.filter((s) => s.kind === kind && s.status >= 200 && s.status < 300).map((s) => s.ms);
  const errors = samples.filter((s) => s.kind === kind && (s.status === 0 || s.status >= 400)).length;
  return { n: ok.length, errors, p50: quantile(ok, 0.5), p95: quantile(ok, 0.95), p99: quantile(ok, 0.99) };
}

/** Authenticated reads by `connections` clients, each with its own candidate's token. */
async function measureReads(base: string, tokens: string[], connections: number) {
  if (wrkInstalled()) return { tool: 'wrk', ...(await wrkReads(base, tokens, connections, READ_SECONDS)) };
  const ledger = newLedger();
  const perClient = Math.ceil(READS / connections);
  const seconds = await inParallel(tokens, connections, (token) => readRepeatedly(base, token, perClient, ledger));
  const l = latency(ledger.samples, 'read');
  return { tool: 'node fetch', requests: l.n, seconds, rps: l.n / seconds, errors: l.errors, p50: l.p50, p99: l.p99 };
}

/** One hand-in per session by `connections` clients, acknowledged once stored; the ids acknowledged go in `ledger`. */
async function measureHandIns(
  base: string,
  sessions: { token: string; taskId: string }[],
  snapshots: Record<string, WorkbookSnapshot>,
  connections: number,
  ledger: Ledger,
) {
  if (wrkInstalled()) {
    const w = await wrkHandIns(base, sessions, snapshots, connections);
    for (const id of w.acknowledged) ledger.acknowledged.add(id);
    return { tool: 'wrk', n: w.acknowledged.length, seconds: w.seconds, errors: w.errors, p50: w.p50, p95: NaN, p99: w.p99 };
  }
  const seconds = await inParallel(sessions, connections, (s) => handInOnce(base, s.token, s.taskId, snapshots[s.taskId]!, ledger));
  return { tool: 'node fetch', seconds, ...latency(ledger.samples, 'submit') };
}

async function reconcile(sql: Sql, orgId: string, ledger: Ledger) {
  for (let waited = 0; waited < 120; waited++) {
    const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM submissions WHERE org_id = ${orgId} AND scored_at IS NULL`;
    if (row!.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const rows = await sql<
    { id: string; scored: boolean }[]
  >`SELECT id, scored_at IS NOT NULL AS scored FROM submissions WHERE org_id = ${orgId}`;
  const inDb = new Map(rows.map((r) => [r.id, r.scored]));
  const [dup] = await sql<
    { n: number }[]
  >`SELECT (count(*) - count(DISTINCT (session_id, task_id)))::int AS n FROM submissions WHERE org_id = ${orgId}`;
  return {
    acknowledged: ledger.acknowledged.size,
    lost: [...ledger.acknowledged].filter((id) => !inDb.has(id)).length,
    doubled: dup!.n,
    unscored: [...inDb.values()].filter((scored) => !scored).length,
  };
}

export interface LoadOptions {
  /** Stop PostgreSQL in the middle of the interviews (then only that phase runs). */
  fault: boolean;
  /** Play whole interviews first (the bench skips them and measures the two bursts only). */
  interviews: boolean;
  /** Mix the hostile hand-ins (tests/load/hostile.ts) into the interviews, each from a candidate of its own. */
  hostile?: boolean;
}

export interface LoadFigures {
  healthy: boolean;
  reads?: { rps: number; p99: number };
  submits?: { rps: number; p99: number };
}

export async function runSize(n: number, args: LoadOptions): Promise<LoadFigures> {
  const name = `ei_load_${Date.now()}_${n}`;
  const admin = connect(SERVER, { max: 1 });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const sql = connect(url.toString(), { max: 4 });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ei-load-'));
  try {
    await migrate(sql);
    await syncTaskLibrary(sql, BUILT_IN_TASKS);
    const org = await anOrganisation(sql);
    const assessmentId = await anAssessment(sql, org.orgId, DEMO_TASK_IDS);
    const codes = async (count: number) =>
      Promise.all(Array.from({ length: count }, () => anInvite(sql, org.orgId, assessmentId, new Date(Date.now() + 86_400_000))));
    const snapshots = Object.fromEntries(DEMO_TASK_IDS.map((id) => [id, solvedSnapshot(builtInTask(id)!)]));
    const backend = await startBackend(dataDir, { DATABASE_URL: url.toString(), SEED_DEMO: 'false', CLIENT_IP_HEADER: 'x-forwarded-for' });
    const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    let healthy = true;
    const interviews = newLedger();
    try {
      // 1. Whole interviews, N at once (and PostgreSQL restarted in the middle with --fault).
      if (args.interviews) {
        const interviewCodes = await codes(n);
        const restart = args.fault
          ? (async () => {
              await new Promise((resolve) => setTimeout(resolve, FAULT_AT_MS));
              say(`  stopping PostgreSQL (pg_ctlcluster ${PG_VERSION} main stop): exit ${await pgCtl('stop')}`);
              await new Promise((resolve) => setTimeout(resolve, FAULT_FOR_MS));
              say(`  starting PostgreSQL again after ${FAULT_FOR_MS / 1000} s: exit ${await pgCtl('start')}`);
            })()
          : Promise.resolve();
        const hostile = args.hostile ? hostileHandIns(snapshots[DEMO_TASK_IDS[0]!]!) : [];
        // One ledger each, so each hostile hand-in's id is known.
        const hostileLedgers = hostile.map(newLedger);
        const hostileCodes = await codes(hostile.length);
        const hostileSent = Promise.all(
          hostile.map(async (h, i) => {
            const started = await startInterview(
              { base: backend.base, code: hostileCodes[i]!, address: address(90_000 + i), snapshots, readsPerTask: 0 },
              hostileLedgers[i]!,
            );
            if (started) await handInOnce(backend.base, started.token, started.taskId, h.snapshot, hostileLedgers[i]!);
          }),
        );
        const hostileIds = () => hostileLedgers.map((l) => [...l.acknowledged][0] ?? null);
        const seconds = await inParallel(interviewCodes, n, (code, i) =>
          playInterview({ base: backend.base, code, address: address(i), snapshots, readsPerTask: 2 }, interviews),
        );
        await hostileSent;
        await restart;
        const exitCode = await Promise.race([backend.exited, new Promise((resolve) => setTimeout(() => resolve('running'), 100))]);
        if (exitCode !== 'running')
          say(`  THE SERVER EXITED (${String(exitCode)}); its last output:\n${backend.output().split('\n').slice(-15).join('\n')}`);
        const survived = backend.output().split('closed connection (survived)').length - 1;
        if (survived)
          say(`  the server survived ${survived} write(s) of its database client to a closed connection (porsager/postgres#1154)`);
        const sentHostile = hostileIds().filter((id): id is string => id !== null);
        const check = await reconcile(sql, org.orgId, {
          ...interviews,
          acknowledged: new Set([...interviews.acknowledged, ...sentHostile]),
        });
        if (hostile.length) {
          const ended = await sql<{ id: string; state: string; reason: string | null }[]>`
            SELECT s.id, s.scoring_state AS state, sc.result->'limitation'->>'reason' AS reason FROM submissions s LEFT JOIN scores sc ON sc.submission_id = s.id
            WHERE s.id IN ${sql(sentHostile.length ? sentHostile : ['00000000-0000-0000-0000-000000000000'])}`;
          const byId = new Map(ended.map((e) => [e.id, e]));
          say(`  hostile hand-ins: ${sentHostile.length} of ${hostile.length} acknowledged`);
          for (const [i, h] of hostile.entries()) {
            const e = byId.get(hostileIds()[i] ?? '');
            const outcome = e ? (e.state === 'failed' ? (e.reason ?? 'failed') : e.state) : 'not stored';
            say(`    ${h.name.padEnd(16)} ${outcome}${outcome === h.expect ? '' : `  (expected ${h.expect})`}`);
            healthy &&= outcome === h.expect;
          }
          const honest = await sql<{ ms: number }[]>`
            SELECT extract(epoch FROM scored_at - received_at) * 1000 AS ms FROM submissions
            WHERE org_id = ${org.orgId} AND scored_at IS NOT NULL AND NOT (id IN ${sql(sentHostile.length ? sentHostile : ['00000000-0000-0000-0000-000000000000'])})`;
          const p99 = quantile(
            honest.map((r) => Number(r.ms)),
            0.99,
          );
          say(
            `  honest hand-ins' time to score: p50 ${quantile(
              honest.map((r) => Number(r.ms)),
              0.5,
            ).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms (${honest.length} hand-ins)`,
          );
          report(`load.hostile.${n}.honest_time_to_score.p99_ms`, p99, 'ms');
        }
        const [completed] = await sql<
          { n: number }[]
        >`SELECT count(*)::int AS n FROM interviews WHERE org_id = ${org.orgId} AND state = 'completed'`;
        const unavailable = interviews.samples.filter((s) => s.status === 503 || s.status === 0);
        const failFast = quantile(
          unavailable.map((s) => s.ms),
          0.99,
        );
        say(
          `N=${n}${args.fault ? ' (PostgreSQL restarted mid-run)' : ''}: ${n} interviews in ${seconds.toFixed(1)} s, ${completed!.n} completed; ` +
            `${interviews.samples.length} requests, ${unavailable.length} answered 503 or not at all (retried; p99 ${unavailable.length ? failFast.toFixed(0) : '-'} ms to fail), ${interviews.gaveUp} given up`,
        );
        say(
          `  reconciliation: ${check.acknowledged} hand-ins acknowledged, ${check.lost} lost, ${check.doubled} doubled, ${check.unscored} unscored`,
        );
        for (const kind of ['redeem', 'read', 'submit', 'poll', 'answer']) {
          const l = latency(interviews.samples, kind);
          say(
            `  ${kind.padEnd(7)} ${String(l.n).padStart(6)} ok ${String(l.errors).padStart(4)} errors   p50 ${l.p50.toFixed(1)}  p95 ${l.p95.toFixed(1)}  p99 ${l.p99.toFixed(1)} ms`,
          );
        }
        const interviewTag = `load${args.fault ? '.fault' : ''}.${n}`;
        report(`${interviewTag}.interviews.lost`, check.lost, 'submissions');
        report(`${interviewTag}.interviews.doubled`, check.doubled, 'submissions');
        if (args.fault) report(`${interviewTag}.unavailable.p99_ms`, unavailable.length ? failFast : 0, 'ms');
        healthy &&= check.lost === 0 && check.doubled === 0 && check.unscored === 0 && completed!.n === n;
        if (args.fault) return { healthy };
      }
      const tag = `load.${n}`;

      // 2. Reads: N clients reading their own session (wrk when installed: a Node client on the same two
      // cores would measure itself as much as the server).
      const starts = newLedger();
      const burstCodes = await codes(HAND_INS);
      const sessions = (
        await Promise.all(
          burstCodes.map((code, i) =>
            startInterview({ base: backend.base, code, address: address(100_000 + i), snapshots, readsPerTask: 0 }, starts),
          ),
        )
      ).filter((s): s is { token: string; taskId: string } => s !== null);
      if (sessions.length < HAND_INS) {
        const refused = starts.samples.filter((s) => s.status !== 201).map((s) => s.status || 'no answer');
        say(
          `  ${HAND_INS - sessions.length} of ${HAND_INS} interviews for the burst did not start (answers: ${[...new Set(refused)].join(', ')}; ${starts.gaveUp} given up)`,
        );
      }
      const r = await measureReads(
        backend.base,
        sessions.slice(0, n).map((s) => s.token),
        n,
      );
      say(
        `  reads (${r.tool}): ${r.requests} in ${r.seconds.toFixed(1)} s = ${r.rps.toFixed(0)}/s, ${r.errors} errors, p50 ${r.p50.toFixed(1)} p99 ${r.p99.toFixed(1)} ms`,
      );
      report(`${tag}.reads.rps`, r.rps, 'req/s');
      report(`${tag}.reads.p99_ms`, r.p99, 'ms');

      // 3. Hand-ins: 2,000, by N clients, each acknowledged once stored; then reads while the pool scores them.
      const handIns = newLedger();
      const h = await measureHandIns(backend.base, sessions, snapshots, n, handIns);
      const submitSeconds = h.seconds;
      say(
        `  hand-ins (${h.tool}): ${h.n} acknowledged in ${submitSeconds.toFixed(1)} s = ${(h.n / submitSeconds).toFixed(0)}/s, ${h.errors} errors, p50 ${h.p50.toFixed(1)}${Number.isNaN(h.p95) ? '' : ` p95 ${h.p95.toFixed(1)}`} p99 ${h.p99.toFixed(1)} ms`,
      );
      report(`${tag}.submits.rps`, h.n / submitSeconds, 'req/s');
      report(`${tag}.submits.p99_ms`, h.p99, 'ms');
      const during = newLedger();
      const duringSeconds = await inParallel(
        Array.from({ length: n }, (_, i) => sessions[i]!),
        n,
        (s) => readRepeatedly(backend.base, s.token, Math.ceil(5_000 / n), during),
      );
      const d = latency(during.samples, 'read');
      const [backlog] = await sql<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM submissions WHERE org_id = ${org.orgId} AND scored_at IS NULL`;
      say(`  reads while ${backlog!.n} hand-ins still wait for scoring: ${(d.n / duringSeconds).toFixed(0)}/s, p99 ${d.p99.toFixed(1)} ms`);
      report(`${tag}.reads_while_scoring.p99_ms`, d.p99, 'ms');
      const burstCheck = await reconcile(sql, org.orgId, {
        ...handIns,
        acknowledged: new Set([...handIns.acknowledged, ...interviews.acknowledged]),
      });
      say(
        `  reconciliation after the hand-ins: ${burstCheck.acknowledged} acknowledged, ${burstCheck.lost} lost, ${burstCheck.doubled} doubled, ${burstCheck.unscored} unscored`,
      );
      const serverErrors = backend
        .output()
        .split('\n')
        .filter((l) => l.includes('"level":"error"'));
      if (serverErrors.length)
        say(
          `  the server logged ${serverErrors.length} error(s); the last:\n${serverErrors
            .slice(-5)
            .map((l) => `    ${l}`)
            .join('\n')}`,
        );
      report(`${tag}.submits.lost`, burstCheck.lost, 'submissions');
      healthy &&= burstCheck.lost === 0 && burstCheck.doubled === 0 && burstCheck.unscored === 0;
      return { healthy, reads: { rps: r.rps, p99: r.p99 }, submits: { rps: h.n / submitSeconds, p99: h.p99 } };
    } finally {
      await backend.stop();
    }
  } finally {
    await sql.end();
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      candidates: { type: 'string', default: '50,200,500' },
      fault: { type: 'boolean', default: false },
      hostile: { type: 'boolean', default: false },
    },
  });
  let allHealthy = true;
  for (const n of values.candidates.split(',').map(Number))
    allHealthy = (await runSize(n, { fault: values.fault, interviews: true, hostile: values.hostile })).healthy && allHealthy;
  say(allHealthy ? 'nothing lost, nothing doubled' : 'FAILED: something was lost, doubled or left unscored');
  process.exit(allHealthy ? 0 : 1);
}
