import type { AuthoringBrief } from '../../shared/authoring';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import { TaskSpecSchema, type Check, type Skill, type TaskSpec } from '../../shared/task';
import { columnLetters } from '../../shared/a1';
import { functionsUsed } from '../../shared/formula-refs';
import { chartCheck, conditionalFormatCheck, formulaChecks, numberFormatCheck, pivotCheck, tableCheck, validationCheck } from './checks';
import { dataChange } from './data-changes';
import { draftFollowUp } from './follow-up';
import { deriveHiddenData } from './hidden-data';
import { answerRegion, rangeOf, referenceFormulas } from './reference';
import { addedObjects, changedCells, reformattedCells } from './workbook-diff';

export interface Derivation {
  task: TaskSpec;
  /** What was derived and from what, and what the author should look at, in sentences. */
  notes: string[];
}

/** A refusal: the two workbooks do not make a task, and why, in the author's words. */
export class DerivationError extends Error {}

const SKILL_BY_FUNCTION: [Skill, string[]][] = [
  ['lookups', ['VLOOKUP', 'XLOOKUP', 'INDEX', 'MATCH', 'XMATCH', 'HLOOKUP', 'LOOKUP']],
  ['conditional-aggregation', ['SUMIF', 'SUMIFS', 'COUNTIF', 'COUNTIFS', 'AVERAGEIF', 'AVERAGEIFS', 'MAXIFS', 'MINIFS', 'SUMPRODUCT']],
  ['dates', ['DATE', 'EOMONTH', 'EDATE', 'NETWORKDAYS', 'WORKDAY', 'DATEDIF', 'YEARFRAC', 'YEAR', 'MONTH', 'DAY', 'WEEKDAY']],
  [
    'text',
    [
      'LEFT',
      'RIGHT',
      'MID',
      'TEXT',
      'TRIM',
      'PROPER',
      'UPPER',
      'LOWER',
      'CONCAT',
      'TEXTJOIN',
      'SUBSTITUTE',
      'LEN',
      'FIND',
      'SEARCH',
      'TEXTBEFORE',
      'TEXTAFTER',
    ],
  ],
  ['logic', ['IF', 'IFS', 'SWITCH', 'AND', 'OR']],
];

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '') || 'own-task';

/** A short title from the instructions' first clause, when the author gave none. */
const titleFrom = (instructions: string) => {
  const first = instructions.split(/(?<=[.!?:;])\s|,\s/)[0]!.replace(/[.!?:;]$/, '');
  return first.length <= 60 ? first : `${first.slice(0, 57).replace(/\s+\S*$/, '')}…`;
};

/** The starter as the task format keeps it: each sheet's rows from A1 (formulas as text), and column number formats. */
function starterOf(snapshot: WorkbookSnapshot): TaskSpec['starter'] {
  return {
    sheets: snapshot.sheets.slice(0, 10).map((sheet) => {
      const rows: (string | number | boolean | null)[][] = [];
      const formats = new Map<string, Set<string>>();
      for (const cell of sheet.cells) {
        const m = /^([A-Z]+)(\d+)$/.exec(cell.address)!;
        const [row, col] = [Number(m[2]) - 1, m[1]!];
        const c = col.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        if (row >= 20_000 || c >= 200)
          throw new DerivationError(`${sheet.name}!${cell.address} is beyond what a starter sheet holds (20,000 rows, 200 columns).`);
        (rows[row] ??= [])[c] = cell.formula ?? cell.value;
        if (cell.numberFormat && row > 0) formats.set(col, new Set([...(formats.get(col) ?? []), cell.numberFormat]));
      }
      const filled = Array.from({ length: rows.length }, (_, r) =>
        Array.from({ length: rows[r]?.length ?? 0 }, (_, c) => rows[r]?.[c] ?? null),
      );
      const columnFormats = Object.fromEntries([...formats].filter(([, set]) => set.size === 1).map(([col, set]) => [col, [...set][0]!]));
      return { name: sheet.name, rows: filled, ...(Object.keys(columnFormats).length ? { columnFormats } : {}) };
    }),
  };
}

