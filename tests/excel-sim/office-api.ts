import type { RawCellContent } from 'hyperformula';
import { columnNumber } from '../../shared/a1';
import type { SimModel, SimSheet } from './model';

/**
 * The part of the Excel JavaScript API that addin/excel uses, with Office's proxy semantics: `load` only
 * queues, `context.sync()` runs the queue in order (writes and reads), and reading a property that was
 * not loaded and synced throws PropertyNotLoaded, as in Office.
 */
export class SimContext {
  readonly workbook: SimWorkbookProxy;
  private queue: (() => void)[] = [];

  constructor(
    readonly model: SimModel,
    private readonly onSync: () => void,
  ) {
    this.workbook = new SimWorkbookProxy(this);
  }

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.onSync();
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }
}

type Path = string[];

function parseLoad(spec?: string | string[] | { select?: string }): Path[] {
  const text = typeof spec === 'string' ? spec : Array.isArray(spec) ? spec.join(',') : (spec?.select ?? '');
  return text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split('/'));
}

/** A proxy: properties are computed when a sync runs the load, and kept as that sync saw them. */
abstract class ClientObject {
  protected readonly loadedValues = new Map<string, unknown>();
  private synced = false;

  constructor(protected readonly ctx: SimContext) {}

  /** Computes one property at sync time; objects and collections are proxies loaded further by `rest`. */
  protected abstract resolve(prop: string): unknown;

  /** Whether the proxy points at nothing (the `…OrNullObject` methods). */
  protected exists(): boolean {
    return true;
  }

  load(spec?: string | string[] | { select?: string }): this {
    const paths = parseLoad(spec);
    this.ctx.enqueue(() => this.materialise(paths));
    return this;
  }

  /** Runs now, inside a sync: computes the paths' first properties and loads the rest on the children. */
  materialise(paths: Path[]): void {
    this.synced = true;
    if (!this.exists()) return;
    const byProp = new Map<string, Path[]>();
    for (const [head, ...rest] of paths) if (head) byProp.set(head, [...(byProp.get(head) ?? []), rest]);
    for (const [prop, rests] of byProp) {
      const value = this.resolve(prop);
      this.loadedValues.set(prop, value);
      const children = Array.isArray(value) ? value : [value];
      const deeper = rests.filter((r) => r.length > 0);
      if (deeper.length) for (const child of children) if (child instanceof ClientObject) child.materialise(deeper);
    }
  }

