import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../shared/cells';
import { aTask, gradeOne } from '../../../tests/helpers/tasks';
import { computedSnapshot } from '../../../tests/helpers/snapshots';

const rows: CellValue[][] = [
  ['Name', 'Email', 'Amount'],
  ['Ann', 'ann@x.example', 30],
  ['Bo', 'bo@x.example', 10],
  ['Ann', 'ANN@x.example ', 30],
  ['Cy', 'cy@x.example', 20],
];
const asSnapshot = (data: CellValue[][]) => computedSnapshot([{ name: 'Data', rows: data }]);

describe('the no-duplicates check', () => {
  const task = aTask({ rows, checks: [{ kind: 'no-duplicates', sheet: 'Data', range: 'A2:C5', keyColumns: ['B'] }] });

  it('passes when each email is left once, ignoring case and spaces as Excel does', () => {
    expect(gradeOne(task, asSnapshot([rows[0]!, rows[1]!, rows[2]!, rows[4]!])).passed).toBe(true);
  });

  it('gives nothing for the untouched list', () => {
    expect(gradeOne(task, asSnapshot(rows)).points).toBe(0);
  });

  it('gives part of the points when some of the duplicates are gone and no record was lost', () => {
    const threeOfFour = aTask({
      rows: [...rows, ['Bo', 'BO@x.example', 10]],
      checks: [{ kind: 'no-duplicates', sheet: 'Data', range: 'A2:C6', keyColumns: ['B'] }],
    });
    const result = gradeOne(threeOfFour, asSnapshot([rows[0]!, rows[1]!, rows[2]!, rows[4]!, ['Bo', 'BO@x.example', 10]]));
    expect(result.evidence[0]!.note).toBe('1 duplicate rows remain of 2');
    expect(result.points).toBeGreaterThan(0);
    expect(result.points).toBeLessThan(10);
  });

  it('gives little when duplicates are gone but a real record went with them: losing data decides', () => {
    const result = gradeOne(task, asSnapshot([rows[0]!, rows[1]!, rows[2]!]));
    expect(result.points).toBe(2);
    expect(result.evidence[0]!.note).toBe('1 distinct records were removed too');
  });
});

const SORT_KEYS = [
  { column: 'C', order: 'desc' as const },
  { column: 'A', order: 'asc' as const },
];

describe('the sort-order check', () => {
  const task = aTask({
    rows,
    checks: [
      {
        kind: 'sort-order',
        sheet: 'Data',
        range: 'A2:C5',
        keys: SORT_KEYS,
      },
    ],
  });

  it('passes rows sorted by the keys, nothing lost', () => {
    expect(gradeOne(task, asSnapshot([rows[0]!, rows[1]!, rows[3]!, rows[4]!, rows[2]!])).passed).toBe(true);
  });

  it('says which row is out of order', () => {
    const result = gradeOne(task, asSnapshot([rows[0]!, rows[2]!, rows[1]!, rows[3]!, rows[4]!]));
    expect(result.evidence[0]!.note).toBe('not sorted by C descending, then A ascending: row 3 is out of order');
  });

  it('refuses a sort that sorted one column alone and broke the rows apart', () => {
    const broken: CellValue[][] = [
      rows[0]!,
      ['Ann', 'ann@x.example', 30],
      ['Bo', 'ANN@x.example ', 30],
      ['Ann', 'cy@x.example', 20],
      ['Cy', 'bo@x.example', 10],
    ];
    expect(gradeOne(task, asSnapshot(broken)).evidence.map((e) => e.note)).toContain('rows were lost, added or changed while sorting');
  });

  it('gives nothing for the untouched list, though it keeps every row', () => {
    expect(gradeOne(task, asSnapshot(rows)).points).toBe(0);
  });

  it('gives part of the points for rows sorted by the first key but not the next', () => {
    const tied: CellValue[][] = [rows[0]!, ['Bo', 'bo@x.example', 10], ['Cy', 'cy@x.example', 30], ['Ann', 'ann@x.example', 30]];
    const tiedTask = aTask({ rows: tied, checks: [{ kind: 'sort-order', sheet: 'Data', range: 'A2:C4', keys: SORT_KEYS }] });
    const result = gradeOne(tiedTask, asSnapshot([tied[0]!, tied[2]!, tied[3]!, tied[1]!]));
    expect(result.evidence[0]!.note).toBe('sorted by C but not sorted by C descending, then A ascending: row 3 is out of order');
    expect(result.points).toBeGreaterThan(0);
    expect(result.passed).toBe(false);
  });
});
