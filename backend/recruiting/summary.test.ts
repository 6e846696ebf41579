import { describe, expect, it } from 'vitest';
import type { SubmissionResult } from '../../shared/api/submissions';
import { feedbackFromEvidence } from './summary';

/** A hand-in with one failed check and a follow-up that met one of two points. */
function aHandIn(): SubmissionResult {
  return {
    taskTitle: 'Look up unit prices',
    result: {
      checks: [
        {
          description: 'The answer cells hold the right values',
          evaluated: true,
          passed: false,
          evidence: [{ sheet: 'Orders', cell: 'D4', note: 'A different number' }],
        },
        { description: 'Every answer is an error-free formula', evaluated: true, passed: true, evidence: [] },
      ],
    },
    followUp: {
      score: 0.5,
      turns: [
        {
          answer: 'It is an exact match.',
          grading: {
            method: 'rubric-keywords',
            points: [
              { point: 'Explains exact match', met: true, matched: 'exact' },
              { point: 'Knows approximate match needs sorting', met: false, matched: null },
            ],
          },
        },
      ],
    },
  } as unknown as SubmissionResult;
}

describe('feedback without a model', () => {
  it('says each unmet check in a sentence, with the first place it showed, then what the follow-up answer did not show', () => {
    expect(feedbackFromEvidence(aHandIn())).toEqual([
      'In “Look up unit prices”, the work does not yet meet this: the answer cells hold the right values. At Orders!D4: a different number.',
      'In “Look up unit prices”, the follow-up answer did not show this: knows approximate match needs sorting.',
    ]);
  });

  it('says nothing of a follow-up that was not answered', () => {
    const handIn = aHandIn();
    handIn.followUp!.turns[0]!.answer = null;
    expect(feedbackFromEvidence(handIn)).toHaveLength(1);
  });
});
