import type { Sql } from '../db/client';
import { PASS_SCORE } from '../../shared/api/dashboard';
import { inTransaction } from '../db/transaction';

/**
 * Upper bounds (seconds) of the time-spent buckets: fine where most hand-ins fall, coarse after an hour.
 * Bucket 0 is under 30 s; the last bucket is 90 minutes and over.
 */
export const TIME_BUCKET_BOUNDS = [
  30, 60, 90, 120, 180, 240, 300, 360, 480, 600, 720, 900, 1200, 1500, 1800, 2400, 3000, 3600, 5400,
] as const;
const BUCKETS = TIME_BUCKET_BOUNDS.length + 1;
const BATCH = 20_000;

/**
 * Where the median time of a histogram lies: the bounds of the bucket that holds the middle hand-in, in
 * seconds (`to` null for the open last bucket). A range, not a number: the histogram knows no more, and a
 * point inside the bucket would claim a precision it does not have. Null when there are no times.
 */
export function medianRange(counts: readonly number[]): { from: number; to: number | null } | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  let before = 0;
  for (let b = 0; b < counts.length; b++) {
    before += counts[b]!;
    if (counts[b]! > 0 && before >= total / 2) return { from: b === 0 ? 0 : TIME_BUCKET_BOUNDS[b - 1]!, to: TIME_BUCKET_BOUNDS[b] ?? null };
  }
  return null;
}

const histogramOf = (column: string, where: string) =>
  `ARRAY[${Array.from({ length: BUCKETS }, (_, b) => `count(*) FILTER (WHERE ${where} AND width_bucket(${column}, ARRAY[${TIME_BUCKET_BOUNDS.join(',')}]) = ${b})::int`).join(', ')}]`;

/** Sums of every bucket over the rows of a query, as one JSON array. */
export const histogramSums = (column = 'seconds_hist') =>
  `json_build_array(${Array.from({ length: BUCKETS }, (_, b) => `sum(${column}[${b + 1}])`).join(', ')})`;

/**
 * Folds one organisation's new or changed hand-ins into `task_day_stats`: new ones add an attempt and
 * their time; a changed final score (an override, a late review) moves the sums by the difference. One
 * folder at a time per organisation (an advisory lock), batch after batch until nothing is pending.
 * Returns how many hand-ins were folded.
 */
export async function foldTaskStats(sql: Sql, orgId: string): Promise<number> {
  let folded = 0;
  for (;;) {
    const n = await inTransaction(sql, async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(hashtext('task-stats:' || ${orgId}))`;
      const [row] = await tx<{ n: number }[]>`
        WITH batch AS (
          SELECT id, folded_score AS old FROM submissions WHERE org_id = ${orgId} AND fold_pending LIMIT ${BATCH} FOR UPDATE
        ), changed AS (
          UPDATE submissions s SET fold_pending = false, folded_score = s.final_score
          FROM batch b WHERE s.id = b.id
          RETURNING s.assessment_id, s.task_id, (s.received_at AT TIME ZONE 'UTC')::date AS day, s.final_score, s.seconds_spent, b.old
        ), deltas AS (
          SELECT day, assessment_id, task_id,
            count(*) FILTER (WHERE old IS NULL)::int AS attempts,
            sum((final_score >= ${PASS_SCORE})::int - COALESCE((old >= ${PASS_SCORE})::int, 0))::int AS passes,
            sum(final_score - COALESCE(old, 0)) AS score_sum,
            ${tx.unsafe(histogramOf('seconds_spent', 'old IS NULL AND seconds_spent IS NOT NULL'))} AS seconds_hist,
            count(*)::int AS n
          FROM changed WHERE assessment_id IS NOT NULL AND final_score IS NOT NULL GROUP BY 1, 2, 3
        ), upserted AS (
          INSERT INTO task_day_stats AS t (org_id, day, assessment_id, task_id, attempts, passes, score_sum, seconds_hist)
          SELECT ${orgId}, day, assessment_id, task_id, attempts, passes, score_sum, seconds_hist FROM deltas
          ON CONFLICT (org_id, day, assessment_id, task_id) DO UPDATE SET
            attempts = t.attempts + EXCLUDED.attempts, passes = t.passes + EXCLUDED.passes, score_sum = t.score_sum + EXCLUDED.score_sum,
            seconds_hist = ARRAY(SELECT a + b FROM unnest(t.seconds_hist, EXCLUDED.seconds_hist) AS u(a, b))
          RETURNING 1
        )
        SELECT (SELECT count(*) FROM changed)::int AS n, (SELECT count(*) FROM upserted) AS _`;
      return row!.n;
    });
    folded += n;
    if (n < BATCH) return folded;
  }
}

/** Folds every organisation that has something pending (the periodic sweep). */
export async function foldAllTaskStats(sql: Sql): Promise<number> {
  const orgs = await sql<{ org_id: string }[]>`SELECT DISTINCT org_id FROM submissions WHERE fold_pending`;
  let folded = 0;
  for (const { org_id } of orgs) folded += await foldTaskStats(sql, org_id);
  return folded;
}
