import { z } from 'zod';
import { LIMITS } from '../limits';
import { TaskPublicSchema } from '../task';
import { UuidSchema } from './ids';
import { MailStateSchema } from './mail';
import { SessionViewSchema } from './sessions';

export const CreateInviteRequestSchema = z
  .strictObject({
    assessmentId: UuidSchema,
    candidateName: z.string().trim().min(1).max(LIMITS.shortText),
    candidateEmail: z.email().max(254),
    /** How long the code stays valid; 7 days when left out. */
    expiresInHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .optional(),
    /** Send the invitation by e-mail (default); false to hand the code over another way. */
    sendEmail: z.boolean().optional(),
    /** Invite again a candidate who already has an invite to this assessment (otherwise 409, naming them). */
    allowDuplicates: z.boolean().optional(),
  })
  .meta({ id: 'CreateInviteRequest' });
export type CreateInviteRequest = z.infer<typeof CreateInviteRequestSchema>;

export const InviteSchema = z
  .strictObject({
    id: UuidSchema,
    assessmentId: UuidSchema,
    candidateName: z.string(),
    candidateEmail: z.string(),
    code: z.string(),
    expiresAt: z.iso.datetime(),
    redeemedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    status: z.enum(['open', 'redeemed', 'expired', 'revoked']),
    createdAt: z.iso.datetime(),
    /** The candidate's page, which the invitation links to. */
    joinUrl: z.string(),
    /** The newest e-mail for this invite (the invitation or its reminder), or null when none was sent. */
    mail: z
      .strictObject({
        kind: z.enum(['invitation', 'reminder']),
        state: MailStateSchema,
        /** What the last try said: the server's answer, or why it failed. */
        detail: z.string().nullable(),
        at: z.iso.datetime(),
      })
      .nullable(),
  })
  .meta({ id: 'Invite' });
export type Invite = z.infer<typeof InviteSchema>;

export const RedeemInviteRequestSchema = z
  .strictObject({
    code: z.string().trim().min(1).max(LIMITS.inviteCodeChars),
  })
  .meta({ id: 'RedeemInviteRequest' });
export type RedeemInviteRequest = z.infer<typeof RedeemInviteRequestSchema>;

/** What a candidate receives for a valid code: a bearer token, the session, and the first task's public part. */
export const RedeemInviteResponseSchema = z
  .strictObject({
    sessionToken: z.string(),
    session: SessionViewSchema,
    task: TaskPublicSchema.nullable(),
  })
  .meta({ id: 'RedeemInviteResponse' });
export type RedeemInviteResponse = z.infer<typeof RedeemInviteResponseSchema>;

/** Many candidates at once, as pasted from a list: one invite each. */
export const BulkInviteRequestSchema = z
  .strictObject({
    assessmentId: UuidSchema,
    candidates: z
      .array(z.strictObject({ name: z.string().trim().min(1).max(LIMITS.shortText), email: z.email().max(254) }))
      .min(1)
      .max(500),
    expiresInHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .optional(),
    /** Send each invitation by e-mail (default); false to hand the codes over another way. */
    sendEmail: z.boolean().optional(),
    /** Invite again candidates who already have an invite to this assessment (otherwise 409, naming them). */
    allowDuplicates: z.boolean().optional(),
  })
  .meta({ id: 'BulkInviteRequest' });
export type BulkInviteRequest = z.infer<typeof BulkInviteRequestSchema>;

export const InviteListSchema = z.strictObject({ invites: z.array(InviteSchema) }).meta({ id: 'InviteList' });
export const InviteListQuerySchema = z.strictObject({
  assessmentId: UuidSchema.optional(),
  /** Part of the candidate's name or e-mail address. */
  q: z.string().trim().max(100).optional(),
  /** The `nextCursor` of the page before. */
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type InviteListQuery = z.infer<typeof InviteListQuerySchema>;

/** One page of invites, newest first; `nextCursor` is null on the last. */
export const InvitePageSchema = z
  .strictObject({ invites: z.array(InviteSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'InvitePage' });
export type InvitePage = z.infer<typeof InvitePageSchema>;

/** One action on many invites: send the invitation again, or withdraw them. */
export const InviteActionRequestSchema = z
  .strictObject({
    inviteIds: z.array(UuidSchema).min(1, 'choose at least one invite').max(500),
    action: z.enum(['resend', 'revoke']),
  })
  .meta({ id: 'InviteActionRequest' });
export type InviteActionRequest = z.infer<typeof InviteActionRequestSchema>;

export const InviteActionResponseSchema = z
  .strictObject({
    /** Invites the action was done to. */
    done: z.number().int(),
    /** Invites it could not apply to, each with why (already used, withdrawn, expired). */
    skipped: z.array(z.strictObject({ inviteId: UuidSchema, reason: z.string() })),
    /** Invitations queued for sending (resend only). */
    mailQueued: z.number().int(),
  })
  .meta({ id: 'InviteActionResponse' });
export type InviteActionResponse = z.infer<typeof InviteActionResponseSchema>;

/** What a code's invite is, for the candidate's page before they open Excel: public, the code is the credential. */
export const JoinInfoSchema = z
  .discriminatedUnion('state', [
    z.strictObject({
      state: z.literal('open'),
      code: z.string(),
      candidateName: z.string(),
      organisation: z.string(),
      timeZone: z.string(),
      /** The organisation's message to its candidates, or null. */
      message: z.string().nullable(),
      assessment: z.string(),
      taskCount: z.number().int(),
      minutes: z.number().int(),
      expiresAt: z.iso.datetime(),
      /** Whether the assessment lets a candidate hand in files instead of using the add-in. */
      fileUpload: z.boolean(),
    }),
    z.strictObject({
      state: z.enum(['redeemed', 'revoked', 'expired']),
      organisation: z.string(),
      timeZone: z.string(),
      /** When it was used, withdrawn or ran out. */
      at: z.iso.datetime().nullable(),
    }),
    z.strictObject({ state: z.literal('unknown') }),
  ])
  .meta({ id: 'JoinInfo' });
export type JoinInfo = z.infer<typeof JoinInfoSchema>;
