import type { Sql } from '../db/client';
import type { TaskQualityReport } from '../../shared/api/quality';
import { FLAG_RULES, ratio, taskFlags } from '../calibration/task-flags';
import { analyticsFor } from './analytics';
import { foldTaskStats } from './task-stats';
import { AGREEMENT_DAYS, agreementByCheckKind, agreementByTask, agreementByWeek } from './grader-agreement';

const DAY = 86_400_000;

/**
 * The task-quality page: every task this organisation uses or has hand-ins for, with its learned
 * difficulty (the calibration in use), pass rate and time (its own last 90 days, from the daily figures),
 * grader agreement, and the flags those raise. Flagged tasks first.
 */
export async function taskQualityReport(sql: Sql, orgId: string, now: Date): Promise<TaskQualityReport> {
  const from = new Date(now.getTime() - AGREEMENT_DAYS * DAY).toISOString().slice(0, 10);
  // Pass rate and time come from the daily figures: new hand-ins are folded in first, as analytics does.
  await foldTaskStats(sql, orgId);
  const [tasks, stats, agreement, byCheckKind, byWeek, [fit]] = await Promise.all([
    sql<
      {
        id: string;
        title: string;
        skill: string;
        difficulty: number;
        time_limit: number;
        level: number | null;
        logit: number | null;
        standard_error: number | null;
        hand_ins: number | null;
        in_use: boolean | null;
        discrimination: number | null;
      }[]
    >`
      SELECT t.id, t.spec->>'title' AS title, t.skill, t.difficulty, (t.spec->>'timeLimitSeconds')::int AS time_limit,
        c.level, c.difficulty AS logit, c.standard_error, c.hand_ins, c.in_use, c.discrimination
      FROM tasks t LEFT JOIN task_calibrations c ON c.task_id = t.id
      WHERE t.id IN (SELECT at.task_id FROM assessment_tasks at JOIN assessments a ON a.id = at.assessment_id WHERE a.org_id = ${orgId})
         OR t.id IN (SELECT task_id FROM submissions WHERE org_id = ${orgId} AND received_at >= ${new Date(now.getTime() - AGREEMENT_DAYS * DAY)})`,
    analyticsFor(sql, orgId, { from }).tasks(),
    agreementByTask(sql, orgId, now),
    agreementByCheckKind(sql, orgId, now),
    agreementByWeek(sql, orgId, now),
    sql<{ fitted_at: Date; hand_ins: number; min_hand_ins: number }[]>`
      SELECT fitted_at, hand_ins, min_hand_ins FROM calibration_fits ORDER BY id DESC LIMIT 1`,
  ]);
  const statsOf = new Map(stats.map((t) => [t.taskId, t]));
  const none = { handIns: 0, agreed: 0 };
  const rows = tasks.map((t) => {
    const s = statsOf.get(t.id);
    const a = agreement.get(t.id) ?? { ...none, recent: none, before: none };
    const learned =
      t.level === null
        ? null
        : { level: t.level, difficulty: t.logit!, standardError: t.standard_error!, handIns: t.hand_ins!, inUse: t.in_use! };
    const figures = {
      authoredLevel: t.difficulty,
      timeLimitSeconds: t.time_limit,
      attempts: s?.attempts ?? 0,
      passRate: s ? s.passRate : null,
      medianTime: s?.medianTime ?? null,
      learned,
      discrimination: t.discrimination,
      agreement: a,
    };
    return {
      taskId: t.id,
      title: t.title,
      skill: t.skill,
      ...figures,
      agreement: { ...a, ratio: ratio(a) },
      flags: taskFlags(figures),
    };
  });
  rows.sort((x, y) => y.flags.length - x.flags.length || y.attempts - x.attempts || x.taskId.localeCompare(y.taskId));
  return {
    tasks: rows,
    byCheckKind,
    byWeek,
    calibration: fit ? { fittedAt: fit.fitted_at.toISOString(), handIns: fit.hand_ins, minHandIns: fit.min_hand_ins } : null,
    agreementThreshold: FLAG_RULES.agreementThreshold,
  };
}
