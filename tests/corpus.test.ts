import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WorkbookSnapshotSchema } from '../shared/snapshot';
import { scoreWorkbook } from '../backend/scoring/score-workbook';
import { builtInTask } from '../backend/tasks/library';
import { personalise } from '../backend/scoring/evaluator/personal-data';

interface Labelled {
  taskId: string;
  case: string;
  description: string;
  band: [number, number];
  hiddenData: 'pass' | 'fail';
  /** Cases exported from interviews where the candidate had their own data: scored on that data. */
  dataSeed?: number | null;
  snapshot: unknown;
}

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/corpus');
const corpus: Labelled[] = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(path.join(root, d.name))
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(path.join(root, d.name, f), 'utf8')) as Labelled),
  );

describe('the labelled corpus', () => {
  it('has at least 8 labelled submissions for each of at least 6 tasks', () => {
    const perTask = new Map<string, number>();
    for (const item of corpus) perTask.set(item.taskId, (perTask.get(item.taskId) ?? 0) + 1);
    expect(perTask.size).toBeGreaterThanOrEqual(6);
    for (const count of perTask.values()) expect(count).toBeGreaterThanOrEqual(8);
  });

  it.each(corpus.map((item) => ({ name: `${item.taskId}/${item.case}`, item })))('agrees with the human label for $name', ({ item }) => {
    const library = builtInTask(item.taskId)!;
    const task = item.dataSeed == null ? library : personalise(library, item.dataSeed);
    const result = scoreWorkbook(WorkbookSnapshotSchema.parse(item.snapshot), task);
    const hidden = result.checks.find((c) => c.kind === 'hidden-data')!;
    expect({
      hiddenData: hidden.passed ? 'pass' : 'fail',
      inBand: result.score >= item.band[0] && result.score <= item.band[1],
      score: result.score,
    }).toEqual({ hiddenData: item.hiddenData, inBand: true, score: result.score });
  });
});
