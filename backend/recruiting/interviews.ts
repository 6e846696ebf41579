import type { Sql } from '../db/client';
import type { InterviewListItem, LiveList } from '../../shared/api/dashboard';
import type { SessionState } from '../../shared/api/sessions';

interface ListRow {
  id: string;
  candidate_name: string;
  candidate_email: string;
  assessment_id: string;
  assessment_name: string;
  state: SessionState;
  task_number: number;
  started_at: Date | null;
  completed_at: Date | null;
  overall_score: string | null;
}

interface LiveRow {
  id: string;
  candidate_name: string;
  assessment_name: string;
  task_number: number;
  task_count: number;
  current_title: string | null;
  task_limit: number | null;
  task_started_at: Date | null;
  expires_at: Date | null;
  last_activity: Date | null;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Interviews of one organisation: the list, and the ones in progress right now. */
export function interviewsFor(sql: Sql, orgId: string) {
  return {
    async list(filter: {
      assessmentId?: string | undefined;
      state?: SessionState | undefined;
      limit: number;
    }): Promise<InterviewListItem[]> {
      const rows = await sql<ListRow[]>`
        SELECT se.id, i.candidate_name, i.candidate_email, se.assessment_id, a.name AS assessment_name, se.state, se.task_number,
          se.started_at, se.completed_at, se.overall_score
        FROM interviews se JOIN invites i ON i.id = se.invite_id JOIN assessments a ON a.id = se.assessment_id
        WHERE se.org_id = ${orgId}
          ${filter.assessmentId ? sql`AND se.assessment_id = ${filter.assessmentId}` : sql``}
          ${filter.state ? sql`AND se.state = ${filter.state}` : sql``}
        ORDER BY se.created_at DESC LIMIT ${filter.limit}`;
      return rows.map((r) => ({
        sessionId: r.id,
        candidateName: r.candidate_name,
        candidateEmail: r.candidate_email,
        assessmentId: r.assessment_id,
        assessmentName: r.assessment_name,
        state: r.state,
        tasksDone: r.task_number,
        startedAt: iso(r.started_at),
        completedAt: iso(r.completed_at),
        overallScore: r.overall_score === null ? null : Number(r.overall_score),
      }));
    },

    /** Who is in progress, on which task, with how much time left, and when they last did something in Excel. */
    async live(now: Date): Promise<LiveList> {
      const rows = await sql<LiveRow[]>`
        SELECT se.id, i.candidate_name, a.name AS assessment_name, se.task_number,
          LEAST(COALESCE(a.length, 1000), (SELECT count(*) FROM assessment_tasks at WHERE at.assessment_id = a.id))::int AS task_count,
          t.spec->>'title' AS current_title, (t.spec->>'timeLimitSeconds')::int AS task_limit, se.task_started_at, se.expires_at,
          (SELECT max(e.at) FROM events e WHERE e.session_id = se.id) AS last_activity
        FROM interviews se JOIN invites i ON i.id = se.invite_id JOIN assessments a ON a.id = se.assessment_id
        LEFT JOIN tasks t ON t.id = se.given_task_ids->>(se.task_number::int)
        WHERE se.org_id = ${orgId} AND se.state = 'in_progress'
        ORDER BY se.started_at DESC LIMIT 500`;
      const secondsUntil = (at: Date | null) => (at ? Math.round((at.getTime() - now.getTime()) / 1000) : null);
      return {
        serverTime: now.toISOString(),
        interviews: rows.map((r) => ({
          sessionId: r.id,
          candidateName: r.candidate_name,
          assessmentName: r.assessment_name,
          taskNumber: Math.min(r.task_number + 1, r.task_count),
          taskCount: r.task_count,
          currentTaskTitle: r.current_title,
          taskSecondsLeft:
            r.task_started_at && r.task_limit ? secondsUntil(new Date(r.task_started_at.getTime() + r.task_limit * 1000)) : null,
          secondsLeft: secondsUntil(r.expires_at),
          lastActivityAt: iso(r.last_activity),
        })),
      };
    },
  };
}
