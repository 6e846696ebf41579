import { z } from 'zod';
import { LIMITS } from './limits';
import { SkillSchema, TaskIdSchema } from './task';

/** What an author says about a task beside the two workbooks: the rest is derived from them. */
export const AuthoringBriefSchema = z
  .strictObject({
    instructions: z.string().trim().min(1).max(LIMITS.longText),
    title: z.string().trim().min(1).max(LIMITS.shortText).optional(),
    id: TaskIdSchema.optional(),
    skill: SkillSchema.optional(),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    timeLimitSeconds: z
      .number()
      .int()
      .min(30)
      .max(4 * 3600)
      .optional(),
  })
  .meta({ id: 'AuthoringBrief' });
export type AuthoringBrief = z.infer<typeof AuthoringBriefSchema>;

/** The score band an author expects for a sample answer, written before it is scored. */
export const ExpectedBandSchema = z
  .tuple([z.number().min(0).max(1), z.number().min(0).max(1)])
  .refine(([lo, hi]) => lo <= hi, 'the band must run from its lower score to its higher');

/** One self-test of a derived task: what it proves, whether it passed, and what was seen. */
export const SelfTestSchema = z
  .strictObject({
    name: z.string().max(LIMITS.shortText),
    passed: z.boolean(),
    detail: z.string().max(LIMITS.longText),
  })
  .meta({ id: 'SelfTest' });
export type SelfTest = z.infer<typeof SelfTestSchema>;
