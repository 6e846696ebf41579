import { FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import { excelText } from './excel-text';

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

let registered = false;

/**
 * Installs the grader's function fixes into HyperFormula, once per process. CONCAT, AVERAGEIFS and XMATCH
 * are rewritten into functions HyperFormula has (normalise.ts); TEXT needs its own implementation.
 */
export function registerGraderFunctions(): void {
  if (registered) return;
  HyperFormula.unregisterFunction('TEXT');
  HyperFormula.registerFunction('TEXT', ExcelTextPlugin, { enGB: { TEXT: 'TEXT' }, enUS: { TEXT: 'TEXT' } });
  registered = true;
}
