import type { Sql } from '../db/client';
import type { ReviewDecision, ReviewQueue, ReviewQueueItem } from '../../shared/api/review-queue';
import type { ScoreResult } from '../../shared/score';
import { formulaShape, reviewPriority, reviewReasons, type ReviewReason } from '../calibration/review-priority';
import { audit } from '../accounts/audit';
import { inTransaction } from '../db/transaction';
import { answerFormulas } from './answer-formulas';
import { recordOverride } from './overrides';

const DAY = 86_400_000;
/** The window the queue looks in, and the newest hand-ins it reads there (a bound on its cost). */
const WINDOW_DAYS = 90;
const WINDOW_HAND_INS = 2_000;
/** Formulas read per hand-in, for shapes. */
const FORMULAS_READ = 100;
const QUEUE_LENGTH = 25;

interface WindowRow {
  id: string;
  session_id: string;
  task_id: string;
  title: string;
  candidate_name: string;
  received_at: Date;
  score: number;
  result: ScoreResult;
  model_approach: number | null;
  formulas: { sheet: string; cell: string; formula: string }[] | null;
  open: boolean;
}

/** The window's hand-ins, newest first; one task's only when `taskId` is given (formula shapes compare within a task). */
const windowOf = (sql: Sql, orgId: string, now: Date, taskId: string | null = null) => sql<WindowRow[]>`
  SELECT s.id, s.session_id, s.task_id, t.spec->>'title' AS title, i.candidate_name, s.received_at,
    sc.score::float8 AS score, sc.result,
    CASE WHEN r.status = 'reviewed' THEN (r.review->>'approachScore')::float8 END AS model_approach,
    ${answerFormulas(sql, FORMULAS_READ)} AS formulas,
    NOT EXISTS (SELECT 1 FROM grading_labels g WHERE g.submission_id = s.id)
      AND NOT EXISTS (SELECT 1 FROM score_overrides o WHERE o.submission_id = s.id) AS open
  FROM submissions s JOIN scores sc ON sc.submission_id = s.id JOIN tasks t ON t.id = s.task_id
    JOIN interviews se ON se.id = s.session_id JOIN invites i ON i.id = se.invite_id
    LEFT JOIN reviews r ON r.submission_id = s.id
  WHERE s.org_id = ${orgId} AND s.received_at >= ${new Date(now.getTime() - WINDOW_DAYS * DAY)} ${taskId ? sql`AND s.task_id = ${taskId}` : sql``}
  ORDER BY s.received_at DESC LIMIT ${WINDOW_HAND_INS}`;

/** Each open hand-in of the window with the reasons it is uncertain (none when the grader is sure). */
function assess(rows: WindowRow[]): { row: WindowRow; reasons: ReviewReason[] }[] {
  // How many hand-ins of each task show each formula shape.
  const shapesOf = new Map(rows.map((r) => [r.id, new Set((r.formulas ?? []).map((f) => formulaShape(f.formula)))]));
  const seen = new Map<string, Map<string, number>>();
  const perTask = new Map<string, number>();
  for (const r of rows) {
    perTask.set(r.task_id, (perTask.get(r.task_id) ?? 0) + 1);
    const counts = seen.get(r.task_id) ?? new Map<string, number>();
    for (const shape of shapesOf.get(r.id)!) counts.set(shape, (counts.get(shape) ?? 0) + 1);
    seen.set(r.task_id, counts);
  }
  return rows
    .filter((r) => r.open)
    .map((row) => {
      const counts = seen.get(row.task_id)!;
      const unseenShapes = [...shapesOf.get(row.id)!].filter((shape) => counts.get(shape) === 1);
      const reasons = reviewReasons({
        score: row.score,
        result: row.result,
        modelApproach: row.model_approach,
        unseenShapes,
        othersOfTask: perTask.get(row.task_id)! - 1,
      });
      return { row, reasons };
    });
}

