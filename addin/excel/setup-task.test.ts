import { describe, expect, it } from 'vitest';
import { builtInTask } from '../../backend/tasks/library';
import { publicPartOf } from '../../backend/tasks/public-part';
import { SimulatedExcel } from '../../tests/excel-sim/simulated-excel';
import { supportedBy } from './features';
import { createExcelHost } from './host';
import { readSnapshot } from './read-snapshot';
import { setupTask } from './setup-task';

const task = publicPartOf(builtInTask('price-lookup-vlookup')!);

describe('setting up a task', () => {
  it('writes the starter sheets with their formats, activates the answer sheet and selects the answer', async () => {
    const excel = new SimulatedExcel().sheet('Sheet1');
    await setupTask(excel.run, task);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Orders', 'Prices']);
    expect(excel.model.activeSheet).toBe('Orders');
    expect(excel.model.selection).toBe('Orders!D2:D11');
    const snapshot = await readSnapshot(excel.run, excel.host);
    const orders = snapshot.sheets.find((s) => s.name === 'Orders')!;
    expect(orders.cells.find((c) => c.address === 'B2')!.value).toBe(task.starter.sheets[0]!.rows[1]![1]);
    expect(excel.model.sheet('Prices')!.formats.get('1:1')).toBe('#,##0.00');
  });

  it('does it in two syncs', async () => {
    const excel = new SimulatedExcel().sheet('Sheet1');
    await setupTask(excel.run, task);
    expect(excel.syncCount).toBe(2);
  });

  it('renames an earlier sheet of the same name instead of overwriting the work in it', async () => {
    const excel = new SimulatedExcel().sheet('Orders');
    excel.type('Orders', 'A1', [['my earlier work']]);
    await setupTask(excel.run, task);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Orders (1)', 'Orders', 'Prices']);
    expect(excel.model.value('Orders (1)', 0, 0).value).toBe('my earlier work');
  });

  it('stamps the workbook and each task sheet with the interview it was set up for, and the snapshot reads the stamps back', async () => {
    const excel = new SimulatedExcel().sheet('Sheet1');
    await createExcelHost(excel.run, excel.host).setupTask(task, 'interview-a');
    expect(excel.model.customProperties.get('ExcelInterviewer:price-lookup-vlookup')).toBe('interview-a');
    for (const sheet of ['Orders', 'Prices'])
      expect(excel.model.sheet(sheet)!.customProperties.get('ExcelInterviewer:price-lookup-vlookup')).toBe('interview-a');
    expect(excel.model.sheet('Sheet1')!.customProperties.size).toBe(0);
    expect(excel.syncCount).toBe(2);
    const snapshot = await readSnapshot(excel.run, excel.host);
    expect(snapshot.stamps).toEqual([
      { taskId: 'price-lookup-vlookup', interviewId: 'interview-a' },
      { taskId: 'price-lookup-vlookup', interviewId: 'interview-a', sheet: 'Orders' },
      { taskId: 'price-lookup-vlookup', interviewId: 'interview-a', sheet: 'Prices' },
    ]);
  });

  it('keeps a sheet’s stamp when the sheet is renamed, so a sheet moved aside still says whose it is', async () => {
    const excel = new SimulatedExcel().sheet('Sheet1');
    await setupTask(excel.run, task, { interviewId: 'interview-a', supported: supportedBy(excel.host.isSetSupported) });
    excel.model.renameSheet('Orders', 'Orders from Sam');
    const snapshot = await readSnapshot(excel.run, excel.host);
    expect(snapshot.stamps).toContainEqual({ taskId: 'price-lookup-vlookup', interviewId: 'interview-a', sheet: 'Orders from Sam' });
  });

  it('stamps only the document on a host with document properties but not worksheet ones (before ExcelApi 1.12)', async () => {
    const excel = new SimulatedExcel(['1.7', '1.8', '1.9']).sheet('Sheet1');
    const host = createExcelHost(excel.run, excel.host);
    await host.setupTask(task, 'interview-a');
    expect(excel.model.customProperties.get('ExcelInterviewer:price-lookup-vlookup')).toBe('interview-a');
    expect(excel.model.sheet('Orders')!.customProperties.size).toBe(0);
    const snapshot = await host.readSnapshot();
    expect(snapshot.stamps).toEqual([{ taskId: 'price-lookup-vlookup', interviewId: 'interview-a' }]);
    expect(snapshot.unsupported.map((u) => u.feature)).toContain('sheetStamps');
  });

  it('leaves the stamp out on a host without custom properties, and says it could not read them', async () => {
    const excel = new SimulatedExcel(['1.6']).sheet('Sheet1');
    const host = createExcelHost(excel.run, excel.host);
    await host.setupTask(task, 'interview-a');
    expect(excel.model.customProperties.size).toBe(0);
    const snapshot = await host.readSnapshot();
    expect(snapshot.stamps).toBeUndefined();
    expect(snapshot.unsupported.map((u) => u.feature)).toContain('customProperties');
  });
});
