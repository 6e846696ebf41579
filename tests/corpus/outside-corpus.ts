import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkbookSnapshotSchema } from '../../shared/snapshot';
import { scoreWorkbook } from '../../backend/scoring/score-workbook';
import { builtInTask } from '../../backend/tasks/library';
import type { Case } from '../fixtures/outside-corpus/cases';

/** A built case as committed: its label, and the snapshot with LibreOffice's values. */
export type BuiltCase = Omit<Case, 'edits' | 'objects'> & { valuesFrom: string; snapshot: unknown };

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/outside-corpus/cases');

export function outsideCorpus(): BuiltCase[] {
  return readdirSync(root).flatMap((task) =>
    readdirSync(path.join(root, task))
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(path.join(root, task, f), 'utf8')) as BuiltCase),
  );
}

export interface Verdict {
  id: string;
  kind: string;
  score: number;
  band: [number, number];
  inBand: boolean;
  flagRight: boolean;
  agrees: boolean;
}

/** Scores one case and says whether the grader lands in the expert's band and flags what it should. */
export function judge(item: BuiltCase): Verdict {
  const result = scoreWorkbook(WorkbookSnapshotSchema.parse(item.snapshot), builtInTask(item.task)!);
  const inBand = result.score >= item.band[0] - 1e-9 && result.score <= item.band[1] + 1e-9;
  const flagRight = (result.integrityFlags?.length ?? 0) > 0 === !!item.flagged;
  return { id: item.id, kind: item.kind, score: result.score, band: item.band, inBand, flagRight, agrees: inBand && flagRight };
}
