import type { SnapshotSheet } from '../../../shared/snapshot';
import type { Supported } from '../features';

/** Asks for each pivot's fields, its place, and (where the host can say) its source. */
export function queuePivots(pivots: Excel.PivotTableCollection | null, supported: Supported) {
  return (pivots?.items ?? []).map((p) => ({
    p,
    rows: p.rowHierarchies.load('items/name'),
    columns: p.columnHierarchies.load('items/name'),
    filters: p.filterHierarchies.load('items/name'),
    data: p.dataHierarchies.load('items/name,items/summarizeBy,items/field/name'),
    location: p.layout.getRange().load('address'),
    source: supported('pivotSource') ? p.getDataSourceString() : null,
  }));
}

export function pivotsOf(queued: ReturnType<typeof queuePivots>): SnapshotSheet['pivotTables'] {
  return queued.map(({ p, rows, columns, filters, data, location, source }) => ({
    name: p.name,
    source: source?.value ?? null,
    location: location.address,
    rows: rows.items.map((h) => h.name),
    columns: columns.items.map((h) => h.name),
    filters: filters.items.map((h) => h.name),
    values: data.items.map((h) => ({ name: h.name, field: h.field.name, summarizeBy: h.summarizeBy as 'Sum' })),
  }));
}
