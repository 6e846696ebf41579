import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { labelledCases } from '../recruiting/labelled-cases';
import { openDatabase } from './database';

const USAGE = 'Usage: npm run export-corpus -- --task <task id> [--org <organisation id>] [--out <folder>]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

/**
 * `npm run export-corpus -- --task <id>`: writes every review-queue decision on the task as a case of the
 * grading corpus (one JSON file each, the format of `tests/fixtures/corpus/`), so the corpus grows from real
 * work. Cases hold candidates' workbooks: they are the organisation's data, to be handled as such.
 */
let args;
try {
  args = parseArgs({ options: { task: { type: 'string' }, org: { type: 'string' }, out: { type: 'string' } } }).values;
} catch (error) {
  fail((error as Error).message);
}
if (!args.task) fail('Say which task: --task <task id>.');
const out = args.out ?? path.join('corpus-export', args.task);
const db = await openDatabase();
try {
  const [task] = await db.sql`SELECT 1 FROM tasks WHERE id = ${args.task}`;
  if (!task) fail(`No task has the id ${args.task}.`);
  const cases = await labelledCases(db.sql, args.task, args.org ?? null);
  if (cases.length) await mkdir(out, { recursive: true });
  for (const c of cases) await writeFile(path.join(out, `${c.case}.json`), `${JSON.stringify(c, null, 1)}\n`);
  const corrected = cases.filter((c) => c.label.verdict === 'corrected').length;
  process.stderr.write(
    cases.length
      ? `${cases.length} labelled case${cases.length === 1 ? '' : 's'} (${corrected} corrected) written to ${out}.\n`
      : `No review-queue decisions on ${args.task} yet: nothing written.\n`,
  );
} finally {
  await db.close();
}
