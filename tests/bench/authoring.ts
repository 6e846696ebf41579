import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { AuthoringBrief } from '../../shared/authoring';
import { deriveTask } from '../../backend/authoring/derive-task';
import { selfTest } from '../../backend/authoring/self-test';
import { scoreWorkbook } from '../../backend/scoring/score-workbook';
import { readXlsx } from '../../backend/workbook-file/read-xlsx';
import { quantile, report } from './report';

const FIXTURES = 'tests/fixtures/authoring';
const LABELS = (
  JSON.parse(readFileSync(`${FIXTURES}/labels.json`, 'utf8')) as {
    kinds: Record<string, { author: AuthoringBrief; candidates: Record<string, { band: [number, number] }> }>;
  }
).kinds;

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** A workbook of `rows` order lines with a formula per row, as Excel would save it (values included). */
async function ordersWorkbook(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Orders');
  ws.addRow(['Order', 'Region', 'Qty', 'Price', 'Amount']);
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    ws.addRow([
      `SO-${10_000 + i}`,
      ['North', 'South', 'East'][i % 3],
      1 + (i % 17),
      5 + (i % 41),
      { formula: `C${r}*D${r}`, result: (1 + (i % 17)) * (5 + (i % 41)) },
    ]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Task authoring: reading an .xlsx into a snapshot (the LibreOffice fixtures, and a 10,000-row workbook),
 * deriving a task and running its self-tests per kind, and how many labelled candidate workbooks land in
 * the band written for them.
 */
export async function authoringBench(): Promise<void> {
  const reads: number[] = [];
  const derives: number[] = [];
  let inBand = 0;
  let cases = 0;
  for (const [kind, labels] of Object.entries(LABELS)) {
    const starterRead = await timed(() => readXlsx(readFileSync(`${FIXTURES}/${kind}/starter.xlsx`)));
    const solvedRead = await timed(() => readXlsx(readFileSync(`${FIXTURES}/${kind}/solved.xlsx`)));
    reads.push(starterRead.ms, solvedRead.ms);
    const derived = await timed(() => {
      const { task } = deriveTask(starterRead.value, solvedRead.value, labels.author);
      return { task, tests: selfTest(task, starterRead.value, solvedRead.value) };
    });
    derives.push(derived.ms);
    for (const [name, { band }] of Object.entries(labels.candidates)) {
      const { score } = scoreWorkbook(await readXlsx(readFileSync(`${FIXTURES}/${kind}/candidates/${name}.xlsx`)), derived.value.task);
      cases += 1;
      if (score >= band[0] && score <= band[1]) inBand += 1;
    }
  }
  report('authoring.read_xlsx.median_ms', quantile(reads, 0.5), 'ms');
  report('authoring.derive_and_self_test.median_ms', quantile(derives, 0.5), 'ms');
  report('authoring.derive_and_self_test.max_ms', Math.max(...derives), 'ms');
  report('authoring.candidates_in_band', inBand, 'cases');
  report('authoring.candidates', cases, 'cases');
  const big = await ordersWorkbook(10_000);
  const bigRead = await timed(() => readXlsx(big));
  report('authoring.read_xlsx_10k_rows_ms', bigRead.ms, 'ms');
  // The most cells an upload may declare (PACKAGE_LIMITS.cells): the longest a stranger's file can keep the reader busy.
  const largest = await ordersWorkbook(19_990);
  report('authoring.read_xlsx_100k_cells_ms', (await timed(() => readXlsx(largest))).ms, 'ms');
}
