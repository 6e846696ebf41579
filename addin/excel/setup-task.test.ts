import { describe, expect, it } from 'vitest';
import { builtInTask } from '../../backend/tasks/library';
import { publicPartOf } from '../../backend/tasks/public-part';
import { SimulatedExcel } from '../../tests/excel-sim/simulated-excel';
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

  it('stamps the workbook with the interview it was set up for, and the snapshot reads the stamp back', async () => {
    const excel = new SimulatedExcel().sheet('Sheet1');
    await setupTask(excel.run, task, { interviewId: 'interview-a' });
    expect(excel.model.customProperties.get('ExcelInterviewer:price-lookup-vlookup')).toBe('interview-a');
    expect(excel.syncCount).toBe(2);
    const snapshot = await readSnapshot(excel.run, excel.host);
    expect(snapshot.stamps).toEqual([{ taskId: 'price-lookup-vlookup', interviewId: 'interview-a' }]);
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
