import type { Sql } from '../db/client';
import type { SessionState, SessionView } from '../../shared/api/sessions';

/** A session as the interview services need it: its place in the assessment and the tasks it runs. */
export interface SessionRecord {
  id: string;
  orgId: string;
  state: SessionState;
  candidateName: string;
  taskNumber: number;
  taskIds: string[];
  startedAt: Date | null;
  /** The assessment's cap on what an LLM review may take from a task's score. */
  llmShare: number;
}

interface SessionRow {
  id: string; org_id: string; state: SessionState; candidate_name: string; task_number: number;
  task_ids: string[] | null; started_at: Date | null; llm_share: string;
}

/** Loads a session by id, or by the hash of its bearer token. */
export async function loadSession(sql: Sql, by: { id: string } | { tokenHash: string }): Promise<SessionRecord | null> {
  const where = 'id' in by ? sql`se.id = ${by.id}` : sql`se.token_hash = ${by.tokenHash}`;
  const [row] = await sql<SessionRow[]>`
    SELECT se.id, se.org_id, se.state, se.task_number, se.started_at, i.candidate_name, a.llm_share,
      (SELECT json_agg(task_id ORDER BY position) FROM assessment_tasks WHERE assessment_id = se.assessment_id) AS task_ids
    FROM interview_sessions se JOIN invites i ON i.id = se.invite_id JOIN assessments a ON a.id = se.assessment_id
    WHERE ${where}`;
  if (!row) return null;
  return {
    id: row.id, orgId: row.org_id, state: row.state, candidateName: row.candidate_name,
    taskNumber: row.task_number, taskIds: row.task_ids ?? [], startedAt: row.started_at, llmShare: Number(row.llm_share),
  };
}

/** The task the candidate is on, or null once every task is handed in. */
export function currentTaskId(session: SessionRecord): string | null {
  return session.state === 'in_progress' ? (session.taskIds[session.taskNumber] ?? null) : null;
}

export function sessionView(session: SessionRecord, now: Date): SessionView {
  return {
    id: session.id,
    state: session.state,
    candidateName: session.candidateName,
    taskNumber: Math.min(session.taskNumber + 1, session.taskIds.length),
    taskCount: session.taskIds.length,
    startedAt: session.startedAt?.toISOString() ?? null,
    serverTime: now.toISOString(),
  };
}
