import type { CheckResult } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { regionOf } from '../answer-region';
import { resultFromParts, type Part } from '../check-result';
import type { GradingContext } from '../grading-context';
import { best, partEvidence, sameName, sheetsFor } from './objects';
import { areasOf, coverage } from './range-coverage';

type TableCheck = Extract<Check, { kind: 'table' }>;

/** An Excel table (ListObject) over the expected range, with the expected headers, and the name when one is asked. */
export function gradeTable(check: TableCheck, ctx: GradingContext): CheckResult {
  const tables = sheetsFor(ctx, check.sheet).flatMap((s) => s.tables);
  const parts = (found: (typeof tables)[number] | null): Part[] => {
    const at = partEvidence(check.sheet, found?.range ?? check.range);
    if (!found) return [{ ok: false, evidence: at('no Excel table on this sheet') }];
    const covered = coverage(areasOf(check.sheet, found.range) ?? [], regionOf(check.sheet, check.range));
    return [
      { ok: covered === 1, share: covered, evidence: at(`table ${found.name} range`, check.range, found.range) },
      ...check.headers.map((h, i) => ({
        ok: sameName(h, found.headers[i]),
        evidence: at(`header ${i + 1}`, h, found.headers[i] ?? '(none)'),
      })),
      ...(check.name ? [{ ok: sameName(check.name, found.name), evidence: at('table name', check.name, found.name) }] : []),
    ];
  };
  return resultFromParts(check, parts(best(tables, (t) => resultFromParts(check, parts(t)).points)));
}
