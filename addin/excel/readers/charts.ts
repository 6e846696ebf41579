import type { SnapshotSheet } from '../../../shared/snapshot';
import type { Supported } from '../features';

/** Asks for each chart's series names. */
export function queueChartSeries(charts: Excel.ChartCollection) {
  return charts.items.map((c) => ({ c, series: c.series.load('items/name') }));
}

/** Once the series are known: asks where each one's values and categories come from (where the host can say). */
export function queueSeriesSources(queued: ReturnType<typeof queueChartSeries>, supported: Supported) {
  return queued.map(({ series }) =>
    series.items.map((item) => ({
      name: item.name,
      values: supported('chartSeriesSources') ? item.getDimensionDataSourceString('Values') : null,
      categories: supported('chartSeriesSources') ? item.getDimensionDataSourceString('Categories') : null,
    })),
  );
}

export function chartsOf(
  queued: ReturnType<typeof queueChartSeries>,
  sources: ReturnType<typeof queueSeriesSources>,
): SnapshotSheet['charts'] {
  return queued.map(({ c }, ci) => ({
    name: c.name,
    type: c.chartType,
    title: c.title.text || null,
    series: (sources[ci] ?? []).map((x) => ({
      name: x.name || null,
      values: x.values?.value ?? null,
      categories: x.categories?.value || null,
    })),
  }));
}
