import type { AuthoringBrief } from '../../shared/authoring';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import { TaskSpecSchema, type Check, type Skill, type TaskSpec } from '../../shared/task';
import { columnLetters, parseCell } from '../../shared/a1';
import { functionsUsed } from '../../shared/formula-refs';
import { fnv1a } from '../../shared/random';
import { chartCheck, conditionalFormatCheck, formulaChecks, numberFormatCheck, pivotCheck, tableCheck, validationCheck } from './checks';
import { dataChange } from './data-changes';
import { draftFollowUp } from './follow-up';
import { deriveHiddenData } from './hidden-data';
import { answerRegion, boundingArea, rangeOf, referenceFormulas } from './reference';
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
        const at = parseCell(cell.address);
        const [row, c, col] = [at.row - 1, at.col - 1, columnLetters(at.col)];
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

const seedOf = (text: string) => fnv1a(text) % 1_000_000;

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
    const range = rangeOf(boundingArea(sheet, cells));
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
  type ObjectAnswer = Extract<TaskSpec['answer'], { kind: 'object' }>;
  const asAnswer = (object: ObjectAnswer['object'], sheet: string | null, check: Check) => ({
    object: { kind: 'object' as const, object, sheet, description: check.description },
    check,
  });
  const objectChecks: { object: ObjectAnswer; skill: Skill; check: Check }[] = [
    ...pivots.map((p) => ({ ...asAnswer('pivot-table', null, pivotCheck(p.object)), skill: 'pivot-tables' as const })),
    ...charts.map((c) => {
      const check = chartCheck(c.object, c.sheet);
      return { ...asAnswer('chart', check.sheet, check), skill: 'charts' as const };
    }),
    ...tables.map((t) => ({
      ...asAnswer('table', t.sheet, tableCheck(t.sheet, t.object, nameAsked(brief.instructions, t.object.name))),
      skill: 'tables' as const,
    })),
    ...formats.map((f) => ({
      ...asAnswer('conditional-format', f.sheet, conditionalFormatCheck(f.sheet, f.object)),
      skill: 'conditional-formatting' as const,
    })),
    ...validations.map((v) => ({
      ...asAnswer('data-validation', v.sheet, validationCheck(v.sheet, v.object)),
      skill: 'data-validation' as const,
    })),
  ];
  /** A task whose answer is an object or changed data: no formulas, no hidden data, its checks and the format checks. */
  const objectTask = (answer: ObjectAnswer, skill: Skill, checks: Check[], solutionNote: string): Derivation => ({
    task: TaskSpecSchema.parse({
      ...base,
      skill: brief.skill ?? skill,
      answer,
      private: {
        solution: { formulas: [], notes: solutionNote },
        checks: [...checks, ...formatChecks],
        gates: [],
        hiddenData: null,
        followUps: [draftFollowUp(answer, [])],
      },
    }),
    notes,
  });
  const changed = objectChecks.length === 0 ? dataChange(starter, solved) : null;
  if (changed) {
    notes.push(changed.note);
    return objectTask(changed.answer, 'data-cleaning', [changed.check], "Derived from the solved workbook's data.");
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
  return objectTask(answer, first?.skill ?? 'tables', checks, "Derived from the solved workbook's objects.");
}
