import { describe, expect, it } from 'vitest';
import { estimateAbility } from './ability';
import { calibrate } from './calibrate';
import { itemRestCorrelations } from './discrimination';
import { DEFAULT_LEVEL_SCALE, linkToLevels, toLevel, toLogit } from './level-scale';
import { simulatePopulation } from './simulate';

const LEVELS = new Map(Array.from({ length: 12 }, (_, k) => [`task-${k + 1}`, (k % 3) + 1]));
/** One logit per level around level 2, with a little spread inside a level. */
const TRUE_DIFFICULTIES = new Map([...LEVELS].map(([id, level], k) => [id, level - 2 + ((k * 5) % 3) * 0.1 - 0.1]));

describe('a candidate’s ability', () => {
  it('rises with their scores on tasks of the same difficulty', () => {
    const at = (score: number) => estimateAbility([0, 0.5, -0.5].map((difficulty) => ({ difficulty, score }))).ability;
    expect(at(0.2)).toBeLessThan(at(0.5));
    expect(at(0.5)).toBeLessThan(at(0.9));
  });

  it('stays finite after perfect scores and is the prior with no hand-ins', () => {
    expect(estimateAbility([], { mean: 0.7, standardDeviation: 1 })).toEqual({ ability: 0.7, standardError: 1 });
    const perfect = estimateAbility([
      { difficulty: 1, score: 1 },
      { difficulty: 1.5, score: 1 },
    ]);
    expect(Number.isFinite(perfect.ability)).toBe(true);
    expect(perfect.ability).toBeGreaterThan(0.5);
  });

  it('is surer after more hand-ins', () => {
    const one = estimateAbility([{ difficulty: 0, score: 0.6 }]);
    const five = estimateAbility(Array.from({ length: 5 }, () => ({ difficulty: 0, score: 0.6 })));
    expect(five.standardError).toBeLessThan(one.standardError);
  });
});

describe('the link from logits to authored levels', () => {
  it('gives the calibrated tasks the mean and spread of their authored levels', () => {
    const scale = linkToLevels([
      { difficulty: -2, level: 1 },
      { difficulty: 0, level: 2 },
      { difficulty: 2, level: 3 },
    ]);
    expect(scale.mean).toBeCloseTo(2, 9);
    expect(scale.scale).toBeCloseTo(0.5, 9);
    expect(toLogit(scale, toLevel(scale, 1.3))).toBeCloseTo(1.3, 9);
  });

  it('falls back to one logit per level with fewer than three calibrated tasks, keeping their authored mean', () => {
    const scale = linkToLevels([{ difficulty: -1, level: 1 }]);
    expect(scale.scale).toBe(1);
    expect(toLevel(scale, -1)).toBeCloseTo(1, 9);
  });

  it('keeps the authored mean when the calibrated tasks are all of one level, so none reads a level off', () => {
    const scale = linkToLevels([
      { difficulty: -0.3, level: 1 },
      { difficulty: 0.1, level: 1 },
      { difficulty: 0.2, level: 1 },
    ]);
    expect(scale.scale).toBe(1);
    expect((toLevel(scale, -0.3) + toLevel(scale, 0.1) + toLevel(scale, 0.2)) / 3).toBeCloseTo(1, 9);
  });

  it('reads one logit as one level around level 2 before any task is calibrated', () => {
    expect(linkToLevels([])).toEqual(DEFAULT_LEVEL_SCALE);
  });
});

describe('discrimination', () => {
  it('is positive for a task the stronger candidates do better on and negative for one they do worse on', () => {
    const responses = Array.from({ length: 20 }, (_, p) => {
      const skill = p / 19;
      return [
        { person: `p${p}`, item: 'a', score: skill },
        { person: `p${p}`, item: 'b', score: 0.9 * skill },
        { person: `p${p}`, item: 'c', score: 0.1 + 0.8 * skill },
        { person: `p${p}`, item: 'backwards', score: 1 - skill },
      ];
    }).flat();
    const r = itemRestCorrelations(responses);
    expect(r.get('a')).toBeGreaterThan(0.5);
    expect(r.get('backwards')).toBeLessThan(0);
  });

  it('is unknown for a task with fewer than ten candidates who also did another task', () => {
    const responses = Array.from({ length: 5 }, (_, p) => [
      { person: `p${p}`, item: 'a', score: p / 4 },
      { person: `p${p}`, item: 'b', score: p / 4 },
    ]).flat();
    expect(itemRestCorrelations(responses).get('a')).toBeNull();
  });
});

describe('calibrating a library', () => {
  const simulated = simulatePopulation(TRUE_DIFFICULTIES, { persons: 1_500, perPerson: 6, parts: 6, seed: 11 });
  const rows = simulated.responses.map((r) => ({ ...r, level: LEVELS.get(r.item)! }));

  it('puts learned levels close to the authored ones when the authoring was right', () => {
    const { tasks } = calibrate(rows, 50);
    for (const t of tasks) expect(Math.abs(t.level - t.authoredLevel)).toBeLessThan(0.5);
  });

  it('trusts a task only once it has the configured number of hand-ins', () => {
    const few = rows.filter((r) => r.item !== 'task-1' || Number(r.person.split('-')[1]) % 40 === 0);
    const { tasks } = calibrate(few, 50);
    const task1 = tasks.find((t) => t.task === 'task-1')!;
    expect(task1.handIns).toBeLessThan(50);
    expect(task1.inUse).toBe(false);
    expect(tasks.filter((t) => t.task !== 'task-1').every((t) => t.inUse)).toBe(true);
  });

  it('finds a task authored a level too low', () => {
    const mislabelled = rows.map((r) => (r.item === 'task-3' ? { ...r, level: 1 } : r)); // truly level 3
    const task3 = calibrate(mislabelled, 50).tasks.find((t) => t.task === 'task-3')!;
    expect(task3.authoredLevel).toBe(1);
    expect(task3.level).toBeGreaterThan(2.5);
  });
});
