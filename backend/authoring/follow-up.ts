import type { FollowUp, TaskSpec } from '../../shared/task';
import { allowedFunctions } from './checks';

type Answer = TaskSpec['answer'];

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
  switch (answer.object) {
    case 'pivot-table':
      return {
        id: 'pivot-refresh',
        question: 'New rows are added to the data next month. What do you do so your PivotTable includes them?',
        rubric: [
          {
            point: 'Refreshes the pivot, and makes its source grow (a table, or a changed source range)',
            keywords: ['refresh', 'source', 'table', 'range', 'change data source'],
          },
        ],
      };
    case 'chart':
      return {
        id: 'chart-choice',
        question: 'Why does this kind of chart suit this data, and when would you pick another?',
        rubric: [
          {
            point: 'Matches the chart to the question: comparison or trend over time for columns and lines, parts of a whole for pies',
            keywords: ['compare', 'trend', 'over time', 'categories', 'parts', 'whole'],
          },
        ],
      };
    case 'conditional-format':
      return {
        id: 'rule-change',
        question: 'If the threshold changes every month, how would you set up the rule so nobody has to edit it?',
        rubric: [
          {
            point: 'Keeps the threshold in a cell the rule refers to (absolute reference) or uses a formula rule',
            keywords: ['cell', 'reference', 'absolute', '$', 'formula', 'input'],
          },
        ],
      };
    case 'data-validation':
      return {
        id: 'list-source',
        question: 'Where would you keep the allowed values if the list is likely to grow, and why?',
        rubric: [
          {
            point: 'In a range or table the validation refers to, so it grows in one place',
            keywords: ['range', 'table', 'sheet', 'one place', 'named', 'grow'],
          },
        ],
      };
    default:
      return {
        id: 'why-table',
        question: 'What do you gain from this over a plain range when new rows are added?',
        rubric: [
          {
            point: 'It grows: formulas, formats and references include new rows',
            keywords: ['grow', 'expand', 'structured', 'new rows', 'automatically'],
          },
        ],
      };
  }
}
