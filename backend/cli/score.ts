import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ScoreResult } from '../../shared/score';
import { WorkbookSnapshotSchema } from '../../shared/snapshot';
import { scoreWorkbook } from '../scoring/score-workbook';
import { builtInTask } from '../tasks/library';
import { loadJsonFile, loadTaskFile } from '../tasks/load-task-file';
import { readXlsx, WorkbookFileError } from '../workbook-file/read-xlsx';

const USAGE = 'Usage: npm run score -- --task <task id or task.json> (--snapshot <snapshot.json> | --workbook <file.xlsx>) [--explain]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

/** The result as a table a recruiter can read: one line per check, then its evidence. */
function explain(result: ScoreResult): string {
  const lines = [`${result.taskId}: ${result.points} of ${result.maxPoints} points (${Math.round(result.score * 100)}%)`];
  if (result.answerLocation) lines.push(`  note: ${result.answerLocation.note}`);
  for (const flag of result.integrityFlags ?? [])
    lines.push(`  integrity: text addressed to a grader in ${flag.sheet ? `${flag.sheet}!` : ''}${flag.cell}: "${flag.excerpt}"`);
  for (const gate of result.gates ?? [])
    if (gate.applied) lines.push(`  capped at ${Math.round(gate.cap * 100)}% (${gate.check} failed): ${gate.reason}`);
  for (const check of result.checks) {
    const verdict = !check.evaluated ? 'NOT RUN' : check.passed ? 'PASS' : 'FAIL';
    lines.push('', `${verdict.padEnd(8)}${String(check.points).padStart(6)} / ${String(check.maxPoints).padEnd(4)} ${check.description}`);
    for (const e of check.evidence) {
      const where = e.sheet ? `${e.sheet}!${e.cell}` : e.cell;
      const values = e.expected !== undefined ? ` (expected ${JSON.stringify(e.expected)}, got ${JSON.stringify(e.got ?? null)})` : '';
      lines.push(`          ${where ? `${where}: ` : ''}${e.note}${values}${e.formula ? `   ${e.formula}` : ''}`);
    }
    if (check.evidenceOmitted) lines.push(`          … and ${check.evidenceOmitted} more`);
  }
  return lines.join('\n');
}

/** An .xlsx file read as the add-in would read the open workbook. */
async function workbookSnapshot(file: string) {
  try {
    return { ok: true as const, value: await readXlsx(await readFile(file)) };
  } catch (error) {
    const reason =
      error instanceof WorkbookFileError ? error.message : `cannot read it: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    return { ok: false as const, message: `The workbook ${file}: ${reason}` };
  }
}

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        task: { type: 'string' },
        snapshot: { type: 'string' },
        workbook: { type: 'string' },
        explain: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
  if (!args.task || !(args.snapshot || args.workbook)) fail('Give --task and either --snapshot or --workbook.');
  if (args.snapshot && args.workbook) fail('Give --snapshot or --workbook, not both.');

  const isFile = args.task.endsWith('.json') || args.task.includes('/');
  const task = isFile ? await loadTaskFile(args.task) : { ok: true as const, value: builtInTask(args.task) };
  if (!task.ok) fail(task.message);
  if (!task.value) fail(`No built-in task has the id "${args.task}". Give a task id from backend/tasks/ or the path of a task file.`);

  const snapshot = args.workbook
    ? await workbookSnapshot(args.workbook)
    : await loadJsonFile(args.snapshot!, (raw) => WorkbookSnapshotSchema.safeParse(raw), 'snapshot');
  if (!snapshot.ok) fail(snapshot.message);

  const result = scoreWorkbook(snapshot.value, task.value);
  process.stdout.write(`${args.explain ? explain(result) : JSON.stringify(result, null, 2)}\n`);
}

await main();
