import { describe, expect, it } from 'vitest';
import { builtInTask, BUILT_IN_TASKS } from '../tasks/library';
import { stem, tokens } from './answer-words';
import { gradeByRubric } from './grade-answer';
import { gradeSecondTurn, secondTurn } from './second-turn';

const lookup = builtInTask('price-lookup-vlookup')!;
const QUESTION = 'exact-match';
const VAGUE = 'I just went over it and it looked fine.';
const FIRST_POINT = 'It is an exact match (FALSE), so the order of the list does not matter.';
const SECOND_POINT =
  'With TRUE it would be an approximate match, which needs a sorted list and can return a wrong price without any error.';
const firstTurn = (answer: string) => ({ answer, ...gradeByRubric(lookup, QUESTION, answer) });

describe('the second turn of a follow-up', () => {
  it('is asked when the first answer meets fewer than half of the rubric’s points', () => {
    expect(secondTurn(lookup, { questionId: QUESTION, score: 0 })).toMatchObject({ questionId: QUESTION });
  });

  it('is not asked when the first answer meets half or more, or was not graded', () => {
    expect(secondTurn(lookup, { questionId: QUESTION, score: 0.5 })).toBeNull();
    expect(secondTurn(lookup, { questionId: QUESTION, score: null })).toBeNull();
  });

  it('names no rubric keyword on any library task, so it gives nothing away', () => {
    for (const task of BUILT_IN_TASKS)
      for (const questionId of [task.private.followUps[0]!.id, `${task.private.followUps[0]!.id}:approach`]) {
        const asked = secondTurn(task, { questionId, score: 0 })!;
        const words = new Set(tokens(asked.question).map(stem));
        const own = task.private.followUps[0]!.rubric.flatMap((r) => r.keywords).filter((k) => !k.includes(' '));
        expect(
          own.filter((k) => words.has(stem(k.toLowerCase()))),
          `${task.id} ${questionId}`,
        ).toEqual([]);
      }
  });

  it('is graded on both answers, so a point the first answer met stays met', () => {
    const graded = gradeSecondTurn(lookup, QUESTION, firstTurn(FIRST_POINT), SECOND_POINT);
    expect(graded.score).toBe(1);
  });

  it('lifts a vague first answer when the second says what the candidate knows', () => {
    expect(firstTurn(VAGUE).score).toBe(0);
    expect(gradeSecondTurn(lookup, QUESTION, firstTurn(VAGUE), FIRST_POINT).score).toBe(0.5);
  });

  it('never scores below the first turn', () => {
    const first = firstTurn(FIRST_POINT);
    const stuffed = 'exact false order sorted match approximate true wrong exact false order sorted match';
    expect(gradeSecondTurn(lookup, QUESTION, first, stuffed)).toEqual({ score: first.score, grading: first.grading });
  });
});
