import type { Sql } from '../db/client';
import type { InterviewList, InterviewListQuery, InterviewSort, LiveList } from '../../shared/api/dashboard';
import { containsPattern, decodeCursor, encodeCursor, type Cursor } from './list-cursor';
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
  stage: string;
}

/**
 * Each order of the list: the sort key (a column, or an expression that is never null), and the keyset
 * comparison that starts a page after the cursor's row. Ties are broken by the id in the same direction.
 */
type Fragment = ReturnType<Sql>;

const ORDERS: Record<
  InterviewSort,
  {
    key: (sql: Sql) => Fragment;
    orderBy: (sql: Sql, key: Fragment) => Fragment;
    after: (sql: Sql, key: Fragment, cursor: Cursor<InterviewSort>) => Fragment;
  }
> = {
  newest: {
    key: (sql) => sql`se.created_at`,
    orderBy: (sql) => sql`se.created_at DESC, se.id DESC`,
    after: (sql, _key, c) => sql`AND (se.created_at, se.id) < (${c.key}::text::timestamptz, ${c.id}::uuid)`,
  },
  oldest: {
    key: (sql) => sql`se.created_at`,
    orderBy: (sql) => sql`se.created_at ASC, se.id ASC`,
    after: (sql, _key, c) => sql`AND (se.created_at, se.id) > (${c.key}::text::timestamptz, ${c.id}::uuid)`,
  },
  // No score yet sorts below every score.
  score_desc: {
    key: (sql) => sql`COALESCE(se.overall_score, -1)`,
    orderBy: (sql, key) => sql`${key} DESC, se.id DESC`,
    after: (sql, key, c) => sql`AND (${key}, se.id) < (${c.key}::numeric, ${c.id}::uuid)`,
  },
  score_asc: {
    key: (sql) => sql`COALESCE(se.overall_score, -1)`,
    orderBy: (sql, key) => sql`${key} ASC, se.id ASC`,
    after: (sql, key, c) => sql`AND (${key}, se.id) > (${c.key}::numeric, ${c.id}::uuid)`,
  },
  name: {
    key: (sql) => sql`lower(i.candidate_name)`,
    orderBy: (sql, key) => sql`${key} ASC, se.id ASC`,
    after: (sql, key, c) => sql`AND (${key}, se.id) > (${c.key}, ${c.id}::uuid)`,
  },
};

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
    /**
     * One page of the list, filtered and ordered, from a cursor: null when the cursor is not one this list
     * gave out for this order.
     */
    async list(query: InterviewListQuery): Promise<InterviewList | null> {
      const order = ORDERS[query.sort];
      const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, query.sort);
      if (query.cursor !== undefined && !cursor) return null;
      // Lower-cased on both sides, in the shape of the trigram index (migration 0018).
      const like = query.q ? containsPattern(query.q.toLowerCase()) : null;
      const key = order.key(sql);
      const rows = await sql<(ListRow & { sort_key: string })[]>`
        SELECT se.id, i.candidate_name, i.candidate_email, se.assessment_id, a.name AS assessment_name, se.state, se.task_number,
          se.started_at, se.completed_at, se.overall_score, se.stage, (${key})::text AS sort_key
        FROM interviews se JOIN invites i ON i.id = se.invite_id JOIN assessments a ON a.id = se.assessment_id
        WHERE se.org_id = ${orgId}
          ${like ? sql`AND (lower(i.candidate_name) || ' ' || lower(i.candidate_email)) LIKE ${like}` : sql``}
          ${query.assessmentId ? sql`AND se.assessment_id = ${query.assessmentId}` : sql``}
          ${query.state ? sql`AND se.state = ${query.state}` : sql``}
          ${query.stage ? sql`AND se.stage = ${query.stage}` : sql``}
          ${query.minScore !== undefined ? sql`AND se.overall_score >= ${query.minScore}` : sql``}
          ${query.maxScore !== undefined ? sql`AND se.overall_score <= ${query.maxScore}` : sql``}
          ${query.from ? sql`AND se.created_at >= ${query.from}::date` : sql``}
          ${query.to ? sql`AND se.created_at < ${query.to}::date + 1` : sql``}
          ${cursor ? order.after(sql, key, cursor) : sql``}
        ORDER BY ${order.orderBy(sql, key)} LIMIT ${query.limit + 1}`;
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        interviews: page.map((r) => ({
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
          stage: r.stage,
        })),
        nextCursor: rows.length > query.limit && last ? encodeCursor({ sort: query.sort, key: last.sort_key, id: last.id }) : null,
      };
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
