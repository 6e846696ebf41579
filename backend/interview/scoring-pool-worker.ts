import type { ScoreResult } from '../../shared/score';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { scoreSubmission } from '../scoring/score-submission';

/** One scoring, in a worker thread of the pool (scoring-pool.ts). */
export default function score({ snapshot, task }: { snapshot: WorkbookSnapshot; task: TaskSpec }): ScoreResult {
  return scoreSubmission(snapshot, task);
}
