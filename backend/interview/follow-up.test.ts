import { describe, expect, it } from 'vitest';
import { scoreWorkbook } from '../scoring/score-workbook';
import { builtInTask } from '../tasks/library';
import { objectSolutionSnapshot } from '../../tests/helpers/object-solutions';
import { solvedSnapshot } from '../../tests/helpers/snapshots';
import { followUpQuestion } from './follow-up-question';
import { gradeByRubric } from './grade-answer';

const lookup = builtInTask('price-lookup-vlookup')!;

describe('the follow-up question', () => {
  it('opens with the cell and formula the candidate wrote', () => {
    const snapshot = solvedSnapshot(lookup);
    const asked = followUpQuestion(lookup, snapshot, scoreWorkbook(snapshot, lookup))!;
    expect(asked.question).toBe(`In Orders!D2 you wrote =VLOOKUP(B2,Prices!$A$2:$B$9,2,FALSE). ${lookup.private.followUps[0]!.question}`);
  });

  it("asks the bank's question as it stands when there is no formula to point at", () => {
    const chart = builtInTask('chart-monthly-revenue')!;
    const snapshot = objectSolutionSnapshot(chart);
    expect(followUpQuestion(chart, snapshot, scoreWorkbook(snapshot, chart))!.question).toBe(chart.private.followUps[0]!.question);
  });
});

describe('grading an answer by the rubric', () => {
  it('meets a point when the answer uses one of its words, in any case', () => {
    const { score, grading } = gradeByRubric(
      lookup,
      'exact-match',
      'Exact MATCH ignores the order; an approximate lookup needs a sorted list or returns a wrong price.',
    );
    expect(score).toBe(1);
    expect(grading.points.map((p) => p.matched)).toEqual(['exact', 'approximate']);
  });

  it('reads a word split by an invisible character as the word, and an answer without the words as nothing', () => {
    expect(gradeByRubric(lookup, 'exact-match', 'ex\u200Bact').score).toBe(0.5);
    expect(gradeByRubric(lookup, 'exact-match', 'I do not know').score).toBe(0);
  });
});
