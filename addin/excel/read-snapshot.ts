import type { CellValue } from '../../shared/cells';
import type { SnapshotCell, SnapshotSheet, WorkbookSnapshot } from '../../shared/snapshot';
import { LIMITS } from '../../shared/limits';
import { a1Address, localAddress } from './addresses';

/** Runs one batch against the workbook: `Excel.run` in Office, the simulator's in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the host can do, asked once: `Office.context.requirements.isSetSupported` in Office. */
export interface HostFacts {
  platform: string;
  version: string;
  isSetSupported(name: string, version: string): boolean;
}

/** Cells read per range request, well inside what Excel on the web returns in one response. */
export const ROW_BLOCK_CELLS = 20_000;

/** Requirement sets each optional part of the snapshot needs; missing ones are listed, never thrown. */
const FEATURES = {
  pivotTables: '1.8',
  dataValidation: '1.8',
  specialCells: '1.9',
  chartSeriesSources: '1.15',
  pivotSource: '1.15',
} as const;

type Feature = keyof typeof FEATURES;

function errorText(value: unknown, type: string | undefined): string | undefined {
  return type === 'Error' && typeof value === 'string' ? value : undefined;
}

function toCell(address: string, value: unknown, formula: unknown, format: unknown, type: string | undefined): SnapshotCell | null {
  const isFormula = typeof formula === 'string' && formula.startsWith('=');
  const v: CellValue =
    typeof value === 'number' || typeof value === 'boolean'
      ? value
      : typeof value === 'string'
        ? value.slice(0, LIMITS.cellTextChars)
        : null;
  if (!isFormula && (v === null || v === '')) return null;
  const error = errorText(value, type);
  return {
    address,
    value: v === '' ? null : v,
    ...(error ? { error } : {}),
    ...(isFormula ? { formula: formula.slice(0, LIMITS.formulaChars) } : {}),
    ...(typeof format === 'string' && format !== 'General' ? { numberFormat: format.slice(0, LIMITS.shortText) } : {}),
  };
}

const flatRule = (rule: Record<string, unknown> | null | undefined): Record<string, string | number | boolean | null> => {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(rule ?? {})) {
    if (value === undefined) continue;
    out[key] =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null
        ? value
        : JSON.stringify(value);
  }
  return out;
};

/**
 * Reads the workbook into a WorkbookSnapshot in four syncs whatever its size: (1) the sheets and names,
 * (2) each sheet's used range and object lists, (3) cell contents in row blocks and object details,
 * (4) chart series sources. Features the host lacks are listed in `unsupported`.
 */
