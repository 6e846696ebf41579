import { setPriority } from 'node:os';
import type { MessagePort } from 'node:worker_threads';
import type { ScoreResult, ScoringLimitation } from '../../shared/score';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { scoreWorkbook } from '../scoring/score-workbook';

// Scoring yields the CPU to the event loop and the database: on Linux this lowers this thread only (nice
// 10), so reads and acknowledgements go first and scoring takes what is left. Where it cannot, it runs as is.
try {
  setPriority(10);
} catch {
  // Not permitted on this host: scoring runs at normal priority.
}

/** One scoring, in a worker thread of the pool (scoring-pool.ts). */
export default function score({
  snapshot,
  task,
  withheld,
  started,
}: {
  snapshot: WorkbookSnapshot;
  task: TaskSpec;
  withheld?: ScoringLimitation;
  started: MessagePort;
}): ScoreResult {
  // The pool's time budget for this hand-in starts now.
  started.postMessage(0);
  started.close();
  return scoreWorkbook(snapshot, task, withheld ? { withheld } : {});
}
