import type { Sql } from '../db/client';
import type { Agreement } from '../calibration/task-flags';

/** An override within this many points of the grader's score still agrees with it. */
const AGREEMENT_TOLERANCE = 0.1;
const DAY = 86_400_000;
/** The period agreement is reported over. */
export const AGREEMENT_DAYS = 90;

/**
 * Every recruiter override is a label on the grader's verdict: a scored hand-in agrees when nobody
 * overrode it or the newest override is within 10 points of the grader's score. The grader's score is its
 * own (before a model's review and the follow-up), as that is what is being watched. Per task, over the last
 * 90 days with the last 7 and the 30 before them apart (for drift); one organisation's, or every one's.
 */
const scoredHandIns = (sql: Sql, orgId: string | null, since: Date) => sql`
  SELECT s.id, s.task_id, s.received_at, sc.result->'checks' AS checks,
    o.score IS NULL OR abs(o.score - sc.score) <= ${AGREEMENT_TOLERANCE} AS agreed
  FROM submissions s JOIN scores sc ON sc.submission_id = s.id
  LEFT JOIN LATERAL (SELECT score FROM score_overrides WHERE submission_id = s.id ORDER BY id DESC LIMIT 1) o ON true
  WHERE s.received_at >= ${since} ${orgId ? sql`AND s.org_id = ${orgId}` : sql``}`;

export async function agreementByTask(sql: Sql, orgId: string | null, now: Date): Promise<Map<string, Agreement>> {
  const [recent, before] = [new Date(now.getTime() - 7 * DAY), new Date(now.getTime() - 37 * DAY)];
  const rows = await sql<
    { task_id: string; n: number; agreed: number; recent_n: number; recent_agreed: number; before_n: number; before_agreed: number }[]
  >`
    WITH h AS (${scoredHandIns(sql, orgId, new Date(now.getTime() - AGREEMENT_DAYS * DAY))})
    SELECT task_id, count(*)::int AS n, count(*) FILTER (WHERE agreed)::int AS agreed,
      count(*) FILTER (WHERE received_at >= ${recent})::int AS recent_n,
      count(*) FILTER (WHERE received_at >= ${recent} AND agreed)::int AS recent_agreed,
      count(*) FILTER (WHERE received_at < ${recent} AND received_at >= ${before})::int AS before_n,
      count(*) FILTER (WHERE received_at < ${recent} AND received_at >= ${before} AND agreed)::int AS before_agreed
    FROM h GROUP BY task_id`;
  return new Map(
    rows.map((r) => [
      r.task_id,
      {
        handIns: r.n,
        agreed: r.agreed,
        recent: { handIns: r.recent_n, agreed: r.recent_agreed },
        before: { handIns: r.before_n, agreed: r.before_agreed },
      },
    ]),
  );
}

/** The same over the period, by the kinds of check the hand-ins' tasks have (a hand-in counts once per kind). */
export async function agreementByCheckKind(
  sql: Sql,
  orgId: string,
  now: Date,
): Promise<{ kind: string; handIns: number; agreed: number }[]> {
  return sql<{ kind: string; handIns: number; agreed: number }[]>`
    WITH h AS (${scoredHandIns(sql, orgId, new Date(now.getTime() - AGREEMENT_DAYS * DAY))})
    SELECT k.kind, count(*)::int AS "handIns", count(*) FILTER (WHERE h.agreed)::int AS agreed
    FROM h, LATERAL (SELECT DISTINCT c->>'kind' AS kind FROM jsonb_array_elements(h.checks) c) k
    GROUP BY k.kind ORDER BY k.kind`;
}

/** The same by week (Monday first), oldest first. */
export async function agreementByWeek(sql: Sql, orgId: string, now: Date): Promise<{ week: string; handIns: number; agreed: number }[]> {
  return sql<{ week: string; handIns: number; agreed: number }[]>`
    WITH h AS (${scoredHandIns(sql, orgId, new Date(now.getTime() - AGREEMENT_DAYS * DAY))})
    SELECT to_char(date_trunc('week', received_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
      count(*)::int AS "handIns", count(*) FILTER (WHERE agreed)::int AS agreed
    FROM h GROUP BY 1 ORDER BY 1`;
}
