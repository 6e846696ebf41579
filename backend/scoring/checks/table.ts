import type { CheckResult } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { resultFromParts } from '../check-result';
import type { GradingContext } from '../grading-context';
import { bareRange, best, partEvidence, sameName, sheetsFor } from './objects';

type TableCheck = Extract<Check, { kind: 'table' }>;

/** An Excel table (ListObject) over the expected range, with the expected headers. */
export function gradeTable(check: TableCheck, ctx: GradingContext): CheckResult {
  const tables = sheetsFor(ctx, check.sheet).flatMap((s) => s.tables);
  const parts = (found: (typeof tables)[number] | null) => {
    const at = partEvidence(check.sheet, found?.range ?? check.range);
    if (!found) return [{ ok: false, evidence: at('no Excel table on this sheet') }];
    return [
      { ok: bareRange(found.range) === bareRange(check.range), evidence: at(`table ${found.name} range`, check.range, found.range) },
      ...check.headers.map((h, i) => ({ ok: sameName(h, found.headers[i]), evidence: at(`header ${i + 1}`, h, found.headers[i] ?? '(none)') })),
    ];
  };
  return resultFromParts(check, parts(best(tables, (t) => parts(t).filter((p) => p.ok).length)));
}
