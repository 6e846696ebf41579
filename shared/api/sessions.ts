import { z } from 'zod';
import { TaskPublicSchema } from '../task';
import { FollowUpQuestionSchema } from './follow-ups';
import { UuidSchema } from './ids';

export const SessionStateSchema = z.enum(['invited', 'in_progress', 'completed', 'expired', 'abandoned']);
export type SessionState = z.infer<typeof SessionStateSchema>;

/** A session as its candidate sees it. `serverTime` lets the add-in count down from the server's clock. */
export const SessionViewSchema = z
  .strictObject({
    id: UuidSchema,
    state: SessionStateSchema,
    candidateName: z.string(),
    taskNumber: z.number().int().min(0),
    taskCount: z.number().int().min(0),
    /** When the candidate pressed Start: the overall clock runs from here; null before. */
    startedAt: z.iso.datetime().nullable(),
    /** When the current task was given (at Start for the first); its own limit counts from here. */
    taskStartedAt: z.iso.datetime().nullable(),
    /** When the overall time is up, by the server's clock; null before Start. */
    expiresAt: z.iso.datetime().nullable(),
    timeLimitSeconds: z.number().int(),
    serverTime: z.iso.datetime(),
    organisationName: z.string(),
    /** Whether the organisation lets its candidates see their scores; when not, hand-ins say only "Handed in". */
    scoresShown: z.boolean(),
    /** What happens after the interview, in the organisation's words. */
    closingMessage: z.string(),
  })
  .meta({ id: 'SessionView' });
export type SessionView = z.infer<typeof SessionViewSchema>;

/** Where the candidate is: the session, the current task, and a follow-up still to answer (after reopening). */
export const CurrentSessionSchema = z
  .strictObject({
    session: SessionViewSchema,
    task: TaskPublicSchema.nullable(),
    followUp: FollowUpQuestionSchema.nullable(),
  })
  .meta({ id: 'CurrentSession' });
export type CurrentSession = z.infer<typeof CurrentSessionSchema>;
