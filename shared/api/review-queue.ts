import { z } from 'zod';
import { TaskIdSchema } from '../task';
import { UuidSchema } from './ids';

/** A hand-in the grader is least sure of, with why, for a person to confirm or correct. */
export const ReviewQueueItemSchema = z
  .strictObject({
    submissionId: UuidSchema,
    sessionId: UuidSchema,
    candidateName: z.string(),
    taskId: TaskIdSchema,
    taskTitle: z.string(),
    receivedAt: z.iso.datetime(),
    /** The grader's own score, 0 to 1. */
    graderScore: z.number(),
    reasons: z.array(z.strictObject({ kind: z.string(), message: z.string() })).min(1),
    /** The checks as graded, in a line each, so the decision can be made here. */
    checks: z.array(z.strictObject({ description: z.string(), passed: z.boolean(), evaluated: z.boolean() })),
    /** The first of the hand-in's answer formulas. */
    formulas: z.array(z.strictObject({ cell: z.string(), formula: z.string() })),
  })
  .meta({ id: 'ReviewQueueItem' });
export type ReviewQueueItem = z.infer<typeof ReviewQueueItemSchema>;

export const ReviewQueueSchema = z
  .strictObject({
    items: z.array(ReviewQueueItemSchema),
    /** Decisions made so far in this organisation (labelled cases for the grading corpus). */
    decided: z.number().int(),
  })
  .meta({ id: 'ReviewQueue' });
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;

export const ReviewDecisionSchema = z
  .discriminatedUnion('verdict', [
    z.strictObject({ verdict: z.literal('confirm'), note: z.string().trim().max(500).optional() }),
    z.strictObject({
      verdict: z.literal('correct'),
      /** The right score, 0 to 1; it also becomes the hand-in's override. */
      score: z.number().min(0).max(1),
      note: z.string().trim().min(1, 'say what the grader got wrong').max(500),
    }),
  ])
  .meta({ id: 'ReviewDecision' });
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

export const ReviewDecisionResultSchema = z
  .strictObject({
    submissionId: UuidSchema,
    verdict: z.enum(['confirmed', 'corrected']),
    graderScore: z.number(),
    labelScore: z.number(),
  })
  .meta({ id: 'ReviewDecisionResult' });
