import type { Sql } from '../db/client';
import type { Analytics, AnalyticsQuery } from '../../shared/api/dashboard';
import { foldTaskStats, histogramSums, medianRange } from './task-stats';

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
  const period = async (start: Date, end: Date): Promise<PeriodRow> => {
    const [row] = await sql<PeriodRow[]>`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE started_at IS NOT NULL)::int AS started,
        count(*) FILTER (WHERE state = 'completed')::int AS completed, avg(overall_score) FILTER (WHERE state = 'completed') AS average
      FROM interviews
      WHERE org_id = ${orgId} AND created_at >= ${start} AND created_at < ${end} ${assessment('assessment_id')}`;
    return row!;
  };
  /** Each task's figures over the range, from the daily figures: tasks, skills and levels are all read from these. */
  const perTask = () => sql<TaskRow[]>`
    SELECT s.task_id, t.spec->>'title' AS title, t.skill, t.difficulty, s.attempts, s.passes, s.score_sum, s.hist
    FROM (
      SELECT task_id, sum(attempts)::int AS attempts, sum(passes)::int AS passes, sum(score_sum) AS score_sum,
        ${sql.unsafe(histogramSums())} AS hist
      FROM task_day_stats
      WHERE org_id = ${orgId} AND day >= ${fromDay} AND day <= ${toDay} ${assessment('assessment_id')}
      GROUP BY task_id) s
    JOIN tasks t ON t.id = s.task_id
    WHERE s.attempts > 0
    ORDER BY s.passes::float8 / s.attempts, s.task_id`;

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
      return tasksFrom(await perTask());
    },

    async funnel(current?: PeriodRow): Promise<Analytics['funnel']> {
      const [[invited], sessions] = await Promise.all([
        sql<{ n: number }[]>`
          SELECT count(*)::int AS n FROM invites
          WHERE org_id = ${orgId} AND created_at >= ${from} AND created_at < ${to} AND revoked_at IS NULL ${assessment('assessment_id')}`,
        current ?? period(from, to),
      ]);
      return { invited: invited!.n, started: sessions.started, completed: sessions.completed };
    },

    /** By skill: the per-task figures summed. */
    async skills(): Promise<Analytics['skills']> {
      return meansBy(await perTask(), (r) => r.skill).map(([skill, m]) => ({ skill, ...m }));
    },

    /** By the tasks' difficulty level, the same way. */
    async levels(): Promise<Analytics['levels']> {
      return meansBy(await perTask(), (r) => r.difficulty).map(([level, m]) => ({ level, ...m }));
    },

    /** This period's headline figures beside the period of the same length just before it, and who is interviewing now. */
    async tiles(current?: PeriodRow): Promise<Analytics['tiles']> {
      const before = query.from && query.to ? new Date(from.getTime() - (to.getTime() - from.getTime())) : null;
      const [now, earlier, [active]] = await Promise.all([
        current ?? period(from, to),
        before ? period(before, from) : null,
        sql<{ n: number }[]>`
          SELECT count(*)::int AS n FROM interviews
          WHERE org_id = ${orgId} AND state = 'in_progress' AND started_at IS NOT NULL ${assessment('assessment_id')}`,
      ]);
      return { current: figuresOf(now), previous: earlier ? figuresOf(earlier) : null, activeNow: active!.n };
    },

    /** Folds pending hand-ins into the daily figures, then answers every question at once. */
    async all(): Promise<Analytics> {
      await foldTaskStats(sql, orgId);
      // The period's interviews are counted once, for the funnel and the tiles alike.
      const current = await period(from, to);
      const [distribution, tasks, funnel, tiles] = await Promise.all([
        this.distribution(),
        perTask(),
        this.funnel(current),
        this.tiles(current),
      ]);
      return {
        distribution,
        tasks: tasksFrom(tasks),
        funnel,
        skills: meansBy(tasks, (r) => r.skill).map(([skill, m]) => ({ skill, ...m })),
        levels: meansBy(tasks, (r) => r.difficulty).map(([level, m]) => ({ level, ...m })),
        tiles,
      };
    },
  };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

interface TaskRow {
  task_id: string;
  title: string;
  skill: string;
  difficulty: number;
  attempts: number;
  passes: number;
  score_sum: string;
  hist: number[];
}

/** The interviews created in a period: how many, started, completed, and the completed ones' mean score. */
interface PeriodRow {
  n: number;
  started: number;
  completed: number;
  average: string | null;
}

const figuresOf = (p: PeriodRow) => ({
  interviews: p.n,
  averageScore: p.average === null ? null : round(Number(p.average)),
  completionRate: p.started ? round(p.completed / p.started) : null,
});

const tasksFrom = (rows: TaskRow[]): Analytics['tasks'] =>
  rows.map((r) => ({
    taskId: r.task_id,
    title: r.title,
    skill: r.skill,
    attempts: r.attempts,
    passRate: round(r.passes / r.attempts),
    meanScore: round(Number(r.score_sum) / r.attempts),
    medianTime: medianRange(r.hist.map(Number)),
  }));

/** The per-task figures grouped by a key (skill, level): mean score over every hand-in, in the key's order. */
function meansBy<K extends string | number>(rows: TaskRow[], key: (r: TaskRow) => K): [K, { meanScore: number; attempts: number }][] {
  const groups = new Map<K, { sum: number; attempts: number }>();
  for (const r of rows) {
    const g = groups.get(key(r)) ?? { sum: 0, attempts: 0 };
    groups.set(key(r), { sum: g.sum + Number(r.score_sum), attempts: g.attempts + r.attempts });
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, g]) => [k, { meanScore: round(g.sum / g.attempts), attempts: g.attempts }]);
}
