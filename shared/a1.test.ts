import { describe, expect, it } from 'vitest';
import { columnLetters, columnNumber, expandRange, parseCell } from './a1';

describe('A1 addressing', () => {
  it('converts column letters to numbers and back, past Z and ZZ', () => {
    for (const [letters, n] of [
      ['A', 1],
      ['Z', 26],
      ['AA', 27],
      ['AZ', 52],
      ['ZZ', 702],
      ['AAA', 703],
      ['XFD', 16384],
    ] as const) {
      expect(columnNumber(letters)).toBe(n);
      expect(columnLetters(n)).toBe(letters);
    }
  });

  it('reads absolute markers in a cell address', () => {
    expect(parseCell('$B$7')).toEqual({ col: 2, row: 7 });
  });

  it('expands a range row by row, whichever corner comes first', () => {
    expect(expandRange('C3:B2')).toEqual([
      ['B2', 'C2'],
      ['B3', 'C3'],
    ]);
    expect(expandRange('D4')).toEqual([['D4']]);
  });
});
