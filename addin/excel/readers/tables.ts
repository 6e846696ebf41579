import type { SnapshotSheet } from '../../../shared/snapshot';
import { localAddress } from '../addresses';

/** Asks for each table's range and header row. */
export function queueTables(tables: Excel.TableCollection) {
  return tables.items.map((t) => ({ t, range: t.getRange().load('address'), header: t.getHeaderRowRange().load('values') }));
}

export function tablesOf(queued: ReturnType<typeof queueTables>): SnapshotSheet['tables'] {
  return queued.map(({ t, range, header }) => ({
    name: t.name,
    range: localAddress(range.address),
    headers: (header.values[0] ?? []).map(String),
    showTotals: t.showTotals,
    style: t.style || null,
  }));
}
