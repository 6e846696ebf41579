import type { CellValue } from '../../../shared/cells';
import type { CheckResult } from '../../../shared/score';
import type { SnapshotRangeRule } from '../../../shared/snapshot';
import type { Check } from '../../../shared/task';
import { cellAddress, parseCell } from '../../../shared/a1';
import { contains, regionOf, type Region } from '../answer-region';
import { resultFromParts, type Part } from '../check-result';
import { evaluateConditions, MAX_CONDITIONS } from '../evaluator/conditions';
import { shiftFormula } from '../../../shared/formula-refs';
import type { GradingContext } from '../grading-context';
import { best, partEvidence, sameName, sameRuleValue, sheetsFor } from './objects';
import { rangeValues } from './range-values';
import { areasOf, recall } from './range-coverage';
import { textOf } from '../../../shared/text';

type RuleCheck = Extract<Check, { kind: 'conditional-format' }> | Extract<Check, { kind: 'data-validation' }>;
type Rule = SnapshotRangeRule;

const bare = (v: unknown) => textOf(v).trim().replace(/^=/, '');

/** Comparisons Excel's "cell value" rules make, as a formula on the cell (`x`) and the rule's operands. */
const OPERATORS: Record<string, (x: string, a: string, b: string) => string> = {
  greaterthan: (x, a) => `${x}>(${a})`,
  lessthan: (x, a) => `${x}<(${a})`,
  greaterthanorequal: (x, a) => `${x}>=(${a})`,
  lessthanorequal: (x, a) => `${x}<=(${a})`,
  equalto: (x, a) => `${x}=(${a})`,
  notequalto: (x, a) => `${x}<>(${a})`,
  between: (x, a, b) => `AND(${x}>=MIN((${a}),(${b})),${x}<=MAX((${a}),(${b})))`,
  notbetween: (x, a, b) => `OR(${x}<MIN((${a}),(${b})),${x}>MAX((${a}),(${b})))`,
};

/** The rule's test for the cell `r` rows and `c` columns from its range's top-left cell, or null when it is not a test we read. */
function conditionAt(rule: Rule, area: Region, r: number, c: number): string | null {
  const shift = (f: string) => shiftFormula(`=${f}`, r, c).slice(1);
  if (sameName(rule.type, 'Custom') && rule.rule.formula) return shift(bare(rule.rule.formula));
  const op = OPERATORS[String(rule.rule.operator ?? '').toLowerCase()];
  if (sameName(rule.type, 'CellValue') && op && rule.rule.formula1 !== undefined) {
    return op(
      cellAddress({ row: area.top + r, col: area.left + c }),
      shift(bare(rule.rule.formula1)),
      shift(bare(rule.rule.formula2 ?? rule.rule.formula1)),
    );
  }
  return null;
}

/**
 * The cells of `within` a rule highlights, evaluated on the hand-in's values, or null when the rule is not
 * one we evaluate (a colour scale, a top-10) or costs too much. Every cell of the rule's areas counts, so
 * an equivalent rule (`ISBLANK($E2)` for `$E2=""`) highlights the same cells.
 */
function highlighted(ctx: GradingContext, rule: Rule, sheet: string, within: Region): Set<string> | null {
  const areas = areasOf(sheet, rule.range);
  if (!areas) return null;
  const cells: { address: string; formula: string }[] = [];
  for (const area of areas) {
    const top = Math.max(area.top, within.top);
    const bottom = Math.min(area.top + area.rows, within.top + within.rows);
    const left = Math.max(area.left, within.left);
    const right = Math.min(area.left + area.cols, within.left + within.cols);
    if ((bottom - top) * (right - left) > MAX_CONDITIONS) return null;
    for (let row = top; row < bottom; row++) {
      for (let col = left; col < right; col++) {
        const formula = conditionAt(rule, area, row - area.top, col - area.left);
        if (formula === null) return null;
        cells.push({ address: cellAddress({ row, col }), formula });
      }
    }
  }
  const results = evaluateConditions(
    ctx.snapshot,
    cells.map((c) => ({ sheet, formula: c.formula })),
  );
  return results ? new Set(cells.filter((_, i) => results[i]).map((c) => c.address)) : null;
}

