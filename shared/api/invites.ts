import { z } from 'zod';
import { LIMITS } from '../limits';
import { TaskPublicSchema } from '../task';
import { UuidSchema } from './ids';
import { SessionViewSchema } from './sessions';

export const CreateInviteRequestSchema = z.strictObject({
  assessmentId: UuidSchema,
  candidateName: z.string().trim().min(1).max(LIMITS.shortText),
  candidateEmail: z.email().max(254),
  /** How long the code stays valid; 7 days when left out. */
  expiresInHours: z.number().int().min(1).max(24 * 90).optional(),
}).meta({ id: 'CreateInviteRequest' });
export type CreateInviteRequest = z.infer<typeof CreateInviteRequestSchema>;

export const InviteSchema = z.strictObject({
  id: UuidSchema,
  assessmentId: UuidSchema,
  candidateName: z.string(),
  candidateEmail: z.string(),
  code: z.string(),
  expiresAt: z.iso.datetime(),
  redeemedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
}).meta({ id: 'Invite' });
export type Invite = z.infer<typeof InviteSchema>;

export const RedeemInviteRequestSchema = z.strictObject({
  code: z.string().trim().min(1).max(LIMITS.inviteCodeChars),
}).meta({ id: 'RedeemInviteRequest' });
export type RedeemInviteRequest = z.infer<typeof RedeemInviteRequestSchema>;

/** What a candidate receives for a valid code: a bearer token, the session, and the first task's public part. */
export const RedeemInviteResponseSchema = z.strictObject({
  sessionToken: z.string(),
  session: SessionViewSchema,
  task: TaskPublicSchema.nullable(),
}).meta({ id: 'RedeemInviteResponse' });
export type RedeemInviteResponse = z.infer<typeof RedeemInviteResponseSchema>;
