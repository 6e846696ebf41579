import type { SnapshotSheet } from '../../shared/snapshot';
import type { Check, TaskSpec } from '../../shared/task';
import { functionsUsed } from '../../shared/formula-refs';

type Gate = TaskSpec['private']['gates'][number];

/** Functions that do the same job, so a candidate may choose any of them (XLOOKUP or INDEX/MATCH for VLOOKUP). */
const EQUIVALENTS: string[][] = [
  ['VLOOKUP', 'XLOOKUP', 'INDEX', 'MATCH', 'XMATCH', 'HLOOKUP', 'LOOKUP'],
  ['IF', 'IFS', 'SWITCH', 'CHOOSE'],
  ['SUMIF', 'SUMIFS', 'SUMPRODUCT'],
  ['COUNTIF', 'COUNTIFS', 'SUMPRODUCT'],
  ['AVERAGEIF', 'AVERAGEIFS'],
  ['MAXIFS', 'MAX'],
  ['MINIFS', 'MIN'],
  ['CONCAT', 'CONCATENATE', 'TEXTJOIN'],
  ['LEFT', 'MID', 'TEXTBEFORE'],
  ['RIGHT', 'MID', 'TEXTAFTER'],
  ['EOMONTH', 'EDATE', 'DATE'],
  ['NETWORKDAYS', 'NETWORKDAYS.INTL'],
  ['WORKDAY', 'WORKDAY.INTL'],
  ['DATEDIF', 'YEARFRAC'],
  ['TRIM', 'CLEAN'],
  ['PROPER', 'UPPER', 'LOWER'],
];

/** Helpers that say nothing about the method: a formula that only adds error handling or rounding is not asked for them. */
const INCIDENTAL = new Set(['ROUND', 'ROUNDUP', 'ROUNDDOWN', 'AND', 'OR', 'NOT', 'IFERROR', 'IFNA', 'TRUE', 'FALSE', 'ABS', 'INT']);

/** The functions a formula answer may use: each method function of the reference, with its usual equivalents. */
export function allowedFunctions(formulas: string[]): { method: string[]; anyOf: string[] } {
  const method = [...new Set(formulas.flatMap(functionsUsed))].filter((f) => !INCIDENTAL.has(f));
  const anyOf = new Set(method);
  for (const f of method) for (const family of EQUIVALENTS) if (family.includes(f)) family.forEach((g) => anyOf.add(g));
  return { method, anyOf: [...anyOf].slice(0, 20) };
}

/** The checks of a formula answer, as the library's formula tasks have them, and their gates. */
export function formulaChecks(
  sheet: string,
  range: string,
  formulas: string[],
  cells: number,
  hasHiddenData: boolean,
): { checks: Check[]; gates: Gate[] } {
  const { method, anyOf } = allowedFunctions(formulas);
  const checks: Check[] = [
    {
      id: 'answer-values',
      kind: 'values',
      description: 'The answer cells hold the right values',
      weight: 4,
      sheet,
      range,
      tolerance: 1e-9,
    },
    { id: 'answer-formulas', kind: 'formulas', description: 'Every answer is an error-free formula', weight: 1, sheet, range },
  ];
  if (method.length)
    checks.push({
      id: 'function-choice',
      kind: 'functions',
      description: `Uses ${method.join(' or ')}${anyOf.length > method.length ? ' or an equivalent' : ''}`.slice(0, 200),
      weight: 1,
      sheet,
      range,
      anyOf,
      forbidden: [],
    });
  checks.push({
    id: 'no-hard-coding',
    kind: 'no-hard-coding',
    description: 'No answer is typed in or copied from the data',
    weight: 1,
    sheet,
    range,
  });
  if (cells > 1 && new Set(formulas).size <= Math.max(1, Math.ceil(cells / 50)))
    checks.push({
      id: 'fill-down',
      kind: 'fill-down',
      description: 'One formula, filled with the right absolute and relative references',
      weight: 1,
      sheet,
      range,
    });
  if (hasHiddenData)
    checks.push({ id: 'hidden-data', kind: 'hidden-data', description: 'Still right on hidden variants of the data', weight: 4 });
  const gates: Gate[] = [
    {
      check: 'answer-formulas',
      cap: 0.2,
      reason: 'The task asks for formulas; answers typed in or pasted as values count for at most 20%.',
    },
    { check: 'answer-values', cap: 0.2, reason: 'The answers are not the right values: how they are written counts for little.' },
  ];
  if (hasHiddenData)
    gates.push({
      check: 'hidden-data',
      cap: 0.5,
      reason:
        'The formulas give wrong answers when the data changes (a range that stops short, a slipped reference, a boundary): at most half.',
    });
  return { checks, gates };
}

