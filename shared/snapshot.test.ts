import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits';
import { functionNesting } from './excel-limits';
import { WorkbookSnapshotSchema, type SnapshotCell } from './snapshot';
import { aSheet, aSnapshot } from '../tests/helpers/snapshots';

describe('the workbook snapshot contract', () => {
  it('accepts a snapshot as the add-in sends it', () => {
    expect(WorkbookSnapshotSchema.safeParse(aSnapshot([aSheet('Data', [{ address: 'A1', value: 1, formula: '=1' }])])).success).toBe(true);
  });

  it("accepts text up to Excel's cell limit and refuses one character more", () => {
    const at = aSnapshot([aSheet('Data', [{ address: 'A1', value: 'x'.repeat(LIMITS.cellTextChars) }])]);
    const over = aSnapshot([aSheet('Data', [{ address: 'A1', value: 'x'.repeat(LIMITS.cellTextChars + 1) }])]);
    expect(WorkbookSnapshotSchema.safeParse(at).success).toBe(true);
    expect(WorkbookSnapshotSchema.safeParse(over).success).toBe(false);
  });

  it('refuses a sheet name Excel would refuse', () => {
    expect(WorkbookSnapshotSchema.safeParse(aSnapshot([aSheet('a/b')])).success).toBe(false);
    expect(WorkbookSnapshotSchema.safeParse(aSnapshot([aSheet('x'.repeat(32))])).success).toBe(false);
  });

  it('refuses a snapshot of another version', () => {
    expect(WorkbookSnapshotSchema.safeParse({ ...aSnapshot([aSheet('Data')]), version: 2 }).success).toBe(false);
  });

  it('refuses more sheets than the limit', () => {
    const sheets = Array.from({ length: LIMITS.sheetsPerWorkbook + 1 }, (_, i) => aSheet(`S${i}`));
    expect(WorkbookSnapshotSchema.safeParse(aSnapshot(sheets)).success).toBe(false);
  });
});

describe('what Excel itself refuses', () => {
  const withCell = (cell: SnapshotCell) => aSnapshot([aSheet('Sheet1', [cell])]);

  it('refuses a formula nesting functions 65 levels deep, naming the cell', () => {
    const formula = `=${'ABS('.repeat(65)}1${')'.repeat(65)}`;
    const result = WorkbookSnapshotSchema.safeParse(withCell({ address: 'C3', value: 1, formula }));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      path: ['sheets', 0, 'cells', 0, 'formula'],
      message: 'Sheet1!C3 nests functions 65 levels deep; Excel allows 64',
    });
  });

  it('accepts 64 levels, and grouping parentheses and text do not count as levels', () => {
    expect(functionNesting(`=${'ABS('.repeat(64)}1${')'.repeat(64)}`)).toBe(64);
    expect(functionNesting('=((((SUM(A1))))) & "IF(IF(IF("')).toBe(1);
    expect(functionNesting("='it''s (a) sheet'!A1+MAX(MIN(1,2),3)")).toBe(2);
    expect(
      WorkbookSnapshotSchema.safeParse(withCell({ address: 'C3', value: 1, formula: `=${'ABS('.repeat(64)}1${')'.repeat(64)}` })).success,
    ).toBe(true);
  });

  it('accepts the last cell of the grid and refuses one past it', () => {
    expect(WorkbookSnapshotSchema.safeParse(withCell({ address: 'XFD1048576', value: 1 })).success).toBe(true);
    const past = WorkbookSnapshotSchema.safeParse(withCell({ address: 'XFE1', value: 1 }));
    expect(past.error!.issues[0]!.message).toBe("Sheet1!XFE1 is outside Excel's grid (A1 to XFD1048576)");
    expect(WorkbookSnapshotSchema.safeParse(withCell({ address: 'A1048577', value: 1 })).success).toBe(false);
  });
});
