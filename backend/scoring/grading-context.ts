import type { ScoringLimitation } from '../../shared/score';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { regionOf, sameRegion, type Region } from './answer-region';
import type { ReferenceResults } from './evaluator/reference';
import type { WorkbookView } from './workbook-view';

/** Everything a check may read. Built once per submission; checks never change it. */
export interface GradingContext {
  snapshot: WorkbookSnapshot;
  book: WorkbookView;
  task: TaskSpec;
  reference: ReferenceResults | null;
  /** Where the candidate's answer actually is, when found away from the suggested cells. */
  answer: { region: Region; note: string } | null;
  /** Set when the candidate's formulas are not to be evaluated, and why: checks that need it grade without. */
  withheld: ScoringLimitation | null;
}

/**
 * The region a check grades: its own, or — when it names the task's answer region and the candidate put
 * the answer elsewhere — the region where the answer was found.
 */
export function regionFor(ctx: GradingContext, sheet: string, range: string): Region {
  const region = regionOf(sheet, range);
  const suggested = ctx.task.answer.kind === 'range' ? regionOf(ctx.task.answer.sheet, ctx.task.answer.range) : null;
  return suggested && ctx.answer && sameRegion(suggested, region) ? ctx.answer.region : region;
}
