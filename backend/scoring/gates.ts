import type { CheckResult, GateResult } from '../../shared/score';
import type { TaskSpec } from '../../shared/task';
import { round } from './check-result';

/**
 * The task's gates that these check results fail, each with the cap it sets: the gate's cap, raised in
 * proportion to the share of the gating check's points that were earned. Checks not run set no cap.
 */
export function failedGates(task: TaskSpec, checks: CheckResult[], score: number): GateResult[] {
  return task.private.gates.flatMap((gate) => {
    const check = checks.find((c) => c.id === gate.check);
    if (!check || !check.evaluated || check.passed) return [];
    const share = check.maxPoints > 0 ? check.points / check.maxPoints : 0;
    const cap = round(gate.cap + (1 - gate.cap) * share);
    return [{ check: gate.check, cap, applied: cap < score, reason: gate.reason }];
  });
}

/** The score after its gates: never above the lowest cap. */
export const gatedScore = (score: number, gates: GateResult[]): number => Math.min(score, ...gates.map((g) => g.cap));
