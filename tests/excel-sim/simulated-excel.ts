import type { RawCellContent } from 'hyperformula';
import type { ExcelRun, HostFacts } from '../../addin/excel/read-snapshot';
import { parseCell } from '../../shared/a1';
import { SimModel, type SimChart, type SimConditionalFormat, type SimPivot, type SimTable, type SimValidation } from './model';
import { SimContext } from './office-api';

const minor = (version: string) => Number(version.split('.')[1] ?? 0);

/** `D7` → 0-based (row 6, column 3), as the model counts. */
function cellIndex(address: string): { row: number; col: number } {
  const { row, col } = parseCell(address);
  return { row: row - 1, col: col - 1 };
}

/**
 * A simulated Excel: the proxies of the Excel JavaScript API over a real calculation engine. Tests drive
 * it like a candidate would (`typeFormula`, `paste`, `addTable`…) and hand `run` to the add-in's code.
 */
export class SimulatedExcel {
  readonly model = new SimModel();
  /** Every `context.sync()` the add-in made, so tests can hold it to its batching promise. */
  syncCount = 0;

  constructor(private readonly requirementSets = ['1.8', '1.9', '1.12', '1.15']) {
    this.model.tellsTrigger = requirementSets.some((v) => minor(v) >= minor('1.14'));
  }

  readonly run: ExcelRun = async (batch) => {
    const context = new SimContext(this.model, () => this.syncCount++);
    const result = await batch(context as unknown as Excel.RequestContext);
    await context.sync();
    this.syncCount--; // Excel.run's own closing sync is not one the add-in asked for.
    return result;
  };

  readonly host: HostFacts = {
    platform: 'Simulated',
    version: '16.0',
    // Requirement sets compare by their minor number: 1.15 is newer than 1.9.
    isSetSupported: (name, version) => name === 'ExcelApi' && this.requirementSets.some((v) => minor(v) >= minor(version)),
  };

  sheet(name: string): this {
    this.model.addSheet(name);
    return this;
  }

  /** Types values or formulas from a cell, as a candidate would (rows of contents). */
  type(sheet: string, address: string, rows: RawCellContent[][]): this {
    const { row, col } = cellIndex(address);
    this.model.write(sheet, row, col, rows);
    return this;
  }

  format(sheet: string, address: string, formats: string[][]): this {
    const { row, col } = cellIndex(address);
    this.model.formatRange(sheet, row, col, formats);
    return this;
  }

  addTable(sheet: string, table: SimTable): this {
    this.model.sheet(sheet)!.tables.push(table);
    return this;
  }
  addPivot(sheet: string, pivot: SimPivot): this {
    this.model.sheet(sheet)!.pivots.push(pivot);
    return this;
  }
  addChart(sheet: string, chart: SimChart): this {
    this.model.sheet(sheet)!.charts.push(chart);
    return this;
  }
  addConditionalFormat(sheet: string, format: SimConditionalFormat): this {
    this.model.sheet(sheet)!.conditionalFormats.push(format);
    return this;
  }
  addValidation(sheet: string, validation: SimValidation): this {
    this.model.sheet(sheet)!.validations.push(validation);
    return this;
  }
  addName(name: string, formula: string): this {
    this.model.names.push({ name, formula });
    return this;
  }
}
