import type { Sql } from '../db/client';
import type { FollowUpQuestion } from '../../shared/api/follow-ups';
import type { SessionState, SessionView } from '../../shared/api/sessions';
import type { LevelScale } from '../calibration/level-scale';
import type { PoolTask } from './next-task';
import { levelScaleOf, taskPoolOf } from './task-pool';

/** A session as the interview services need it: the assessment's pool and rules, and what was given so far. */
export interface InterviewRecord {
  id: string;
  orgId: string;
  assessmentId: string;
  state: SessionState;
  candidateName: string;
  /** How many tasks have been handed in; the current task is `givenTaskIds[taskNumber]`. */
  taskNumber: number;
  /** Tasks given so far, in order; the last is the current one while the session is in progress. */
  givenTaskIds: string[];
  pool: PoolTask[];
  /** The seed of the candidate's own data (null for interviews from before it was kept: shared data). */
  dataSeed: number | null;
  /** How the newest calibration's logits read in levels; null before the first calibration. */
  scale: LevelScale | null;
  level: number;
  /** How many tasks the interview has. */
  length: number;
  adaptive: boolean;
  startedAt: Date | null;
  taskStartedAt: Date | null;
  expiresAt: Date | null;
  /** The assessment's cap on what an LLM review may take from a task's score. */
  llmShare: number;
  /** The assessment's overall limit, counted from Start. */
  timeLimitSeconds: number;
  /** After the overall limit, how long a hand-in is still on time (the network's share, not the candidate's). */
  graceMs: number;
  /** Whether late work counts (it is always kept). */
  lateCounts: boolean;
  /** What the organisation tells its candidates: whether they see scores, and what happens after the interview. */
  organisation: { name: string; scoresShown: boolean; closingMessage: string | null };
  /** The current task's version (its updated_at), so a cached copy can be used without fetching it. */
  currentTaskVersion: string | null;
  /** The latest follow-up still waiting for an answer. */
  pendingFollowUp: FollowUpQuestion | null;
}

interface SessionRow {
  id: string;
  org_id: string;
  assessment_id: string;
  state: SessionState;
  candidate_name: string;
  task_number: number;
  given_task_ids: string[];
  pool: PoolTask[] | null;
  scale: LevelScale | null;
  data_seed: number | null;
  level: number;
  length: number | null;
  adaptive: boolean;
  started_at: Date | null;
  task_started_at: Date | null;
  expires_at: Date | null;
  llm_share: string;
  time_limit_seconds: number;
  grace_seconds: number;
  late_counts: boolean;
  org_name: string;
  candidates_see_scores: boolean;
  closing_message: string | null;
  current_task_version: string | null;
  pending_follow_up: FollowUpQuestion | null;
}

/**
 * Loads a session by id, or by the hash of its bearer token, in one query with what a candidate's reads
 * need (the current task's version, the follow-up waiting for an answer): reads are the hot path.
 */
export async function loadInterview(sql: Sql, by: { id: string } | { tokenHash: string }): Promise<InterviewRecord | null> {
  const where = 'id' in by ? sql`se.id = ${by.id}` : sql`se.token_hash = ${by.tokenHash}`;
  const [row] = await sql<SessionRow[]>`
    SELECT se.id, se.org_id, se.assessment_id, se.state, se.data_seed, se.task_number, se.given_task_ids, se.started_at, se.task_started_at, se.expires_at,
      i.candidate_name, a.llm_share, a.level, a.length, a.adaptive, a.time_limit_seconds, a.grace_seconds, a.late_counts,
      o.name AS org_name, o.candidates_see_scores, o.closing_message,
      ${taskPoolOf(sql, 'se.assessment_id')} AS pool, ${levelScaleOf(sql)} AS scale,
      (SELECT t.updated_at::text FROM tasks t WHERE t.id = se.given_task_ids->>(se.task_number::int)) AS current_task_version,
      (SELECT json_build_object('id', f.id, 'question', f.question, 'turn', f.turn) FROM follow_ups f
         WHERE f.session_id = se.id AND f.answered_at IS NULL ORDER BY f.asked_at DESC LIMIT 1) AS pending_follow_up
    FROM interviews se JOIN invites i ON i.id = se.invite_id JOIN assessments a ON a.id = se.assessment_id
      JOIN organisations o ON o.id = se.org_id
    WHERE ${where}`;
  if (!row) return null;
  const pool = row.pool ?? [];
  return {
    id: row.id,
    orgId: row.org_id,
    assessmentId: row.assessment_id,
    state: row.state,
    candidateName: row.candidate_name,
    taskNumber: row.task_number,
    givenTaskIds: row.given_task_ids,
    pool,
    dataSeed: row.data_seed,
    scale: row.scale,
    level: row.level,
    length: Math.min(row.length ?? pool.length, pool.length),
    adaptive: row.adaptive,
    startedAt: row.started_at,
    taskStartedAt: row.task_started_at,
    expiresAt: row.expires_at,
    llmShare: Number(row.llm_share),
    timeLimitSeconds: row.time_limit_seconds,
    graceMs: row.grace_seconds * 1000,
    lateCounts: row.late_counts,
    organisation: { name: row.org_name, scoresShown: row.candidates_see_scores, closingMessage: row.closing_message },
    currentTaskVersion: row.current_task_version,
    pendingFollowUp: row.pending_follow_up,
  };
}

/** The task the candidate is on, or null once every task is handed in. */
export function currentTaskId(session: InterviewRecord): string | null {
  return session.state === 'in_progress' ? (session.givenTaskIds[session.taskNumber] ?? null) : null;
}

/** Past this moment a hand-in is late: the overall limit and the network's grace; null before Start. */
export function lateAfter(session: InterviewRecord): Date | null {
  return session.expiresAt && new Date(session.expiresAt.getTime() + session.graceMs);
}

export function interviewView(session: InterviewRecord, now: Date): SessionView {
  const { organisation } = session;
  return {
    id: session.id,
    state: session.state,
    candidateName: session.candidateName,
    taskNumber: Math.min(session.taskNumber + 1, session.length),
    taskCount: session.length,
    startedAt: session.startedAt?.toISOString() ?? null,
    taskStartedAt: session.taskStartedAt?.toISOString() ?? null,
    expiresAt: session.expiresAt?.toISOString() ?? null,
    timeLimitSeconds: session.timeLimitSeconds,
    serverTime: now.toISOString(),
    organisationName: organisation.name,
    scoresShown: organisation.scoresShown,
    closingMessage: organisation.closingMessage ?? `${organisation.name} has your work and will be in touch about what happens next.`,
  };
}
