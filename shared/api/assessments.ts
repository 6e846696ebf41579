import { z } from 'zod';
import { LIMITS } from '../limits';
import { SkillSchema, TaskIdSchema } from '../task';
import { UuidSchema } from './ids';

export const AssessmentSchema = z
  .strictObject({
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
    /** Seconds after the overall limit that a hand-in still counts as on time: for the network, not for work. */
    graceSeconds: z.number().int(),
    /** Whether work handed in after the limit and its grace counts; it is kept and marked late either way. */
    lateCounts: z.boolean(),
    /** Whether a candidate may hand in files (the starter downloaded from their page) instead of using the add-in. */
    allowFileUpload: z.boolean(),
    /** Whether each candidate gets their own data (the task's generators, seeded per interview), or all the same. */
    personalData: z.boolean(),
    /** The share of a task's score its follow-up answer carries (0 to 0.5). */
    followUpShare: z.number(),
    createdAt: z.iso.datetime(),
    /** 1, then one more each time an assessment already in use is edited. */
    version: z.number().int(),
    /** The version this one replaced, if any. */
    previousId: UuidSchema.nullable(),
    /** Whether anyone was invited to it: it is then versioned, not edited in place. */
    inUse: z.boolean(),
    /** Archived assessments take no new invites; their interviews and results stay. */
    archivedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Assessment' });
export type Assessment = z.infer<typeof AssessmentSchema>;

export const AssessmentListSchema = z.strictObject({ assessments: z.array(AssessmentSchema) }).meta({ id: 'AssessmentList' });
export type AssessmentList = z.infer<typeof AssessmentListSchema>;

/** A new assessment: tasks from the library and the interview's rules. */
export const CreateAssessmentRequestSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(LIMITS.shortText),
    level: z.number().int().min(1).max(3).default(1),
    taskIds: z
      .array(TaskIdSchema)
      .min(1)
      .max(50)
      .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a task'),
    /** How many tasks each interview gives, from `taskIds`; all of them when left out. */
    length: z.number().int().min(1).max(50).optional(),
    /** Pick each next task by the candidate's scores instead of in order. */
    adaptive: z.boolean().default(false),
    timeLimitSeconds: z.number().int().min(60).max(28_800).default(5_400),
    llmShare: z.number().min(0).max(0.5).default(0.2),
    graceSeconds: z.number().int().min(0).max(120).default(30),
    lateCounts: z.boolean().default(false),
    allowFileUpload: z.boolean().default(false),
    personalData: z.boolean().default(true),
    followUpShare: z.number().min(0).max(0.5).default(0.1),
  })
  .refine((a) => a.length === undefined || a.length <= a.taskIds.length, { path: ['length'], message: 'cannot exceed the number of tasks' })
  .meta({ id: 'CreateAssessmentRequest' });
export type CreateAssessmentRequest = z.infer<typeof CreateAssessmentRequestSchema>;

/** What an edit did: changed the assessment in place (no one invited yet), or made a new version and archived the old. */
export const UpdatedAssessmentSchema = z
  .strictObject({ assessment: AssessmentSchema, versioned: z.boolean() })
  .meta({ id: 'UpdatedAssessment' });
export type UpdatedAssessment = z.infer<typeof UpdatedAssessmentSchema>;

export const AssessmentListQuerySchema = z.strictObject({
  /** Archived ones too (left out by default). */
  archived: z.enum(['true', 'false']).default('false'),
});
