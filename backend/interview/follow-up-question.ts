import { filledCellsIn } from '../../shared/a1';
import type { ScoreResult } from '../../shared/score';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import { asksForFormulas, type FollowUp, type TaskSpec } from '../../shared/task';

export interface AskedQuestion {
  questionId: string;
  question: string;
}

type ObjectKind = Extract<TaskSpec['answer'], { kind: 'object' }>['object'];

/** What the candidate handed in for the task, as far as the question may speak of it. */
export type WorkFound =
  | { kind: 'formula'; sheet: string; cell: string; formula: string }
  | { kind: 'built' }
  | { kind: 'typed'; where: string }
  | { kind: 'nothing'; where: string | null };

/** An object task's object, in words, and whether a snapshot holds one. */
const OBJECTS: Record<ObjectKind, { noun: string; words: string[]; found: (s: WorkbookSnapshot) => boolean }> = {
  'pivot-table': {
    noun: 'PivotTable',
    words: ['pivot', 'pivottable', 'insert'],
    found: (s) => s.sheets.some((x) => x.pivotTables.length > 0),
  },
  chart: { noun: 'chart', words: ['chart', 'line', 'column', 'insert'], found: (s) => s.sheets.some((x) => x.charts.length > 0) },
  table: { noun: 'table', words: ['table', 'format as table', 'ctrl+t'], found: (s) => s.sheets.some((x) => x.tables.length > 0) },
  'conditional-format': {
    noun: 'conditional format',
    words: ['conditional', 'formatting', 'rule', 'highlight'],
    found: (s) => s.sheets.some((x) => x.conditionalFormats.length > 0),
  },
  'data-validation': {
    noun: 'data validation',
    words: ['validation', 'list', 'dropdown', 'drop-down'],
    found: (s) => s.sheets.some((x) => x.dataValidations.length > 0),
  },
  // The data is always there to ask about; whether it was sorted or cleaned is the grader's to say.
  'sorted-data': { noun: 'sort', words: ['sort', 'order'], found: () => true },
  'deduplicated-data': { noun: 'duplicate removal', words: ['remove duplicates', 'duplicate', 'unique'], found: () => true },
};

/**
 * What exists to ask about: the candidate's own formula where the answer was graded, the object the task
 * asks for, values typed in, or nothing. Read from the hand-in itself, so a question never speaks of work
 * that is not there.
 */
export function workFound(task: TaskSpec, snapshot: WorkbookSnapshot, result: ScoreResult): WorkFound {
  if (task.answer.kind === 'object')
    return OBJECTS[task.answer.object].found(snapshot) ? { kind: 'built' } : { kind: 'nothing', where: null };
  const where = result.answerLocation ?? { sheet: task.answer.sheet, range: task.answer.range };
  const cells = filledCellsIn(snapshot, where.sheet, where.range);
  const first = cells.find((c) => c.formula);
  const named = `${where.sheet}!${where.range}`;
  if (first) return { kind: 'formula', sheet: where.sheet, cell: first.address, formula: first.formula! };
  if (cells.length === 0) return { kind: 'nothing', where: named };
  return asksForFormulas(task) ? { kind: 'typed', where: named } : { kind: 'built' };
}

/** The id of a question about how the candidate would approach the task (there was no work to ask about). */
const APPROACH = ':approach';

export const isApproachQuestion = (questionId: string) => questionId.endsWith(APPROACH);

/**
 * The follow-up question, about what the candidate actually handed in: their own formula (quoted) with the
 * task's question, the object they built, or, when there is no such work, how they would go about it. Pure,
 * so the same hand-in always gets the same question.
 */
export function followUpQuestion(task: TaskSpec, snapshot: WorkbookSnapshot, result: ScoreResult): AskedQuestion | null {
  const bank = task.private.followUps[0];
  if (!bank) return null;
  const work = workFound(task, snapshot, result);
  switch (work.kind) {
    case 'formula':
      return { questionId: bank.id, question: `In ${work.sheet}!${work.cell} you wrote ${work.formula}. ${bank.question}` };
    case 'built':
      return { questionId: bank.id, question: bank.question };
    case 'typed':
      return {
        questionId: bank.id + APPROACH,
        question: `${work.where} holds values typed in rather than formulas. How would you work them out with a formula instead, so they stay right when the data changes?`,
      };
    case 'nothing':
      return {
        questionId: bank.id + APPROACH,
        question:
          task.answer.kind === 'object'
            ? `No ${OBJECTS[task.answer.object].noun} was found in the workbook you handed in. How would you make one for this task, step by step?`
            : `Nothing was handed in at ${work.where}. How would you go about this task: which function would you use, and why?`,
      };
  }
}

/**
 * The rubric a question is graded by: the task's own for its question; for a question about the approach,
 * a first point for naming a fitting function (those the task's functions check accepts) or feature, then
 * the task's own points, which still say what a good approach knows.
 */
export function rubricFor(task: TaskSpec, questionId: string): FollowUp['rubric'] {
  const approach = isApproachQuestion(questionId);
  const id = approach ? questionId.slice(0, -APPROACH.length) : questionId;
  const own = task.private.followUps.find((f) => f.id === id)?.rubric ?? [];
  if (!approach) return own;
  if (task.answer.kind === 'object') {
    const object = OBJECTS[task.answer.object];
    return [{ point: `Names the feature to use (${object.noun})`, keywords: object.words }, ...own];
  }
  const functions = task.private.checks.flatMap((c) => (c.kind === 'functions' ? c.anyOf : []));
  return [
    functions.length
      ? { point: 'Names a function that fits the task', keywords: functions.map((f) => f.toLowerCase()) }
      : { point: 'Describes a formula that works the answer out', keywords: ['formula', 'function'] },
    ...own,
  ];
}
