import type { CellValue } from '../../shared/cells';
import type { SnapshotSheet, WorkbookSnapshot } from '../../shared/snapshot';
import type { Check, TaskSpec } from '../../shared/task';
import { columnNumber } from '../../shared/a1';
import { addressAt, regionOf } from '../../backend/scoring/answer-region';
import { aSheet, starterSnapshot } from './snapshots';

function sheetNamed(snapshot: WorkbookSnapshot, name: string | null): SnapshotSheet {
  return snapshot.sheets.find((s) => name === null || s.name === name) ?? snapshot.sheets[0]!;
}

function rewriteRows(sheet: SnapshotSheet, range: string, change: (rows: CellValue[][]) => CellValue[][]): void {
  const region = regionOf(sheet.name, range);
  const rows: CellValue[][] = [];
  for (let r = 0; r < region.rows; r++) {
    rows.push(
      Array.from({ length: region.cols }, (_, c) => sheet.cells.find((x) => x.address === addressAt(region, { r, c }))?.value ?? null),
    );
  }
  const changed = change(rows.filter((row) => row.some((v) => v !== null)));
  const inRegion = new Set(rows.flatMap((_, r) => Array.from({ length: region.cols }, (_, c) => addressAt(region, { r, c }))));
  sheet.cells = sheet.cells.filter((x) => !inRegion.has(x.address));
  changed.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) sheet.cells.push({ address: addressAt(region, { r, c }), value });
    }),
  );
}

/** Does what a candidate would do in Excel to satisfy one structural check. */
function apply(snapshot: WorkbookSnapshot, check: Check): void {
  switch (check.kind) {
    case 'pivot-table': {
      const source = sheetNamed(snapshot, null).name;
      snapshot.sheets.push(
        aSheet('Pivot', [], {
          pivotTables: [
            {
              name: 'PivotTable1',
              source: `${source}!$${check.source!.replace(':', ':$').replace(/([A-Z]+)(\d+)/g, '$1$$$2')}`,
              location: 'Pivot!A3',
              rows: check.rows,
              columns: check.columns,
              filters: check.filters,
              values: check.values.map((v) => ({ name: `Sum of ${v.field}`, field: v.field, summarizeBy: v.summarizeBy as 'Sum' })),
            },
          ],
        }),
      );
      return;
    }
    case 'chart':
      sheetNamed(snapshot, check.sheet).charts.push({
        name: 'Chart 1',
        type: check.types[0]!,
        title: 'Monthly revenue',
        series: check.series.map((s) => ({
          name: 'Revenue',
          values: `${check.sheet}!${s.values}`,
          categories: s.categories ? `${check.sheet}!${s.categories}` : null,
        })),
      });
      return;
    case 'conditional-format':
      sheetNamed(snapshot, check.sheet).conditionalFormats.push({
        range: check.range,
        type: check.types[0]!,
        rule: { ...check.rule, formula1: `=${check.rule.formula1 ?? ''}` },
      });
      return;
    case 'data-validation':
      sheetNamed(snapshot, check.sheet).dataValidations.push({ range: check.range, type: check.type, rule: { ...check.rule } });
      return;
    case 'table':
      sheetNamed(snapshot, check.sheet).tables.push({
        name: 'Table1',
        range: check.range,
        headers: check.headers,
        showTotals: false,
        style: 'TableStyleMedium2',
      });
      return;
    case 'number-format': {
      const sheet = sheetNamed(snapshot, check.sheet);
      const region = regionOf(check.sheet, check.range);
      sheet.cells = sheet.cells.map((c) => {
        const col = columnNumber(c.address.replace(/\d+/, ''));
        const row = Number(c.address.replace(/[A-Z]+/, ''));
        return col >= region.left && col < region.left + region.cols && row >= region.top && row < region.top + region.rows
          ? { ...c, numberFormat: check.formats[0]! }
          : c;
      });
      return;
    }
    case 'no-duplicates': {
      const cols = check.keyColumns.map((c) => columnNumber(c) - regionOf(check.sheet, check.range).left);
      rewriteRows(sheetNamed(snapshot, check.sheet), check.range, (rows) => {
        const seen = new Set<string>();
        return rows.filter((row) => {
          const key = JSON.stringify(
            cols.map((i) =>
              String(row[i] ?? '')
                .trim()
                .toLowerCase(),
            ),
          );
          return seen.has(key) ? false : (seen.add(key), true);
        });
      });
      return;
    }
    case 'sort-order': {
      const left = regionOf(check.sheet, check.range).left;
      rewriteRows(sheetNamed(snapshot, check.sheet), check.range, (rows) =>
        [...rows].sort((a, b) => {
          for (const k of check.keys) {
            const i = columnNumber(k.column) - left;
            const x = a[i] ?? null;
            const y = b[i] ?? null;
            const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
            if (d !== 0) return k.order === 'asc' ? d : -d;
          }
          return 0;
        }),
      );
      return;
    }
    default:
      return;
  }
}

/** The starter workbook with every structure the task's checks ask for, built as a candidate would. */
export function objectSolutionSnapshot(task: TaskSpec): WorkbookSnapshot {
  const snapshot = starterSnapshot(task);
  for (const check of task.private.checks) apply(snapshot, check);
  return snapshot;
}
