import type { Sql } from '../db/client';
import { PASS_SCORE, type Analytics, type AnalyticsQuery } from '../../shared/api/dashboard';

const BANDS = 10;

/**
 * The hiring team's questions, each one query on a covering index (see migration 0005): interviews and
 * invites are filtered by when they were created, hand-ins by when they were received.
 */
export function analyticsFor(sql: Sql, orgId: string, query: AnalyticsQuery) {
  const from = query.from ? new Date(`${query.from}T00:00:00Z`) : new Date(0);
  // The end date is a whole day: everything up to its midnight.
  const to = query.to ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) : new Date('9999-12-31T00:00:00Z');
  const assessment = (column: string) => (query.assessmentId ? sql`AND ${sql(column)} = ${query.assessmentId}` : sql``);

  return {
    async distribution(): Promise<Analytics['distribution']> {
      const rows = await sql<{ band: number; n: number }[]>`
        SELECT LEAST(floor(overall_score * ${BANDS}), ${BANDS - 1})::int AS band, count(*)::int AS n
        FROM interview_sessions
        WHERE org_id = ${orgId} AND created_at >= ${from} AND created_at < ${to} AND state = 'completed' AND overall_score IS NOT NULL
          ${assessment('assessment_id')}
        GROUP BY 1`;
      return Array.from({ length: BANDS }, (_, band) => ({
        from: band / BANDS, to: (band + 1) / BANDS, interviews: rows.find((r) => r.band === band)?.n ?? 0,
      }));
    },

    async tasks(): Promise<Analytics['tasks']> {
      const rows = await sql<{ task_id: string; title: string; skill: string; attempts: number; pass_rate: number; mean_score: number; median_seconds: number | null }[]>`
        SELECT s.task_id, t.spec->>'title' AS title, t.skill, s.attempts, s.pass_rate, s.mean_score, s.median_seconds
        FROM (
          SELECT task_id, count(*)::int AS attempts, avg((final_score >= ${PASS_SCORE})::int)::float8 AS pass_rate,
            avg(final_score)::float8 AS mean_score,
            percentile_disc(0.5) WITHIN GROUP (ORDER BY seconds_spent) AS median_seconds
          FROM submissions
          WHERE org_id = ${orgId} AND received_at >= ${from} AND received_at < ${to} ${assessment('assessment_id')}
          GROUP BY task_id) s
        JOIN tasks t ON t.id = s.task_id
        ORDER BY s.pass_rate, s.task_id`;
      return rows.map((r) => ({
        taskId: r.task_id, title: r.title, skill: r.skill, attempts: r.attempts, passRate: round(r.pass_rate), meanScore: round(r.mean_score),
        medianSeconds: r.median_seconds,
      }));
    },

    async funnel(): Promise<Analytics['funnel']> {
      const [invited] = await sql<{ n: number }[]>`
        SELECT count(*)::int AS n FROM invites
        WHERE org_id = ${orgId} AND created_at >= ${from} AND created_at < ${to} AND revoked_at IS NULL ${assessment('assessment_id')}`;
      const [sessions] = await sql<{ started: number; completed: number }[]>`
        SELECT count(*) FILTER (WHERE started_at IS NOT NULL)::int AS started, count(*) FILTER (WHERE state = 'completed')::int AS completed
        FROM interview_sessions
        WHERE org_id = ${orgId} AND created_at >= ${from} AND created_at < ${to} ${assessment('assessment_id')}`;
      return { invited: invited!.n, started: sessions!.started, completed: sessions!.completed };
    },

    async skills(): Promise<Analytics['skills']> {
      const rows = await sql<{ skill: string; mean_score: number; attempts: number }[]>`
        SELECT t.skill, (sum(s.total) / sum(s.attempts))::float8 AS mean_score, sum(s.attempts)::int AS attempts
        FROM (
          SELECT task_id, sum(final_score) AS total, count(*) AS attempts FROM submissions
          WHERE org_id = ${orgId} AND received_at >= ${from} AND received_at < ${to} ${assessment('assessment_id')}
          GROUP BY task_id) s
        JOIN tasks t ON t.id = s.task_id
        GROUP BY t.skill ORDER BY t.skill`;
      return rows.map((r) => ({ skill: r.skill, meanScore: round(r.mean_score), attempts: r.attempts }));
    },

    async all(): Promise<Analytics> {
      const [distribution, tasks, funnel, skills] = await Promise.all([this.distribution(), this.tasks(), this.funnel(), this.skills()]);
      return { distribution, tasks, funnel, skills };
    },
  };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
