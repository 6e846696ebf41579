import { z } from 'zod';
import { LIMITS } from '../limits';
import { SkillSchema, TaskIdSchema } from '../task';
import { FilterDaySchema, UuidSchema } from './ids';
import { SessionStateSchema } from './sessions';
import { StageNameSchema } from './stages';

/** A library task as listed for building an assessment (the whole public part comes from the preview). */
export const TaskSummarySchema = z
  .strictObject({
    id: TaskIdSchema,
    title: z.string(),
    skill: SkillSchema,
    difficulty: z.number().int(),
    timeLimitSeconds: z.number().int(),
    /** Made by this organisation (authored from its own workbooks), not from the library. */
    own: z.boolean(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'TaskSummary' });
export type TaskSummary = z.infer<typeof TaskSummarySchema>;

export const TaskListQuerySchema = z.strictObject({
  skill: SkillSchema.optional(),
  difficulty: z.coerce.number().int().min(1).max(3).optional(),
});
export type TaskListQuery = z.infer<typeof TaskListQuerySchema>;
export const TaskListSchema = z.strictObject({ tasks: z.array(TaskSummarySchema) }).meta({ id: 'TaskList' });

/** One interview as listed: who, which assessment, how far, and the overall score so far. */
export const InterviewListItemSchema = z
  .strictObject({
    sessionId: UuidSchema,
    candidateName: z.string(),
    candidateEmail: z.string(),
    assessmentId: UuidSchema,
    assessmentName: z.string(),
    state: SessionStateSchema,
    tasksDone: z.number().int(),
    startedAt: z.iso.datetime().nullable(),
    completedAt: z.iso.datetime().nullable(),
    overallScore: z.number().nullable(),
    /** Where the candidate is in the organisation's pipeline (one of its stage names). */
    stage: z.string(),
  })
  .meta({ id: 'InterviewListItem' });
export type InterviewListItem = z.infer<typeof InterviewListItemSchema>;

/** How the interviews list is ordered; each order pages by a cursor that stays stable while interviews are added. */
export const InterviewSortSchema = z.enum(['newest', 'oldest', 'score_desc', 'score_asc', 'name']);
export type InterviewSort = z.infer<typeof InterviewSortSchema>;

export const InterviewListQuerySchema = z
  .strictObject({
    /** Part of the candidate's name or e-mail address. */
    q: z.string().trim().max(100).optional(),
    assessmentId: UuidSchema.optional(),
    state: SessionStateSchema.optional(),
    stage: StageNameSchema.optional(),
    /** Overall score bounds, 0 to 1, inclusive; an interview with no score yet is left out when either is set. */
    minScore: z.coerce.number().min(0).max(1).optional(),
    maxScore: z.coerce.number().min(0).max(1).optional(),
    /** Invited (the interview began) on or after `from` and on or before `to`, in UTC days. */
    from: FilterDaySchema.optional(),
    to: FilterDaySchema.optional(),
    sort: InterviewSortSchema.default('newest'),
    /** The `nextCursor` of the page before; its sort must be the same. */
    cursor: z.string().max(400).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .refine((q) => q.minScore === undefined || q.maxScore === undefined || q.minScore <= q.maxScore, {
    path: ['maxScore'],
    message: 'must be at least the lowest score',
  });
export type InterviewListQuery = z.infer<typeof InterviewListQuerySchema>;
export const InterviewListSchema = z
  .strictObject({
    interviews: z.array(InterviewListItemSchema),
    /** Pass it as `cursor` for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'InterviewList' });
export type InterviewList = z.infer<typeof InterviewListSchema>;

/** An interview in progress, for the live view. */
export const LiveInterviewSchema = z
  .strictObject({
    sessionId: UuidSchema,
    candidateName: z.string(),
    assessmentName: z.string(),
    taskNumber: z.number().int(),
    taskCount: z.number().int(),
    currentTaskTitle: z.string().nullable(),
    /** Seconds left on the current task's own limit; negative when over it. */
    taskSecondsLeft: z.number().int().nullable(),
    /** Seconds left on the interview's overall limit. */
    secondsLeft: z.number().int().nullable(),
    lastActivityAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'LiveInterview' });
export type LiveInterview = z.infer<typeof LiveInterviewSchema>;
export const LiveListSchema = z
  .strictObject({ serverTime: z.iso.datetime(), interviews: z.array(LiveInterviewSchema) })
  .meta({ id: 'LiveList' });
export type LiveList = z.infer<typeof LiveListSchema>;

export const OverrideRequestSchema = z
  .strictObject({
    score: z.number().min(0).max(1),
    reason: z
      .string()
      .trim()
      .min(3, 'say why, in a few words')
      .max(LIMITS.shortText * 5),
  })
  .meta({ id: 'OverrideRequest' });
export type OverrideRequest = z.infer<typeof OverrideRequestSchema>;

export const ScoreOverrideSchema = z
  .strictObject({
    score: z.number(),
    previousScore: z.number(),
    reason: z.string(),
    userName: z.string().nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'ScoreOverride' });
export type ScoreOverride = z.infer<typeof ScoreOverrideSchema>;

/** Filters every analytics query takes: an assessment and a date range (by when the interview was created). */
export const AnalyticsQuerySchema = z.strictObject({
  assessmentId: UuidSchema.optional(),
  from: FilterDaySchema.optional(),
  to: FilterDaySchema.optional(),
});
export type AnalyticsQuery = z.infer<typeof AnalyticsQuerySchema>;

const PeriodFiguresSchema = z.strictObject({
  interviews: z.number().int(),
  /** Mean overall score of the completed ones; null when none completed. */
  averageScore: z.number().nullable(),
  /** Completed over started; null when none started. */
  completionRate: z.number().nullable(),
});

export const AnalyticsSchema = z
  .strictObject({
    /** Completed interviews by overall score, in ten bands: [0, 0.1), …, [0.9, 1]. */
    distribution: z.array(z.strictObject({ from: z.number(), to: z.number(), interviews: z.number().int() })),
    /** How hard each task really is: share of hand-ins at or over 0.7, and the median minutes spent. */
    tasks: z.array(
      z.strictObject({
        taskId: TaskIdSchema,
        title: z.string(),
        skill: z.string(),
        attempts: z.number().int(),
        passRate: z.number(),
        meanScore: z.number(),
        /** The bucket of time the median hand-in falls in, in seconds (`to` null above the last bound). */
        medianTime: z.strictObject({ from: z.number().int(), to: z.number().int().nullable() }).nullable(),
      }),
    ),
    funnel: z.strictObject({ invited: z.number().int(), started: z.number().int(), completed: z.number().int() }),
    skills: z.array(z.strictObject({ skill: z.string(), meanScore: z.number(), attempts: z.number().int() })),
    /** The same, by the tasks' difficulty level (1 to 3). */
    levels: z.array(z.strictObject({ level: z.number().int(), meanScore: z.number(), attempts: z.number().int() })),
    /** What a manager reads first: this period, and the period of the same length just before it (null over all time). */
    tiles: z.strictObject({
      current: PeriodFiguresSchema,
      previous: PeriodFiguresSchema.nullable(),
      /** In progress right now, whatever the period. */
      activeNow: z.number().int(),
    }),
  })
  .meta({ id: 'Analytics' });
export type Analytics = z.infer<typeof AnalyticsSchema>;

/** The share of a task's points that counts as a pass in the analytics. */
export const PASS_SCORE = 0.7;
