import { asksForFormulas, TaskPublicSchema, type TaskPublic, type TaskSpec } from '../../shared/task';

/**
 * The only way a task reaches a candidate. Fields are picked by name, then checked against the strict
 * public schema, so a private field added to TaskSpec later cannot leak by default.
 */
export function publicPartOf(task: TaskSpec): TaskPublic {
  const known = publicParts.get(task);
  if (known) return known;
  const { id, title, skill, difficulty, instructions, timeLimitSeconds, starter, answer } = task;
  const part = TaskPublicSchema.parse({
    id,
    title,
    skill,
    difficulty,
    instructions,
    timeLimitSeconds,
    starter,
    answer,
    formulasAsked: asksForFormulas(task),
  });
  publicParts.set(task, part);
  return part;
}

/** Parsed tasks are kept (tasks/store.ts), so their public parts are worth keeping too. */
const publicParts = new WeakMap<TaskSpec, TaskPublic>();
