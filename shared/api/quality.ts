import { z } from 'zod';
import { TaskIdSchema } from '../task';

const AgreementCountsSchema = z.strictObject({ handIns: z.number().int(), agreed: z.number().int() });

/**
 * One task as the task-quality page shows it: difficulty authored and learned, how well it separates
 * candidates, how many pass and how long they take (this organisation's last 90 days), how often recruiters
 * let the grader's score stand, and what looks wrong.
 */
export const TaskQualitySchema = z
  .strictObject({
    taskId: TaskIdSchema,
    title: z.string(),
    skill: z.string(),
    authoredLevel: z.number().int(),
    timeLimitSeconds: z.number().int(),
    /** From the calibration in use, fitted on every organisation's hand-ins; null before the task has any. */
    learned: z
      .strictObject({
        level: z.number(),
        /** Logits, centred on 0 over the calibrated tasks. */
        difficulty: z.number(),
        standardError: z.number(),
        handIns: z.number().int(),
        /** Whether the adaptive order places the task by it (enough hand-ins). */
        inUse: z.boolean(),
      })
      .nullable(),
    /** Item-rest correlation; null with too few candidates who also did another task. */
    discrimination: z.number().nullable(),
    attempts: z.number().int(),
    passRate: z.number().nullable(),
    medianTime: z.strictObject({ from: z.number().int(), to: z.number().int().nullable() }).nullable(),
    agreement: AgreementCountsSchema.extend({
      /** Agreed over hand-ins, null without any. */
      ratio: z.number().nullable(),
      /** The last 7 days and the 30 days before them. */
      recent: AgreementCountsSchema,
      before: AgreementCountsSchema,
    }),
    flags: z.array(z.strictObject({ kind: z.string(), message: z.string() })),
  })
  .meta({ id: 'TaskQuality' });
export type TaskQuality = z.infer<typeof TaskQualitySchema>;

export const TaskQualityReportSchema = z
  .strictObject({
    tasks: z.array(TaskQualitySchema),
    /** Agreement by the kinds of check the hand-ins' tasks have. */
    byCheckKind: z.array(AgreementCountsSchema.extend({ kind: z.string() })),
    /** Agreement by week (the Monday it starts), oldest first. */
    byWeek: z.array(AgreementCountsSchema.extend({ week: z.string() })),
    /** When the calibration in use was fitted, and how many hand-ins a task needs before it is used. */
    calibration: z.strictObject({ fittedAt: z.iso.datetime(), handIns: z.number().int(), minHandIns: z.number().int() }).nullable(),
    agreementThreshold: z.number(),
  })
  .meta({ id: 'TaskQualityReport' });
export type TaskQualityReport = z.infer<typeof TaskQualityReportSchema>;
