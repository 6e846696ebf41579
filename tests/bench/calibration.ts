import { correlation, fitRasch } from '../../backend/calibration/rasch';
import { simulatePopulation } from '../../backend/calibration/simulate';
import { BUILT_IN_TASKS } from '../../backend/tasks/library';
import { report } from './report';

/**
 * The Rasch fit on a simulated population with known parameters: 2,000 candidates, eight tasks each, over the
 * library's tasks with true difficulties spread around their authored levels; how well the fit recovers them
 * (Pearson's r) and how long it takes.
 */
export function calibrationBench(): void {
  const truth = new Map(BUILT_IN_TASKS.map((t, k) => [t.id, (t.difficulty - 2) * 1.2 + ((k * 7) % 5) * 0.15 - 0.3]));
  const { responses } = simulatePopulation(truth, { persons: 2_000, perPerson: 8, parts: 6, seed: 2026 });
  const started = performance.now();
  const fit = fitRasch(responses);
  const ms = performance.now() - started;
  report(
    'calibration.recovery_r',
    correlation(
      fit.items.map((i) => truth.get(i.item)!),
      fit.items.map((i) => i.difficulty),
    ),
    'r',
  );
  report('calibration.fit_ms', ms, 'ms');
  // The daily refit reads at most the newest 100,000 hand-ins: its longest run, on the sweep's thread.
  const most = simulatePopulation(truth, { persons: 12_500, perPerson: 8, parts: 6, seed: 7 });
  const began = performance.now();
  fitRasch(most.responses);
  report('calibration.fit_100k_hand_ins_ms', performance.now() - began, 'ms');
}
