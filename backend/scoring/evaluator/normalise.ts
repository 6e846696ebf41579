import { HyperFormula } from 'hyperformula';
import { registerGraderFunctions } from './functions';
import type { SnapshotTable } from './tables';
import { resolveStructuredReferences } from './tables';

/** Functions HyperFormula cannot evaluate even after rewriting; a formula using one is graded on values only. */
export const UNSUPPORTED_FUNCTIONS = ['LAMBDA', 'INDIRECT', 'RANDARRAY', 'MAP', 'REDUCE', 'SCAN', 'BYROW', 'BYCOL', 'MAKEARRAY'];

let known: Set<string> | null = null;
/** The functions the engine evaluates, the grader's own included. */
function engineFunctions(): Set<string> {
  if (!known) {
    registerGraderFunctions();
    known = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
  }
  return known;
}

export interface Normalised {
  formula: string;
  /** Functions (or syntax) in the formula the engine still cannot evaluate. */
  unsupported: string[];
}

/** Applies `fn` to the parts of a formula outside string literals. */
function outsideStrings(formula: string, fn: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join('');
}

/** Splits a call's argument text at top-level commas, respecting parentheses, braces and strings. */
export function splitArguments(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inString = !inString;
    else if (!inString && (ch === '(' || ch === '{')) depth++;
    else if (!inString && (ch === ')' || ch === '}')) depth--;
    else if (!inString && depth === 0 && ch === ',') {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(text.slice(start).trim());
  return args;
}

/** Rewrites every call of `name(…)`, innermost first; `fn` returns the replacement or null to leave it. */
export function rewriteCalls(formula: string, name: string, fn: (args: string[]) => string | null): string {
  const pattern = new RegExp(`(?<![A-Za-z0-9_.])${name}\\(`, 'gi');
  let result = formula;
  let from = result.length;
  for (;;) {
    const head = result.slice(0, from);
    const matches = [...head.matchAll(pattern)];
    const match = matches.at(-1);
    if (!match) return result;
    const open = match.index + match[0].length;
    let depth = 1;
    let inString = false;
    let close = open;
    for (; close < result.length && depth > 0; close++) {
      const ch = result[close];
      if (ch === '"') inString = !inString;
      else if (!inString && ch === '(') depth++;
      else if (!inString && ch === ')') depth--;
    }
    const replacement = depth === 0 ? fn(splitArguments(result.slice(open, close - 1))) : null;
    if (replacement !== null) result = result.slice(0, match.index) + replacement + result.slice(close);
    from = match.index!;
  }
}

const DATEDIF_UNITS = /^"(y|m|d|md|ym|yd)"$/i;

/**
 * LET(name1, value1, …, calculation) written out: each name replaced by its value in parentheses, later
 * values seeing earlier names, as Excel scopes them. HyperFormula cannot parse LET itself.
 */
function inlineLet(args: string[]): string | null {
  if (args.length < 3 || args.length % 2 === 0) return null;
  const bindings: [RegExp, string][] = [];
  const substitute = (text: string) => outsideStrings(text, (code) => bindings.reduce((acc, [re, value]) => acc.replace(re, value), code));
  for (let i = 0; i < args.length - 1; i += 2) {
    const name = args[i]!.replace(/^_xlpm\./i, '');
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) return null;
    bindings.push([
      new RegExp(`(?<![A-Za-z0-9_.$!])(?:_xlpm\\.)?${name.replace(/\./g, '\\.')}(?![A-Za-z0-9_.(!])`, 'gi'),
      `(${substitute(args[i + 1]!)})`,
    ]);
  }
  return substitute(args.at(-1)!);
}

/**
 * Rewrites a formula as Excel stores or returns it into one HyperFormula evaluates the same way:
 * storage prefixes dropped, bare TRUE/FALSE made calls, DATEDIF units upper-cased, table references
 * turned into ranges, and Excel functions HyperFormula lacks expressed through ones it has.
 */
export function normaliseFormula(formula: string, at: { sheet: string; row: number; col: number }, tables: SnapshotTable[]): Normalised {
  const unsupported = new Set<string>();
  let f = outsideStrings(formula, (code) => code.replace(/_xl(?:fn|ws|pm)\./gi, ''));
  const structured = resolveStructuredReferences(f, at, tables);
  f = structured.formula;
  if (structured.unresolved) unsupported.add('structured reference');
  f = outsideStrings(f, (code) => code.replace(/(?<![A-Za-z0-9_.])(TRUE|FALSE)(?![A-Za-z0-9_.(])/gi, (m) => `${m.toUpperCase()}()`));
  f = rewriteCalls(f, 'LET', inlineLet);
  // INDIRECT with a fixed text address is that reference; built at run time, it stays unsupported.
  f = rewriteCalls(f, 'INDIRECT', (args) => {
    const [text, a1 = 'TRUE'] = args;
    const m = /^"((?:'[^']+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)"$/.exec(text ?? '');
    return m && args.length <= 2 && /^(TRUE|1)$/i.test(a1) ? `${m[1] ?? ''}${m[2]}` : null;
  });
  f = rewriteCalls(f, 'DATEDIF', (args) => `DATEDIF(${args.map((a) => (DATEDIF_UNITS.test(a) ? a.toUpperCase() : a)).join(',')})`);
  f = rewriteCalls(f, 'CONCAT', (args) => `TEXTJOIN("",FALSE(),${args.join(',')})`);
  f = rewriteCalls(f, 'AVERAGEIFS', (args) => {
    const [values, ...criteria] = args;
    if (!values || criteria.length === 0 || criteria.length % 2 !== 0) return null;
    // AVERAGEIFS skips blank cells of the averaged range; the extra "<>" criterion does the same for the count.
    return `(SUMIFS(${values},${criteria.join(',')})/COUNTIFS(${criteria.join(',')},${values},"<>"))`;
  });
  f = rewriteCalls(f, 'XMATCH', (args) => {
    const [value, array, mode = '0', search = '1'] = args;
    if (!value || !array || !['0', '2', ''].includes(mode) || !['1', ''].includes(search)) {
      unsupported.add('XMATCH with approximate or reverse search');
      return null;
    }
    return `MATCH(${value},${array},0)`;
  });
  outsideStrings(f, (code) => {
    for (const name of UNSUPPORTED_FUNCTIONS) if (new RegExp(`(?<![A-Za-z0-9_.])${name}\\(`, 'i').test(code)) unsupported.add(name);
    // Any other function the engine does not have (TEXTSPLIT, WRAPROWS…) is named, not left to fail as #NAME?.
    for (const m of code.matchAll(/(?<![A-Za-z0-9_.$!])([A-Za-z][A-Za-z0-9_.]*)\(/g))
      if (!engineFunctions().has(m[1]!.toUpperCase())) unsupported.add(m[1]!.toUpperCase());
    return code;
  });
  return { formula: f, unsupported: [...unsupported].sort() };
}
