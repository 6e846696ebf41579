import type { SnapshotSheet } from '../../shared/snapshot';
import { attr, child, children, quoteSheet, relationsOf, xmlPart, type XmlNode } from './package';

type Pivot = SnapshotSheet['pivotTables'][number];
type Aggregation = Pivot['values'][number]['summarizeBy'];

/** The `subtotal` of an OOXML data field as Office.js names the aggregation; a data field without one sums. */
const AGGREGATIONS: Record<string, Aggregation> = {
  sum: 'Sum',
  count: 'Count',
  average: 'Average',
  max: 'Max',
  min: 'Min',
  product: 'Product',
  countNums: 'CountNumbers',
  stdDev: 'StandardDeviation',
  stdDevp: 'StandardDeviationP',
  var: 'Variance',
  varp: 'VarianceP',
};

/** Where a pivot cache reads from: a sheet's range, or a table or name that `names` resolves. */
function sourceOf(cache: XmlNode | null, names: Map<string, string>): string | null {
  const ws = child(cache, 'pivotCacheDefinition', 'cacheSource', 'worksheetSource');
  const [ref, sheet, name] = [attr(ws, 'ref'), attr(ws, 'sheet'), attr(ws, 'name')];
  if (ref && sheet) {
    const abs = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    const [a, b] = ref.split(':') as [string, string?];
    return `${quoteSheet(sheet)}!${abs(a)}${b ? `:${abs(b)}` : ''}`;
  }
  return name ? (names.get(name.toLowerCase()) ?? null) : null;
}

/**
 * The pivot tables on one sheet, read from the package's own parts: the sheet's relationships name each
 * `xl/pivotTables/pivotTableN.xml`, whose relationship names its cache definition (source range and field
 * names). Rows, columns, filters and data fields are field indexes into the cache.
 */
export function readPivots(parts: Map<string, Uint8Array>, sheetPath: string, sheetName: string, names: Map<string, string>): Pivot[] {
  const pivots: Pivot[] = [];
  for (const rel of relationsOf(parts, sheetPath).values()) {
    if (rel.type !== 'pivotTable') continue;
    const table = child(xmlPart(parts, rel.target), 'pivotTableDefinition');
    if (!table) continue;
    const cacheRel = [...relationsOf(parts, rel.target).values()].find((r) => r.type === 'pivotCacheDefinition');
    const cache = cacheRel ? xmlPart(parts, cacheRel.target) : null;
    const fieldNames = children(child(cache, 'pivotCacheDefinition', 'cacheFields'), 'cacheField').map((f) => attr(f, 'name') ?? '');
    const fieldAt = (x: string | undefined) => fieldNames[Number(x)] ?? `Field ${Number(x) + 1}`;
    // x = -2 is Excel's "Values" pseudo-field (several data fields side by side), not a field of the data.
    const axis = (list: string): string[] =>
      children(child(table, list), 'field')
        .filter((f) => Number(attr(f, 'x')) >= 0)
        .map((f) => fieldAt(attr(f, 'x')));
    const ref = attr(child(table, 'location'), 'ref');
    pivots.push({
      name: attr(table, 'name') ?? 'PivotTable',
      source: sourceOf(cache, names),
      location: ref ? `${quoteSheet(sheetName)}!${ref}` : null,
      rows: axis('rowFields'),
      columns: axis('colFields'),
      filters: children(child(table, 'pageFields'), 'pageField').map((f) => fieldAt(attr(f, 'fld'))),
      values: children(child(table, 'dataFields'), 'dataField').map((f) => ({
        name: attr(f, 'name') ?? fieldAt(attr(f, 'fld')),
        field: fieldAt(attr(f, 'fld')),
        summarizeBy: AGGREGATIONS[attr(f, 'subtotal') ?? 'sum'] ?? 'Unknown',
      })),
    });
  }
  return pivots;
}
