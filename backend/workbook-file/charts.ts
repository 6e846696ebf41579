import type { SnapshotSheet } from '../../shared/snapshot';
import { attr, child, children, relationsOf, xmlPart, type XmlNode } from './package';

type Chart = SnapshotSheet['charts'][number];

const GROUPING: Record<string, string> = {
  clustered: 'Clustered',
  standard: 'Clustered',
  stacked: 'Stacked',
  percentStacked: 'Stacked100',
};
const stacking = (grouping: string) => (grouping === 'stacked' ? 'Stacked' : grouping === 'percentStacked' ? 'Stacked100' : '');

/** A chart group's type as Office.js names it (`ColumnClustered`, `BarStacked`, `LineMarkers`, `Pie`…). */
function typeOf(kind: string, group: XmlNode): string {
  const grouping = attr(child(group, 'grouping'), 'val') ?? 'clustered';
  const three = kind.includes('3D') ? '3D' : '';
  switch (kind.replace('3D', '')) {
    case 'barChart': {
      const dir = attr(child(group, 'barDir'), 'val') === 'bar' ? 'Bar' : 'Column';
      return `${three}${dir}${GROUPING[grouping] ?? 'Clustered'}`;
    }
    case 'lineChart': {
      const marked = children(group, 'ser').some((s) => (attr(child(s, 'marker', 'symbol'), 'val') ?? 'auto') !== 'none');
      return three ? '3DLine' : `Line${marked ? 'Markers' : ''}${stacking(grouping)}`;
    }
    case 'areaChart':
      return `${three}Area${stacking(grouping)}`;
    case 'pieChart':
      return `${three}Pie`;
    case 'doughnutChart':
      return 'Doughnut';
    case 'scatterChart': {
      const style = attr(child(group, 'scatterStyle'), 'val') ?? 'marker';
      return style === 'lineMarker' || style === 'line' ? 'XYScatterLines' : style.startsWith('smooth') ? 'XYScatterSmooth' : 'XYScatter';
    }
    case 'radarChart':
      return attr(child(group, 'radarStyle'), 'val') === 'filled' ? 'RadarFilled' : 'Radar';
    case 'bubbleChart':
      return 'Bubble';
    default:
      return kind.replace(/Chart$/, '');
  }
}

/** The cells a series part comes from (`Revenue!$B$2:$B$13`), whichever kind of reference holds them. */
const formulaOf = (ref: XmlNode | undefined): string | null => {
  const f = attr(child(ref, 'numRef'), 'f') ?? attr(child(ref, 'strRef'), 'f') ?? attr(child(ref, 'multiLvlStrRef'), 'f');
  return f === undefined ? null : f.replace(/^\(|\)$/g, '') || null;
};

function seriesName(tx: XmlNode | undefined): string | null {
  if (!tx) return null;
  return attr(child(tx, 'strRef', 'strCache', 'pt'), 'v') ?? attr(tx, 'v') ?? null;
}

function titleOf(chart: XmlNode | undefined): string | null {
  const rich = child(chart, 'title', 'tx', 'rich');
  if (!rich) return null;
  const text = children(rich, 'p')
    .map((p) =>
      children(p, 'r')
        .map((r) => attr(r, 't') ?? '')
        .join(''),
    )
    .join('\n');
  return text.trim() ? text.slice(0, 200) : null;
}

/** One chart part (`xl/charts/chartN.xml`): the first group's type, the title, and every group's series sources. */
function readChart(parts: Map<string, Uint8Array>, path: string, name: string): Chart | null {
  const chart = child(xmlPart(parts, path), 'chartSpace', 'chart');
  const plot = child(chart, 'plotArea');
  if (!plot) return null;
  const groups = Object.keys(plot)
    .filter((kind) => kind.endsWith('Chart'))
    .flatMap((kind) => children(plot, kind).map((group) => ({ kind, group })));
  const first = groups[0];
  if (!first) return null;
  const series = groups.flatMap(({ group }) =>
    children(group, 'ser').map((s) => ({
      name: seriesName(child(s, 'tx')),
      values: formulaOf(child(s, 'val') ?? child(s, 'yVal')),
      categories: formulaOf(child(s, 'cat') ?? child(s, 'xVal')),
    })),
  );
  return { name, type: typeOf(first.kind, first.group), title: titleOf(chart), series: series.slice(0, 64) };
}

/**
 * The charts on one sheet: the sheet's drawing part anchors graphic frames, each naming a chart part by
 * relationship. Chart sheets (a chart on a sheet of its own) are not worksheets and are not read.
 */
export function readCharts(parts: Map<string, Uint8Array>, sheetPath: string): Chart[] {
  const charts: Chart[] = [];
  for (const rel of relationsOf(parts, sheetPath).values()) {
    if (rel.type !== 'drawing') continue;
    const drawing = child(xmlPart(parts, rel.target), 'wsDr');
    const drawingRels = relationsOf(parts, rel.target);
    const anchors = ['twoCellAnchor', 'oneCellAnchor', 'absoluteAnchor'].flatMap((kind) => children(drawing, kind));
    for (const frame of anchors.flatMap((anchor) => children(anchor, 'graphicFrame'))) {
      const target = drawingRels.get(attr(child(frame, 'graphic', 'graphicData', 'chart'), 'id') ?? '');
      if (!target) continue;
      const name = attr(child(frame, 'nvGraphicFramePr', 'cNvPr'), 'name') || `Chart ${charts.length + 1}`;
      const chart = readChart(parts, target.target, name);
      if (chart) charts.push(chart);
    }
  }
  return charts;
}
