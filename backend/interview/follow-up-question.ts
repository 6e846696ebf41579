import type { ScoreResult } from '../../shared/score';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';

export interface AskedQuestion {
  questionId: string;
  question: string;
}

/**
 * The follow-up question from the task's own bank, grounded in what the candidate built: it opens with
 * the cell and formula they actually wrote where the answer was graded. Pure, so the same hand-in always
 * gets the same question.
 */
export function followUpQuestion(task: TaskSpec, snapshot: WorkbookSnapshot, result: ScoreResult): AskedQuestion | null {
  const bank = task.private.followUps[0];
  if (!bank) return null;
  const where = result.answerLocation ?? (task.answer.kind === 'range' ? { sheet: task.answer.sheet, range: task.answer.range } : null);
  const firstCell = where?.range.split(':')[0];
  const sheet = where ? snapshot.sheets.find((s) => s.name.toLowerCase() === where.sheet.toLowerCase()) : undefined;
  const formula = firstCell ? sheet?.cells.find((c) => c.address === firstCell)?.formula : undefined;
  const grounding = formula ? `In ${where!.sheet}!${firstCell} you wrote ${formula}. ` : '';
  return { questionId: bank.id, question: `${grounding}${bank.question}` };
}
