import { z } from 'zod';
import { ReviewResultSchema } from '../review';
import { ScoreResultSchema } from '../score';
import { TaskIdSchema, TaskPublicSchema } from '../task';
import { WorkbookSnapshotSchema } from '../snapshot';
import { FollowUpQuestionSchema, FollowUpResultSchema } from './follow-ups';
import { ScoreOverrideSchema } from './dashboard';
import { UuidSchema } from './ids';
import { SessionViewSchema } from './sessions';

/** A candidate's hand-in. `submissionId` is made by the add-in, so a resend is the same submission. */
export const SubmitRequestSchema = z
  .strictObject({
    submissionId: UuidSchema,
    taskId: TaskIdSchema,
    snapshot: WorkbookSnapshotSchema,
  })
  .meta({ id: 'SubmitRequest' });
export type SubmitRequest = z.infer<typeof SubmitRequestSchema>;

/**
 * What the candidate learns: that the work is handed in, and its score only when their organisation shows
 * scores (null otherwise); never the answer key or the checks' evidence.
 */
export const SubmitResponseSchema = z
  .strictObject({
    submissionId: UuidSchema,
    taskId: TaskIdSchema,
    receivedAt: z.iso.datetime(),
    points: z.number().nullable(),
    maxPoints: z.number().nullable(),
    score: z.number().nullable(),
    /** Handed in after the overall limit and its grace: kept, and marked for the recruiter. */
    late: z.boolean(),
    session: SessionViewSchema,
    nextTask: TaskPublicSchema.nullable(),
    /** The question about this hand-in, to answer before the next task. */
    followUp: FollowUpQuestionSchema.nullable(),
  })
  .meta({ id: 'SubmitResponse' });
export type SubmitResponse = z.infer<typeof SubmitResponseSchema>;

/** A hand-in stored and not yet scored: ask `GET /api/v1/session/submissions/{id}` for the score. */
export const SubmitAcceptedSchema = z
  .strictObject({
    submissionId: UuidSchema,
    taskId: TaskIdSchema,
    receivedAt: z.iso.datetime(),
    status: z.literal('scoring'),
  })
  .meta({ id: 'SubmitAccepted' });
export type SubmitAccepted = z.infer<typeof SubmitAcceptedSchema>;

/** A scored submission as a recruiter reads it, with every check's evidence. */
export const SubmissionResultSchema = z
  .strictObject({
    submissionId: UuidSchema,
    sessionId: UuidSchema,
    taskId: TaskIdSchema,
    candidateName: z.string(),
    receivedAt: z.iso.datetime(),
    result: ScoreResultSchema,
    followUp: FollowUpResultSchema.nullable(),
    /** The bounded LLM review and the final score; null until the review (which runs after the hand-in) is stored. */
    review: ReviewResultSchema.nullable(),
    taskTitle: z.string(),
    skill: z.string(),
    /** What counts: the newest recruiter override, else the reviewed score, else the grader's. */
    finalScore: z.number(),
    /** The share of the task's score the answered follow-up weighs (the assessment's setting). */
    followUpShare: z.number(),
    /** Handed in after the overall limit and its grace. */
    late: z.boolean(),
    /** How it arrived: from the add-in, or as a file uploaded from the candidate's page (no record of the work). */
    source: z.enum(['addin', 'upload']),
    /** Whether it counts in the overall score: late work counts only when the assessment says so. */
    counts: z.boolean(),
    /** From the task being given to its hand-in; null for hand-ins stored before this was kept. */
    secondsSpent: z.number().int().nullable(),
    /** Blocks that appeared in the task's answer area at once (pasted, not typed or filled), when, as the pane saw them. */
    pastedIntoAnswer: z.array(z.strictObject({ range: z.string(), cells: z.number().int(), at: z.iso.datetime() })),
    /** Recruiters' overrides, newest first (the audit trail). */
    overrides: z.array(ScoreOverrideSchema),
    /** The candidate's formulas as handed in (the first 200). */
    formulas: z.array(z.strictObject({ sheet: z.string(), cell: z.string(), formula: z.string() })),
  })
  .meta({ id: 'SubmissionResult' });
export type SubmissionResult = z.infer<typeof SubmissionResultSchema>;

/** The interview at a glance: overall and per-skill scores, and what to work on. */
export const InterviewSummarySchema = z.strictObject({
  /** Out of the whole assessment: the tasks' final scores summed over `taskCount`, so unattempted tasks count 0; 0 to 1. */
  overallScore: z.number(),
  /** False while the interview is in progress: the score is "so far". */
  final: z.boolean(),
  taskCount: z.number().int(),
  /** Tasks of the interview with no hand-in (counted 0). */
  notAttempted: z.number().int(),
  perSkill: z.array(z.strictObject({ skill: z.string(), score: z.number(), tasks: z.number().int() })),
  /** Mean rubric score of the follow-up answers, or null when none was answered. */
  followUpScore: z.number().nullable(),
  /** Concrete points to act on: the model's suggestions where it reviewed, else the checks that failed. */
  feedback: z.array(z.string()),
  llmReview: z.enum(['used', 'partly', 'skipped']),
});
export type InterviewSummary = z.infer<typeof InterviewSummarySchema>;

export const TimelineEventSchema = z.strictObject({
  type: z.string(),
  at: z.iso.datetime(),
  details: z.record(z.string(), z.unknown()),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/**
 * The candidate's ability on the authored levels' scale (1 to 3), estimated from their hand-ins by the Rasch
 * model, each task placed by its learned difficulty where results have taught it and by its authored level
 * otherwise; `low`–`high` is the 80% interval.
 */
export const AbilityEstimateSchema = z
  .strictObject({
    level: z.number(),
    low: z.number(),
    high: z.number(),
    /** The same for people: "level 2.4, likely between 2.0 and 2.8". */
    words: z.string(),
    handIns: z.number().int(),
    /** Of those, hand-ins on tasks placed by their learned difficulty. */
    learned: z.number().int(),
  })
  .meta({ id: 'AbilityEstimate' });
export type AbilityEstimate = z.infer<typeof AbilityEstimateSchema>;

export const SessionResultsSchema = z
  .strictObject({
    sessionId: UuidSchema,
    candidateName: z.string(),
    candidateEmail: z.string(),
    assessmentId: UuidSchema,
    assessmentName: z.string(),
    state: z.string(),
    /** Where the candidate is in the organisation's pipeline. */
    stage: z.string(),
    startedAt: z.iso.datetime().nullable(),
    completedAt: z.iso.datetime().nullable(),
    submissions: z.array(SubmissionResultSchema),
    summary: InterviewSummarySchema,
    /** Null until a hand-in is scored. */
    ability: AbilityEstimateSchema.nullable(),
    /** What happened, in order: transitions, hand-ins, the candidate's activity in Excel (the last 500). */
    timeline: z.array(TimelineEventSchema),
  })
  .meta({ id: 'SessionResults' });
export type SessionResults = z.infer<typeof SessionResultsSchema>;
