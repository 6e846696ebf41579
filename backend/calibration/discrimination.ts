import { correlation } from './rasch';

/**
 * How well each task separates stronger candidates from weaker ones: the item-rest correlation, Pearson's r
 * between a candidate's score on the task and their mean score on their other tasks. Near 0 the task says
 * nothing about skill; below 0 the better candidates do worse on it (a broken check, a misleading brief).
 * Only candidates with at least one other task count; null below `minimum` of them or with no spread.
 */
export function itemRestCorrelations(
  responses: readonly { person: string; item: string; score: number }[],
  minimum = 10,
): Map<string, number | null> {
  const byPerson = new Map<string, { sum: number; n: number }>();
  for (const r of responses) {
    const t = byPerson.get(r.person) ?? { sum: 0, n: 0 };
    byPerson.set(r.person, { sum: t.sum + r.score, n: t.n + 1 });
  }
  const pairs = new Map<string, { own: number[]; rest: number[] }>();
  for (const r of responses) {
    const total = byPerson.get(r.person)!;
    if (total.n < 2) continue;
    const p = pairs.get(r.item) ?? { own: [], rest: [] };
    p.own.push(r.score);
    p.rest.push((total.sum - r.score) / (total.n - 1));
    pairs.set(r.item, p);
  }
  const out = new Map<string, number | null>();
  for (const item of new Set(responses.map((r) => r.item))) {
    const p = pairs.get(item);
    const r = p && p.own.length >= minimum ? correlation(p.own, p.rest) : null;
    out.set(item, r !== null && Number.isFinite(r) ? r : null);
  }
  return out;
}