/** Whether the instructions ask for this name (`named Sales`, `call it "Sales"`), not merely use the word. */
const nameAsked = (instructions: string, name: string) =>
  new RegExp(`(?:named|called|call it|name it)\\s+["'“]?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(instructions);

const seedOf = (text: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 1_000_000;
};

/**
 * A task from a starter and a solved workbook. The answer is what changed between them: formulas the solved
 * workbook added (a range answer, graded by values, formulas, functions with their equivalents, no hard-coding,
 * fill-down and hidden data derived from the ranges those formulas read, gated as the library's formula tasks
 * are), or else the pivot table, chart, conditional format, validation or table it added (an object answer,
 * graded by that object's check), plus any number formats it changed. Pure: the same workbooks give the same task.
 */
export function deriveTask(starter: WorkbookSnapshot, solved: WorkbookSnapshot, brief: AuthoringBrief): Derivation {
  const notes: string[] = [];
  const changes = changedCells(starter, solved);
  const found = answerRegion(changes);
  const title = brief.title ?? titleFrom(brief.instructions);
  const base = {
    id: brief.id ?? slug(title),
    title,
    difficulty: brief.level ?? 1,
    instructions: brief.instructions,
    timeLimitSeconds: brief.timeLimitSeconds ?? 600,
    starter: starterOf(starter),
  };

  const formatChecks: Check[] = [];
  const reformatted = reformattedCells(starter, solved);
  if (reformatted.length) {
    const sheet = reformatted[0]!.sheet;
    const cells = reformatted.filter((c) => c.sheet === sheet);
    const format = cells[0]!.after!.numberFormat!;
    const range = rangeOf({
      sheet,
      top: Math.min(...cells.map((c) => c.row)),
      left: Math.min(...cells.map((c) => c.col)),
      bottom: Math.max(...cells.map((c) => c.row)),
      right: Math.max(...cells.map((c) => c.col)),
    });
    formatChecks.push(numberFormatCheck(sheet, range, format));
    notes.push(`The solved workbook shows ${sheet}!${range} as ${format}: checked.`);
  }

  if (found) {
    const { region, gaps, elsewhere } = found;
    const range = rangeOf(region);
    if (gaps.length)
      notes.push(
        `Cells of the answer ${region.sheet}!${range} have no formula in the solved workbook (${gaps.slice(0, 5).join(', ')}): the reference leaves them empty.`,
      );
    if (elsewhere.length)
      notes.push(
        `Formulas on other sheets (${elsewhere.slice(0, 5).join(', ')}) are not part of the answer; they are helpers a candidate need not copy.`,
      );
    const solution = referenceFormulas(region, changes);
    const formulas = solution.map((f) => f.formula);
    notes.push(
      `The answer is ${region.sheet}!${range}: ${solution.length === 1 ? `one formula, ${formulas[0]}, filled over it` : `${solution.length} formulas`}.`,
    );
    const { hidden, notes: hiddenNotes } = deriveHiddenData(starter, solution, region, seedOf(`${brief.instructions}|${range}`));
    notes.push(...hiddenNotes);
    const cells = (region.bottom - region.top + 1) * (region.right - region.left + 1);
    const { checks, gates } = formulaChecks(region.sheet, range, formulas, cells, hidden !== null);
    const used = new Set(formulas.flatMap(functionsUsed));
    const skill = brief.skill ?? SKILL_BY_FUNCTION.find(([, fns]) => fns.some((f) => used.has(f)))?.[0] ?? 'references';
    const answer = {
      kind: 'range' as const,
      sheet: region.sheet,
      range,
      description: `The ${columnLetters(region.left)} column's answers`.slice(0, 200),
      allowElsewhere: true,
    };
    const task = {
      ...base,
      skill,
      answer,
      formulasAsked: true,
      private: {
        solution: { formulas: solution, notes: `Derived from the solved workbook (${solved.host.version}).` },
        checks: [...checks, ...formatChecks],
        gates,
        hiddenData: hidden,
        followUps: [draftFollowUp(answer, formulas)],
      },
    };
    return { task: TaskSpecSchema.parse(task), notes };
  }

  const home = starter.sheets[0]!.name;
  const pivots = addedObjects(starter, solved, 'pivotTables');
  const charts = addedObjects(starter, solved, 'charts');
  const formats = addedObjects(starter, solved, 'conditionalFormats');
  const validations = addedObjects(starter, solved, 'dataValidations');
  const tables = addedObjects(starter, solved, 'tables');
  const objectChecks: { object: TaskSpec['answer'] & { kind: 'object' }; skill: Skill; check: Check }[] = [
    ...pivots.map((p) => ({
      object: { kind: 'object' as const, object: 'pivot-table' as const, sheet: null, description: pivotCheck(p.object).description },
      skill: 'pivot-tables' as const,
      check: pivotCheck(p.object),
    })),
    ...charts.map((c) => ({
      object: {
        kind: 'object' as const,
        object: 'chart' as const,
        sheet: chartCheck(c.object, c.sheet).sheet,
        description: chartCheck(c.object, c.sheet).description,
      },
      skill: 'charts' as const,
      check: chartCheck(c.object, c.sheet),
    })),
    ...tables.map((t) => ({
      object: { kind: 'object' as const, object: 'table' as const, sheet: t.sheet, description: `An Excel table over ${t.object.range}` },
      skill: 'tables' as const,
      check: tableCheck(t.sheet, t.object, nameAsked(brief.instructions, t.object.name)),
    })),
    ...formats.map((f) => ({
      object: {
        kind: 'object' as const,
        object: 'conditional-format' as const,
        sheet: f.sheet,
        description: `A highlight rule on ${f.object.range}`,
      },
      skill: 'conditional-formatting' as const,
      check: conditionalFormatCheck(f.sheet, f.object),
    })),
    ...validations.map((v) => ({
      object: {
        kind: 'object' as const,
        object: 'data-validation' as const,
        sheet: v.sheet,
        description: `A validation on ${v.object.range}`,
      },
      skill: 'data-validation' as const,
      check: validationCheck(v.sheet, v.object),
    })),
  ];
  const changed = objectChecks.length === 0 ? dataChange(starter, solved) : null;
  if (changed) {
    notes.push(changed.note);
    const task = {
      ...base,
      skill: brief.skill ?? 'data-cleaning',
      answer: changed.answer,
      private: {
        solution: { formulas: [], notes: "Derived from the solved workbook's data." },
        checks: [changed.check, ...formatChecks],
        gates: [],
        hiddenData: null,
        followUps: [draftFollowUp(changed.answer, [])],
      },
    };
    return { task: TaskSpecSchema.parse(task), notes };
  }
  if (objectChecks.length === 0 && formatChecks.length === 0)
    throw new DerivationError(
      'The solved workbook adds no formula, pivot table, chart, table, conditional format, validation or number format to the starter: there is nothing to grade. Upload the starter as the candidate gets it and the solved workbook as you would hand it in.',
    );
  const [first] = objectChecks;
  const checks = objectChecks.map((o, i) => ({
    ...o.check,
    id: objectChecks.filter((p) => p.check.id === o.check.id).length > 1 ? `${o.check.id}-${i + 1}` : o.check.id,
  }));
  if (objectChecks.length > 1)
    notes.push(
      `The solved workbook adds ${objectChecks.length} objects; each has a check, the first (${first!.object.object}) is the answer.`,
    );
  for (const c of checks) notes.push(`Checked: ${c.description}.`);
  const answer = first?.object ?? { kind: 'object' as const, object: 'table' as const, sheet: home, description: 'Number formats' };
  const task = {
    ...base,
    skill: brief.skill ?? first?.skill ?? 'tables',
    answer,
    private: {
      solution: { formulas: [], notes: "Derived from the solved workbook's objects." },
      checks: [...checks, ...formatChecks],
      gates: [],
      hiddenData: null,
      followUps: [draftFollowUp(answer, [])],
    },
  };
  return { task: TaskSpecSchema.parse(task), notes };
}
