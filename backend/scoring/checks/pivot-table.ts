import type { CheckResult, Evidence } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { resultFromParts } from '../check-result';
import type { GradingContext } from '../grading-context';
import { bareRange, best, partEvidence, sameName, sheetsFor } from './objects';

type PivotCheck = Extract<Check, { kind: 'pivot-table' }>;

/** A PivotTable with the expected source, row, column and filter fields, and value fields with their aggregation. */
export function gradePivotTable(check: PivotCheck, ctx: GradingContext): CheckResult {
  const pivots = sheetsFor(ctx, check.sheet).flatMap((s) => s.pivotTables.map((p) => ({ sheet: s.name, p })));
  const fieldsMatch = (want: string[], got: string[]) => want.length === got.length && want.every((w, i) => sameName(w, got[i]));
  const parts = (found: (typeof pivots)[number] | null) => {
    const at = partEvidence(found?.sheet ?? check.sheet ?? '', found?.p.location ?? found?.p.name ?? '');
    if (!found) return [{ ok: false, evidence: at('no PivotTable found') }];
    const { p } = found;
    const list: { ok: boolean; evidence: Evidence }[] = [];
    if (check.source) list.push({ ok: bareRange(p.source).endsWith(bareRange(check.source)) || bareRange(check.source).endsWith(bareRange(p.source)), evidence: at('source range', check.source, p.source ?? '(unknown)') });
    list.push({ ok: fieldsMatch(check.rows, p.rows), evidence: at('row fields', check.rows.join(', '), p.rows.join(', ')) });
    list.push({ ok: fieldsMatch(check.columns, p.columns), evidence: at('column fields', check.columns.join(', '), p.columns.join(', ')) });
    if (check.filters.length) list.push({ ok: fieldsMatch(check.filters, p.filters), evidence: at('filter fields', check.filters.join(', '), p.filters.join(', ')) });
    for (const v of check.values) {
      const got = p.values.find((pv) => sameName(pv.field, v.field) || sameName(pv.name.replace(/^(sum|count|average|max|min) of /i, ''), v.field));
      list.push({ ok: !!got && sameName(got.summarizeBy, v.summarizeBy), evidence: at(`value field ${v.field}`, v.summarizeBy, got ? got.summarizeBy : '(missing)') });
    }
    return list;
  };
  const found = best(pivots, (x) => parts(x).filter((part) => part.ok).length);
  return resultFromParts(check, parts(found));
}
