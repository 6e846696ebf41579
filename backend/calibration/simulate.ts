import { seeded } from '../../shared/random';
import type { Response } from './rasch';

/**
 * A population of candidates with known abilities (standard normal) taking `perPerson` tasks each out of items
 * with known difficulties; each hand-in is scored as a grader does, in parts: the share of `parts` checks,
 * each passed with the Rasch chance σ(θ − b). For validating a fit against the truth.
 */
export function simulatePopulation(
  difficulties: ReadonlyMap<string, number>,
  options: { persons: number; perPerson: number; parts: number; seed: number },
): { responses: Response[]; abilities: Map<string, number> } {
  const rng = seeded(options.seed);
  const random = () => rng.next();
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const items = [...difficulties.keys()];
  const responses: Response[] = [];
  const abilities = new Map<string, number>();
  for (let p = 0; p < options.persons; p++) {
    const person = `candidate-${p + 1}`;
    const ability = normal();
    abilities.set(person, ability);
    const pool = [...items];
    for (let k = 0; k < Math.min(options.perPerson, items.length); k++) {
      const [item] = pool.splice(Math.floor(random() * pool.length), 1) as [string];
      const chance = 1 / (1 + Math.exp(-(ability - difficulties.get(item)!)));
      let passed = 0;
      for (let part = 0; part < options.parts; part++) if (random() < chance) passed += 1;
      responses.push({ person, item, score: passed / options.parts });
    }
  }
  return { responses, abilities };
}
