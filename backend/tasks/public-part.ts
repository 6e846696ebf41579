import { TaskPublicSchema, type TaskPublic, type TaskSpec } from '../../shared/task';

/**
 * The only way a task reaches a candidate. Fields are picked by name, then checked against the strict
 * public schema, so a private field added to TaskSpec later cannot leak by default.
 */
export function publicPartOf(task: TaskSpec): TaskPublic {
  const { id, title, skill, difficulty, instructions, timeLimitSeconds, starter, answer } = task;
  return TaskPublicSchema.parse({ id, title, skill, difficulty, instructions, timeLimitSeconds, starter, answer });
}
