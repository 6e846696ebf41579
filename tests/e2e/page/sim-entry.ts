import { createExcelHost } from '../../../addin/excel/host';
import { boot } from '../../../addin/src/boot';
import { SimulatedExcel } from '../../excel-sim/simulated-excel';

/**
 * The real task pane, booted on the simulated Excel instead of Office. The test reaches the workbook
 * through `window.excel` to do what a candidate does in the grid (type formulas).
 */
const excel = new SimulatedExcel().sheet('Sheet1');
(window as unknown as { excel: SimulatedExcel }).excel = excel;
const theme = new URLSearchParams(location.search).get('theme') === 'dark' ? 'dark' : 'light';
boot(Promise.resolve(createExcelHost(excel.run, excel.host, undefined, theme)));
