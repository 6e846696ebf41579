import type { CellValue } from '../../../shared/cells';
import { sameName } from './objects';

export interface PivotLayout {
  rows: string[];
  columns: string[];
  values: { field: string; summarizeBy: string }[];
}

type Aggregate = (values: CellValue[]) => number | null;
const numbers = (values: CellValue[]) => values.filter((v): v is number => typeof v === 'number');
const AGGREGATES: Record<string, Aggregate> = {
  sum: (v) => numbers(v).reduce((a, b) => a + b, 0),
  automatic: (v) => numbers(v).reduce((a, b) => a + b, 0),
  count: (v) => v.filter((x) => x !== null && x !== '').length,
  countnumbers: (v) => numbers(v).length,
  average: (v) => (numbers(v).length ? numbers(v).reduce((a, b) => a + b, 0) / numbers(v).length : null),
  max: (v) => (numbers(v).length ? numbers(v).reduce((a, b) => Math.max(a, b)) : null),
  min: (v) => (numbers(v).length ? numbers(v).reduce((a, b) => Math.min(a, b)) : null),
  product: (v) => (numbers(v).length ? numbers(v).reduce((a, b) => a * b, 1) : null),
};

const keyPart = (v: CellValue) => (typeof v === 'string' ? v.trim().toLowerCase() : String(v ?? '(blank)'));

/**
 * The numbers a PivotTable shows, computed from its source as Excel does: one per row item × column item ×
 * value field (grand totals follow from them, so they are left out), keyed by field and item. The source's first row names the
 * fields. Null when a field is not in the source or an aggregation is one the grader does not compute.
 */
export function pivotNumbers(source: CellValue[][], layout: PivotLayout): Map<string, number> | null {
  const [header, ...data] = source;
  if (!header) return null;
  const column = (field: string) => header.findIndex((h) => typeof h === 'string' && sameName(h, field));
  const rowCols = layout.rows.map(column);
  const colCols = layout.columns.map(column);
  const valueCols = layout.values.map((v) => ({
    i: column(v.field),
    aggregate: AGGREGATES[v.summarizeBy.toLowerCase()],
    label: `${v.summarizeBy} of ${v.field}`,
  }));
  if ([...rowCols, ...colCols].some((i) => i < 0) || valueCols.some((v) => v.i < 0 || !v.aggregate)) return null;
  const groups = new Map<string, CellValue[][]>();
  for (const row of data) {
    if (row.every((v) => v === null || v === '')) continue;
    // Keyed by field and item, not by place: the same numbers laid out with rows and columns swapped agree.
    const key = [...layout.rows, ...layout.columns]
      .map((field, k) => `${field.trim().toLowerCase()}=${keyPart(row[[...rowCols, ...colCols][k]!] ?? null)}`)
      .sort()
      .join('\u0001');
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  const out = new Map<string, number>();
  for (const [key, rows] of groups) {
    for (const v of valueCols) {
      const n = v.aggregate!(rows.map((r) => r[v.i] ?? null));
      if (n !== null) out.set(`${v.label}\u0002${key}`, n);
    }
  }
  return out;
}

/** How many of the numbers either pivot shows differ from (or are missing in) the other. */
export function numbersAgreement(expected: Map<string, number>, got: Map<string, number>): { wrong: number; total: number } {
  const keys = new Set([...expected.keys(), ...got.keys()]);
  let right = 0;
  for (const key of keys) {
    const e = expected.get(key);
    const g = got.get(key);
    if (e !== undefined && g !== undefined && Math.abs(e - g) <= 1e-9 * Math.max(1, Math.abs(e))) right++;
  }
  return { wrong: keys.size - right, total: keys.size };
}
