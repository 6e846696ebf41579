import type { RubricGrading } from '../../shared/api/follow-ups';
import type { TaskSpec } from '../../shared/task';
import { isApproachQuestion, type AskedQuestion } from './follow-up-question';
import { gradeByRubric } from './grade-answer';

/** A first answer that meets fewer than half the rubric's points is too vague to show what the candidate knows. */
const VAGUE_BELOW = 0.5;

/**
 * The interviewer's second turn after a vague first answer, or null when the first was clear enough. It
 * asks for specifics about the same work without naming a rubric point, so it gives nothing away; it is
 * graded by the same rubric (the same question id). Pure.
 */
export function secondTurn(task: TaskSpec, first: { questionId: string; score: number | null }): AskedQuestion | null {
  if (first.score === null || first.score >= VAGUE_BELOW) return null;
  const question = isApproachQuestion(first.questionId)
    ? 'Could you be more specific? Name the function or feature you would use, what it would look at, and why it fits this task.'
    : task.answer.kind === 'object'
      ? 'Could you be more specific? Say step by step how you set it up, and how you would know it is correct.'
      : 'Could you be more specific? Walk through your formula piece by piece: what each piece does, and why you wrote it that way.';
  return { questionId: first.questionId, question };
}

/**
 * A second turn is graded on both answers together, so a point the first answer met stays met, and never
 * scores below the first: saying more is never a loss.
 */
export function gradeSecondTurn(
  task: TaskSpec,
  questionId: string,
  first: { answer: string; score: number | null; grading: RubricGrading | null },
  answer: string,
): { score: number; grading: RubricGrading } {
  const both = gradeByRubric(task, questionId, bothAnswers(first.answer, answer));
  return first.score !== null && first.grading !== null && first.score > both.score ? { score: first.score, grading: first.grading } : both;
}

/** Both answers as one text, the way a grader (the rubric's or the model's) reads a second turn. */
export const bothAnswers = (first: string, second: string) => `${first}\n\n${second}`;
