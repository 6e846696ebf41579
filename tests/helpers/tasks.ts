import type { CellValue } from '../../shared/cells';
import type { CheckResult } from '../../shared/score';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import { CheckSchema, TaskSpecSchema, type TaskSpec } from '../../shared/task';
import { scoreWorkbook } from '../../backend/scoring/score-workbook';

/** A minimal valid task over the given starter sheet, with the given checks (parsed, so defaults apply). */
export function aTask(options: {
  rows?: CellValue[][];
  sheet?: string;
  checks: unknown[];
  answerRange?: string;
  instructions?: string;
}): TaskSpec {
  const sheet = options.sheet ?? 'Data';
  return TaskSpecSchema.parse({
    id: 'test-task',
    title: 'Test task',
    skill: 'lookups',
    difficulty: 1,
    instructions: options.instructions ?? 'Do the thing.',
    timeLimitSeconds: 300,
    starter: { sheets: [{ name: sheet, rows: options.rows ?? [['Header']] }] },
    answer: options.answerRange
      ? { kind: 'range', sheet, range: options.answerRange, description: 'answer' }
      : { kind: 'object', object: 'table', sheet, description: 'answer' },
    private: {
      solution: { formulas: [] },
      checks: options.checks.map((c) => CheckSchema.parse({ id: 'check', description: 'the check', weight: 10, ...(c as object) })),
      hiddenData: null,
      followUps: [],
    },
  });
}

/** Grades a snapshot against a one-check task and returns that check's result. */
export function gradeOne(task: TaskSpec, snapshot: WorkbookSnapshot): CheckResult {
  return scoreWorkbook(snapshot, task).checks[0]!;
}