const toItem = ({ row, reasons }: { row: WindowRow; reasons: ReviewReason[] }): ReviewQueueItem => ({
  submissionId: row.id,
  sessionId: row.session_id,
  candidateName: row.candidate_name,
  taskId: row.task_id,
  taskTitle: row.title,
  receivedAt: row.received_at.toISOString(),
  graderScore: row.score,
  reasons,
  checks: row.result.checks.map((c) => ({ description: c.description, passed: c.passed, evaluated: c.evaluated })),
  formulas: (row.formulas ?? []).slice(0, 5).map((f) => ({ cell: `${f.sheet}!${f.cell}`, formula: f.formula })),
});

/**
 * Active learning: of this organisation's hand-ins from the last 90 days that nobody has labelled or
 * overridden, the ones the grader is least sure of (see `reviewReasons`), most uncertain first.
 */
export async function reviewQueue(sql: Sql, orgId: string, now: Date, limit = QUEUE_LENGTH): Promise<ReviewQueue> {
  const [rows, [decided]] = await Promise.all([
    windowOf(sql, orgId, now),
    sql<{ n: number }[]>`SELECT count(*)::int AS n FROM grading_labels WHERE org_id = ${orgId}`,
  ]);
  const items = assess(rows)
    .filter((a) => a.reasons.length)
    .sort(
      (a, b) =>
        reviewPriority(b.row, b.reasons) - reviewPriority(a.row, a.reasons) || b.row.received_at.getTime() - a.row.received_at.getTime(),
    )
    .slice(0, limit)
    .map(toItem);
  return { items, decided: decided!.n };
}

export type DecisionOutcome =
  | { ok: true; verdict: 'confirmed' | 'corrected'; graderScore: number; labelScore: number }
  | { ok: false; reason: 'not_found' | 'already_decided' };

/**
 * A person's decision on a hand-in: the grader's score confirmed, or corrected (which is also an override,
 * with the note as its reason). Stored as a labelled case with the reasons it was uncertain, once per hand-in.
 */
export async function decideReview(
  sql: Sql,
  who: { orgId: string; userId: string | null },
  submissionId: string,
  decision: ReviewDecision,
  now: Date,
): Promise<DecisionOutcome> {
  const [target] = await sql<{ task_id: string }[]>`SELECT task_id FROM submissions WHERE id = ${submissionId} AND org_id = ${who.orgId}`;
  if (!target) return { ok: false, reason: 'not_found' };
  // Its reasons, as the queue found them: formula shapes compare within its task, so only the task's hand-ins are read.
  const assessed = assess(await windowOf(sql, who.orgId, now, target.task_id)).find((a) => a.row.id === submissionId);
  return inTransaction(sql, async (tx) => {
    const [row] = await tx<{ task_id: string; score: number }[]>`
      SELECT s.task_id, sc.score::float8 AS score FROM submissions s JOIN scores sc ON sc.submission_id = s.id
      WHERE s.id = ${submissionId} AND s.org_id = ${who.orgId} FOR UPDATE OF s`;
    if (!row) return { ok: false, reason: 'not_found' } as const;
    const verdict = decision.verdict === 'confirm' ? 'confirmed' : 'corrected';
    const labelScore = decision.verdict === 'confirm' ? row.score : decision.score;
    const [inserted] = await tx`
      INSERT INTO grading_labels (submission_id, org_id, task_id, grader_score, label_score, verdict, reasons, note, user_id)
      VALUES (${submissionId}, ${who.orgId}, ${row.task_id}, ${row.score}, ${labelScore}, ${verdict},
        ${tx.json((assessed?.reasons ?? []) as never)}, ${decision.note ?? null}, ${who.userId})
      ON CONFLICT (submission_id) DO NOTHING RETURNING submission_id`;
    if (!inserted) return { ok: false, reason: 'already_decided' } as const;
    if (decision.verdict === 'correct')
      await recordOverride(tx, who, submissionId, { score: decision.score, reason: `Review queue: ${decision.note}` });
    await audit(tx, {
      ...who,
      action: decision.verdict === 'confirm' ? 'grading.confirm' : 'grading.correct',
      targetId: submissionId,
      details: { graderScore: row.score, labelScore },
    });
    return { ok: true, verdict, graderScore: row.score, labelScore } as const;
  });
}
