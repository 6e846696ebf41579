import { describe, expect, it } from 'vitest';
import { correlation, fitRasch } from './rasch';
import { simulatePopulation } from './simulate';

/** Difficulties spread as a library's are: three levels, a few tasks each, with some spread inside a level. */
const TRUE_DIFFICULTIES = new Map(
  Array.from({ length: 23 }, (_, k) => [`task-${k + 1}`, -1.5 + (k % 3) * 1.2 + ((k * 7) % 5) * 0.15 - 0.3]),
);

describe('the Rasch fit', () => {
  it('recovers the true difficulties of 23 tasks from 2,000 simulated candidates with r ≥ 0.95', () => {
    const { responses } = simulatePopulation(TRUE_DIFFICULTIES, { persons: 2_000, perPerson: 8, parts: 6, seed: 20 });
    const fit = fitRasch(responses);
    expect(fit.converged).toBe(true);
    const truth = fit.items.map((i) => TRUE_DIFFICULTIES.get(i.item)!);
    expect(
      correlation(
        truth,
        fit.items.map((i) => i.difficulty),
      ),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('recovers abilities, with smaller errors for candidates who did more tasks', () => {
    const { responses, abilities } = simulatePopulation(TRUE_DIFFICULTIES, { persons: 500, perPerson: 12, parts: 6, seed: 7 });
    const fit = fitRasch(responses);
    const inner = fit.persons.filter((p) => Math.abs(p.ability) < 5);
    expect(
      correlation(
        inner.map((p) => abilities.get(p.person)!),
        inner.map((p) => p.ability),
      ),
    ).toBeGreaterThan(0.8);
    const few = fitRasch(responses.filter((r, k) => k % 2 === 0));
    const mean = (xs: number[]) => xs.reduce((a, v) => a + v, 0) / xs.length;
    expect(mean(few.persons.map((p) => p.standardError).filter(Number.isFinite))).toBeGreaterThan(
      mean(fit.persons.map((p) => p.standardError).filter(Number.isFinite)),
    );
  });

  it('puts a task everyone scores higher on below one everyone scores lower on, centred on zero', () => {
    const responses = ['a', 'b', 'c', 'd'].flatMap((person, k) => [
      { person, item: 'easy', score: 0.9 - k * 0.05 },
      { person, item: 'hard', score: 0.3 - k * 0.05 },
    ]);
    const fit = fitRasch(responses);
    const [easy, hard] = ['easy', 'hard'].map((id) => fit.items.find((i) => i.item === id)!.difficulty) as [number, number];
    expect(easy).toBeLessThan(hard);
    expect(easy + hard).toBeCloseTo(0, 6);
  });

  it('is deterministic: the same responses give the same estimates', () => {
    const { responses } = simulatePopulation(TRUE_DIFFICULTIES, { persons: 200, perPerson: 6, parts: 4, seed: 3 });
    expect(fitRasch(responses)).toEqual(fitRasch(responses));
  });

  it('settles when a task was failed by everyone who took it, leaving that task at the limit', () => {
    const { responses } = simulatePopulation(TRUE_DIFFICULTIES, { persons: 300, perPerson: 6, parts: 4, seed: 9 });
    const withHopeless = [
      ...responses,
      { person: 'candidate-1', item: 'hopeless', score: 0 },
      { person: 'candidate-2', item: 'hopeless', score: 0 },
    ];
    const fit = fitRasch(withHopeless);
    expect(fit.converged).toBe(true);
    expect(fit.items.find((i) => i.item === 'hopeless')!.difficulty).toBeGreaterThan(5);
    const others = fit.items.filter((i) => i.item !== 'hopeless');
    expect(others.reduce((a, i) => a + i.difficulty, 0) / others.length).toBeCloseTo(0, 6);
  });
});
