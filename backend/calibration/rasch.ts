/**
 * A Rasch model for fractional scores, fitted by joint maximum likelihood (with a normal prior on abilities,
 * below): the chance that candidate p does
 * task i is σ(θp − bi), and a hand-in scored s (0 to 1) counts as s successes in one trial (the binomial
 * quasi-likelihood, the usual way to take partial credit into a Rasch fit without inventing categories).
 * Difficulties are centred on 0; abilities and difficulties on one logit scale. Pure and deterministic.
 */
export interface Response {
  person: string;
  item: string;
  /** The hand-in's score, 0 to 1. */
  score: number;
}

export interface ItemEstimate {
  item: string;
  difficulty: number;
  standardError: number;
  responses: number;
  meanScore: number;
}

export interface PersonEstimate {
  person: string;
  ability: number;
  standardError: number;
}

export interface RaschFit {
  items: ItemEstimate[];
  persons: PersonEstimate[];
  iterations: number;
  converged: boolean;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
/** Estimates are kept inside ±6 logits: a perfect or zero score has no finite maximum. */
const LIMIT = 6;
const clamp = (x: number) => Math.max(-LIMIT, Math.min(LIMIT, x));

export function fitRasch(
  responses: readonly Response[],
  options: { maxIterations?: number; tolerance?: number; abilityPriorSd?: number } = {},
): RaschFit {
  const maxIterations = options.maxIterations ?? 200;
  // A normal prior on abilities around their mean (penalised JML): a candidate with a perfect or a zero score
  // would otherwise drive their ability to the limit and drag the difficulties of the tasks they took with
  // them. Two logits is wide against real spreads of about one.
  const priorPrecision = 1 / (options.abilityPriorSd ?? 2) ** 2;
  const tolerance = options.tolerance ?? 1e-4;
  const personIds = [...new Set(responses.map((r) => r.person))];
  const itemIds = [...new Set(responses.map((r) => r.item))];
  const pIndex = new Map(personIds.map((p, i) => [p, i]));
  const iIndex = new Map(itemIds.map((it, i) => [it, i]));
  const obs = responses.map((r) => ({ p: pIndex.get(r.person)!, i: iIndex.get(r.item)!, s: Math.max(0, Math.min(1, r.score)) }));
  const itemTotals = new Float64Array(itemIds.length);
  const itemCounts = new Float64Array(itemIds.length);
  for (const o of obs) {
    itemTotals[o.i]! += o.s;
    itemCounts[o.i]! += 1;
  }
  // A task everyone scored 0 on (or 1) has no finite estimate: as is usual in Rasch fitting, it is left out of
  // the fit (its responses would pull abilities towards a value the limit never lets it reach) and reported
  // at the limit, hardest or easiest.
  const extreme = itemIds.map((_, k) => itemTotals[k] === 0 || itemTotals[k] === itemCounts[k]);
  const fitted = obs.filter((o) => !extreme[o.i]);
  const theta = new Float64Array(personIds.length);
  const b = new Float64Array(itemIds.length);

  // One Newton step per parameter set in turn (persons, then items), each a sum over its responses.
  const step = (values: Float64Array, key: 'p' | 'i', sign: 1 | -1): number => {
    const grad = new Float64Array(values.length);
    const info = new Float64Array(values.length);
    for (const o of fitted) {
      const prob = sigmoid(theta[o.p]! - b[o.i]!);
      const at = key === 'p' ? o.p : o.i;
      grad[at]! += sign * (o.s - prob);
      info[at]! += prob * (1 - prob);
    }
    if (key === 'p') {
      const centre = values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
      for (let k = 0; k < values.length; k++) {
        grad[k]! -= (values[k]! - centre) * priorPrecision;
        info[k]! += priorPrecision;
      }
    }
    let change = 0;
    for (let k = 0; k < values.length; k++) {
      if (info[k]! <= 1e-12) continue;
      const next = clamp(values[k]! + grad[k]! / info[k]!);
      change = Math.max(change, Math.abs(next - values[k]!));
      values[k] = next;
    }
    return change;
  };

  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations += 1;
    const moved = Math.max(step(theta, 'p', 1), step(b, 'i', -1));
    // Only differences θ − b matter: moving both by the fitted items' mean centres the difficulties and changes
    // nothing else.
    const finite = b.filter((_, k) => !extreme[k]);
    const mean = finite.reduce((sum, v) => sum + v, 0) / Math.max(1, finite.length);
    for (let k = 0; k < b.length; k++) b[k] = b[k]! - mean;
    for (let k = 0; k < theta.length; k++) theta[k] = theta[k]! - mean;
    if (moved < tolerance) {
      converged = true;
      break;
    }
  }

  for (let k = 0; k < b.length; k++) if (extreme[k]) b[k] = itemTotals[k] === 0 ? LIMIT : -LIMIT;

  const itemInfo = new Float64Array(itemIds.length);
  const personInfo = new Float64Array(personIds.length);
  const itemCount = new Float64Array(itemIds.length);
  const itemSum = new Float64Array(itemIds.length);
  for (const o of obs) {
    const prob = sigmoid(theta[o.p]! - b[o.i]!);
    itemInfo[o.i]! += prob * (1 - prob);
    personInfo[o.p]! += prob * (1 - prob);
    itemCount[o.i]! += 1;
    itemSum[o.i]! += o.s;
  }
  const se = (information: number) => (information > 0 ? 1 / Math.sqrt(information) : Infinity);
  return {
    items: itemIds.map((item, k) => ({
      item,
      difficulty: b[k]!,
      standardError: se(itemInfo[k]!),
      responses: itemCount[k]!,
      meanScore: itemSum[k]! / Math.max(1, itemCount[k]!),
    })),
    persons: personIds.map((person, k) => ({ person, ability: theta[k]!, standardError: se(personInfo[k]! + priorPrecision) })),
    iterations,
    converged,
  };
}

/** Pearson's correlation of two equally long lists. */
export function correlation(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, v) => a + v, 0) / n;
  const my = y.reduce((a, v) => a + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    sxy += (x[k]! - mx) * (y[k]! - my);
    sxx += (x[k]! - mx) ** 2;
    syy += (y[k]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