  protected read<T>(prop: string): T {
    if (!this.loadedValues.has(prop)) {
      throw Object.assign(
        new Error(
          `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        ),
        { code: 'PropertyNotLoaded' },
      );
    }
    return this.loadedValues.get(prop) as T;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw Object.assign(new Error('isNullObject is only known after context.sync()'), { code: 'PropertyNotLoaded' });
    return !this.exists();
  }
}

/** A collection proxy: `items` is loaded like any property. */
class Collection<T extends ClientObject> extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly list: () => T[],
  ) {
    super(ctx);
  }
  protected resolve(prop: string): unknown {
    if (prop === 'items') return this.list();
    throw new Error(`unknown collection property ${prop}`);
  }
  get items(): T[] {
    return this.read('items');
  }
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseA1(address: string): Bounds {
  const [a, b = a] = address.replace(/^.*!/, '').replace(/\$/g, '').split(':') as [string, string?];
  const cell = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x)!;
    return { row: Number(m[2]) - 1, col: columnNumber(m[1]!) - 1 };
  };
  const s = cell(a);
  const e = cell(b);
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}

const WHOLE_SHEET: Bounds = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };

export class SimRange extends ClientObject {
  /** Where the range is, computed when a sync reaches it (a used range depends on what was typed by then). */
  constructor(
    ctx: SimContext,
    private readonly sheetName: () => string,
    private readonly locate: () => Bounds | null,
  ) {
    super(ctx);
  }

  protected override exists(): boolean {
    return this.locate() !== null;
  }

  private grid<T>(cell: (row: number, col: number) => T): T[][] {
    const b = this.locate()!;
    const rows: T[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: T[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(cell(r, c));
      rows.push(row);
    }
    return rows;
  }

  protected resolve(prop: string): unknown {
    const b = this.locate()!;
    const m = this.ctx.model;
    const sheet = this.sheetName();
    switch (prop) {
      case 'address':
        return m.address(sheet, b.top, b.left, b.bottom, b.right);
      case 'rowIndex':
        return b.top;
      case 'columnIndex':
        return b.left;
      case 'rowCount':
        return b.bottom - b.top + 1;
      case 'columnCount':
        return b.right - b.left + 1;
      case 'values':
        return this.grid((r, c) => m.value(sheet, r, c).value);
      case 'valueTypes':
        return this.grid((r, c) => m.value(sheet, r, c).type);
      case 'formulas':
        return this.grid((r, c) => {
          const typed = m.sheet(sheet)!.typed.get(`${r}:${c}`);
          return typeof typed === 'string' && typed.startsWith('=') ? typed : m.value(sheet, r, c).value;
        });
      case 'numberFormat':
        return this.grid((r, c) => m.sheet(sheet)!.formats.get(`${r}:${c}`) ?? 'General');
      case 'cellCount':
        return (b.bottom - b.top + 1) * (b.right - b.left + 1);
      default:
        throw new Error(`the simulator does not know Range.${prop}`);
    }
  }

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }

  set values(v: unknown[][]) {
    this.write(v);
  }
  set formulas(v: unknown[][]) {
    this.write(v);
  }
  set numberFormat(v: string[][]) {
    this.ctx.enqueue(() => {
      const b = this.locate()!;
      this.ctx.model.formatRange(this.sheetName(), b.top, b.left, v);
    });
  }

  private write(v: unknown[][]): void {
    this.ctx.enqueue(() => {
      const b = this.locate()!;
      this.ctx.model.write(this.sheetName(), b.top, b.left, v as RawCellContent[][], 'ThisLocalAddin');
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const b = this.locate()!;
      this.ctx.model.selection = this.ctx.model.address(this.sheetName(), b.top, b.left, b.bottom, b.right);
    });
  }

  get conditionalFormats(): Collection<SimConditionalFormatProxy> {
    return new Collection(this.ctx, () => {
      const b = this.locate()!;
      return this.ctx.model
        .sheet(this.sheetName())!
        .conditionalFormats.filter((f) => {
          const r = parseA1(f.range);
          return r.top <= b.bottom && r.bottom >= b.top && r.left <= b.right && r.right >= b.left;
        })
        .map((f) => new SimConditionalFormatProxy(this.ctx, this.sheetName, f));
    });
  }

  getSpecialCellsOrNullObject(cellType: string): SimRangeAreas {
    if (cellType !== 'DataValidations') throw new Error(`the simulator only finds DataValidations special cells, not ${cellType}`);
    return new SimRangeAreas(this.ctx, this.sheetName);
  }

  get dataValidation(): SimDataValidation {
    return new SimDataValidation(this.ctx, () => {
      const b = this.locate()!;
      return (
        this.ctx.model.sheet(this.sheetName())!.validations.find((v) => {
          const r = parseA1(v.range);
          return r.top === b.top && r.left === b.left;
        }) ?? null
      );
    });
  }
}

class SimRangeAreas extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly sheetName: () => string,
  ) {
    super(ctx);
  }
  protected override exists(): boolean {
    return this.ctx.model.sheet(this.sheetName())!.validations.length > 0;
  }
  protected resolve(prop: string): unknown {
    if (prop !== 'areas') throw new Error(`the simulator does not know RangeAreas.${prop}`);
    const validations = this.ctx.model.sheet(this.sheetName())!.validations;
    return new Collection(this.ctx, () => validations.map((v) => new SimRange(this.ctx, this.sheetName, () => parseA1(v.range))));
  }
  get areas(): Collection<SimRange> {
    return this.read('areas');
  }
}

class SimDataValidation extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly find: () => { type: string; rule: Record<string, unknown> } | null,
  ) {
    super(ctx);
  }
  protected resolve(prop: string): unknown {
    const v = this.find();
    if (prop === 'type') return v?.type ?? 'None';
    if (prop === 'rule') return v ? { [v.type.charAt(0).toLowerCase() + v.type.slice(1)]: v.rule } : {};
    throw new Error(`the simulator does not know DataValidation.${prop}`);
  }
  get type(): string {
    return this.read('type');
  }
  get rule(): Record<string, unknown> {
    return this.read('rule');
  }
}

class SimConditionalFormatProxy extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly sheetName: () => string,
    private readonly format: { range: string; type: string; rule: Record<string, unknown> },
  ) {
    super(ctx);
  }
  protected resolve(prop: string): unknown {
    if (prop === 'type') return this.format.type;
    throw new Error(`the simulator does not know ConditionalFormat.${prop}`);
  }
  get type(): string {
    return this.read('type');
  }
  getRange(): SimRange {
    return new SimRange(this.ctx, this.sheetName, () => parseA1(this.format.range));
  }
  get cellValueOrNullObject(): SimRuleHolder {
    return new SimRuleHolder(this.ctx, this.format.type === 'CellValue' ? this.format.rule : null);
  }
  get customOrNullObject(): SimRuleHolder {
    return new SimRuleHolder(this.ctx, this.format.type === 'Custom' ? this.format.rule : null);
  }
}

class SimRuleHolder extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly ruleData: Record<string, unknown> | null,
  ) {
    super(ctx);
  }
  protected override exists(): boolean {
    return this.ruleData !== null;
  }
  protected resolve(prop: string): unknown {
    // A rule comes back as a plain object, whole, as Office returns complex-typed properties.
    if (prop === 'rule') return { ...(this.ruleData ?? {}) };
    throw new Error(`the simulator does not know rule holder .${prop}`);
  }
  get rule(): Record<string, unknown> {
    return this.read('rule');
  }
}

class SimTableProxy extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly sheetName: () => string,
    private readonly table: { name: string; range: string; showTotals: boolean; style: string },
  ) {
    super(ctx);
  }
  protected resolve(prop: string): unknown {
    if (prop === 'name') return this.table.name;
    if (prop === 'showTotals') return this.table.showTotals;
    if (prop === 'style') return this.table.style;
    throw new Error(`the simulator does not know Table.${prop}`);
  }
  get name(): string {
    return this.read('name');
  }
  get showTotals(): boolean {
    return this.read('showTotals');
  }
  get style(): string {
    return this.read('style');
  }
  getRange(): SimRange {
    return new SimRange(this.ctx, this.sheetName, () => parseA1(this.table.range));
  }
  getHeaderRowRange(): SimRange {
    return new SimRange(this.ctx, this.sheetName, () => {
      const b = parseA1(this.table.range);
      return { ...b, bottom: b.top };
    });
  }
}

class SimNamed extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly fields: Record<string, unknown>,
    private readonly children: Record<string, () => ClientObject> = {},
  ) {
    super(ctx);
  }
  protected resolve(prop: string): unknown {
    if (prop in this.children) return this.children[prop]!();
    if (prop in this.fields) return this.fields[prop];
    throw new Error(`the simulator does not know .${prop}`);
  }
  get name(): string {
    return this.read('name');
  }
  get summarizeBy(): string {
    return this.read('summarizeBy');
  }
  get field(): SimNamed {
    return this.read('field');
  }
  get formula(): string {
    return this.read('formula');
  }
  get text(): string {
    return this.read('text');
  }
  get key(): string {
    return this.read('key');
  }
  get value(): string {
    return this.read('value');
  }
}

class SimClientResult<T> {
  private resolved = false;
  private result: T | undefined;
  constructor(ctx: SimContext, compute: () => T) {
    ctx.enqueue(() => {
      this.result = compute();
      this.resolved = true;
    });
  }
  get value(): T {
    if (!this.resolved)
      throw Object.assign(new Error('The value of the result object has not been loaded yet. Call "context.sync()".'), {
        code: 'PropertyNotLoaded',
      });
    return this.result as T;
  }
}

class SimPivotProxy extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly sheetName: () => string,
    private readonly pivot: SimSheet['pivots'][number],
  ) {
    super(ctx);
  }
  protected resolve(prop: string): unknown {
    if (prop === 'name') return this.pivot.name;
    throw new Error(`the simulator does not know PivotTable.${prop}`);
  }
  get name(): string {
    return this.read('name');
  }
  private hierarchies(names: string[]) {
    return new Collection(this.ctx, () => names.map((name) => new SimNamed(this.ctx, { name })));
  }
  get rowHierarchies() {
    return this.hierarchies(this.pivot.rows);
  }
  get columnHierarchies() {
    return this.hierarchies(this.pivot.columns);
  }
  get filterHierarchies() {
    return this.hierarchies(this.pivot.filters);
  }
  get dataHierarchies() {
    return new Collection(this.ctx, () =>
      this.pivot.values.map(
        (v) =>
          new SimNamed(this.ctx, { name: v.name, summarizeBy: v.summarizeBy }, { field: () => new SimNamed(this.ctx, { name: v.field }) }),
      ),
    );
  }
  get layout() {
    return { getRange: () => new SimRange(this.ctx, this.sheetName, () => parseA1(this.pivot.location)) };
  }
  getDataSourceString(): SimClientResult<string> {
    return new SimClientResult(this.ctx, () => this.pivot.source);
  }
}

class SimSeriesProxy extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly series: { name: string; values: string; categories: string },
  ) {
    super(ctx);
  }
  protected resolve(prop: string): unknown {
    if (prop === 'name') return this.series.name;
    throw new Error(`the simulator does not know ChartSeries.${prop}`);
  }
  get name(): string {
    return this.read('name');
  }
  getDimensionDataSourceString(dimension: string): SimClientResult<string> {
    return new SimClientResult(this.ctx, () => (dimension === 'Values' ? this.series.values : this.series.categories));
  }
}

class SimChartProxy extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly chart: SimSheet['charts'][number],
  ) {
    super(ctx);
  }
  protected resolve(prop: string): unknown {
    if (prop === 'name') return this.chart.name;
    if (prop === 'chartType') return this.chart.chartType;
    if (prop === 'title') return new SimNamed(this.ctx, { text: this.chart.title });
    throw new Error(`the simulator does not know Chart.${prop}`);
  }
  get name(): string {
    return this.read('name');
  }
  get chartType(): string {
    return this.read('chartType');
  }
  get title(): SimNamed {
    return this.read('title');
  }
  get series() {
    return new Collection(this.ctx, () => this.chart.series.map((s) => new SimSeriesProxy(this.ctx, s)));
  }
}

export class SimWorksheet extends ClientObject {
  constructor(
    ctx: SimContext,
    readonly sheetName: () => string,
  ) {
    super(ctx);
  }
  private sheet(): SimSheet {
    return this.ctx.model.sheet(this.sheetName())!;
  }
  protected override exists(): boolean {
    return this.ctx.model.sheet(this.sheetName()) !== undefined;
  }
  protected resolve(prop: string): unknown {
    if (prop === 'name') return this.sheet().name;
    if (prop === 'visibility') return this.sheet().visibility;
    throw new Error(`the simulator does not know Worksheet.${prop}`);
  }
  get name(): string {
    return this.read('name');
  }
  set name(next: string) {
    this.ctx.enqueue(() => this.ctx.model.renameSheet(this.sheetName(), next));
  }
  get visibility(): string {
    return this.read('visibility');
  }

  getRange(address?: string): SimRange {
    return new SimRange(this.ctx, this.sheetName, () => (address ? parseA1(address) : WHOLE_SHEET));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): SimRange {
    return new SimRange(this.ctx, this.sheetName, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): SimRange {
    return new SimRange(this.ctx, this.sheetName, () => this.ctx.model.usedBounds(this.sheetName()));
  }
  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.model.activeSheet = this.sheetName();
    });
  }
  get tables() {
    return new Collection(this.ctx, () => this.sheet().tables.map((t) => new SimTableProxy(this.ctx, this.sheetName, t)));
  }
  get pivotTables() {
    return new Collection(this.ctx, () => this.sheet().pivots.map((p) => new SimPivotProxy(this.ctx, this.sheetName, p)));
  }
  get charts() {
    return new Collection(this.ctx, () => this.sheet().charts.map((c) => new SimChartProxy(this.ctx, c)));
  }
  get customProperties() {
    return new SimCustomProperties(this.ctx, () => this.sheet().customProperties);
  }
}

class SimWorksheetCollection extends Collection<SimWorksheet> {
  constructor(private readonly context: SimContext) {
    super(context, () => context.model.sheets.map((s) => new SimWorksheet(context, () => s.name)));
  }
  add(name: string): SimWorksheet {
    this.context.enqueue(() => {
      this.context.model.addSheet(name);
    });
    return new SimWorksheet(this.context, () => name);
  }
  getItemOrNullObject(name: string): SimWorksheet {
    return new SimWorksheet(this.context, () => name);
  }
  getItem(name: string): SimWorksheet {
    this.context.enqueue(() => {
      if (!this.context.model.sheet(name))
        throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: 'ItemNotFound' });
    });
    return new SimWorksheet(this.context, () => name);
  }
  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.context, () => this.context.model.activeSheet);
  }
  get onChanged() {
    return this.event(this.context.model.listeners.changed);
  }
  get onAdded() {
    return this.event(this.context.model.listeners.added);
  }
  private event<E>(set: Set<(e: E) => void>) {
    return {
      add: (handler: (e: E) => void) => {
        this.context.enqueue(() => set.add(handler));
        return { remove: () => this.context.enqueue(() => set.delete(handler)) };
      },
    };
  }
}

/** `workbook.properties.custom` and `worksheet.customProperties`: add (replacing a key's value, as Office does) and list. */
class SimCustomProperties extends Collection<SimNamed> {
  constructor(
    private readonly context: SimContext,
    private readonly properties: () => Map<string, string>,
  ) {
    super(context, () => [...properties()].map(([key, value]) => new SimNamed(context, { key, value })));
  }
  add(key: string, value: string): void {
    this.context.enqueue(() => {
      if (key.length > 255) throw Object.assign(new Error('The key is longer than 255 characters.'), { code: 'InvalidArgument' });
      this.properties().set(key, value);
    });
  }
}

export class SimWorkbookProxy {
  readonly worksheets: SimWorksheetCollection;
  readonly names: Collection<SimNamed>;
  readonly properties: { custom: SimCustomProperties };
  constructor(ctx: SimContext) {
    this.worksheets = new SimWorksheetCollection(ctx);
    this.names = new Collection(ctx, () => ctx.model.names.map((n) => new SimNamed(ctx, { name: n.name, formula: n.formula })));
    this.properties = { custom: new SimCustomProperties(ctx, () => ctx.model.customProperties) };
  }
}
