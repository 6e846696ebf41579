import type { CheckResult } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { resultFromParts } from '../check-result';
import type { GradingContext } from '../grading-context';
import { bareRange, best, partEvidence, sameName, sheetsFor } from './objects';

type ChartCheck = Extract<Check, { kind: 'chart' }>;

/** A chart of an accepted type, plotting the expected series from the expected ranges, with a title when asked. */
export function gradeChart(check: ChartCheck, ctx: GradingContext): CheckResult {
  const charts = sheetsFor(ctx, check.sheet).flatMap((s) => s.charts.map((chart) => ({ sheet: s.name, chart })));
  const parts = (found: (typeof charts)[number] | null) => {
    const at = partEvidence(found?.sheet ?? check.sheet ?? '', found?.chart.name ?? '');
    if (!found) return [{ ok: false, evidence: at('no chart found') }];
    const { chart } = found;
    const list = [{ ok: check.types.some((t) => sameName(t, chart.type)), evidence: at('chart type', check.types.join(' or '), chart.type) }];
    for (const want of check.series) {
      const got = chart.series.find((s) => bareRange(s.values) === bareRange(want.values));
      list.push({ ok: !!got, evidence: at('series values', want.values, chart.series.map((s) => s.values ?? '?').join('; ') || '(no series)') });
      if (want.categories) list.push({ ok: !!got && bareRange(got.categories) === bareRange(want.categories), evidence: at('series categories', want.categories, got?.categories ?? '(none)') });
    }
    if (check.titleRequired) list.push({ ok: !!chart.title?.trim(), evidence: at('chart title', 'a title', chart.title ?? '(none)') });
    return list;
  };
  return resultFromParts(check, parts(best(charts, (x) => parts(x).filter((p) => p.ok).length)));
}
