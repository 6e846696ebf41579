import type { CheckResult } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { resultFromParts, type Part } from '../check-result';
import type { GradingContext } from '../grading-context';
import { bareRange, best, partEvidence, sameName, sheetsFor } from './objects';
import { numbersAgreement, pivotNumbers } from './pivot-numbers';
import { rangeValues } from './range-values';

type PivotCheck = Extract<Check, { kind: 'pivot-table' }>;

/**
 * A PivotTable graded by what it shows: its numbers, recomputed from its own source and fields, against the
 * numbers the expected layout gives on the expected source. Its source and fields are reported too; a
 * source the host did not report is "not checked", never a match.
 */
export function gradePivotTable(check: PivotCheck, ctx: GradingContext): CheckResult {
  const pivots = sheetsFor(ctx, check.sheet).flatMap((s) => s.pivotTables.map((p) => ({ sheet: s.name, p })));
  const dataSheet = ctx.task.starter.sheets[0]?.name ?? '';
  const expectedSource = check.source ? rangeValues(ctx, check.source, dataSheet) : null;
  const expected = expectedSource ? pivotNumbers(expectedSource.rows, check) : null;
  const fieldsMatch = (want: string[], got: string[]) => want.length === got.length && want.every((w, i) => sameName(w, got[i]));

  const parts = (found: (typeof pivots)[number] | null): Part[] => {
    const at = partEvidence(found?.sheet ?? check.sheet ?? '', found?.p.location ?? found?.p.name ?? '');
    if (!found) return [{ ok: false, evidence: at('no PivotTable found') }];
    const { p } = found;
    const list: Part[] = [];
    const source = p.source ? rangeValues(ctx, p.source, found.sheet) : null;
    const shown = source ? pivotNumbers(source.rows, { rows: p.rows, columns: p.columns, values: p.values }) : null;
    if (check.source) {
      // When the numbers can be compared they decide; the source as written (`A:D` or `A1:D25`) is then a detail.
      list.push(
        p.source
          ? {
              ok:
                !!source &&
                !!expectedSource &&
                sameName(source.sheet, expectedSource.sheet) &&
                bareRange(source.range) === bareRange(expectedSource.range),
              cosmetic: !!(expected && shown),
              evidence: at('source range', `${expectedSource?.sheet ?? dataSheet}!${check.source}`, p.source),
            }
          : { ok: false, unread: true, evidence: at('source range: the host did not report it') },
      );
    }
    // Rows and columns swapped show the same numbers the other way round: half right.
    const laidOut = fieldsMatch(check.rows, p.rows) && fieldsMatch(check.columns, p.columns);
    const swapped =
      !laidOut && check.rows.length + check.columns.length > 1 && fieldsMatch(check.rows, p.columns) && fieldsMatch(check.columns, p.rows);
    list.push({
      ok: laidOut,
      share: swapped ? 0.5 : 0,
      evidence: at(
        swapped ? 'rows and columns swapped' : 'row and column fields',
        `rows ${check.rows.join(', ') || '-'}; columns ${check.columns.join(', ') || '-'}`,
        `rows ${p.rows.join(', ') || '-'}; columns ${p.columns.join(', ') || '-'}`,
      ),
    });
    if (check.filters.length)
      list.push({
        ok: fieldsMatch(check.filters, p.filters),
        evidence: at('filter fields', check.filters.join(', '), p.filters.join(', ')),
      });
    for (const v of check.values) {
      const got = p.values.find(
        (pv) => sameName(pv.field, v.field) || sameName(pv.name.replace(/^(sum|count|average|max|min) of /i, ''), v.field),
      );
      list.push({
        ok: !!got && sameName(got.summarizeBy, v.summarizeBy),
        evidence: at(`value field ${v.field}`, v.summarizeBy, got ? got.summarizeBy : '(missing)'),
      });
    }
    if (expected && shown) {
      const agreement = numbersAgreement(expected, shown);
      // A pivot computes its numbers: one wrong means a wrong source, field or aggregation, so all are.
      list.push({
        ok: agreement.wrong === 0,
        evidence: at(
          agreement.wrong === 0
            ? `all ${agreement.total} numbers the PivotTable shows are right`
            : `${agreement.wrong} of the ${agreement.total} numbers the PivotTable shows differ from the expected ones`,
        ),
      });
    } else if (expected) {
      list.push({ ok: false, unread: true, evidence: at("the PivotTable's numbers: its source could not be read") });
    }
    return list;
  };
  const found = best(pivots, (x) => resultFromParts(check, parts(x)).points);
  return resultFromParts(check, parts(found));
}
