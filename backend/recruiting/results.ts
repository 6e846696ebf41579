import type { Sql } from '../db/client';
import type { AbilityEstimate, SessionResults, SubmissionResult, TimelineEvent } from '../../shared/api/submissions';
import type { ScoreOverride } from '../../shared/api/dashboard';
import type { ScoreResult } from '../../shared/score';
import type { FollowUpResult, FollowUpTurn } from '../../shared/api/follow-ups';
import type { ReviewResult } from '../../shared/review';
import type { LevelScale } from '../calibration/level-scale';
import { abilityInWords, abilityLevel, type PoolTask } from '../interview/next-task';
import { levelScaleOf, taskPoolOf } from '../interview/task-pool';
import { answerFormulas } from './answer-formulas';
import { summarise } from './summary';

/** The result page reads the first formulas of a hand-in's task, not the whole workbook. */
const FORMULAS_SHOWN = 200;
/** The newest activity events the timeline shows; lifecycle events (started, handed in, completed) are always all there. */
const TIMELINE_EVENTS = 500;

interface ResultRow {
  submission_id: string;
  session_id: string;
  task_id: string;
  candidate_name: string;
  received_at: Date;
  result: ScoreResult;
  /** The follow-up's turns in order, as json (numbers and dates as json has them). */
  follow_up_turns: (Omit<FollowUpTurn, 'answeredAt'> & { answeredAt: string | null })[] | null;
  review_status: ReviewResult['status'] | null;
  review_reason: string | null;
  review_model: string | null;
  review_prompt: string | null;
  review_output_mode: ReviewResult['outputMode'];
  review: ReviewResult['review'];
  review_final: string | null;
  integrity_flags: ReviewResult['integrityFlags'] | null;
  title: string;
  skill: string;
  final_score: string | null;
  late: boolean;
  source: 'addin' | 'upload';
  late_counts: boolean;
  follow_up_share: string;
  seconds_spent: number | null;
  overrides: { score: number; previousScore: number; reason: string; userName: string | null; at: string }[] | null;
  formulas: SubmissionResult['formulas'] | null;
  pasted: SubmissionResult['pastedIntoAnswer'] | null;
}

const toResult = (row: ResultRow): SubmissionResult => ({
  submissionId: row.submission_id,
  sessionId: row.session_id,
  taskId: row.task_id,
  candidateName: row.candidate_name,
  receivedAt: row.received_at.toISOString(),
  result: row.result,
  followUp: row.follow_up_turns ? followUpOf(row.follow_up_turns) : null,
  review:
    row.review_status === null
      ? null
      : {
          status: row.review_status,
          reason: row.review_reason,
          model: row.review_model,
          promptVersion: row.review_prompt,
          outputMode: row.review_output_mode,
          review: row.review,
          finalScore: Number(row.review_final),
          integrityFlags: row.integrity_flags ?? [],
        },
  taskTitle: row.title,
  skill: row.skill,
  finalScore: Number(row.final_score ?? row.result.score),
  followUpShare: Number(row.follow_up_share),
  late: row.late,
  source: row.source,
  counts: !row.late || row.late_counts,
  secondsSpent: row.seconds_spent,
  overrides: (row.overrides ?? []).map((o): ScoreOverride => ({
    ...o,
    score: Number(o.score),
    previousScore: Number(o.previousScore),
    at: new Date(o.at).toISOString(),
  })),
  formulas: row.formulas ?? [],
  pastedIntoAnswer: (row.pasted ?? []).map((p) => ({ ...p, at: new Date(p.at).toISOString() })),
});

/** The follow-up's turns, and the score that counts: the newest graded turn's (the second is graded on both answers). */
function followUpOf(rows: NonNullable<ResultRow['follow_up_turns']>): FollowUpResult {
  const turns = rows.map((t) => ({ ...t, answeredAt: t.answeredAt === null ? null : new Date(t.answeredAt).toISOString() }));
  return { score: turns.findLast((t) => t.score !== null)?.score ?? null, turns };
}

