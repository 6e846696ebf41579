import { z } from 'zod';
import { SkillSchema, TaskIdSchema } from '../task';
import { UuidSchema } from './ids';

export const AssessmentSchema = z.strictObject({
  id: UuidSchema,
  name: z.string(),
  level: z.number().int().min(1).max(3),
  taskIds: z.array(TaskIdSchema),
  skills: z.array(SkillSchema),
  /** How many of the tasks an interview gives. */
  length: z.number().int(),
  adaptive: z.boolean(),
  timeLimitSeconds: z.number().int(),
  /** The most an LLM review may take off a task's score (0 to 0.5). */
  llmShare: z.number(),
  createdAt: z.iso.datetime(),
}).meta({ id: 'Assessment' });
export type Assessment = z.infer<typeof AssessmentSchema>;

export const AssessmentListSchema = z.strictObject({ assessments: z.array(AssessmentSchema) }).meta({ id: 'AssessmentList' });
export type AssessmentList = z.infer<typeof AssessmentListSchema>;
