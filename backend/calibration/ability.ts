/**
 * One candidate's ability from their hand-ins on tasks whose difficulty is known (logits, as `fitRasch`
 * gives them): the maximum a posteriori estimate under the same Rasch model, with a normal prior that keeps
 * it finite after a perfect or a zero score and that a few hand-ins move only part of the way. The standard
 * error comes from the information of the hand-ins and the prior together.
 */
export interface ScoredAttempt {
  /** The task's difficulty in logits. */
  difficulty: number;
  /** The hand-in's score, 0 to 1. */
  score: number;
}

export interface AbilityEstimate {
  ability: number;
  standardError: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function estimateAbility(
  attempts: readonly ScoredAttempt[],
  prior: { mean: number; standardDeviation: number } = { mean: 0, standardDeviation: 1 },
): AbilityEstimate {
  const priorPrecision = 1 / prior.standardDeviation ** 2;
  let theta = prior.mean;
  let information = priorPrecision;
  // The log posterior is strictly concave, so Newton's method converges from the prior's mean.
  for (let round = 0; round < 50; round++) {
    let gradient = -(theta - prior.mean) * priorPrecision;
    information = priorPrecision;
    for (const a of attempts) {
      const p = sigmoid(theta - a.difficulty);
      gradient += Math.max(0, Math.min(1, a.score)) - p;
      information += p * (1 - p);
    }
    const step = gradient / information;
    theta += step;
    if (Math.abs(step) < 1e-6) break;
  }
  return { ability: theta, standardError: 1 / Math.sqrt(information) };
}
