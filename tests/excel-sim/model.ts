import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { normaliseFormula } from '../../backend/scoring/evaluator/normalise';
import { registerGraderFunctions } from '../../backend/scoring/evaluator/functions';
import { a1Address } from '../../addin/excel/addresses';

/** The objects a simulated sheet can hold, described as the snapshot describes them. */
export interface SimTable {
  name: string;
  range: string;
  showTotals: boolean;
  style: string;
}
export interface SimPivot {
  name: string;
  source: string;
  location: string;
  rows: string[];
  columns: string[];
  filters: string[];
  values: { name: string; field: string; summarizeBy: string }[];
}
export interface SimChart {
  name: string;
  chartType: string;
  title: string;
  series: { name: string; values: string; categories: string }[];
}
export interface SimConditionalFormat {
  range: string;
  type: string;
  rule: Record<string, unknown>;
}
export interface SimValidation {
  range: string;
  type: string;
  rule: Record<string, unknown>;
}

export interface SimSheet {
  name: string;
  visibility: 'Visible' | 'Hidden';
  /** What was typed, by "row:col" (0-based): values, or formulas as text starting with `=`. */
  typed: Map<string, RawCellContent>;
  formats: Map<string, string>;
  tables: SimTable[];
  pivots: SimPivot[];
  charts: SimChart[];
  conditionalFormats: SimConditionalFormat[];
  validations: SimValidation[];
  /** The sheet's custom properties (`worksheet.customProperties`, ExcelApi 1.12), by key. */
  customProperties: Map<string, string>;
}

/**
 * The workbook behind the simulated Excel: what was typed, and a real calculation engine (HyperFormula,
 * with the grader's Excel fixes) that computes every formula as it is entered.
 */
export class SimModel {
  readonly sheets: SimSheet[] = [];
  readonly names: { name: string; formula: string }[] = [];
  /** The workbook's custom document properties (`workbook.properties.custom`), by key. */
  readonly customProperties = new Map<string, string>();
  activeSheet = '';
  /** The selected range, as Office's address (`Orders!D2:D11`). */
  selection = '';
  /** Listeners for Office's worksheet events, called after the change, as Office calls them. */
  readonly listeners = {
    changed: new Set<(e: { worksheetId: string; address: string; changeType: string; source: string; triggerSource?: string }) => void>(),
    added: new Set<(e: { worksheetId: string }) => void>(),
  };

  private inFlight = 0;
  private waiters: (() => void)[] = [];

  private emit<E>(set: Set<(e: E) => void>, event: E): void {
    for (const listener of set) {
      this.inFlight++;
      setTimeout(() => {
        listener(event);
        if (--this.inFlight === 0) for (const w of this.waiters.splice(0)) w();
      }, 0);
    }
  }

  /** Resolves once every event raised so far has reached its listeners. */
  settled(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
  private readonly hf: HyperFormula;
  /** Whether change events say who made them (`triggerSource`, ExcelApi 1.14), as newer hosts do. */
  tellsTrigger = false;

  constructor() {
    registerGraderFunctions();
    this.hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', useArrayArithmetic: true, undoLimit: 0 });
  }

  sheet(name: string): SimSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): SimSheet {
    if (this.sheet(name)) throw new Error(`A sheet named ${name} already exists.`);
    this.hf.addSheet(name);
    const sheet: SimSheet = {
      name,
      visibility: 'Visible',
      typed: new Map(),
      formats: new Map(),
      tables: [],
      pivots: [],
      charts: [],
      conditionalFormats: [],
      validations: [],
      customProperties: new Map(),
    };
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    this.emit(this.listeners.added, { worksheetId: name });
    return sheet;
  }

  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from)!;
    this.hf.renameSheet(this.hf.getSheetId(sheet.name)!, to);
    if (this.activeSheet === sheet.name) this.activeSheet = to;
    sheet.name = to;
  }

  /** Writes a rectangle of contents from (row, col), 0-based, and recalculates. */
  /** Writes cells, as the candidate does (`Unknown` to Office) or as this add-in does through the API (`ThisLocalAddin`). */
  write(sheetName: string, row: number, col: number, contents: RawCellContent[][], by: 'Unknown' | 'ThisLocalAddin' = 'Unknown'): void {
    const sheet = this.sheet(sheetName)!;
    const id = this.hf.getSheetId(sheet.name)!;
    const engine = contents.map((line, r) =>
      line.map((v, c) => {
        const key = `${row + r}:${col + c}`;
        if (v === null || v === undefined || v === '') sheet.typed.delete(key);
        else sheet.typed.set(key, v);
        return typeof v === 'string' && v.startsWith('=')
          ? normaliseFormula(v, { sheet: sheet.name, row: row + r + 1, col: col + c + 1 }, []).formula
          : v;
      }),
    );
    this.hf.setCellContents({ sheet: id, row, col }, engine);
    const rows = contents.length;
    const cols = Math.max(1, ...contents.map((line) => line.length));
    const address = this.address(sheet.name, row, col, row + rows - 1, col + cols - 1).replace(/^.*!/, '');
    this.emit(this.listeners.changed, {
      worksheetId: sheet.name,
      address,
      changeType: 'RangeEdited',
      source: 'Local',
      ...(this.tellsTrigger ? { triggerSource: by } : {}),
    });
  }

  formatRange(sheetName: string, row: number, col: number, formats: string[][]): void {
    const sheet = this.sheet(sheetName)!;
    formats.forEach((line, r) => line.forEach((f, c) => sheet.formats.set(`${row + r}:${col + c}`, f)));
  }

  /** Excel's value of a cell: errors as their text, empty as "". */
  value(
    sheetName: string,
    row: number,
    col: number,
  ): { value: string | number | boolean; type: 'Double' | 'String' | 'Boolean' | 'Empty' | 'Error' } {
    const v = this.hf.getCellValue({ sheet: this.hf.getSheetId(this.sheet(sheetName)!.name)!, row, col });
    if (v instanceof DetailedCellError) return { value: v.value, type: 'Error' };
    if (v === null || v === undefined) return { value: '', type: 'Empty' };
    return { value: v, type: typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String' };
  }

  /** The used range's bounds (0-based, inclusive), or null for an empty sheet. */
  usedBounds(sheetName: string): { top: number; left: number; bottom: number; right: number } | null {
    const sheet = this.sheet(sheetName)!;
    if (sheet.typed.size === 0) return null;
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const key of sheet.typed.keys()) {
      const [r, c] = key.split(':').map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return { top, left, bottom, right };
  }

  address(sheetName: string, top: number, left: number, bottom: number, right: number): string {
    const quoted = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName) ? sheetName : `'${sheetName}'`;
    const a = a1Address(top, left);
    const b = a1Address(bottom, right);
    return `${quoted}!${a === b ? a : `${a}:${b}`}`;
  }
}
