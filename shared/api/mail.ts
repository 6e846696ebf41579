import { z } from 'zod';
import { UuidSchema } from './ids';

/** Where a message is: waiting, being sent, sent, kept (no transport), retrying after a failure, or bounced. */
export const MailStateSchema = z.enum(['queued', 'sending', 'retrying', 'sent', 'bounced', 'kept']);
export type MailState = z.infer<typeof MailStateSchema>;

/** One message of the organisation's outbox, with every try: what an admin reads in the dashboard. */
export const MailMessageSchema = z
  .strictObject({
    id: UuidSchema,
    kind: z.enum(['invitation', 'reminder', 'set_password', 'reset_password']),
    to: z.string(),
    subject: z.string(),
    /** The plain-text body, so an admin without a mail transport can pass the message on by hand. */
    text: z.string(),
    state: MailStateSchema,
    attempts: z.number().int(),
    inviteId: UuidSchema.nullable(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
    log: z.array(
      z.strictObject({ at: z.iso.datetime(), outcome: z.enum(['sent', 'retrying', 'bounced', 'kept']), detail: z.string().nullable() }),
    ),
  })
  .meta({ id: 'MailMessage' });
export type MailMessage = z.infer<typeof MailMessageSchema>;

export const MailListQuerySchema = z.strictObject({ inviteId: UuidSchema.optional() });
export const MailListSchema = z.strictObject({ messages: z.array(MailMessageSchema) }).meta({ id: 'MailList' });
