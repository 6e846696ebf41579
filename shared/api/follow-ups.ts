import { z } from 'zod';
import { UuidSchema } from './ids';

/** The question a candidate is asked about the task they just handed in. */
export const FollowUpQuestionSchema = z
  .strictObject({
    id: UuidSchema,
    question: z.string(),
    /** 1, or 2 when the first answer was vague and the interviewer asks once more. */
    turn: z.number().int().min(1).max(2),
  })
  .meta({ id: 'FollowUpQuestion' });
export type FollowUpQuestion = z.infer<typeof FollowUpQuestionSchema>;

export const AnswerFollowUpRequestSchema = z
  .strictObject({
    answer: z.string().trim().min(1, 'write an answer').max(4_000),
  })
  .meta({ id: 'AnswerFollowUpRequest' });
export type AnswerFollowUpRequest = z.infer<typeof AnswerFollowUpRequestSchema>;

export const AnswerFollowUpResponseSchema = z
  .strictObject({
    id: UuidSchema,
    answeredAt: z.iso.datetime(),
    /** The second turn, when this answer was the first and too vague to show what the candidate knows. */
    next: FollowUpQuestionSchema.nullable(),
  })
  .meta({ id: 'AnswerFollowUpResponse' });
export type AnswerFollowUpResponse = z.infer<typeof AnswerFollowUpResponseSchema>;

/** How an answer was graded: each rubric point, whether the answer met it, and the words that showed it. */
export const RubricGradingSchema = z.strictObject({
  /** By the rubric's words without a model, or by the LLM against the rubric. */
  method: z.enum(['rubric-keywords', 'llm']),
  points: z.array(z.strictObject({ point: z.string(), met: z.boolean(), matched: z.string().nullable() })),
  /** Why the score is what it is, in a sentence for the recruiter (a cap applied, the model's reason). */
  reason: z.string().optional(),
  /** The model that graded, and how it was asked for its answer's shape, when the method is `llm`. */
  model: z.string().optional(),
  outputMode: z.enum(['json_schema', 'json_object']).optional(),
});
export type RubricGrading = z.infer<typeof RubricGradingSchema>;

/** One turn of a follow-up as a recruiter reads it: the question, the answer, and how the rubric scored it. */
export const FollowUpTurnSchema = z.strictObject({
  question: z.string(),
  /** The task bank's question (grounded in the hand-in), or one the model wrote about the candidate's formula. */
  askedBy: z.enum(['bank', 'llm']),
  answer: z.string().nullable(),
  score: z.number().nullable(),
  grading: RubricGradingSchema.nullable(),
  answeredAt: z.iso.datetime().nullable(),
});
export type FollowUpTurn = z.infer<typeof FollowUpTurnSchema>;

/** The follow-up about one hand-in: its turns in order, and the score that counts in the task's. */
export const FollowUpResultSchema = z.strictObject({
  /** The newest graded turn's; a second turn is graded on both answers together. Null until one is graded. */
  score: z.number().nullable(),
  turns: z.array(FollowUpTurnSchema).min(1).max(2),
});
export type FollowUpResult = z.infer<typeof FollowUpResultSchema>;
