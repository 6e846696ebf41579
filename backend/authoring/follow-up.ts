import type { FollowUp, TaskSpec } from '../../shared/task';
import { allowedFunctions } from './checks';

type Answer = TaskSpec['answer'];

type ObjectKind = Extract<Answer, { kind: 'object' }>['object'];
const ask = (id: string, question: string, point: string, keywords: string[]): FollowUp => ({
  id,
  question,
  rubric: [{ point, keywords }],
});

/** One question per kind of object answer, about what the candidate built and how it copes with change. */
const OBJECT_FOLLOW_UPS: Record<ObjectKind, FollowUp> = {
  'pivot-table': ask(
    'pivot-refresh',
    'New rows are added to the data next month. What do you do so your PivotTable includes them?',
    'Refreshes the pivot, and makes its source grow (a table, or a changed source range)',
    ['refresh', 'source', 'table', 'range', 'change data source'],
  ),
  chart: ask(
    'chart-choice',
    'Why does this kind of chart suit this data, and when would you pick another?',
    'Matches the chart to the question: comparison or trend over time for columns and lines, parts of a whole for pies',
    ['compare', 'trend', 'over time', 'categories', 'parts', 'whole'],
  ),
  'conditional-format': ask(
    'rule-change',
    'If the threshold changes every month, how would you set up the rule so nobody has to edit it?',
    'Keeps the threshold in a cell the rule refers to (absolute reference) or uses a formula rule',
    ['cell', 'reference', 'absolute', '$', 'formula', 'input'],
  ),
  'data-validation': ask(
    'list-source',
    'Where would you keep the allowed values if the list is likely to grow, and why?',
    'In a range or table the validation refers to, so it grows in one place',
    ['range', 'table', 'sheet', 'one place', 'named', 'grow'],
  ),
  table: ask(
    'why-table',
    'What do you gain from this over a plain range when new rows are added?',
    'It grows: formulas, formats and references include new rows',
    ['grow', 'expand', 'structured', 'new rows', 'automatically'],
  ),
  'sorted-data': ask(
    'sort-safely',
    'How did you make sure every row stayed together while you sorted, and how would you check it afterwards?',
    'Sorts the whole range (or a table) at once, with its header, so rows are not broken apart; checks a few rows or a total',
    ['whole range', 'expand the selection', 'header', 'table', 'rows together', 'check'],
  ),
  'deduplicated-data': ask(
    'duplicates-defined',
    'How did you decide which rows counted as duplicates, and how would you check that no real record was removed?',
    'Names the column(s) that identify a record and how case and spaces were treated; compares counts or distinct values before and after',
    ['column', 'key', 'case', 'spaces', 'count', 'distinct', 'before and after'],
  ),
};

/**
 * A follow-up question and rubric drafted from a template for the kind of answer: what the author reviews and
 * may rewrite. It asks about the candidate's own work and names none of the functions that solve the task.
 */
export function draftFollowUp(answer: Answer, formulas: string[]): FollowUp {
  if (answer.kind === 'range') {
    const { method } = allowedFunctions(formulas);
    return {
      id: 'explain-formula',
      question: `Walk us through your formula in ${answer.sheet}!${answer.range.split(':')[0]}: what does each part do, and what would you check if rows were added or the data changed?`,
      rubric: [
        {
          point: 'Says what the formula computes and which cells it reads',
          keywords: [...method.map((f) => f.toLowerCase()), 'range', 'column', 'reads'].slice(0, 20),
        },
        {
          point: 'Says how it keeps working when the data changes (fixed references, whole ranges, a table)',
          keywords: ['absolute', '$', 'whole', 'table', 'fill', 'new rows', 'lock'],
        },
      ],
    };
  }
  return OBJECT_FOLLOW_UPS[answer.object];
}
