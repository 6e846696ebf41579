import { describe, expect, it } from 'vitest';
import type { RawCellContent } from 'hyperformula';
import { normaliseFormula } from './normalise';
import type { SnapshotTable } from './tables';
import { buildEngine, readValue } from './workbook';

/** Evaluates one formula in H1 over a small sheet, through the grader's normalisation, as the grader does. */
function evaluate(formula: string, data: RawCellContent[][] = [], tables: SnapshotTable[] = []) {
  const { formula: normalised, unsupported } = normaliseFormula(formula, { sheet: 'Data', row: 1, col: 8 }, tables);
  const rows = data.map((r) => [...r]);
  (rows[0] ??= [])[7] = normalised;
  const hf = buildEngine([{ name: 'Data', rows }]);
  try {
    return { ...readValue(hf, hf.getSheetId('Data')!, 1, 8), unsupported };
  } finally {
    hf.destroy();
  }
}

const products: RawCellContent[][] = [
  ['P1', 'North', 10, 45292],
  ['P2', 'South', 20, 45300],
  ['P3', 'North', 30, 45310],
  ['P4', 'East', null, 45320],
  ['P5', 'South', 50, 45330],
];

// Expected values are what Excel returns for the same formula and data (Microsoft's function reference).
describe('Excel functions as the grader evaluates them', () => {
  it('reads bare FALSE in VLOOKUP as Excel does (HyperFormula alone gives #NAME?)', () => {
    expect(evaluate('=VLOOKUP("P3",A1:C5,3,FALSE)', products).value).toBe(30);
  });

  it('drops the _xlfn. prefix that saved files put on newer functions', () => {
    expect(evaluate('=_xlfn.XLOOKUP("P2",A1:A5,C1:C5)', products).value).toBe(20);
  });

  it('accepts DATEDIF units in lower case, as Excel does', () => {
    expect(evaluate('=DATEDIF(DATE(2020,3,15),DATE(2024,1,1),"y")').value).toBe(3);
    expect(evaluate('=DATEDIF(DATE(2024,1,1),DATE(2024,3,15),"m")').value).toBe(2);
  });

  it('evaluates CONCAT over ranges and single values', () => {
    expect(evaluate('=CONCAT(A1:A3,"-",B1)', products).value).toBe('P1P2P3-North');
  });

  it('evaluates AVERAGEIFS, skipping blank values as Excel does', () => {
    expect(evaluate('=AVERAGEIFS(C1:C5,B1:B5,"North")', products).value).toBe(20);
    expect(evaluate('=AVERAGEIFS(C1:C5,B1:B5,"East")', products).value).toBe('#DIV/0!');
  });

  it('evaluates XMATCH with exact match', () => {
    expect(evaluate('=XMATCH("P4",A1:A5)', products).value).toBe(4);
  });

  it('evaluates SUMPRODUCT over a TRUE/FALSE mask', () => {
    expect(evaluate('=SUMPRODUCT((B1:B5="South")*C1:C5)', products).value).toBe(70);
  });

  it('evaluates SORTBY, spilling the rows ordered by another column, blanks last', () => {
    const hf = buildEngine([
      { name: 'Data', rows: products.map((r, i) => (i === 0 ? [...r, null, null, null, '=SORTBY(A1:A5,C1:C5,-1)'] : r)) },
    ]);
    try {
      const id = hf.getSheetId('Data')!;
      expect([1, 2, 3, 4, 5].map((row) => readValue(hf, id, row, 8).value)).toEqual(['P5', 'P3', 'P2', 'P1', 'P4']);
    } finally {
      hf.destroy();
    }
  });

  it('formats with TEXT as Excel does', () => {
    expect(evaluate('=TEXT(1234.567,"#,##0.00")').value).toBe('1,234.57');
    expect(evaluate('=TEXT(D1,"mmm yyyy")', products).value).toBe('Jan 2024');
  });

  it('turns table references into ranges', () => {
    const data: RawCellContent[][] = [
      ['Product', 'Price'],
      ['A', 5],
      ['B', 7],
    ];
    const tables = [{ sheet: 'Data', name: 'Prices', range: 'A1:B3', headers: ['Product', 'Price'], showTotals: false }];
    expect(evaluate('=SUM(Prices[Price])', data, tables).value).toBe(12);
  });

  it("turns a this-row table reference into the cell on the formula's row", () => {
    const { formula } = normaliseFormula('=[@Qty]*Orders[@[Unit price]]', { sheet: 'Sales data', row: 3, col: 4 }, [
      { sheet: 'Sales data', name: 'Orders', range: 'A1:D9', headers: ['Item', 'Qty', 'Unit price', 'Total'], showTotals: false },
    ]);
    expect(formula).toBe("='Sales data'!$B$3*'Sales data'!$C$3");
  });

  it('evaluates LET by writing its names out, later names seeing earlier ones', () => {
    expect(evaluate('=LET(rate,0.2,net,C1*(1-rate),net+rate)', products)).toMatchObject({ value: 8.2, unsupported: [] });
  });

  it('reads INDIRECT of a fixed address as that reference, and reports one built at run time', () => {
    expect(evaluate('=SUM(INDIRECT("C1:C3"))', products)).toMatchObject({ value: 60, unsupported: [] });
    expect(evaluate('=INDIRECT("C"&1)', products).unsupported).toEqual(['INDIRECT']);
  });

  it('names any Excel function the engine lacks, so "not run" says which', () => {
    expect(evaluate('=INDEX(TEXTSPLIT(A1,"-"),1)&WRAPROWS(B1:B4,2)').unsupported).toEqual(['TEXTSPLIT', 'WRAPROWS']);
    expect(evaluate('=TEXTBEFORE(A1,"1")&NETWORKDAYS.INTL(D1,D2,1)').unsupported).toEqual([]);
  });

  it('reports LAMBDA as a function it cannot evaluate, rather than failing the formula', () => {
    expect(evaluate('=LAMBDA(x,x*2)(3)').unsupported).toEqual(['LAMBDA']);
  });
});
