import { z } from 'zod';
import { UuidSchema } from './ids';

/** Every event an organisation's webhook receives: what an applicant tracking system needs to follow an interview. */
export const WebhookEventSchema = z.enum([
  'interview.started',
  'interview.completed',
  'interview.expired',
  'interview.score_overridden',
  'interview.stage_changed',
]);
export type WebhookEvent = z.infer<typeof WebhookEventSchema>;

/** What each event says beyond the interview itself. */
export const WEBHOOK_EVENT_DETAILS: Record<WebhookEvent, string> = {
  'interview.started': 'The candidate pressed Start; the clock runs.',
  'interview.completed': 'The last task was handed in; `interview.overallScore` is the final score.',
  'interview.expired': 'The overall time ran out (past the grace) with work handed in.',
  'interview.score_overridden': 'A recruiter overrode a task’s score: `submissionId`, `score`, `previousScore`, `reason`.',
  'interview.stage_changed': 'The candidate moved in the pipeline: `from` and `to` stage names.',
};

/** The body of every delivery, signed with the organisation's secret (header `x-excel-interviewer-signature`). */
export const WebhookPayloadSchema = z
  .looseObject({
    /** The delivery's id; a replay is a new delivery with the same event. */
    id: UuidSchema,
    event: WebhookEventSchema,
    sessionId: UuidSchema,
    occurredAt: z.iso.datetime(),
    interview: z
      .strictObject({
        state: z.string(),
        assessmentId: UuidSchema,
        candidateName: z.string(),
        candidateEmail: z.string(),
        overallScore: z.number().nullable(),
        completedAt: z.iso.datetime().nullable(),
        stage: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'WebhookPayload' });
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>;
