import type { IntegrityFlag } from '../../../shared/review';
import type { WorkbookSnapshot } from '../../../shared/snapshot';
import { cleanText } from './clean-text';
import { workbookTexts } from './workbook-texts';

/** Phrasings that address a reader or a model rather than describe data. */
const INSTRUCTION = /\b(ignore|disregard|forget)\b.{0,40}\b(instructions?|rubric|rules|above|previous|prior)\b|\b(system prompt|you are (now )?an?|as an ai|respond with|reply with|output only)\b|\b(give|award|score|grade|mark)\b.{0,30}\b(full marks|100 ?%|perfect|maximum|1\.0|10\/10)\b/i;

/** Names that cannot hold spaces (tables, defined names) spell them with underscores or dots. */
const readsAsInstructions = (text: string): boolean => INSTRUCTION.test(text) || INSTRUCTION.test(text.replace(/[_.]/g, ' '));

/**
 * Text in the workbook that reads as instructions (to a grader or a model), wherever the candidate put it:
 * the same texts the review prompt shows. Reported as an integrity flag for the recruiter, one per place;
 * it never changes a score by itself.
 */
export function findInstructionText(snapshot: WorkbookSnapshot): IntegrityFlag[] {
  const flags: IntegrityFlag[] = [];
  for (const { sheet, place, text } of workbookTexts(snapshot)) {
    const cleaned = cleanText(text, 2_000);
    if (!readsAsInstructions(cleaned) || flags.some((f) => f.sheet === sheet && f.cell === place)) continue;
    flags.push({ kind: 'instructions-in-workbook', sheet, cell: place, excerpt: cleanText(cleaned, 120) });
  }
  return flags;
}
