import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx, WorkbookFileError } from './read-xlsx';

const fixture = (kind: string, file = 'solved') => readFileSync(`tests/fixtures/authoring/${kind}/${file}.xlsx`);
const sheet = async (bytes: Uint8Array, name?: string) => {
  const snapshot = await readXlsx(bytes);
  return snapshot.sheets.find((s) => name === undefined || s.name === name)!;
};

/** A LibreOffice-written package with one part's text changed. */
function edited(kind: string, part: string, change: (xml: string) => string): Uint8Array {
  const files = unzipSync(fixture(kind));
  files[part] = strToU8(change(new TextDecoder().decode(files[part])));
  return zipSync(files);
}

async function excelJsWorkbook(build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Data'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('reading an .xlsx file into a snapshot', () => {
  it('reads formulas with the values LibreOffice computed and their number formats', async () => {
    const orders = await sheet(fixture('formula-lookup'), 'Orders');
    expect(orders.cells.find((c) => c.address === 'D2')).toEqual({
      address: 'D2',
      value: 24.5,
      formula: '=C2*VLOOKUP(B2,Prices!$A$2:$B$7,2,0)',
      numberFormat: '#,##0.00',
    });
    expect(orders.usedRange).toBe('A1:D13');
  });

  it('reads a pivot table from its own parts: source, row fields and the aggregation of each data field', async () => {
    const pivot = await sheet(fixture('pivot'), 'Pivot');
    expect(pivot.pivotTables).toEqual([
      {
        name: 'PivotTable1',
        source: 'Sales!$A$1:$C$21',
        location: 'Pivot!A5:B10',
        rows: ['Region'],
        columns: [],
        filters: [],
        values: [{ name: 'Sum - Amount', field: 'Amount', summarizeBy: 'Sum' }],
      },
    ]);
    const counted = await sheet(fixture('pivot', 'candidates/count-not-sum'), 'Pivot');
    expect(counted.pivotTables[0]!.values[0]!.summarizeBy).toBe('Count');
  });

  it("reads a chart's type as Office.js names it, its title and each series' cells", async () => {
    expect((await sheet(fixture('chart'))).charts).toEqual([
      {
        name: 'Chart 1',
        type: 'ColumnClustered',
        title: 'Monthly revenue',
        series: [{ name: 'Revenue', values: 'Revenue!$B$2:$B$13', categories: 'Revenue!$A$2:$A$13' }],
      },
    ]);
    expect((await sheet(fixture('chart', 'candidates/bar-on-its-side'))).charts[0]!.type).toBe('BarClustered');
    expect((await sheet(fixture('chart', 'candidates/pie'))).charts[0]!.type).toBe('Pie');
    expect((await sheet(fixture('chart', 'candidates/no-title'))).charts[0]!.title).toBeNull();
  });

  it('reads conditional formats, validations and tables as the add-in describes them', async () => {
    expect((await sheet(fixture('conditional-format'))).conditionalFormats).toEqual([
      { range: 'C2:C16', type: 'CellValue', rule: { formula1: '=1000', operator: 'GreaterThan' } },
    ]);
    expect((await sheet(fixture('conditional-format', 'candidates/as-a-formula'))).conditionalFormats).toEqual([
      { range: 'C2:C16', type: 'Custom', rule: { formula: '=$C2>1000' } },
    ]);
    expect((await sheet(fixture('validation'))).dataValidations).toEqual([
      { range: 'D2:D13', type: 'List', rule: { inCellDropDown: true, source: 'Open,In progress,Closed' } },
    ]);
    expect((await sheet(fixture('validation', 'candidates/list-from-cells'))).dataValidations[0]!.rule.source).toBe('=$H$2:$H$4');
    expect((await sheet(fixture('table'))).tables).toEqual([
      { name: 'Ledger', range: 'A1:D16', headers: ['Date', 'Product', 'Qty', 'Unit price'], showTotals: false, style: null },
    ]);
  });

  it('keeps a validation over a whole sheet as one rule instead of one per cell', async () => {
    const bytes = edited('validation', 'xl/worksheets/sheet1.xml', (xml) => xml.replace('sqref="D2:D13"', 'sqref="A1:XFD1048576"'));
    expect((await sheet(bytes)).dataValidations).toEqual([
      { range: 'A1:XFD1048576', type: 'List', rule: { inCellDropDown: true, source: 'Open,In progress,Closed' } },
    ]);
  });

  it('lists formulas the file carries no value for as unsupported, as the add-in lists what it cannot read', async () => {
    const bytes = await excelJsWorkbook((ws) => {
      ws.getCell('A1').value = 2;
      ws.getCell('B1').value = { formula: 'A1*2' };
    });
    const snapshot = await readXlsx(bytes);
    expect(snapshot.sheets[0]!.cells[1]).toEqual({ address: 'B1', value: null, formula: '=A1*2' });
    expect(snapshot.unsupported).toEqual([
      { feature: 'formula values', reason: 'Data!B1: the file carries no computed value (saved without calculating)' },
    ]);
  });

  it("reads Excel's shared formulas, storage prefixes and dates as Excel shows them", async () => {
    const bytes = await excelJsWorkbook((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2024, 0, 31));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
      ws.getCell('B1').value = { formula: '_xlfn.XLOOKUP(A1,A1:A2,A1:A2)', result: 45322 };
      ws.getCell('B2').value = { sharedFormula: 'B1', result: 0 };
    });
    const cells = (await sheet(bytes)).cells;
    expect(cells.find((c) => c.address === 'A1')).toMatchObject({ value: 45322, numberFormat: 'dd/mm/yyyy' });
    expect(cells.find((c) => c.address === 'B1')!.formula).toBe('=XLOOKUP(A1,A1:A2,A1:A2)');
    expect(cells.find((c) => c.address === 'B2')!.formula).toBe('=XLOOKUP(A2,A2:A3,A2:A3)');
  });

  it('refuses a file that is not a workbook, with a sentence that says what to do', async () => {
    await expect(readXlsx(strToU8('Order,Qty\nSO-1,3\n'))).rejects.toThrow(/not an \.xlsx workbook.*save the file as Excel Workbook/);
    await expect(readXlsx(zipSync({ 'hello.txt': strToU8('hi') }))).rejects.toThrow(/no Excel workbook/);
  });

  it('refuses a package that unpacks beyond the limits instead of inflating it', async () => {
    const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/big.bin': new Uint8Array(49 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    await expect(readXlsx(bomb)).rejects.toBeInstanceOf(WorkbookFileError);
    await expect(readXlsx(bomb)).rejects.toThrow(/unpacks to more than/);
  });

  it('refuses a part that declares a DOCTYPE rather than expanding its entities', async () => {
    const bytes = edited('validation', 'xl/workbook.xml', (xml) => xml.replace('?>', '?><!DOCTYPE lol [<!ENTITY a "aaaa">]>'));
    await expect(readXlsx(bytes)).rejects.toThrow(/DOCTYPE/);
  });

  it('refuses a workbook with more cells than an interview reads, before parsing them', async () => {
    const bytes = await excelJsWorkbook((ws) => {
      for (let r = 1; r <= 20_001; r++) ws.addRow([r, r * 2, r * 3, r * 4, r * 5]);
    });
    await expect(readXlsx(bytes)).rejects.toThrow('The workbook has more than 100,000 cells; interview workbooks are far smaller.');
  });
});
