import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { WorkbookSnapshotSchema, type SnapshotSheet, type WorkbookSnapshot } from '../../shared/snapshot';
import { cellAddress, parseCell } from '../../shared/a1';
import { readCells } from './cells';
import { readCharts } from './charts';
import { attr, child, declaredCells, PACKAGE_LIMITS, quoteSheet, sheetParts, unpack, WorkbookFileError, xmlPart } from './package';
import { readPivots } from './pivots';
import { readConditionalFormats, readDataValidations, sections } from './range-rules';

export { WorkbookFileError } from './package';

/** What a workbook read from a file says about its host: everything is in the file, so every part is readable. */
const FILE_REQUIREMENT_SETS = ['ExcelApi 1.8', 'ExcelApi 1.9', 'ExcelApi 1.12', 'ExcelApi 1.15'];

const usedRangeOf = (cells: { address: string }[]): string | null => {
  if (cells.length === 0) return null;
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  for (const c of cells) {
    const { row, col } = parseCell(c.address);
    [top, left, bottom, right] = [Math.min(top, row), Math.min(left, col), Math.max(bottom, row), Math.max(right, col)];
  }
  return `${cellAddress({ row: top, col: left })}:${cellAddress({ row: bottom, col: right })}`;
};

function applicationOf(parts: Map<string, Uint8Array>): string {
  const app = child(xmlPart(parts, 'docProps/app.xml'), 'Properties');
  return [attr(app, 'Application'), attr(app, 'AppVersion')].filter(Boolean).join(' ') || 'unknown';
}

/**
 * Reads an .xlsx file into the WorkbookSnapshot the add-in would send for it. Cells, number formats, tables
 * and defined names come from exceljs; conditional formats and validations from the sheets' own XML (exceljs
 * expands a validation into one entry per cell, so a rule over a whole column would cost gigabytes); pivot
 * tables and charts from their package parts, which exceljs does not read. The package is unpacked once
 * within PACKAGE_LIMITS. Throws WorkbookFileError with a sentence for the person who gave the file.
 */
export async function readXlsx(bytes: Uint8Array, capturedAt = new Date()): Promise<WorkbookSnapshot> {
  try {
    return await read(bytes, capturedAt);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    // A package well-formed enough to unpack can still hold parts no reader expects: the uploader hears so, the server goes on.
    throw new WorkbookFileError(`The workbook could not be read (${(error as Error).message}).`);
  }
}

async function read(bytes: Uint8Array, capturedAt: Date): Promise<WorkbookSnapshot> {
  const parts = unpack(bytes);
  const sheets = sheetParts(parts);
  if (sheets.length === 0) throw new WorkbookFileError('The workbook has no sheets.');

  const rules = new Map<string, { formats: SnapshotSheet['conditionalFormats']; validations: SnapshotSheet['dataValidations'] }>();
  let cells = 0;
  for (const s of sheets) {
    const bytesOf = parts.get(s.path);
    if (!bytesOf) continue;
    let xml = new TextDecoder().decode(bytesOf);
    cells += declaredCells(xml);
    if (cells > PACKAGE_LIMITS.cells)
      throw new WorkbookFileError(
        `The workbook has more than ${PACKAGE_LIMITS.cells.toLocaleString('en')} cells; interview workbooks are far smaller.`,
      );
    rules.set(s.path, { formats: readConditionalFormats(xml, s.path), validations: readDataValidations(xml, s.path) });
    const blocks = sections(xml, 'dataValidations');
    if (blocks.length) {
      for (const block of blocks) xml = xml.replace(block, '');
      parts.set(s.path, new TextEncoder().encode(xml));
    }
  }

  const wb = new ExcelJS.Workbook();
  try {
    // Stored, not compressed: the parts were just inflated and exceljs inflates them once more.
    await wb.xlsx.load(Buffer.from(zipSync(Object.fromEntries(parts), { level: 0 })) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookFileError(`Excel's cell data in this workbook could not be read: ${(error as Error).message}.`);
  }
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);

  const names = new Map<string, string>();
  const definedNames: WorkbookSnapshot['names'] = [];
  for (const dn of ((wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? []).slice(0, 1_000)) {
    if (dn.name.startsWith('_xlnm.')) continue; // print areas and filter databases, which Office.js does not list
    const formula = `=${dn.ranges.join(',')}`;
    definedNames.push({ name: dn.name, formula: formula.slice(0, 8_192) });
    names.set(dn.name.toLowerCase(), dn.ranges[0] ?? '');
  }

  const uncomputed: string[] = [];
  const out: SnapshotSheet[] = [];
  for (const s of sheets) {
    const ws = wb.getWorksheet(s.name);
    if (!ws) continue;
    const { cells, uncomputed: missing } = readCells(ws, date1904);
    uncomputed.push(...missing.map((a) => `${quoteSheet(s.name)}!${a}`));
    // exceljs types getTables() as tuples; it returns its Table objects, whose `table` is the model read from the file.
    const read = ws.getTables() as unknown as { table: ExcelJS.TableProperties & { tableRef?: string } }[];
    const tables = read.map(({ table }) => {
      const ref = table.tableRef ?? table.ref;
      names.set(table.name.toLowerCase(), `${quoteSheet(s.name)}!${ref}`);
      return {
        name: table.displayName ?? table.name,
        range: ref,
        headers: table.columns.map((c) => c.name),
        showTotals: Boolean(table.totalsRow),
        style: table.style?.theme ?? null,
      };
    });
    out.push({
      name: s.name,
      visible: s.state === 'visible',
      usedRange: usedRangeOf(cells),
      cells,
      tables,
      pivotTables: [],
      charts: readCharts(parts, s.path),
      conditionalFormats: rules.get(s.path)?.formats ?? [],
      dataValidations: rules.get(s.path)?.validations ?? [],
    });
  }
  // Pivots last: a pivot's source may name a table of any sheet.
  for (const [i, s] of sheets.entries()) if (out[i]) out[i].pivotTables = readPivots(parts, s.path, s.name, names);

  const activeTab = ((wb.views ?? []) as { activeTab?: number }[])[0]?.activeTab ?? 0;
  const unsupported = uncomputed.length
    ? [
        {
          feature: 'formula values',
          reason:
            `${uncomputed.slice(0, 3).join(', ')}${uncomputed.length > 3 ? ` and ${uncomputed.length - 3} more` : ''}: the file carries no computed value (saved without calculating)`.slice(
              0,
              200,
            ),
        },
      ]
    : [];
  const parsed = WorkbookSnapshotSchema.safeParse({
    version: 1,
    capturedAt: capturedAt.toISOString(),
    host: { platform: 'xlsx file', version: applicationOf(parts).slice(0, 200), requirementSets: FILE_REQUIREMENT_SETS },
    unsupported,
    activeSheet: out[activeTab]?.name ?? out[0]?.name ?? null,
    sheets: out,
    names: definedNames,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new WorkbookFileError(`The workbook is beyond what an interview reads (${issue.path.join('.')}: ${issue.message}).`);
  }
  return parsed.data;
}