const local = (ref: string | null) => (ref ? ref.replace(/^.*!/, '').replace(/\$/g, '') : null);
const sheetOf = (ref: string | null) =>
  ref?.includes('!') ? ref.slice(0, ref.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'") : null;
const withoutEquals = (rule: Record<string, string | number | boolean | null>) =>
  Object.fromEntries(
    Object.entries(rule)
      .filter(([key, v]) => v !== null && key !== 'inCellDropDown')
      .map(([key, v]) => [key, typeof v === 'string' && key !== 'source' ? v.replace(/^=/, '') : v]),
  ) as Record<string, string | number | boolean>;

export function pivotCheck(pivot: SnapshotSheet['pivotTables'][number]): Check {
  const parts = [
    pivot.rows.length ? `${pivot.rows.join(', ')} rows` : '',
    pivot.columns.length ? `${pivot.columns.join(', ')} columns` : '',
    ...pivot.values.map((v) => `${v.summarizeBy} of ${v.field}`),
  ].filter(Boolean);
  return {
    id: 'pivot',
    kind: 'pivot-table',
    description: `A PivotTable with ${parts.join(', ')}`.slice(0, 200),
    weight: 10,
    sheet: null,
    source: local(pivot.source),
    rows: pivot.rows,
    columns: pivot.columns,
    filters: pivot.filters,
    values: pivot.values.map((v) => ({ field: v.field, summarizeBy: v.summarizeBy })),
  };
}

export function chartCheck(chart: SnapshotSheet['charts'][number], homeSheet: string): Extract<Check, { kind: 'chart' }> {
  const sheet = sheetOf(chart.series[0]?.values ?? null) ?? homeSheet;
  return {
    id: 'chart',
    kind: 'chart',
    description:
      `A ${chart.type} chart of ${chart.series.map((s) => local(s.values)).join(', ')}${chart.title ? ', with a title' : ''}`.slice(0, 200),
    weight: 10,
    sheet,
    types: [chart.type],
    series: chart.series.filter((s) => s.values).map((s) => ({ values: local(s.values)!, categories: local(s.categories) })),
    titleRequired: chart.title !== null,
  };
}

export function conditionalFormatCheck(sheet: string, rule: SnapshotSheet['conditionalFormats'][number]): Check {
  const body = withoutEquals(rule.rule);
  const what = body.operator ? `${String(body.operator)} ${String(body.formula1 ?? '')}` : String(body.formula ?? rule.type);
  return {
    id: 'rule',
    kind: 'conditional-format',
    description: `A ${rule.type} rule (${what}) on ${rule.range}`.slice(0, 200),
    weight: 10,
    sheet,
    range: rule.range.split(',')[0]!,
    types: [rule.type],
    rule: body,
  };
}

export function validationCheck(sheet: string, rule: SnapshotSheet['dataValidations'][number]): Check {
  const body = withoutEquals(rule.rule);
  const what =
    body.source !== undefined ? `of ${String(body.source)}` : `${String(body.operator ?? '')} ${String(body.formula1 ?? '')}`.trim();
  return {
    id: 'validation',
    kind: 'data-validation',
    description: `A ${rule.type} validation ${what} on ${rule.range}`.slice(0, 200),
    weight: 10,
    sheet,
    range: rule.range.split(',')[0]!,
    type: rule.type,
    rule: body,
  };
}

export function tableCheck(sheet: string, table: SnapshotSheet['tables'][number], nameAsked: boolean): Check {
  return {
    id: 'table',
    kind: 'table',
    description: `An Excel table over ${table.range} with its headers${nameAsked ? `, named ${table.name}` : ''}`,
    weight: 7,
    sheet,
    range: table.range,
    headers: table.headers,
    ...(nameAsked ? { name: table.name } : {}),
  };
}

export function numberFormatCheck(sheet: string, range: string, format: string): Check {
  return {
    id: 'number-format',
    kind: 'number-format',
    description: `${range} shows the format ${format}`.slice(0, 200),
    weight: 3,
    sheet,
    range,
    formats: [format],
  };
}