export async function readSnapshot(run: ExcelRun, host: HostFacts, now: () => Date = () => new Date()): Promise<WorkbookSnapshot> {
  const supported = (f: Feature) => host.isSetSupported('ExcelApi', FEATURES[f]);
  const unsupported = (Object.keys(FEATURES) as Feature[])
    .filter((f) => !supported(f))
    .map((feature) => ({ feature, reason: `needs ExcelApi ${FEATURES[feature]}` }));

  return run(async (context) => {
    const wb = context.workbook;
    const worksheets = wb.worksheets.load('items/name,items/visibility');
    const names = wb.names.load('items/name,items/formula');
    const active = wb.worksheets.getActiveWorksheet().load('name');
    await context.sync();

    const perSheet = worksheets.items.map((ws) => ({
      ws,
      used: ws.getUsedRangeOrNullObject(true).load('address,rowIndex,columnIndex,rowCount,columnCount'),
      tables: ws.tables.load('items/name,items/showTotals,items/style'),
      pivots: supported('pivotTables') ? ws.pivotTables.load('items/name') : null,
      charts: ws.charts.load('items/name,items/chartType,items/title/text'),
      formats: ws.getRange().conditionalFormats.load('items/type'),
      validated:
        supported('specialCells') && supported('dataValidation')
          ? ws.getRange().getSpecialCellsOrNullObject('DataValidations').load('areas/items/address')
          : null,
    }));
    await context.sync();

    const details = perSheet.map((s) => {
      const blocks: Excel.Range[] = [];
      if (!s.used.isNullObject) {
        const rowsPerBlock = Math.max(1, Math.floor(ROW_BLOCK_CELLS / Math.max(1, s.used.columnCount)));
        for (let r = 0; r < s.used.rowCount; r += rowsPerBlock) {
          const rows = Math.min(rowsPerBlock, s.used.rowCount - r);
          blocks.push(
            s.ws
              .getRangeByIndexes(s.used.rowIndex + r, s.used.columnIndex, rows, s.used.columnCount)
              .load('address,rowIndex,columnIndex,values,formulas,numberFormat,valueTypes'),
          );
        }
      }
      return {
        blocks,
        tables: s.tables.items.map((t) => ({ t, range: t.getRange().load('address'), header: t.getHeaderRowRange().load('values') })),
        pivots: (s.pivots?.items ?? []).map((p) => ({
          p,
          rows: p.rowHierarchies.load('items/name'),
          columns: p.columnHierarchies.load('items/name'),
          filters: p.filterHierarchies.load('items/name'),
          data: p.dataHierarchies.load('items/name,items/summarizeBy,items/field/name'),
          location: p.layout.getRange().load('address'),
          source: supported('pivotSource') ? p.getDataSourceString() : null,
        })),
        charts: s.charts.items.map((c) => ({ c, series: c.series.load('items/name') })),
        formats: s.formats.items.map((f) => ({
          f,
          range: f.getRange().load('address'),
          cellValue: f.cellValueOrNullObject.load('rule'),
          custom: f.customOrNullObject.load('rule/formula'),
        })),
        validations: (s.validated && !s.validated.isNullObject ? s.validated.areas.items : []).map((area) => ({
          area,
          dv: area.dataValidation.load('type,rule'),
        })),
      };
    });
    await context.sync();

    const sources = details.map((d) =>
      d.charts.map(({ series }) =>
        series.items.map((item) => ({
          name: item.name,
          values: supported('chartSeriesSources') ? item.getDimensionDataSourceString('Values') : null,
          categories: supported('chartSeriesSources') ? item.getDimensionDataSourceString('Categories') : null,
        })),
      ),
    );
    if (sources.some((s) => s.some((c) => c.length > 0))) await context.sync();

    const sheets: SnapshotSheet[] = perSheet.map((s, i) => {
      const d = details[i]!;
      const cells: SnapshotCell[] = [];
      for (const block of d.blocks) {
        block.values.forEach((row, r) =>
          row.forEach((value, c) => {
            const cell = toCell(
              a1Address(block.rowIndex + r, block.columnIndex + c),
              value,
              block.formulas[r]?.[c],
              block.numberFormat[r]?.[c],
              block.valueTypes[r]?.[c],
            );
            if (cell) cells.push(cell);
          }),
        );
      }
      return {
        name: s.ws.name,
        visible: s.ws.visibility === 'Visible',
        usedRange: s.used.isNullObject ? null : localAddress(s.used.address),
        cells,
        tables: d.tables.map(({ t, range, header }) => ({
          name: t.name,
          range: localAddress(range.address),
          headers: (header.values[0] ?? []).map(String),
          showTotals: t.showTotals,
          style: t.style || null,
        })),
        pivotTables: d.pivots.map(({ p, rows, columns, filters, data, location, source }) => ({
          name: p.name,
          source: source?.value ?? null,
          location: location.address,
          rows: rows.items.map((h) => h.name),
          columns: columns.items.map((h) => h.name),
          filters: filters.items.map((h) => h.name),
          values: data.items.map((h) => ({ name: h.name, field: h.field.name, summarizeBy: h.summarizeBy as 'Sum' })),
        })),
        charts: d.charts.map(({ c }, ci) => ({
          name: c.name,
          type: c.chartType,
          title: c.title.text || null,
          series: (sources[i]![ci] ?? []).map((x) => ({
            name: x.name || null,
            values: x.values?.value ?? null,
            categories: x.categories?.value || null,
          })),
        })),
        conditionalFormats: d.formats.map(({ f, range, cellValue, custom }) => ({
          range: localAddress(range.address),
          type: f.type,
          rule: !cellValue.isNullObject
            ? flatRule(cellValue.rule as unknown as Record<string, unknown>)
            : !custom.isNullObject
              ? { formula: custom.rule.formula }
              : {},
        })),
        dataValidations: d.validations.map(({ area, dv }) => {
          const rule = dv.rule as unknown as Record<string, Record<string, unknown> | undefined>;
          const body = Object.values(rule).find((v) => v !== undefined && v !== null);
          return { range: localAddress(area.address), type: dv.type, rule: flatRule(body) };
        }),
      };
    });

    return {
      version: 1,
      capturedAt: now().toISOString(),
      host: {
        platform: host.platform,
        version: host.version,
        requirementSets: ['1.8', '1.9', '1.12', '1.15'].filter((v) => host.isSetSupported('ExcelApi', v)).map((v) => `ExcelApi ${v}`),
      },
      unsupported,
      activeSheet: active.name,
      sheets,
      names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
    };
  });
}
