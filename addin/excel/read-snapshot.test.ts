import { describe, expect, it } from 'vitest';
import { WorkbookSnapshotSchema } from '../../shared/snapshot';
import { scoreWorkbook } from '../../backend/scoring/score-workbook';
import { builtInTask } from '../../backend/tasks/library';
import { SimulatedExcel } from '../../tests/excel-sim/simulated-excel';
import { readSnapshot } from './read-snapshot';

const at = () => new Date('2026-11-25T10:00:00Z');

/** A workbook of `rows` × 10 cells: numbers, and a formula column. */
function aGrid(rows: number): SimulatedExcel {
  const excel = new SimulatedExcel().sheet('Data');
  excel.type(
    'Data',
    'A1',
    Array.from({ length: rows }, (_, r) => [...Array.from({ length: 9 }, (_, c) => r * 10 + c), `=A${r + 1}*2`]),
  );
  return excel;
}

describe('reading a snapshot', () => {
  it('reads typed values, formulas as typed, computed values, number formats and errors', async () => {
    const excel = new SimulatedExcel().sheet('Sales');
    excel
      .type('Sales', 'A1', [
        ['Qty', 'Price', 'Total'],
        [2, 24.5, '=A2*B2'],
        [3, 'x', '=A3*B3'],
      ])
      .format('Sales', 'C2', [['#,##0.00']]);
    const snapshot = await readSnapshot(excel.run, excel.host, at);
    const cells = snapshot.sheets[0]!.cells;
    expect(cells.find((c) => c.address === 'C2')).toEqual({ address: 'C2', value: 49, formula: '=A2*B2', numberFormat: '#,##0.00' });
    expect(cells.find((c) => c.address === 'C3')).toEqual({ address: 'C3', value: '#VALUE!', error: '#VALUE!', formula: '=A3*B3' });
    expect(snapshot.sheets[0]!.usedRange).toBe('A1:C3');
    expect(WorkbookSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it.each([100, 10_000])('makes the same three syncs for a workbook of %i cells', async (cells) => {
    const excel = aGrid(cells / 10);
    const snapshot = await readSnapshot(excel.run, excel.host, at);
    expect(snapshot.sheets[0]!.cells).toHaveLength(cells);
    expect(excel.syncCount).toBe(3);
  });

  it('reads tables, PivotTables, charts with their series sources, conditional formats, validations and names in four syncs', async () => {
    const excel = new SimulatedExcel().sheet('Sales');
    excel
      .type('Sales', 'A1', [
        ['Region', 'Amount'],
        ['North', 10],
        ['South', 20],
      ])
      .addTable('Sales', { name: 'SalesTable', range: 'A1:B3', showTotals: false, style: 'TableStyleMedium2' })
      .addPivot('Sales', {
        name: 'PivotTable1',
        source: 'Sales!$A$1:$B$3',
        location: 'Sales!D3:E6',
        rows: ['Region'],
        columns: [],
        filters: [],
        values: [{ name: 'Sum of Amount', field: 'Amount', summarizeBy: 'Sum' }],
      })
      .addChart('Sales', {
        name: 'Chart 1',
        chartType: 'ColumnClustered',
        title: 'Sales',
        series: [{ name: 'Amount', values: 'Sales!$B$2:$B$3', categories: 'Sales!$A$2:$A$3' }],
      })
      .addConditionalFormat('Sales', { range: 'B2:B3', type: 'CellValue', rule: { formula1: '=15', operator: 'GreaterThan' } })
      .addValidation('Sales', { range: 'A2:A3', type: 'List', rule: { inCellDropDown: true, source: 'North,South' } })
      .addName('TaxRate', '=0.2');
    const snapshot = await readSnapshot(excel.run, excel.host, at);
    const sheet = snapshot.sheets[0]!;
    expect(excel.syncCount).toBe(4);
    expect(sheet.tables).toEqual([
      { name: 'SalesTable', range: 'A1:B3', headers: ['Region', 'Amount'], showTotals: false, style: 'TableStyleMedium2' },
    ]);
    expect(sheet.pivotTables[0]).toMatchObject({
      source: 'Sales!$A$1:$B$3',
      rows: ['Region'],
      values: [{ field: 'Amount', summarizeBy: 'Sum' }],
    });
    expect(sheet.charts).toEqual([
      {
        name: 'Chart 1',
        type: 'ColumnClustered',
        title: 'Sales',
        series: [{ name: 'Amount', values: 'Sales!$B$2:$B$3', categories: 'Sales!$A$2:$A$3' }],
      },
    ]);
    expect(sheet.conditionalFormats).toEqual([{ range: 'B2:B3', type: 'CellValue', rule: { formula1: '=15', operator: 'GreaterThan' } }]);
    expect(sheet.dataValidations).toEqual([{ range: 'A2:A3', type: 'List', rule: { inCellDropDown: true, source: 'North,South' } }]);
    expect(snapshot.names).toEqual([{ name: 'TaxRate', formula: '=0.2' }]);
  });

  it('lists what an older host cannot read instead of failing', async () => {
    const excel = new SimulatedExcel(['1.7']).sheet('Data');
    excel.type('Data', 'A1', [[1]]).addValidation('Data', { range: 'A1', type: 'List', rule: { source: 'a,b' } });
    const snapshot = await readSnapshot(excel.run, excel.host, at);
    expect(snapshot.unsupported.map((u) => u.feature)).toEqual([
      'sheetStamps',
      'pivotTables',
      'dataValidation',
      'specialCells',
      'chartSeriesSources',
      'pivotSource',
    ]);
    expect(snapshot.sheets[0]!.dataValidations).toEqual([]);
  });

  it('reads a task solved in Excel faithfully enough to score it full marks', async () => {
    const task = builtInTask('price-lookup-vlookup')!;
    const excel = new SimulatedExcel();
    for (const sheet of task.starter.sheets) excel.sheet(sheet.name).type(sheet.name, 'A1', sheet.rows);
    excel.type(
      'Orders',
      'D2',
      Array.from({ length: 10 }, (_, i) => [`=VLOOKUP(B${i + 2},Prices!$A$2:$B$9,2,FALSE)`]),
    );
    const snapshot = WorkbookSnapshotSchema.parse(await readSnapshot(excel.run, excel.host, at));
    expect(scoreWorkbook(snapshot, task).score).toBe(1);
  });
});

describe('the simulated Excel', () => {
  it('refuses to read a property that was not loaded and synced, as Office does', async () => {
    const excel = aGrid(1);
    await expect(
      excel.run(async (context) => context.workbook.worksheets.getItemOrNullObject('Data').getRange('A1').load('values').values),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });
});
