/**
 * What Excel itself allows, so the add-in and the backend refuse the same hand-ins, and only those:
 * anything Excel accepts is a workbook a candidate can really make, and the grader must take it.
 */
export const EXCEL = {
  rows: 1_048_576,
  columns: 16_384,
  /** Functions nested inside functions. */
  nestingLevels: 64,
} as const;

/** 1-based row and column of an A1 address (`XFD1048576`), or null when it is not one. */
export function cellPosition(address: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(address);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** Whether the address is on Excel's grid (A1 to XFD1048576). */
export function onExcelGrid(address: string): boolean {
  const p = cellPosition(address);
  return p !== null && p.row <= EXCEL.rows && p.col <= EXCEL.columns;
}

/**
 * How deeply the formula nests function calls, as Excel counts toward its limit of 64: grouping
 * parentheses do not count, text in double quotes and sheet names in single quotes are skipped.
 */
export function functionNesting(formula: string): number {
  const calls: boolean[] = [];
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      // A doubled quote inside is the quote itself; the literal ends at the first single one.
      for (i++; i < formula.length; i++) {
        if (formula[i] === ch) {
          if (formula[i + 1] === ch) i++;
          else break;
        }
      }
    } else if (ch === '(') {
      const call = i > 0 && /[A-Za-z0-9_.]/.test(formula[i - 1]!);
      calls.push(call);
      if (call) deepest = Math.max(deepest, ++depth);
    } else if (ch === ')') {
      if (calls.pop()) depth--;
    }
  }
  return deepest;
}
