import { z } from 'zod';
import { StagesSchema } from './stages';
import { LIMITS } from '../limits';
import { TimeZoneSchema } from '../time-zone';
import { UuidSchema } from './ids';

export const RoleSchema = z.enum(['admin', 'recruiter']);
export type Role = z.infer<typeof RoleSchema>;

export const UserSchema = z
  .strictObject({
    id: UuidSchema,
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    /** False until an invited colleague has set a password. */
    active: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

export const UserListSchema = z.strictObject({ users: z.array(UserSchema) }).meta({ id: 'UserList' });

export const SignInRequestSchema = z
  .strictObject({
    email: z.string().trim().min(1).max(254),
    password: z.string().min(1).max(LIMITS.shortText),
  })
  .meta({ id: 'SignInRequest' });
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

/** Who is signed in; `csrfToken` goes back in `X-CSRF-Token` on every request that changes something. */
export const MeSchema = z
  .strictObject({
    user: UserSchema,
    /** Every date the dashboard shows is in the organisation's time zone, named. */
    organisation: z.strictObject({ id: UuidSchema, name: z.string(), timeZone: z.string() }),
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

export const PasswordSchema = z.string().min(10, 'must be at least 10 characters').max(LIMITS.shortText);

export const InviteUserRequestSchema = z
  .strictObject({
    email: z.email().max(254),
    name: z.string().trim().min(1).max(LIMITS.shortText),
    role: RoleSchema.default('recruiter'),
  })
  .meta({ id: 'InviteUserRequest' });
export type InviteUserRequest = z.infer<typeof InviteUserRequestSchema>;

/** The set-password token is shown this once; only its hash is kept. */
export const InvitedUserSchema = z
  .strictObject({
    user: UserSchema,
    setPasswordToken: z.string(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'InvitedUser' });
export type InvitedUser = z.infer<typeof InvitedUserSchema>;

export const AcceptUserInviteRequestSchema = z
  .strictObject({
    token: z.string().min(1).max(LIMITS.tokenChars),
    password: PasswordSchema,
  })
  .meta({ id: 'AcceptUserInviteRequest' });

export const ChangeRoleRequestSchema = z.strictObject({ role: RoleSchema }).meta({ id: 'ChangeRoleRequest' });

export const ChangePasswordRequestSchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(LIMITS.shortText),
    newPassword: PasswordSchema,
  })
  .meta({ id: 'ChangePasswordRequest' });

export const ForgotPasswordRequestSchema = z
  .strictObject({ email: z.string().trim().min(1).max(254) })
  .meta({ id: 'ForgotPasswordRequest' });

export const ApiTokenSchema = z
  .strictObject({
    id: UuidSchema,
    name: z.string(),
    createdAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiTokenSchema>;

export const ApiTokenListSchema = z.strictObject({ tokens: z.array(ApiTokenSchema) }).meta({ id: 'ApiTokenList' });

export const CreateApiTokenRequestSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(LIMITS.shortText),
  })
  .meta({ id: 'CreateApiTokenRequest' });

/** The token itself is in this answer only; the server keeps its SHA-256. */
export const CreatedApiTokenSchema = z
  .strictObject({
    apiToken: ApiTokenSchema,
    token: z.string(),
  })
  .meta({ id: 'CreatedApiToken' });
export type CreatedApiToken = z.infer<typeof CreatedApiTokenSchema>;

/** What candidates see and how long their data is kept: the organisation's own choices. */
const OrganisationSettingsFields = {
  /** The organisation's name, as candidates and colleagues read it. */
  name: z.string().trim().min(1).max(LIMITS.shortText),
  /** Every date shown to the organisation's people and candidates is in this zone, named. */
  timeZone: TimeZoneSchema,
  /** Shown to candidates before they start (the join page, the invitation, the pane) and at the end. */
  candidateMessage: z.string().trim().max(2_000).nullable(),
  /** What candidates read at the end of the interview: what happens next; null says the organisation will be in touch. */
  closingMessage: z.string().trim().max(2_000).nullable(),
  /** Whether candidates see their scores after each hand-in and at the end (default: no). */
  candidatesSeeScores: z.boolean(),
  /** Candidate data older than this many days is deleted by the sweep; null keeps it. */
  retentionDays: z.number().int().min(1).max(3_650).nullable(),
  /** How long before an invite expires its reminder is sent; 0 sends none. */
  reminderHours: z.number().int().min(0).max(720),
  /** The hiring pipeline's stages, in order; removing one moves its interviews to the first. */
  stages: StagesSchema,
};

export const SettingsSchema = z
  .strictObject({
    ...OrganisationSettingsFields,
    webhookUrl: z.string().nullable(),
    /** The secret is never sent back, only whether one is set. */
    webhookSecretSet: z.boolean(),
    llm: z.strictObject({ configured: z.boolean(), model: z.string().nullable(), endpoint: z.string().nullable() }),
    /** How mail leaves: SMTP, an HTTP mail API, or kept in the outbox for an admin to read (no transport). */
    mail: z.strictObject({ transport: z.enum(['smtp', 'http', 'outbox']), from: z.string().nullable() }),
  })
  .meta({ id: 'Settings' });
export type Settings = z.infer<typeof SettingsSchema>;

/** Every field may be left out: it then stays as it is. */
export const UpdateSettingsRequestSchema = z
  .strictObject(OrganisationSettingsFields)
  .partial()
  .extend({
    webhookUrl: z
      .url({ protocol: /^https?$/ })
      .max(2_000)
      .nullable()
      .optional(),
    /** Left out: keep the current secret. */
    webhookSecret: z.string().min(16, 'must be at least 16 characters').max(LIMITS.shortText).optional(),
  })
  .meta({ id: 'UpdateSettingsRequest' });
export type UpdateSettingsRequest = z.infer<typeof UpdateSettingsRequestSchema>;

export const WebhookDeliverySchema = z
  .strictObject({
    id: UuidSchema,
    event: z.string(),
    sessionId: UuidSchema.nullable(),
    url: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    lastStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

export const WebhookDeliveryListSchema = z.strictObject({ deliveries: z.array(WebhookDeliverySchema) }).meta({ id: 'WebhookDeliveryList' });

export const AuditEntrySchema = z
  .strictObject({
    id: z.number().int(),
    action: z.string(),
    targetId: z.string().nullable(),
    userName: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    at: z.iso.datetime(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** Whether this install still waits for its first organisation (the first-run setup page is open). */
export const SetupStatusSchema = z.strictObject({ needed: z.boolean() }).meta({ id: 'SetupStatus' });

/** The first-run setup: the one-time token from the server's log, the organisation, and its first admin. */
export const SetupRequestSchema = z
  .strictObject({
    token: z.string().min(1).max(LIMITS.tokenChars),
    organisationName: z.string().trim().min(1).max(LIMITS.shortText),
    timeZone: TimeZoneSchema,
    adminName: z.string().trim().min(1).max(LIMITS.shortText),
    adminEmail: z.email().max(254),
    password: PasswordSchema,
  })
  .meta({ id: 'SetupRequest' });
export type SetupRequest = z.infer<typeof SetupRequestSchema>;

export const ReplayedDeliverySchema = z.strictObject({ id: UuidSchema }).meta({ id: 'ReplayedDelivery' });
