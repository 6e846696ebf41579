import type { CheckResult } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { resultFromParts } from '../check-result';
import type { GradingContext } from '../grading-context';
import { bareRange, best, partEvidence, sameName, sameRuleValue, sheetsFor } from './objects';

type RuleCheck = Extract<Check, { kind: 'conditional-format' }> | Extract<Check, { kind: 'data-validation' }>;

/**
 * A conditional format or data validation rule on the expected range, of an accepted type, whose rule
 * fields match. Both are "a rule Excel applies to a range", read the same way from the snapshot.
 */
export function gradeRangeRule(check: RuleCheck, ctx: GradingContext): CheckResult {
  const sheet = sheetsFor(ctx, check.sheet)[0];
  const rules = sheet ? (check.kind === 'conditional-format' ? sheet.conditionalFormats : sheet.dataValidations) : [];
  const types = check.kind === 'conditional-format' ? check.types : [check.type];
  const what = check.kind === 'conditional-format' ? 'conditional format' : 'data validation';
  const parts = (found: (typeof rules)[number] | null) => {
    const at = partEvidence(check.sheet, found?.range ?? check.range);
    if (!found) return [{ ok: false, evidence: at(`no ${what} on this sheet`) }];
    const list = [
      { ok: bareRange(found.range).split(/[ ,]+/).includes(bareRange(check.range)), evidence: at(`${what} range`, check.range, found.range) },
      { ok: types.some((t) => sameName(t, found.type)), evidence: at(`${what} type`, types.join(' or '), found.type) },
    ];
    for (const [key, want] of Object.entries(check.rule)) {
      list.push({ ok: sameRuleValue(want, found.rule[key]), evidence: at(`rule ${key}`, String(want), String(found.rule[key] ?? '(none)')) });
    }
    return list;
  };
  return resultFromParts(check, parts(best(rules, (r) => parts(r).filter((p) => p.ok).length)));
}
