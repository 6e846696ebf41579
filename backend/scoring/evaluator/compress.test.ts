import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../shared/cells';
import { TaskSpecSchema } from '../../../shared/task';
import { computedSnapshot, fill, starterContents } from '../../../tests/helpers/snapshots';
import { scoreWorkbook } from '../score-workbook';
import { compressFormula, mapRow } from './compress';

const block = { sheet: 'Sales', top: 2, bottom: 201, keep: 20 };

describe('compressing a large block', () => {
  it('keeps the first and last rows of the block and drops the middle', () => {
    expect([mapRow(block, 2), mapRow(block, 21), mapRow(block, 100), mapRow(block, 182), mapRow(block, 201), mapRow(block, 205)]).toEqual([
      2,
      21,
      null,
      22,
      41,
      45,
    ]);
  });

  it('maps a range over the whole block onto the kept rows, and one stopping short onto short of them', () => {
    expect(compressFormula('=SUM($C$2:$C$201)+SUM(C2:C199)', 'Sales', [block])).toBe('=SUM($C$2:$C$41)+SUM(C2:C39)');
    expect(compressFormula('=VLOOKUP(A201,Sales!$A$2:$B$201,2,FALSE)', 'Other', [block])).toBe('=VLOOKUP(A201,Sales!$A$2:$B$41,2,FALSE)');
  });

  it('refuses a reference into the dropped middle, so the full sheet is evaluated instead', () => {
    expect(compressFormula('=C100*2', 'Sales', [block])).toBeNull();
  });
});

/** A 200-row sales sheet whose every row looks up a price and adds its region's total quantity. */
function largeTask() {
  const regions = ['North', 'South', 'East', 'West'];
  const rows: CellValue[][] = [
    ['Product', 'Region', 'Qty', 'Value'],
    ...Array.from({ length: 200 }, (_, i) => [`P${i % 30}`, regions[i % 4]!, 1 + ((i * 7) % 20), null]),
  ];
  const prices: CellValue[][] = [['Product', 'Price'], ...Array.from({ length: 30 }, (_, i) => [`P${i}`, 10 + i])];
  return TaskSpecSchema.parse({
    id: 'large-task',
    title: 'Value every sale',
    skill: 'lookups',
    difficulty: 3,
    instructions: 'Value each sale.',
    timeLimitSeconds: 900,
    starter: {
      sheets: [
        { name: 'Sales', rows },
        { name: 'Prices', rows: prices },
      ],
    },
    answer: { kind: 'range', sheet: 'Sales', range: 'D2:D201', description: 'Value per sale' },
    private: {
      solution: {
        formulas: [
          { sheet: 'Sales', cell: 'D2:D201', formula: '=VLOOKUP(A2,Prices!$A$2:$B$31,2,FALSE)*C2+SUMIFS($C$2:$C$201,$B$2:$B$201,B2)' },
        ],
      },
      checks: [{ id: 'hidden', kind: 'hidden-data', description: 'hidden data', weight: 4 }],
      hiddenData: {
        seed: 5,
        variants: 5,
        blocks: [
          {
            sheet: 'Sales',
            range: 'A2:C201',
            columns: {
              A: { kind: 'pick', from: 'Prices!A2:A31' },
              B: { kind: 'category', values: regions },
              C: { kind: 'number', min: 1, max: 40, decimals: 0 },
            },
          },
        ],
      },
      followUps: [],
    },
  });
}

describe('hidden data on a large block, compressed', () => {
  const task = largeTask();
  const handIn = (formula: string) =>
    scoreWorkbook(computedSnapshot(fill(starterContents(task), 'Sales', 'D2:D201', formula)), task).checks[0]!;

  it('passes the reference solution and an equivalent one', () => {
    expect(handIn('=VLOOKUP(A2,Prices!$A$2:$B$31,2,FALSE)*C2+SUMIFS($C$2:$C$201,$B$2:$B$201,B2)').passed).toBe(true);
    expect(handIn('=C2*INDEX(Prices!$B$2:$B$31,MATCH(A2,Prices!$A$2:$A$31,0))+SUMIF($B$2:$B$201,B2,$C$2:$C$201)').passed).toBe(true);
  });

  it('still catches a sum range that stops two rows short of the data', () => {
    expect(handIn('=VLOOKUP(A2,Prices!$A$2:$B$31,2,FALSE)*C2+SUMIFS($C$2:$C$199,$B$2:$B$199,B2)').passed).toBe(false);
  });

  it('still catches a sum range that slides as it is filled down', () => {
    expect(handIn('=VLOOKUP(A2,Prices!$A$2:$B$31,2,FALSE)*C2+SUMIFS(C2:C201,B2:B201,B2)').passed).toBe(false);
  });
});

describe('hidden data on a large block, totalled in one cell', () => {
  const base = largeTask();
  const task = TaskSpecSchema.parse({
    ...base,
    answer: { kind: 'range', sheet: 'Sales', range: 'F2', description: 'Total quantity' },
    private: { ...base.private, solution: { formulas: [{ sheet: 'Sales', cell: 'F2', formula: '=SUM($C$2:$C$201)' }] } },
  });
  const handIn = (formula: string) => scoreWorkbook(computedSnapshot(fill(starterContents(task), 'Sales', 'F2', formula)), task).checks[0]!;

  it('passes the reference', () => {
    expect(handIn('=SUM(C2:C201)').passed).toBe(true);
  });

  it('catches a range that stops in the middle of the data, wherever it ends', () => {
    for (const end of [30, 150, 190]) expect(handIn(`=SUM(C2:C${end})`), `C2:C${end}`).toMatchObject({ passed: false, points: 0 });
  });
});
