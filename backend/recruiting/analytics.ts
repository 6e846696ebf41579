import type { Sql } from '../db/client';
import type { Analytics, AnalyticsQuery } from '../../shared/api/dashboard';
import { foldTaskStats, histogramSums, medianFromHistogram } from './task-stats';

const BANDS = 10;

/**
 * The hiring team's questions, each one query on an index (see migration 0005): interviews and invites
 * are filtered by when they were created; hand-ins by the day they were received, through the per-task
 * daily figures (task-stats.ts).
 */
export function analyticsFor(sql: Sql, orgId: string, query: AnalyticsQuery) {
  const from = query.from ? new Date(`${query.from}T00:00:00Z`) : new Date(0);
  // The end date is a whole day: everything up to its midnight.
  const to = query.to ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) : new Date('9999-12-31T00:00:00Z');
  const fromDay = query.from ?? '0001-01-01';
  const toDay = query.to ?? '9999-12-31';
  const assessment = (column: string) => (query.assessmentId ? sql`AND ${sql(column)} = ${query.assessmentId}` : sql``);

  return {
    async distribution(): Promise<Analytics['distribution']> {
      const rows = await sql<{ band: number; n: number }[]>`
        SELECT LEAST(floor(overall_score * ${BANDS}), ${BANDS - 1})::int AS band, count(*)::int AS n
        FROM interviews
        WHERE org_id = ${orgId} AND created_at >= ${from} AND created_at < ${to} AND state = 'completed' AND overall_score IS NOT NULL
          ${assessment('assessment_id')}
        GROUP BY 1`;
      return Array.from({ length: BANDS }, (_, band) => ({
        from: band / BANDS,
        to: (band + 1) / BANDS,
        interviews: rows.find((r) => r.band === band)?.n ?? 0,
      }));
    },

    /** Per task, from the daily figures (fold first for exact numbers: `all()` does). */
    async tasks(): Promise<Analytics['tasks']> {
      const rows = await sql<
        { task_id: string; title: string; skill: string; attempts: number; passes: number; score_sum: string; hist: number[] }[]
      >`
        SELECT s.task_id, t.spec->>'title' AS title, t.skill, s.attempts, s.passes, s.score_sum, s.hist
        FROM (
          SELECT task_id, sum(attempts)::int AS attempts, sum(passes)::int AS passes, sum(score_sum) AS score_sum,
            ${sql.unsafe(histogramSums())} AS hist
          FROM task_day_stats
          WHERE org_id = ${orgId} AND day >= ${fromDay} AND day <= ${toDay} ${assessment('assessment_id')}
          GROUP BY task_id) s
        JOIN tasks t ON t.id = s.task_id
        WHERE s.attempts > 0
        ORDER BY s.passes::float8 / s.attempts, s.task_id`;
      return rows.map((r) => ({
        taskId: r.task_id,
        title: r.title,
        skill: r.skill,
        attempts: r.attempts,
        passRate: round(r.passes / r.attempts),
        meanScore: round(Number(r.score_sum) / r.attempts),
        medianSeconds: medianFromHistogram(r.hist.map(Number)),
      }));
    },

    async funnel(): Promise<Analytics['funnel']> {
      const [invited] = await sql<{ n: number }[]>`
        SELECT count(*)::int AS n FROM invites
        WHERE org_id = ${orgId} AND created_at >= ${from} AND created_at < ${to} AND revoked_at IS NULL ${assessment('assessment_id')}`;
      const [sessions] = await sql<{ started: number; completed: number }[]>`
        SELECT count(*) FILTER (WHERE started_at IS NOT NULL)::int AS started, count(*) FILTER (WHERE state = 'completed')::int AS completed
        FROM interviews
        WHERE org_id = ${orgId} AND created_at >= ${from} AND created_at < ${to} ${assessment('assessment_id')}`;
      return { invited: invited!.n, started: sessions!.started, completed: sessions!.completed };
    },

    async skills(): Promise<Analytics['skills']> {
      const rows = await sql<{ skill: string; score_sum: string; attempts: number }[]>`
        SELECT t.skill, sum(s.score_sum) AS score_sum, sum(s.attempts)::int AS attempts
        FROM task_day_stats s JOIN tasks t ON t.id = s.task_id
        WHERE s.org_id = ${orgId} AND s.day >= ${fromDay} AND s.day <= ${toDay} ${assessment('s.assessment_id')}
        GROUP BY t.skill HAVING sum(s.attempts) > 0 ORDER BY t.skill`;
      return rows.map((r) => ({ skill: r.skill, meanScore: round(Number(r.score_sum) / r.attempts), attempts: r.attempts }));
    },

    async levels(): Promise<Analytics['levels']> {
      const rows = await sql<{ level: number; score_sum: string; attempts: number }[]>`
        SELECT t.difficulty AS level, sum(s.score_sum) AS score_sum, sum(s.attempts)::int AS attempts
        FROM task_day_stats s JOIN tasks t ON t.id = s.task_id
        WHERE s.org_id = ${orgId} AND s.day >= ${fromDay} AND s.day <= ${toDay} ${assessment('s.assessment_id')}
        GROUP BY t.difficulty HAVING sum(s.attempts) > 0 ORDER BY t.difficulty`;
      return rows.map((r) => ({ level: r.level, meanScore: round(Number(r.score_sum) / r.attempts), attempts: r.attempts }));
    },

    /** This period's headline figures beside the period of the same length before it, and who is interviewing now. */
    async tiles(): Promise<Analytics['tiles']> {
      const figures = async (start: Date, end: Date) => {
        const [row] = await sql<{ interviews: number; started: number; completed: number; average: string | null }[]>`
          SELECT count(*)::int AS interviews, count(*) FILTER (WHERE started_at IS NOT NULL)::int AS started,
            count(*) FILTER (WHERE state = 'completed')::int AS completed,
            avg(overall_score) FILTER (WHERE state = 'completed') AS average
          FROM interviews WHERE org_id = ${orgId} AND created_at >= ${start} AND created_at < ${end} ${assessment('assessment_id')}`;
        return {
          interviews: row!.interviews,
          averageScore: row!.average === null ? null : round(Number(row!.average)),
          completionRate: row!.started ? round(row!.completed / row!.started) : null,
        };
      };
      const [active] = await sql<{ n: number }[]>`
        SELECT count(*)::int AS n FROM interviews
        WHERE org_id = ${orgId} AND state = 'in_progress' AND started_at IS NOT NULL ${assessment('assessment_id')}`;
      const length = to.getTime() - from.getTime();
      return {
        current: await figures(from, to),
        previous: query.from && query.to ? await figures(new Date(from.getTime() - length), from) : null,
        activeNow: active!.n,
      };
    },

    /** Folds pending hand-ins into the daily figures, then answers every question at once. */
    async all(): Promise<Analytics> {
      await foldTaskStats(sql, orgId);
      const [distribution, tasks, funnel, skills, levels, tiles] = await Promise.all([
        this.distribution(),
        this.tasks(),
        this.funnel(),
        this.skills(),
        this.levels(),
        this.tiles(),
      ]);
      return { distribution, tasks, funnel, skills, levels, tiles };
    },
  };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
