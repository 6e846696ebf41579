import { z } from 'zod';
import { CellValueSchema } from './cells';
import { LIMITS } from './limits';

/** One piece of evidence behind a check's verdict: where, what was expected, what was found. */
export const EvidenceSchema = z
  .strictObject({
    sheet: z.string().max(LIMITS.sheetNameChars),
    cell: z.string().max(25),
    formula: z.string().max(LIMITS.formulaChars).nullable(),
    expected: CellValueSchema.optional(),
    got: CellValueSchema.optional(),
    note: z.string().max(LIMITS.shortText),
  })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const CheckResultSchema = z
  .strictObject({
    id: z.string().max(LIMITS.idChars),
    kind: z.string().max(40),
    description: z.string().max(LIMITS.shortText),
    weight: z.number(),
    /** False when the check could not be run (a function the engine lacks); it then counts for nothing. */
    evaluated: z.boolean(),
    passed: z.boolean(),
    points: z.number(),
    maxPoints: z.number(),
    evidence: z.array(EvidenceSchema).max(50),
    /** How many cells the evidence list left out to stay short. */
    evidenceOmitted: z.number().int().min(0),
  })
  .meta({ id: 'CheckResult' });
export type CheckResult = z.infer<typeof CheckResultSchema>;

/** Why the grader could not evaluate a hand-in in full: it then grades what it can without evaluating. */
export const ScoringLimitationReasonSchema = z.enum([
  'beyond_grid',
  'too_deeply_nested',
  'over_cost_estimate',
  'over_time_budget',
  'over_memory_budget',
  'grader_error',
]);
export type ScoringLimitationReason = z.infer<typeof ScoringLimitationReasonSchema>;

export const ScoringLimitationSchema = z
  .strictObject({
    reason: ScoringLimitationReasonSchema,
    /** In words, for the recruiter: what the grader could not do, and what the score still rests on. */
    message: z.string().max(LIMITS.shortText * 2),
  })
  .meta({ id: 'ScoringLimitation' });
export type ScoringLimitation = z.infer<typeof ScoringLimitationSchema>;

/** A task's gate that a hand-in failed: the score is at most `cap`, and `applied` when that lowered it. */
export const GateResultSchema = z
  .strictObject({
    check: z.string().max(LIMITS.idChars),
    cap: z.number().min(0).max(1),
    applied: z.boolean(),
    reason: z.string().max(LIMITS.shortText),
  })
  .meta({ id: 'GateResult' });
export type GateResult = z.infer<typeof GateResultSchema>;

/**
 * Something in the hand-in a recruiter should look at; reported, never applied to the score. Text addressed
 * to a grader; a workbook set up for another interview (its stamp names another); data that is not what
 * this candidate was given (each interview has its own).
 */
export const IntegrityFlagSchema = z.strictObject({
  kind: z.enum(['instructions-in-workbook', 'workbook-of-another-interview', 'data-not-issued']),
  sheet: z.string(),
  /** A cell's address, or the object whose name or text it is (`sheet name`, `chart Chart 1 title`). */
  cell: z.string(),
  excerpt: z.string().max(120),
});
export type IntegrityFlag = z.infer<typeof IntegrityFlagSchema>;

/** A scored submission with every point explained. */
export const ScoreResultSchema = z
  .strictObject({
    taskId: z.string().max(LIMITS.idChars),
    scorerVersion: z.string().max(40),
    points: z.number(),
    maxPoints: z.number(),
    /** points / maxPoints, 0 to 1, rounded to 4 places, and at most the cap of any gate that failed. */
    score: z.number().min(0).max(1),
    checks: z.array(CheckResultSchema),
    /** The task's gates this hand-in failed (scores stored before gates existed have none). */
    gates: z.array(GateResultSchema).optional(),
    /** Text in the workbook addressed to a grader (older scores have none): reported, never scored. */
    integrityFlags: z.array(IntegrityFlagSchema).max(50).optional(),
    /** Where the answer was graded, when the candidate put it somewhere other than the suggested cells. */
    answerLocation: z.strictObject({ sheet: z.string(), range: z.string(), note: z.string() }).nullable(),
    /** Set when part of the grading could not run; the recruiter sees it flagged, with a re-score action. */
    limitation: ScoringLimitationSchema.optional(),
  })
  .meta({ id: 'ScoreResult' });
export type ScoreResult = z.infer<typeof ScoreResultSchema>;
