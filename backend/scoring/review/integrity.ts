import type { IntegrityFlag } from '../../../shared/score';
import type { WorkbookSnapshot } from '../../../shared/snapshot';
import { cleanText } from './clean-text';
import { workbookTexts } from './workbook-texts';

/**
 * What a grader is told to do, in four kinds of phrase; text reads as instructions when it tries to override
 * the grading, tells the reader how to answer, or pairs a grading act or an addressee with a verdict. Data
 * that only shares a word ("Grade A", "100% cotton", "Order marked as shipped") has no such pair.
 */
const OVERRIDE =
  /\b(ignore|disregard|forget|override|bypass|skip)\b.{0,50}\b(instructions?|rubric|rules|checks?|criteria|guidance|guidelines|above|previous|prior|before|earlier|mistakes?|errors?)\b|\bregardless of (any |the )?(errors?|mistakes?|checks?)\b|\bdo not deduct\b/;
const HOW_TO_ANSWER =
  /\b(respond|reply|answer)\b( only)? with\b|\boutput only\b|\bsystem prompt\b|\byou are (now )?an? \w+ (grader|assistant|model)\b|\bas an ai\b/;
const ACT = /\b(mark|grade|score|rate|award|give|treat|consider|record|output|pass|deduct)\b/;
const ADDRESSEE = /\b(grader|reviewer|evaluator|examiner|marker|assessor|model|llm|ai|assistant|chatgpt|gpt|claude|system)\b/;
const VERDICT =
  /\bfull(y)? (marks|credit|score|points)\b|\bfully (correct|right)\b|\btop marks\b|\bmaximum (score|points|marks)\b|\bperfect( score)?\b|\b100 ?(%|percent)|\b100\/100\b|\b10\/10\b|\bscore of 1(\.0)?\b|\bas (correct|passed|right)\b|\ball checks pass|\b(this|answer|it) is (correct|right)\b|\b(task|submission|answers?|work|solution|candidate) (is |as )?(passed|correct|right)\b/;

/** Whether a text tries to instruct whoever grades it (workbook text, or a follow-up answer). */
export function readsAsInstructions(text: string): boolean {
  // Names that cannot hold spaces (tables, defined names) spell them with underscores or dots.
  const t = text.toLowerCase().replace(/[_.](?=\w)/g, ' ');
  if (OVERRIDE.test(t) || HOW_TO_ANSWER.test(t)) return true;
  return VERDICT.test(t) && (ACT.test(t) || ADDRESSEE.test(t));
}

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
