import type { CheckResult } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { columnNumber } from '../../../shared/a1';
import { regionRange } from '../answer-region';
import { resultFromParts } from '../check-result';
import { regionFor, type GradingContext } from '../grading-context';
import { candidateRows, rowKey, starterRows } from './region-rows';

type NoDuplicatesCheck = Extract<Check, { kind: 'no-duplicates' }>;

/**
 * Duplicates are removed as Excel's Remove Duplicates would: no key appears twice, every distinct row of the
 * original is still there, and nothing else was removed. Removing some of the duplicates earns that share.
 */
export function gradeNoDuplicates(check: NoDuplicatesCheck, ctx: GradingContext): CheckResult {
  const region = regionFor(ctx, check.sheet, check.range);
  const columns = check.keyColumns.map((c) => columnNumber(c) - region.left);
  const rows = candidateRows(ctx, region).filter((r) => r.some((v) => v !== null && v !== ''));
  const keys = rows.map((r) => rowKey(r, columns));
  const original = starterRows(ctx.task, region)
    .filter((r) => r.some((v) => v !== null && v !== ''))
    .map((r) => rowKey(r, columns));
  const distinctOriginal = new Set(original);
  const repeatedBefore = original.length - distinctOriginal.size;
  const repeated = keys.length - new Set(keys).size;
  const removed = repeatedBefore > 0 ? Math.max(0, Math.min(1, (repeatedBefore - repeated) / repeatedBefore)) : 0;
  const missing = [...distinctOriginal].filter((k) => !keys.includes(k)).length;
  const at = { sheet: region.sheet, cell: regionRange(region), formula: null };
  return resultFromParts(check, [
    {
      ok: rows.length > 0 && repeated === 0,
      share: removed,
      evidence: {
        ...at,
        note: repeated === 0 ? 'no key appears twice' : `${repeated} duplicate rows remain${removed > 0 ? ` of ${repeatedBefore}` : ''}`,
      },
    },
    // Keeping every record earns credit only once duplicates are going: an untouched list keeps them all too.
    {
      ok: rows.length > 0 && removed > 0 && missing === 0,
      evidence: {
        ...at,
        note:
          missing > 0
            ? `${missing} distinct records were removed too`
            : removed > 0
              ? `all ${distinctOriginal.size} distinct records kept`
              : 'no duplicate was removed',
      },
    },
  ]);
}
