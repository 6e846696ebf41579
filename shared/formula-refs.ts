import { columnLetters, columnNumber } from './a1';

/** One A1 reference inside a formula, with its anchors. Sheet prefixes are left where they are. */
export interface FormulaRef {
  col: number;
  row: number;
  absCol: boolean;
  absRow: boolean;
}

/**
 * Matches an A1 cell reference that is not part of a longer name or a function call (`LOG10(` is a
 * function, `Q1` inside `Q1data` is not a reference). String literals are skipped by `mapReferences`.
 */
const REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)([1-9][0-9]{0,6})(?![A-Za-z0-9_(])/g;

/** Calls `fn` for each A1 reference outside string literals and returns the formula with its replacements. */
export function mapReferences(formula: string, fn: (ref: FormulaRef) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (_m, absCol: string, col: string, absRow: string, row: string) =>
            fn({ col: columnNumber(col), row: Number(row), absCol: absCol === '$', absRow: absRow === '$' }),
          ),
    )
    .join('');
}

/** Writes a reference back in A1 form. */
export function formatRef(ref: FormulaRef): string {
  return `${ref.absCol ? '$' : ''}${columnLetters(ref.col)}${ref.absRow ? '$' : ''}${ref.row}`;
}

/** The formula as Excel would write it after copying it `rows` down and `cols` right (relative parts move). */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return mapReferences(formula, (ref) =>
    formatRef({ ...ref, row: ref.absRow ? ref.row : ref.row + rows, col: ref.absCol ? ref.col : ref.col + cols }),
  );
}

/**
 * The formula in R1C1 form as seen from (row, col): two cells hold "the same formula filled down" exactly
 * when their R1C1 forms are equal.
 */
export function toR1C1(formula: string, row: number, col: number): string {
  return mapReferences(formula, (ref) => {
    const r = ref.absRow ? `R${ref.row}` : ref.row === row ? 'R' : `R[${ref.row - row}]`;
    const c = ref.absCol ? `C${ref.col}` : ref.col === col ? 'C' : `C[${ref.col - col}]`;
    return r + c;
  });
}

/**
 * Ranges whose two ends both move when the formula is filled down (rows) or across (cols): a lookup
 * table or sum range written `A2:B9` instead of `$A$2:$B$9`. A running total (`$B$2:B2`) or a
 * one-row range filled down (`A2:C2`) is not one.
 */
export function slidingRanges(formula: string, direction: 'rows' | 'cols'): string[] {
  const found: string[] = [];
  formula.split(/"(?:[^"]|"")*"/).forEach((part) => {
    for (const m of part.matchAll(
      /(?<![A-Za-z0-9_.])((?:'[^']+'|[A-Za-z_][A-Za-z0-9_. ]*)!)?(\$?[A-Z]{1,3})(\$?)(\d+):(\$?[A-Z]{1,3})(\$?)(\d+)/g,
    )) {
      const [text, , startCol, startRowAbs, startRow, endCol, endRowAbs, endRow] = m;
      // A one-row range (A2:C2) filled down is meant to move with its row; a taller one is a table.
      const moves =
        direction === 'rows'
          ? !startRowAbs && !endRowAbs && startRow !== endRow
          : !startCol!.startsWith('$') && !endCol!.startsWith('$') && startCol !== endCol;
      if (moves) found.push(text);
    }
  });
  return found;
}

/** How many cell references the formula has (outside strings). */
export function countReferences(formula: string): number {
  let n = 0;
  mapReferences(formula, (ref) => {
    n++;
    return formatRef(ref);
  });
  return n;
}

/** The function names a formula calls, upper-cased, without Excel's `_xlfn.` storage prefixes. */
export function functionsUsed(formula: string): string[] {
  const names = new Set<string>();
  formula.split(/"(?:[^"]|"")*"/).forEach((part) => {
    for (const m of part.matchAll(/(?:_xlfn\.|_xlws\.)?([A-Za-z][A-Za-z0-9.]*)\s*\(/g)) names.add(m[1]!.toUpperCase());
  });
  return [...names].sort();
}

/** A1 references with an optional sheet (`Prices!$A$2:$B$9`, `'Q1 data'!B2`, `C2`), outside string literals. */
const QUALIFIED_REF =
  /(?<![A-Za-z0-9_.$])(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Za-z0-9_(])/g;

/** The cells and ranges a formula reads, each with its sheet (the formula's own when it names none), as `{ sheet, range }`. */
export function rangesRead(formula: string, ownSheet: string): { sheet: string; range: string }[] {
  return formula
    .split(/"(?:[^"]|"")*"/)
    .flatMap((part) => [...part.matchAll(QUALIFIED_REF)])
    .map((m) => ({
      sheet: m[1] ? m[1].replace(/^'|'$/g, '').replace(/''/g, "'") : ownSheet,
      range: `${m[2]}${m[3]}${m[4] ? `:${m[4]}${m[5]}` : ''}`,
    }));
}
