import type { IntegrityFlag } from '../../../shared/review';
import type { WorkbookSnapshot } from '../../../shared/snapshot';
import { cleanText } from './clean-text';

/** Phrasings that address a reader or a model rather than describe data. */
const INSTRUCTION = /\b(ignore|disregard|forget)\b.{0,40}\b(instructions?|rubric|rules|above|previous|prior)\b|\b(system prompt|you are (now )?an?|as an ai|respond with|reply with|output only)\b|\b(give|award|score|grade|mark)\b.{0,30}\b(full marks|100 ?%|perfect|maximum|1\.0|10\/10)\b/i;

/**
 * Text in the workbook that reads as instructions (to a grader or a model). Reported as an integrity flag
 * for the recruiter; it never changes a score by itself.
 */
export function findInstructionText(snapshot: WorkbookSnapshot): IntegrityFlag[] {
  const flags: IntegrityFlag[] = [];
  for (const sheet of snapshot.sheets) {
    for (const cell of sheet.cells) {
      const texts = [typeof cell.value === 'string' ? cell.value : '', ...(cell.formula?.match(/"(?:[^"]|"")*"/g) ?? [])];
      const hit = texts.map((t) => cleanText(t, 2_000)).find((t) => INSTRUCTION.test(t));
      if (hit) flags.push({ kind: 'instructions-in-workbook', sheet: sheet.name, cell: cell.address, excerpt: cleanText(hit, 120) });
    }
  }
  return flags;
}
