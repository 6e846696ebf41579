import { z } from 'zod';
import { UuidSchema } from './ids';
import { StageNameSchema } from './stages';
import { SessionResultsSchema } from './submissions';

export const StageListSchema = z.strictObject({ stages: z.array(z.string()) }).meta({ id: 'StageList' });

/** Moves one or more interviews to a stage of the organisation's pipeline. */
export const SetStageRequestSchema = z
  .strictObject({
    sessionIds: z.array(UuidSchema).min(1, 'choose at least one interview').max(500),
    stage: StageNameSchema,
  })
  .meta({ id: 'SetStageRequest' });
export type SetStageRequest = z.infer<typeof SetStageRequestSchema>;

export const SetStageResponseSchema = z
  .strictObject({
    /** Interviews that moved; those already in the stage are counted as unchanged. */
    changed: z.number().int(),
    unchanged: z.number().int(),
  })
  .meta({ id: 'SetStageResponse' });
export type SetStageResponse = z.infer<typeof SetStageResponseSchema>;

export const NoteSchema = z
  .strictObject({
    id: z.number().int(),
    body: z.string(),
    userName: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Note' });
export type Note = z.infer<typeof NoteSchema>;

export const NoteListSchema = z.strictObject({ notes: z.array(NoteSchema) }).meta({ id: 'NoteList' });
export const AddNoteRequestSchema = z
  .strictObject({ body: z.string().trim().min(1, 'write the note').max(4_000) })
  .meta({ id: 'AddNoteRequest' });

/** A read-only link to one interview's result, for a hiring manager without an account. */
export const ShareLinkSchema = z
  .strictObject({
    id: UuidSchema,
    createdAt: z.iso.datetime(),
    createdBy: z.string().nullable(),
    expiresAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    /** How often it was opened, and when last: each opening is also in the audit log. */
    opens: z.number().int(),
    lastOpenedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ShareLink' });
export type ShareLink = z.infer<typeof ShareLinkSchema>;

export const CreateShareLinkRequestSchema = z
  .strictObject({ expiresInDays: z.number().int().min(1).max(90).default(14) })
  .meta({ id: 'CreateShareLinkRequest' });

/** The link itself is shown once, when it is made: only its hash is kept. */
export const CreatedShareLinkSchema = z.strictObject({ link: ShareLinkSchema, url: z.url() }).meta({ id: 'CreatedShareLink' });
export type CreatedShareLink = z.infer<typeof CreatedShareLinkSchema>;

export const ShareLinkListSchema = z.strictObject({ links: z.array(ShareLinkSchema) }).meta({ id: 'ShareLinkList' });

/** What a share link opens: the result with its evidence, and whose it is. */
export const SharedResultSchema = z
  .strictObject({
    organisation: z.strictObject({ name: z.string(), timeZone: z.string() }),
    expiresAt: z.iso.datetime(),
    results: SessionResultsSchema,
  })
  .meta({ id: 'SharedResult' });
export type SharedResult = z.infer<typeof SharedResultSchema>;
