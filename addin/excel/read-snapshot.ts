import type { SnapshotSheet, WorkbookSnapshot } from '../../shared/snapshot';
import { localAddress } from './addresses';
import { EXCEL_FEATURES, SNAPSHOT_FEATURES, supportedBy, type SnapshotFeature } from './features';
import { cellsOf, queueCellBlocks } from './readers/cells';
import { chartsOf, queueChartSeries, queueSeriesSources } from './readers/charts';
import { pivotsOf, queuePivots } from './readers/pivots';
import { conditionalFormatsOf, dataValidationsOf, queueConditionalFormats, queueDataValidations } from './readers/range-rules';
import { queueTables, tablesOf } from './readers/tables';
import { stampsOf } from './stamp';

export { ROW_BLOCK_CELLS } from './readers/cells';

/** Runs one batch against the workbook: `Excel.run` in Office, the simulator's in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the host can do, asked once: `Office.context.requirements.isSetSupported` in Office. */
export interface HostFacts {
  platform: string;
  version: string;
  isSetSupported: (name: string, version: string) => boolean;
}

/**
 * Reads the workbook into a WorkbookSnapshot in four syncs whatever its size: (1) the sheets and names,
 * (2) each sheet's used range and object lists, (3) cell contents in row blocks and object details,
 * (4) chart series sources. One reader per kind of object (`readers/`) says what to load and, after the
 * sync, what it read. Features the host lacks are listed in `unsupported`.
 */
export async function readSnapshot(run: ExcelRun, host: HostFacts, now: () => Date = () => new Date()): Promise<WorkbookSnapshot> {
  const supported = supportedBy(host.isSetSupported);
  const unsupported = (Object.keys(SNAPSHOT_FEATURES) as SnapshotFeature[])
    .filter((f) => !supported(f))
    .map((feature) => ({ feature, reason: `needs ExcelApi ${EXCEL_FEATURES[feature]}` }));

  return run(async (context) => {
    const wb = context.workbook;
    const worksheets = wb.worksheets.load('items/name,items/visibility');
    const names = wb.names.load('items/name,items/formula');
    const active = wb.worksheets.getActiveWorksheet().load('name');
    const custom = supported('customProperties') ? wb.properties.custom.load('items/key,items/value') : null;
    await context.sync();

    const perSheet = worksheets.items.map((ws) => ({
      ws,
      used: ws.getUsedRangeOrNullObject(true).load('address,rowIndex,columnIndex,rowCount,columnCount'),
      tables: ws.tables.load('items/name,items/showTotals,items/style'),
      pivots: supported('pivotTables') ? ws.pivotTables.load('items/name') : null,
      charts: ws.charts.load('items/name,items/chartType,items/title/text'),
      stamps: supported('sheetStamps') ? ws.customProperties.load('items/key,items/value') : null,
      formats: ws.getRange().conditionalFormats.load('items/type'),
      validated:
        supported('specialCells') && supported('dataValidation')
          ? ws.getRange().getSpecialCellsOrNullObject('DataValidations').load('areas/items/address')
          : null,
    }));
    await context.sync();

    const details = perSheet.map((s) => ({
      blocks: queueCellBlocks(s.ws, s.used),
      tables: queueTables(s.tables),
      pivots: queuePivots(s.pivots, supported),
      charts: queueChartSeries(s.charts),
      formats: queueConditionalFormats(s.formats),
      validations: queueDataValidations(s.validated),
    }));
    await context.sync();

    const sources = details.map((d) => queueSeriesSources(d.charts, supported));
    if (sources.some((s) => s.some((c) => c.length > 0))) await context.sync();

    const sheets: SnapshotSheet[] = perSheet.map((s, i) => {
      const d = details[i]!;
      return {
        name: s.ws.name,
        visible: s.ws.visibility === 'Visible',
        usedRange: s.used.isNullObject ? null : localAddress(s.used.address),
        cells: cellsOf(d.blocks),
        tables: tablesOf(d.tables),
        pivotTables: pivotsOf(d.pivots),
        charts: chartsOf(d.charts, sources[i]!),
        conditionalFormats: conditionalFormatsOf(d.formats),
        dataValidations: dataValidationsOf(d.validations),
      };
    });

    const sheetStamps = perSheet.flatMap((s) => (s.stamps ? [{ sheet: s.ws.name, properties: s.stamps.items }] : []));
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
      ...(custom ? { stamps: stampsOf(custom.items, sheetStamps) } : {}),
    };
  });
}