/** Scored results of one organisation, with their evidence. */
export function resultsFor(sql: Sql, orgId: string) {
  const select = (where: ReturnType<Sql>) => sql<ResultRow[]>`
    SELECT s.id AS submission_id, s.session_id, s.task_id, i.candidate_name, s.received_at, sc.result,
      (SELECT json_agg(json_build_object('question', f.question, 'askedBy', f.asked_by, 'answer', f.answer, 'score', f.score,
         'grading', f.grading, 'answeredAt', f.answered_at) ORDER BY f.turn) FROM follow_ups f WHERE f.submission_id = s.id) AS follow_up_turns,
      r.status AS review_status, r.reason AS review_reason, r.model AS review_model, r.prompt_version AS review_prompt, r.output_mode AS review_output_mode,
      r.review, r.final_score AS review_final, r.integrity_flags,
      t.spec->>'title' AS title, t.skill, s.final_score, s.late, s.source, a.late_counts, a.follow_up_share, s.seconds_spent,
      (SELECT json_agg(json_build_object('score', o.score, 'previousScore', o.previous_score, 'reason', o.reason, 'userName', u.name, 'at', o.created_at) ORDER BY o.id DESC)
         FROM score_overrides o LEFT JOIN users u ON u.id = o.user_id WHERE o.submission_id = s.id) AS overrides,
      ${answerFormulas(sql, FORMULAS_SHOWN)} AS formulas,
      (SELECT json_agg(json_build_object('range', e.payload->>'range', 'cells', (e.payload->>'cells')::int, 'at', e.payload->>'at') ORDER BY e.id)
         FROM events e WHERE e.session_id = s.session_id AND e.type IN ('activity.paste', 'activity.bulk-values')
           AND e.payload->>'taskId' = s.task_id AND (e.payload->>'inAnswer')::boolean) AS pasted
    FROM submissions s
    JOIN scores sc ON sc.submission_id = s.id
    JOIN tasks t ON t.id = s.task_id
    LEFT JOIN reviews r ON r.submission_id = s.id
    JOIN interviews se ON se.id = s.session_id
    JOIN invites i ON i.id = se.invite_id
    JOIN assessments a ON a.id = se.assessment_id
    WHERE s.org_id = ${orgId} ${where}
    ORDER BY s.received_at`;

  return {
    async submission(id: string): Promise<SubmissionResult | null> {
      const [row] = await select(sql`AND s.id = ${id}`);
      return row ? toResult(row) : null;
    },

    async session(id: string): Promise<SessionResults | null> {
      const [session] = await sql<
        {
          state: string;
          stage: string;
          candidate_name: string;
          candidate_email: string;
          assessment_id: string;
          assessment_name: string;
          started_at: Date | null;
          completed_at: Date | null;
          task_count: number;
          level: number;
          pool: PoolTask[] | null;
          scale: LevelScale | null;
        }[]
      >`
        SELECT se.state, se.stage, i.candidate_name, i.candidate_email, se.assessment_id, a.name AS assessment_name, se.started_at, se.completed_at,
          LEAST(COALESCE(a.length, n.pool), n.pool)::int AS task_count, a.level,
          ${taskPoolOf(sql, 'se.assessment_id')} AS pool, ${levelScaleOf(sql)} AS scale
        FROM interviews se JOIN invites i ON i.id = se.invite_id JOIN assessments a ON a.id = se.assessment_id,
          LATERAL (SELECT count(*) AS pool FROM assessment_tasks WHERE assessment_id = a.id) n
        WHERE se.id = ${id} AND se.org_id = ${orgId}`;
      if (!session) return null;
      const [rows, events] = await Promise.all([
        select(sql`AND s.session_id = ${id}`),
        sql<{ type: string; at: Date; payload: Record<string, unknown> }[]>`
          SELECT type, at, payload FROM (
            (SELECT id, type, at, payload FROM events WHERE session_id = ${id} AND org_id = ${orgId} AND type NOT LIKE 'activity.%')
            UNION ALL
            (SELECT id, type, at, payload FROM events WHERE session_id = ${id} AND org_id = ${orgId} AND type LIKE 'activity.%' ORDER BY id DESC LIMIT ${TIMELINE_EVENTS})
          ) e ORDER BY id`,
      ]);
      const submissions = rows.map(toResult);
      const timeline: TimelineEvent[] = events.map((e) => ({ type: e.type, at: e.at.toISOString(), details: e.payload }));
      return {
        sessionId: id,
        candidateName: session.candidate_name,
        candidateEmail: session.candidate_email,
        assessmentId: session.assessment_id,
        assessmentName: session.assessment_name,
        state: session.state,
        stage: session.stage,
        startedAt: session.started_at?.toISOString() ?? null,
        completedAt: session.completed_at?.toISOString() ?? null,
        submissions,
        summary: summarise(submissions, { taskCount: session.task_count, final: session.state !== 'in_progress' }),
        ability: abilityOf(session.pool ?? [], submissions, session.level, session.scale),
        timeline,
      };
    },
  };
}

/** The candidate's ability from their final scores, as the adaptive order estimates it; null before a score. */
function abilityOf(
  pool: PoolTask[],
  submissions: SubmissionResult[],
  startLevel: number,
  scale: LevelScale | null,
): AbilityEstimate | null {
  if (submissions.length === 0) return null;
  const history = submissions.map((s) => ({ taskId: s.taskId, score: s.finalScore }));
  const estimate = abilityLevel(pool, history, startLevel, scale ?? undefined);
  const learned = new Set(pool.filter((t) => t.learned).map((t) => t.id));
  return { ...estimate, words: abilityInWords(estimate), learned: history.filter((h) => learned.has(h.taskId)).length };
}
