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
    startedAt: z.iso.datetime().nullable(),
    serverTime: z.iso.datetime(),
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
