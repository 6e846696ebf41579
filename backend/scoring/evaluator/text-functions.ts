import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin } from 'hyperformula';

type Run = Parameters<TextBeforeAfterPlugin['runFunction']>;
type Arg = string | number | boolean | typeof EmptyValue | undefined;

/** An optional number argument: its default when skipped, TRUE as 1, a number as itself; null when it is not one. */
function numberArg(value: Arg, fallback: number): number | null {
  if (value === undefined || value === EmptyValue) return fallback;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : null;
}

/**
 * Where the nth delimiter starts and ends in the text, counted from the front (n > 0) or the back (n < 0),
 * as Excel's TEXTBEFORE and TEXTAFTER find it; with `matchEnd`, the text's far end counts as one more.
 */
function nthDelimiter(
  text: string,
  delimiter: string,
  n: number,
  ignoreCase: boolean,
  matchEnd: boolean,
): { start: number; end: number } | null {
  const hay = ignoreCase ? text.toLowerCase() : text;
  const needle = ignoreCase ? delimiter.toLowerCase() : delimiter;
  if (needle === '') return n > 0 ? { start: 0, end: 0 } : { start: text.length, end: text.length };
  const found: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) found.push(i);
  const k = Math.abs(n);
  if (found.length >= k) {
    const at = n > 0 ? found[k - 1]! : found[found.length - k]!;
    return { start: at, end: at + needle.length };
  }
  if (matchEnd && found.length === k - 1) return n > 0 ? { start: text.length, end: text.length } : { start: 0, end: 0 };
  return null;
}

/** Excel 365's TEXTBEFORE and TEXTAFTER (text, delimiter, [instance_num], [match_mode], [match_end], [if_not_found]). */
export class TextBeforeAfterPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    ['TEXTBEFORE', 'TEXTAFTER'].map((name) => [
      name,
      {
        method: name === 'TEXTBEFORE' ? 'textBefore' : 'textAfter',
        parameters: [
          { argumentType: FunctionArgumentType.STRING },
          { argumentType: FunctionArgumentType.STRING },
          // Skipped arguments (`TEXTBEFORE(A2," ",,,1)`) arrive empty and take their default, as in Excel.
          { argumentType: FunctionArgumentType.SCALAR, optionalArg: true },
          { argumentType: FunctionArgumentType.SCALAR, optionalArg: true },
          { argumentType: FunctionArgumentType.SCALAR, optionalArg: true },
          { argumentType: FunctionArgumentType.SCALAR, optionalArg: true },
        ],
      },
    ]),
  );

  textBefore(ast: { args: Run[0] }, state: Run[1]) {
    return this.extract(ast, state, 'TEXTBEFORE');
  }

  textAfter(ast: { args: Run[0] }, state: Run[1]) {
    return this.extract(ast, state, 'TEXTAFTER');
  }

  private extract(ast: { args: Run[0] }, state: Run[1], name: 'TEXTBEFORE' | 'TEXTAFTER') {
    return this.runFunction(
      ast.args,
      state,
      this.metadata(name),
      (text: string, delimiter: string, instance: Arg, mode: Arg, end: Arg, ifNotFound: Arg) => {
        const [n, ignoreCase, matchEnd] = [numberArg(instance, 1), numberArg(mode, 0), numberArg(end, 0)];
        if (n === null || ignoreCase === null || matchEnd === null)
          return new CellError(ErrorType.VALUE, `${name}: instance_num, match_mode and match_end are numbers`);
        if (text === '') return '';
        if (!Number.isInteger(n) || n === 0 || Math.abs(n) > text.length)
          return new CellError(ErrorType.VALUE, `${name}: instance_num must be a whole number other than 0, at most the text's length`);
        const at = nthDelimiter(text, delimiter, n, ignoreCase === 1, matchEnd === 1);
        if (!at)
          return ifNotFound === undefined || ifNotFound === EmptyValue
            ? new CellError(ErrorType.NA, `${name}: the delimiter is not in the text`)
            : ifNotFound;
        return name === 'TEXTBEFORE' ? text.slice(0, at.start) : text.slice(at.end);
      },
    );
  }
}
