import type { Sql } from '../db/client';
import { TaskSpecSchema, type TaskSpec } from '../../shared/task';

/** Writes the built-in library into the `tasks` table, so assessments can reference tasks by id. */
export async function syncTaskLibrary(sql: Sql, tasks: readonly TaskSpec[]): Promise<void> {
  for (const task of tasks) {
    await sql`
      INSERT INTO tasks (id, org_id, skill, difficulty, spec)
      VALUES (${task.id}, NULL, ${task.skill}, ${task.difficulty}, ${sql.json(task as never)})
      ON CONFLICT (id) DO UPDATE SET skill = EXCLUDED.skill, difficulty = EXCLUDED.difficulty,
        spec = EXCLUDED.spec, updated_at = now()
      WHERE tasks.spec IS DISTINCT FROM EXCLUDED.spec`;
  }
}

/** Loads a task the organisation may use (built-in, or its own). */
export async function loadTask(sql: Sql, orgId: string, taskId: string): Promise<TaskSpec | null> {
  const [row] = await sql<{ spec: unknown }[]>`
    SELECT spec FROM tasks WHERE id = ${taskId} AND (org_id IS NULL OR org_id = ${orgId})`;
  return row ? TaskSpecSchema.parse(row.spec) : null;
}
