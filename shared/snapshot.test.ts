import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits';
import { WorkbookSnapshotSchema } from './snapshot';
import { aSheet, aSnapshot } from '../tests/helpers/snapshots';

describe('the workbook snapshot contract', () => {
  it('accepts a snapshot as the add-in sends it', () => {
    expect(WorkbookSnapshotSchema.safeParse(aSnapshot([aSheet('Data', [{ address: 'A1', value: 1, formula: '=1' }])])).success).toBe(true);
  });

  it('accepts text up to Excel\'s cell limit and refuses one character more', () => {
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
