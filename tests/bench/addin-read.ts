import { readSnapshot } from '../../addin/excel/read-snapshot';
import { SimulatedExcel } from '../excel-sim/simulated-excel';
import { quantile, report } from './report';

/** A workbook of `cells` cells, ten columns wide, the last column formulas. */
function workbook(cells: number): SimulatedExcel {
  const rows = cells / 10;
  const excel = new SimulatedExcel().sheet('Data');
  excel.type(
    'Data',
    'A1',
    Array.from({ length: rows }, (_, r) => [...Array.from({ length: 9 }, (_, c) => r * 10 + c), `=A${r + 1}+B${r + 1}`]),
  );
  return excel;
}

/**
 * `addin.read.<cells>.syncs` and `.ms`: reading a snapshot on the simulated host. The milliseconds are
 * the add-in's own work plus the simulator's; in Excel the syncs' round trips dominate instead.
 */
export async function addinReadBench(): Promise<void> {
  for (const cells of [100, 10_000, 100_000]) {
    const excel = workbook(cells);
    const runs = cells >= 100_000 ? 3 : 10;
    const times: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      excel.syncCount = 0;
      const t0 = performance.now();
      await readSnapshot(excel.run, excel.host);
      if (i > 0) times.push(performance.now() - t0);
    }
    report(`addin.read.${cells}.syncs`, excel.syncCount, 'syncs');
    report(`addin.read.${cells}.ms`, quantile(times, 0.5), 'ms');
  }
}
