import type { CellValue } from '../../../shared/cells';
import type { CheckResult } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { resultFromParts, type Part } from '../check-result';
import type { GradingContext } from '../grading-context';
import { best, partEvidence, sameName, sheetsFor } from './objects';
import { rangeValues, splitRef } from './range-values';

type ChartCheck = Extract<Check, { kind: 'chart' }>;

/** A range's values in one list (a series is one row or one column), or null when it is not a readable range. */
function plotted(ctx: GradingContext, ref: string | null, sheet: string): CellValue[] | null {
  return ref ? (rangeValues(ctx, ref, sheet)?.rows.flat() ?? null) : null;
}

// Empty ranges hold no numbers to compare: two of them are the same series only when they are the same cells.
const sameValues = (a: CellValue[], b: CellValue[]) =>
  a.length === b.length &&
  a.some((v) => v !== null) &&
  a.every((v, i) => (typeof v === 'string' && typeof b[i] === 'string' ? sameName(v, b[i]) : v === b[i]));
const sameCells = (a: string | null, aSheet: string, b: string | null, bSheet: string) => {
  const x = a ? splitRef(a, aSheet) : null;
  const y = b ? splitRef(b, bSheet) : null;
  return !!x && !!y && sameName(x.sheet, y.sheet) && x.range === y.range;
};
/** Whether a chart's range (on its own sheet) plots what the expected range (on the data's sheet) holds. */
function samePlot(ctx: GradingContext, got: string | null, gotSheet: string, want: string | null, wantSheet: string): boolean {
  const [g, w] = [plotted(ctx, got, gotSheet), plotted(ctx, want, wantSheet)];
  return (!!g && !!w && sameValues(g, w)) || sameCells(got, gotSheet, want, wantSheet);
}

/** Chart types that show the same kind of picture: a bar chart is a column chart on its side. */
const FAMILIES = [/^(Column|Bar)/i, /^(Line|Area)/i, /^(Pie|Doughnut)/i, /^XYScatter|^Bubble/i, /^(Radar)/i];
const familyOf = (type: string) => FAMILIES.findIndex((f) => f.test(type));

/**
 * A chart graded by what it plots: its type, and each expected series' numbers and categories as the cells
 * they come from hold them (sheet included), so `Data!$B$2:$B$13` and `'Data'!B2:B13` agree and another
 * sheet's B2:B13 does not. A type of the same family (bar for column) is half right; the categories and the
 * title are cosmetic. A series whose ranges the host could not read (Excel before ExcelApi 1.15) is not
 * checked.
 */
export function gradeChart(check: ChartCheck, ctx: GradingContext): CheckResult {
  // A chart may sit on any sheet (its own, or beside the data): `sheet` names where the data is.
  const charts = sheetsFor(ctx, null).flatMap((s) => s.charts.map((chart) => ({ sheet: s.name, chart })));
  const home = check.sheet ?? ctx.task.starter.sheets[0]?.name ?? '';
  const parts = (found: (typeof charts)[number] | null): Part[] => {
    const at = partEvidence(found?.sheet ?? check.sheet ?? '', found?.chart.name ?? '');
    if (!found) return [{ ok: false, evidence: at('no chart found') }];
    const { chart } = found;
    const typeOk = check.types.some((t) => sameName(t, chart.type));
    const related = !typeOk && familyOf(chart.type) >= 0 && check.types.some((t) => familyOf(t) === familyOf(chart.type));
    const list: Part[] = [
      {
        ok: typeOk,
        share: related ? 0.5 : 0,
        evidence: at(related ? 'chart type: a close relative of the type asked for' : 'chart type', check.types.join(' or '), chart.type),
      },
    ];
    const unreadable = chart.series.length > 0 && chart.series.every((s) => s.values === null);
    for (const want of check.series) {
      const wantValues = plotted(ctx, want.values, home);
      if (unreadable || !wantValues) {
        list.push({ ok: false, unread: true, evidence: at(`series values ${want.values}: this Excel did not report the chart's ranges`) });
        continue;
      }
      const got = chart.series.find((s) => samePlot(ctx, s.values, found.sheet, want.values, home));
      list.push({
        ok: !!got,
        evidence: at('series values', want.values, chart.series.map((s) => s.values ?? '?').join('; ') || '(no series)'),
      });
      if (want.categories) {
        // The axis labels help a reader but the plotted numbers decide: categories weigh as a title does.
        list.push({
          ok: !!got && samePlot(ctx, got.categories, found.sheet, want.categories, home),
          cosmetic: true,
          evidence: at('series categories', want.categories, got?.categories ?? '(none)'),
        });
      }
    }
    if (check.titleRequired)
      list.push({ ok: !!chart.title?.trim(), cosmetic: true, evidence: at('chart title', 'a title', chart.title ?? '(none)') });
    return list;
  };
  return resultFromParts(check, parts(best(charts, (x) => resultFromParts(check, parts(x)).points)));
}
