import { z } from 'zod';
import { IntegrityFlagSchema } from './score';

/** What the model is asked to return about a hand-in. Every field is required (nullable where it may be empty). */
export const LlmReviewSchema = z.strictObject({
  feedback: z.string().max(2_000),
  strengths: z.array(z.string().max(300)).max(5),
  improvements: z.array(z.string().max(300)).max(5),
  /** Cells the feedback refers to, as Sheet!A1; a review citing cells that do not exist is discarded. */
  citedCells: z.array(z.string().max(60)).max(20),
  /** The model's view of the approach, 0 to 1; it can only lower the score, by at most the LLM's share. */
  approachScore: z.number().min(0).max(1),
});
export type LlmReview = z.infer<typeof LlmReviewSchema>;

/** The review as stored and shown: reviewed, skipped (no model, or it failed) or discarded (it cited cells that do not exist). */
export const ReviewResultSchema = z
  .strictObject({
    status: z.enum(['reviewed', 'skipped', 'discarded']),
    reason: z.string().nullable(),
    model: z.string().nullable(),
    promptVersion: z.string().nullable(),
    /** How the model was asked for its answer's shape: strict structured output, or JSON mode on servers without it. */
    outputMode: z.enum(['json_schema', 'json_object']).nullable(),
    review: LlmReviewSchema.nullable(),
    finalScore: z.number().min(0).max(1),
    integrityFlags: z.array(IntegrityFlagSchema),
  })
  .meta({ id: 'ReviewResult' });
export type ReviewResult = z.infer<typeof ReviewResultSchema>;
