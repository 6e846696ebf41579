import type { Sql } from '../db/client';
import type { TaskListQuery, TaskSummary } from '../../shared/api/dashboard';
import { TaskSpecSchema, type TaskSpec } from '../../shared/task';

/** Writes the built-in library into the `tasks` table, so assessments can reference tasks by id. */
export async function syncTaskLibrary(sql: Sql, tasks: readonly TaskSpec[]): Promise<void> {
  for (const task of tasks) {
    await sql`
      INSERT INTO tasks (id, org_id, skill, difficulty, spec)
      VALUES (${task.id}, NULL, ${task.skill}, ${task.difficulty}, ${sql.json(task)})
      ON CONFLICT (id) DO UPDATE SET skill = EXCLUDED.skill, difficulty = EXCLUDED.difficulty,
        spec = EXCLUDED.spec, updated_at = now()
      WHERE tasks.spec IS DISTINCT FROM EXCLUDED.spec`;
  }
}

/**
 * Tasks as last parsed, by id, with the version (updated_at) they were parsed at. A task is read on every
 * candidate request and can be megabytes (starter data): the database sends its spec only when the
 * version differs, and it is parsed only then. Bounded by the number of tasks, which is small.
 */
const parsed = new Map<string, { version: string; task: TaskSpec }>();

/** The parsed task when the one kept is at `version`, without asking the database. */
export function cachedTask(taskId: string, version: string | null): TaskSpec | null {
  const cached = parsed.get(taskId);
  return cached && version !== null && cached.version === version ? cached.task : null;
}

/** Loads a task the organisation may use (built-in, or its own). */
export async function loadTask(sql: Sql, orgId: string, taskId: string): Promise<TaskSpec | null> {
  const cached = parsed.get(taskId);
  const [row] = await sql<{ version: string; spec: unknown }[]>`
    SELECT updated_at::text AS version, CASE WHEN updated_at::text = ${cached?.version ?? ''} THEN NULL ELSE spec END AS spec
    FROM tasks WHERE id = ${taskId} AND (org_id IS NULL OR org_id = ${orgId})`;
  if (!row) return null;
  if (cached && row.spec === null) return cached.task;
  const task = TaskSpecSchema.parse(row.spec);
  parsed.set(taskId, { version: row.version, task });
  return task;
}

/** The tasks an organisation may use (the library and the newest version of each of its own), filtered, by skill then difficulty. */
export async function listTasks(sql: Sql, orgId: string, { skill, difficulty }: TaskListQuery): Promise<TaskSummary[]> {
  const rows = await sql<{ summary: TaskSummary }[]>`
    SELECT jsonb_build_object('id', id, 'title', spec->>'title', 'skill', skill, 'difficulty', difficulty,
      'timeLimitSeconds', (spec->>'timeLimitSeconds')::int, 'own', org_id IS NOT NULL, 'version', version) AS summary
    FROM tasks WHERE (org_id IS NULL OR org_id = ${orgId}) AND superseded_at IS NULL
      ${skill ? sql`AND skill = ${skill}` : sql``} ${difficulty ? sql`AND difficulty = ${difficulty}` : sql``}
    ORDER BY skill, difficulty, id`;
  return rows.map((r) => r.summary);
}
