import { readFile } from 'node:fs/promises';
import { TaskSpecSchema, type TaskSpec } from '../../shared/task';

export type LoadOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads a JSON file and validates it with a schema, turning every failure into one readable message. */
export async function loadJsonFile<T>(
  file: string,
  parse: (raw: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
  what: string,
): Promise<LoadOutcome<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, message: `Cannot read the ${what} file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The ${what} file ${file} is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = parse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues
    .slice(0, 10)
    .map((i) => `  ${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('\n');
  return { ok: false, message: `The ${what} file ${file} does not match the ${what} format:\n${problems}` };
}

/** An organisation's own task, from a JSON file in the task format (docs/task-format.md). */
export function loadTaskFile(file: string): Promise<LoadOutcome<TaskSpec>> {
  return loadJsonFile(file, (raw) => TaskSpecSchema.safeParse(raw), 'task');
}