/** The items a list validation offers: typed (`Open,Closed`) or from a range (`=$H$2:$H$4`), in order. */
function listItems(ctx: GradingContext, source: unknown, sheet: string): string[] | null {
  const text = textOf(source).trim();
  if (text.startsWith('=')) {
    const cells = rangeValues(ctx, text, sheet);
    return cells
      ? cells.rows
          .flat()
          .filter((v): v is Exclude<CellValue, null> => v !== null && v !== '')
          .map((v) => String(v).trim())
      : null;
  }
  return text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

const sameItems = (a: string[], b: string[]) => a.length === b.length && a.every((v) => b.some((w) => sameName(v, w)));

/**
 * A conditional format or a data validation graded by what it does. A format: the cells it highlights on the
 * hand-in's data against the cells the expected rule highlights (a rule on half the rows, or one whose
 * references slide because `$` is missing, highlights the wrong cells; an equivalent rule the right ones).
 * A validation: the cells it covers and the values it allows (a list from a range is the same list typed).
 * Rules of kinds the grader does not evaluate are compared field by field, as Excel describes them.
 */
export function gradeRangeRule(check: RuleCheck, ctx: GradingContext): CheckResult {
  const sheet = sheetsFor(ctx, check.sheet)[0];
  const rules = sheet ? (check.kind === 'conditional-format' ? sheet.conditionalFormats : sheet.dataValidations) : [];
  const types = check.kind === 'conditional-format' ? check.types : [check.type];
  const what = check.kind === 'conditional-format' ? 'conditional format' : 'data validation';
  const expectedArea = regionOf(check.sheet, check.range);
  const expectedRule: Rule = { range: check.range, type: types[0]!, rule: check.rule };

  /** The rule as Excel describes it: its type and each rule field; a list's source by the values it allows. */
  const byFields = (found: Rule, at: ReturnType<typeof partEvidence>): Part[] => [
    { ok: types.some((t) => sameName(t, found.type)), evidence: at(`${what} type`, types.join(' or '), found.type) },
    ...Object.entries(check.rule).map(([key, want]): Part => {
      if (key === 'source' && types.some((t) => sameName(t, 'List'))) {
        const wantItems = listItems(ctx, want, check.sheet);
        const gotItems = listItems(ctx, found.rule.source, check.sheet);
        return {
          ok: !!wantItems && !!gotItems && sameItems(wantItems, gotItems),
          evidence: at(
            'the values the list allows',
            wantItems?.join(', ') ?? String(want),
            gotItems?.join(', ') ?? String(found.rule.source ?? '(none)'),
          ),
        };
      }
      return { ok: sameRuleValue(want, found.rule[key]), evidence: at(`rule ${key}`, String(want), String(found.rule[key] ?? '(none)')) };
    }),
  ];

  // Each rule is evaluated once (an engine over the hand-in per rule), however often `best` weighs it.
  const highlights = new Map<Rule, Set<string> | null>();
  const highlightsOf = (rule: Rule) => {
    if (!highlights.has(rule)) highlights.set(rule, highlighted(ctx, rule, check.sheet, expectedArea));
    return highlights.get(rule)!;
  };

  const parts = (found: Rule | null): Part[] => {
    const at = partEvidence(check.sheet, found?.range ?? check.range);
    if (!found) return [{ ok: false, evidence: at(`no ${what} on this sheet`) }];
    const areas = areasOf(check.sheet, found.range) ?? [];
    // Coverage is the share of the cells asked for that the rule covers; what it does beyond them is judged
    // by what it highlights there (a format) or is harmless (a validation on the header too).
    const covered = recall(areas, expectedArea);
    const coverage: Part = { ok: covered === 1, share: covered, evidence: at(`${what} range`, check.range, found.range) };
    if (check.kind === 'conditional-format') {
      // What the rule does is judged on the cells it covers of those asked for; how many it covers, apart.
      const want = highlightsOf(expectedRule);
      const got = want ? highlightsOf(found) : null;
      if (want && got) {
        const inside = (address: string) => {
          const { row, col } = parseCell(address);
          return areas.some((a) => contains(a, check.sheet, row, col));
        };
        const wanted = [...want].filter(inside);
        const missed = wanted.filter((a) => !got.has(a));
        const extra = [...got].filter((a) => !want.has(a));
        const right = missed.length === 0 && extra.length === 0;
        const note = right
          ? `highlights the ${wanted.length} cells the task asks for among those it covers`
          : `highlights ${got.size} cells where ${wanted.length} are asked for${missed.length ? `; misses ${missed.slice(0, 3).join(', ')}${missed.length > 3 ? '…' : ''}` : ''}${extra.length ? `; wrongly highlights ${extra.slice(0, 3).join(', ')}${extra.length > 3 ? '…' : ''}` : ''}`;
        return [{ ok: right && covered > 0, evidence: at(note, check.range, found.range) }, coverage];
      }
    }
    return [coverage, ...byFields(found, at)];
  };
  return resultFromParts(check, parts(best(rules, (r) => resultFromParts(check, parts(r)).points)));
}
