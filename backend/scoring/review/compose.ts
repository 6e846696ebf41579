import type { LlmReview } from '../../../shared/review';
import type { WorkbookSnapshot } from '../../../shared/snapshot';
import { round } from '../check-result';

/** The LLM's default share of a task score (configurable per assessment, at most half). */
export const DEFAULT_LLM_SHARE = 0.2;

/**
 * A task's final score. The deterministic score is the ceiling: the review can take away at most `share`
 * of it (for a poor approach) and can never add, so no model output turns a failed check into a pass.
 */
export function composeFinalScore(deterministic: number, review: LlmReview | null, share: number): number {
  if (!review) return deterministic;
  const bounded = Math.min(Math.max(share, 0), 0.5);
  return round(deterministic * (1 - bounded * (1 - review.approachScore)));
}

/** A review citing a cell the workbook does not have is made up, and is discarded whole. */
export function missingCitations(review: LlmReview, snapshot: WorkbookSnapshot): string[] {
  const present = new Set(snapshot.sheets.flatMap((s) => s.cells.map((c) => `${s.name.toLowerCase()}!${c.address}`)));
  return review.citedCells.filter((ref) => {
    const [sheet, cell] = ref.includes('!') ? (ref.split('!') as [string, string]) : ['', ref];
    const address = cell.replace(/\$/g, '').toUpperCase().split(':')[0]!;
    const name = sheet.replace(/^'|'$/g, '').toLowerCase();
    return name ? !present.has(`${name}!${address}`) : !snapshot.sheets.some((s) => present.has(`${s.name.toLowerCase()}!${address}`));
  });
}
