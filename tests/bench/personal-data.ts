import { personalise } from '../../backend/scoring/evaluator/personal-data';
import { scoreWorkbook } from '../../backend/scoring/score-workbook';
import { BUILT_IN_TASKS } from '../../backend/tasks/library';
import { solvedSnapshot } from '../helpers/snapshots';
import { report } from './report';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * What each candidate's own data costs: making it (once per interview and task, then kept), and the first
 * hand-in on it, which evaluates the reference on that data (a cache miss every other hand-in of the task
 * avoids), against a hand-in on data whose reference is already known.
 */
export function personalDataBench(): void {
  const tasks = BUILT_IN_TASKS.filter((t) => t.answer.kind === 'range' && t.private.hiddenData);
  const making: number[] = [];
  const first: number[] = [];
  const known: number[] = [];
  for (const [k, task] of tasks.entries()) {
    for (let seed = 1; seed <= 5; seed++) {
      let started = performance.now();
      const mine = personalise(task, seed * 7_919 + k);
      making.push(performance.now() - started);
      const snapshot = solvedSnapshot(mine);
      started = performance.now();
      scoreWorkbook(snapshot, mine);
      first.push(performance.now() - started);
      started = performance.now();
      scoreWorkbook(snapshot, mine);
      known.push(performance.now() - started);
    }
  }
  report('personal_data.make_ms', median(making), 'ms');
  report('personal_data.first_hand_in_score_ms', median(first), 'ms');
  report('personal_data.known_data_score_ms', median(known), 'ms');
}
