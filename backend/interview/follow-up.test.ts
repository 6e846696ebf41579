import { describe, expect, it } from 'vitest';
import { scoreWorkbook } from '../scoring/score-workbook';
import { builtInTask, BUILT_IN_TASKS } from '../tasks/library';
import { objectSolutionSnapshot } from '../../tests/helpers/object-solutions';
import { pastedValuesSnapshot, solvedSnapshot, starterSnapshot } from '../../tests/helpers/snapshots';
import { PARAPHRASES, STUFFED } from '../../tests/fixtures/follow-up-answers/answers';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { followUpQuestion } from './follow-up-question';
import { gradeByRubric } from './grade-answer';

const lookup = builtInTask('price-lookup-vlookup')!;
const ask = (task: TaskSpec, snapshot: WorkbookSnapshot) => followUpQuestion(task, snapshot, scoreWorkbook(snapshot, task))!;
/** Words a question may use only when the candidate's own work is there to speak of. */
const CLAIMS_WORK = /\byou wrote\b|\byour (formula|lookup|grid|pivot|chart|table|rule)\b|\byou filled\b|\bhow did you\b/i;

describe('the follow-up question', () => {
  it('opens with the cell and formula the candidate wrote', () => {
    const asked = ask(lookup, solvedSnapshot(lookup));
    expect(asked.question).toBe(`In Orders!D2 you wrote =VLOOKUP(B2,Prices!$A$2:$B$9,2,FALSE). ${lookup.private.followUps[0]!.question}`);
  });

  it("asks the bank's question as it stands about an object the candidate built", () => {
    const chart = builtInTask('chart-monthly-revenue')!;
    expect(ask(chart, objectSolutionSnapshot(chart)).question).toBe(chart.private.followUps[0]!.question);
  });

  it('after no work at all, asks how the candidate would go about the task, claiming nothing, on every library task', () => {
    // Sorted or de-duplicated data looks like the starter's; their questions ask about the method, not the work.
    const dataTasks = (t: TaskSpec) => t.answer.kind === 'object' && ['sorted-data', 'deduplicated-data'].includes(t.answer.object);
    for (const task of BUILT_IN_TASKS.filter((t) => !dataTasks(t))) {
      const asked = ask(task, starterSnapshot(task));
      expect(asked.question, task.id).not.toMatch(CLAIMS_WORK);
      expect(asked.question, task.id).toMatch(/How would you/);
      expect(asked.questionId, task.id).toMatch(/:approach$/);
    }
    for (const task of BUILT_IN_TASKS.filter(dataTasks))
      expect(ask(task, starterSnapshot(task)).question, task.id).not.toMatch(CLAIMS_WORK);
  });

  it('after typed-in values, names them as typed and asks for the formula, on every formula task', () => {
    for (const task of BUILT_IN_TASKS.filter((t) => t.private.checks.some((c) => c.kind === 'formulas'))) {
      const asked = ask(task, pastedValuesSnapshot(task));
      expect(asked.question, task.id).toMatch(/holds values typed in rather than formulas/);
      expect(asked.question, task.id).not.toMatch(CLAIMS_WORK);
    }
  });

  it('grades an approach answer that names a fitting function, and one that names none at zero', () => {
    const { questionId } = ask(lookup, starterSnapshot(lookup));
    const good = gradeByRubric(
      lookup,
      questionId,
      'I would use XLOOKUP with an exact match, because it finds the product whatever the order of the list.',
    );
    expect(good.score).toBeGreaterThanOrEqual(0.6);
    expect(gradeByRubric(lookup, questionId, 'I would have to think about it more.').score).toBe(0);
  });
});

describe('grading an answer by the rubric', () => {
  it('meets a point when a statement uses one of its words, in any case', () => {
    const { score, grading } = gradeByRubric(
      lookup,
      'exact-match',
      'Exact MATCH ignores the order; an approximate lookup needs a sorted list or returns a wrong price.',
    );
    expect(score).toBe(1);
    expect(grading.points.map((p) => p.met)).toEqual([true, true]);
  });

  it('reads a word split by an invisible character as the word, and an answer without the words as nothing', () => {
    expect(gradeByRubric(lookup, 'exact-match', 'My lookup is ex\u200Bact so it finds the row.').score).toBe(0.5);
    expect(gradeByRubric(lookup, 'exact-match', 'I do not know').score).toBe(0);
  });

  it.each(PARAPHRASES.map((c, i) => [i + 1, c.taskId, c.answer] as const))(
    'gives correct paraphrase %i (%s) at least 70%%',
    (_, taskId, answer) => {
      const task = builtInTask(taskId)!;
      expect(gradeByRubric(task, task.private.followUps[0]!.id, answer).score).toBeGreaterThanOrEqual(0.7);
    },
  );

  it.each(STUFFED.map((c, i) => [i + 1, c.taskId, c.answer] as const))('gives stuffed answer %i (%s) at most 20%%', (_, taskId, answer) => {
    const task = builtInTask(taskId)!;
    expect(gradeByRubric(task, task.private.followUps[0]!.id, answer).score).toBeLessThanOrEqual(0.2);
  });

  it('says why a list of rubric words scored what it did', () => {
    const { grading } = gradeByRubric(
      lookup,
      'exact-match',
      'The lookup is exact. It is false. Order is sorted. A match is approximate. True is wrong.',
    );
    expect(grading.reason).toMatch(/at most 20%/);
  });
});
