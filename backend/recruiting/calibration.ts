import type { Queryable, Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { calibrate, type Calibration } from '../calibration/calibrate';

/** The newest hand-ins a fit reads: enough for stable estimates, bounded so a fit's memory is too (~25 MB). */
const CALIBRATION_HAND_IN_LIMIT = 100_000;
/** The sweep refits once a day. */
const REFIT_EVERY_MS = 24 * 3_600_000;

/**
 * Refits difficulty from the scored hand-ins (the final score: an override, else the review, else the
 * grader's) and makes it the one in use: a new `calibration_fits` row and every task's figures replaced, in
 * one transaction. Null when nothing is scored yet.
 */
export function refitCalibration(sql: Sql, options: { minHandIns: number; now: Date }): Promise<Calibration | null> {
  return inTransaction(sql, (tx) => fitAndStore(tx, options));
}

/**
 * The sweep's part: refits when the newest fit is a day old (or there is none and something is scored).
 * One instance at a time: a transaction-scoped advisory lock taken without waiting. True when it refitted.
 */
export function refitCalibrationWhenDue(sql: Sql, options: { minHandIns: number; now: Date }): Promise<boolean> {
  return inTransaction(sql, async (tx) => {
    const [lock] = await tx<{ got: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext('calibration')) AS got`;
    if (!lock?.got) return false;
    const [due] = await tx<{ due: boolean }[]>`
      SELECT COALESCE((SELECT max(fitted_at) FROM calibration_fits) <= ${new Date(options.now.getTime() - REFIT_EVERY_MS)}, true)
        AND EXISTS (SELECT 1 FROM submissions WHERE final_score IS NOT NULL) AS due`;
    if (!due?.due) return false;
    return (await fitAndStore(tx, options)) !== null;
  });
}

async function fitAndStore(tx: Queryable, options: { minHandIns: number; now: Date }): Promise<Calibration | null> {
  const rows = await tx<{ person: string; item: string; score: number; level: number }[]>`
    SELECT s.session_id AS person, s.task_id AS item, s.final_score::float8 AS score, t.difficulty AS level
    FROM submissions s JOIN tasks t ON t.id = s.task_id
    WHERE s.final_score IS NOT NULL
    ORDER BY s.received_at DESC LIMIT ${CALIBRATION_HAND_IN_LIMIT}`;
  if (rows.length === 0) return null;
  const fit = calibrate(rows, options.minHandIns);
  const [row] = await tx<{ id: string }[]>`
    INSERT INTO calibration_fits (fitted_at, hand_ins, interviews, converged, min_hand_ins, level_mean, level_scale)
    VALUES (${options.now}, ${fit.handIns}, ${fit.interviews}, ${fit.converged}, ${options.minHandIns}, ${fit.scale.mean}, ${fit.scale.scale})
    RETURNING id`;
  await tx`DELETE FROM task_calibrations`;
  await tx`INSERT INTO task_calibrations ${tx(
    fit.tasks.map((t) => ({
      task_id: t.task,
      fit_id: row!.id,
      difficulty: t.difficulty,
      // A task everyone scored the same on has no finite error; stored as a large one.
      standard_error: Number.isFinite(t.standardError) ? t.standardError : 99,
      level: t.level,
      discrimination: t.discrimination,
      hand_ins: t.handIns,
      mean_score: t.meanScore,
      in_use: t.inUse,
    })),
  )}`;
  await tx`DELETE FROM calibration_fits WHERE id < ${row!.id}`;
  return fit;
}
