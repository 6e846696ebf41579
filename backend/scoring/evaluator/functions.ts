import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import { excelText } from './excel-text';
import { TextBeforeAfterPlugin } from './text-functions';

type Scalar = number | string | boolean;

/** HyperFormula wraps dates and currencies in objects carrying `val`; TEXT needs the bare number. */
function bare(value: unknown): Scalar {
  if (value !== null && typeof value === 'object' && 'val' in value) return (value as { val: Scalar }).val;
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : 0;
}

/** Excel's TEXT, replacing HyperFormula's partial one (see excel-text.ts). */
class ExcelTextPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    TEXT: {
      method: 'text',
      parameters: [{ argumentType: FunctionArgumentType.SCALAR }, { argumentType: FunctionArgumentType.STRING }],
    },
  };

  text(ast: { args: Parameters<ExcelTextPlugin['runFunction']>[0] }, state: Parameters<ExcelTextPlugin['runFunction']>[1]) {
    return this.runFunction(ast.args, state, this.metadata('TEXT'), (value: unknown, format: string) => excelText(bare(value), format));
  }
}

type Cell = SimpleRangeValue['data'][number][number];
type Run = Parameters<SortByPlugin['runFunction']>;

/** Excel's sort order for one key: numbers, then text (ignoring case), then logicals; blanks always last. */
function compareKeys(a: Cell, b: Cell, order: number): number {
  const blank = (v: Cell) => v === EmptyValue || v === '';
  if (blank(a) || blank(b)) return blank(a) === blank(b) ? 0 : blank(a) ? 1 : -1;
  const rank = (v: Cell) =>
    typeof v === 'number' || (typeof v === 'object' && v !== null && 'val' in v) ? 0 : typeof v === 'string' ? 1 : 2;
  if (rank(a) !== rank(b)) return (rank(a) - rank(b)) * order;
  const x = bare(a);
  const y = bare(b);
  const diff =
    typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, undefined, { sensitivity: 'base' }) : Number(x) - Number(y);
  return Math.sign(diff) * order;
}

/** Excel 365's SORTBY(array, by_array1, [order1], …): rows of `array` ordered by other columns. */
class SortByPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    SORTBY: {
      method: 'sortby',
      sizeOfResultArrayMethod: 'sortbySize',
      enableArrayArithmeticForArguments: true,
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 1 },
      ],
      repeatLastArgs: 2,
    },
  };

  sortby(ast: { args: Run[0] }, state: Run[1]) {
    return this.runFunction(ast.args, state, this.metadata('SORTBY'), (array: SimpleRangeValue, ...keys: (SimpleRangeValue | number)[]) => {
      const rows = array.data;
      const pairs: { key: Cell[]; order: number }[] = [];
      for (let i = 0; i < keys.length; i += 2) {
        const by = keys[i] as SimpleRangeValue;
        const order = (keys[i + 1] as number | undefined) ?? 1;
        if (order !== 1 && order !== -1) return new CellError(ErrorType.VALUE, 'SORTBY: sort order must be 1 or -1');
        const flat = by.width() === 1 ? by.data.map((r) => r[0]!) : (by.data[0] ?? []);
        if (flat.length !== rows.length) return new CellError(ErrorType.VALUE, 'SORTBY: by_array must be as tall as array');
        pairs.push({ key: flat, order });
      }
      const index = rows.map((_, i) => i);
      index.sort((a, b) => {
        for (const { key, order } of pairs) {
          const d = compareKeys(key[a]!, key[b]!, order);
          if (d !== 0) return d;
        }
        return a - b;
      });
      return SimpleRangeValue.onlyValues(index.map((i) => rows[i]!));
    });
  }

  sortbySize(ast: { args: Run[0] }, state: Run[1]) {
    const first = ast.args[0];
    if (!first) return ArraySize.error();
    const size = this.arraySizeForAst(first, state);
    return new ArraySize(size.width, size.height);
  }
}

let registered = false;

/**
 * Installs the grader's function fixes into HyperFormula, once per process. CONCAT, AVERAGEIFS and XMATCH
 * are rewritten into functions HyperFormula has (normalise.ts); TEXT needs its own implementation, and
 * SORTBY, TEXTBEFORE and TEXTAFTER (Excel 365) are the grader's own.
 */
export function registerGraderFunctions(): void {
  if (registered) return;
  HyperFormula.unregisterFunction('TEXT');
  HyperFormula.registerFunction('TEXT', ExcelTextPlugin, { enGB: { TEXT: 'TEXT' }, enUS: { TEXT: 'TEXT' } });
  HyperFormula.registerFunctionPlugin(SortByPlugin, { enGB: { SORTBY: 'SORTBY' }, enUS: { SORTBY: 'SORTBY' } });
  const textNames = { TEXTBEFORE: 'TEXTBEFORE', TEXTAFTER: 'TEXTAFTER' };
  HyperFormula.registerFunctionPlugin(TextBeforeAfterPlugin, { enGB: textNames, enUS: textNames });
  registered = true;
}
