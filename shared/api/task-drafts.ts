import { z } from 'zod';
import { AuthoringBriefSchema, ExpectedBandSchema, SelfTestSchema } from '../authoring';
import { CellValueSchema } from '../cells';
import { LIMITS } from '../limits';
import { FollowUpSchema, TaskIdSchema, TaskSpecSchema } from '../task';
import { UuidSchema } from './ids';
import { WorkbookSnapshotSchema } from '../snapshot';

/** The most an uploaded workbook may weigh: far above an interview workbook, and what a request carries in base64. */
export const WORKBOOK_UPLOAD_BYTES = 4 * 1024 * 1024;

/** An .xlsx file in a JSON body: its name and its bytes in base64. */
export const UploadedWorkbookSchema = z
  .strictObject({
    fileName: z.string().trim().min(1).max(LIMITS.shortText),
    contentBase64: z
      .string()
      .max(Math.ceil(WORKBOOK_UPLOAD_BYTES / 3) * 4, `must be a workbook of at most ${WORKBOOK_UPLOAD_BYTES / 1024 / 1024} MB`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be the file in base64'),
  })
  .meta({ id: 'UploadedWorkbook' });
export type UploadedWorkbook = z.infer<typeof UploadedWorkbookSchema>;

export const CreateTaskDraftRequestSchema = z
  .strictObject({ brief: AuthoringBriefSchema, starter: UploadedWorkbookSchema, solved: UploadedWorkbookSchema })
  .meta({ id: 'CreateTaskDraftRequest' });
export type CreateTaskDraftRequest = z.infer<typeof CreateTaskDraftRequestSchema>;

/** What an author may change on a derived task before publishing it; self-tests run again after every change. */
export const EditTaskDraftRequestSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(LIMITS.shortText).optional(),
    instructions: z.string().trim().min(1).max(LIMITS.longText).optional(),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    timeLimitSeconds: z
      .number()
      .int()
      .min(30)
      .max(4 * 3600)
      .optional(),
    /** Points per check, by check id. */
    weights: z.record(z.string().max(LIMITS.idChars), z.number().positive().max(100)).optional(),
    /** Caps per gated check, by check id; null removes the gate. */
    gates: z.record(z.string().max(LIMITS.idChars), z.number().min(0).max(1).nullable()).optional(),
    /** The functions an answer may use (the functions check's list). */
    allowedFunctions: z.array(z.string().trim().min(1).max(40)).min(1).max(20).optional(),
    /** Whether an answer found elsewhere in the workbook counts. */
    allowElsewhere: z.boolean().optional(),
    followUp: FollowUpSchema.omit({ id: true }).optional(),
  })
  .meta({ id: 'EditTaskDraftRequest' });
export type EditTaskDraftRequest = z.infer<typeof EditTaskDraftRequestSchema>;

export const AddSampleRequestSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(60),
    band: ExpectedBandSchema,
    workbook: UploadedWorkbookSchema,
  })
  .meta({ id: 'AddSampleRequest' });

/** A hidden-data variant as a small table: what it changed and its first rows per block. */
export const VariantPreviewSchema = z.strictObject({
  index: z.number().int(),
  changes: z.array(z.string()),
  blocks: z.array(z.strictObject({ sheet: z.string(), range: z.string(), rows: z.array(z.array(CellValueSchema)) })),
});

export const TaskDraftSchema = z
  .strictObject({
    id: UuidSchema,
    /** The task as derived and edited, private part included: the organisation's own. */
    task: TaskSpecSchema,
    notes: z.array(z.string()),
    selfTests: z.array(SelfTestSchema),
    /** True when every self-test passes: only then may the task be published. */
    publishable: z.boolean(),
    variants: z.array(VariantPreviewSchema),
    samples: z.array(z.strictObject({ name: z.string(), band: ExpectedBandSchema })),
    publishedTaskId: TaskIdSchema.nullable(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'TaskDraft' });
export type TaskDraft = z.infer<typeof TaskDraftSchema>;

export const TaskDraftListSchema = z
  .strictObject({
    drafts: z.array(
      z.strictObject({
        id: UuidSchema,
        title: z.string(),
        skill: z.string(),
        publishable: z.boolean(),
        publishedTaskId: TaskIdSchema.nullable(),
        updatedAt: z.iso.datetime({ offset: true }),
      }),
    ),
  })
  .meta({ id: 'TaskDraftList' });

export const PublishedTaskSchema = z
  .strictObject({ taskId: TaskIdSchema, version: z.number().int().min(1), supersedes: TaskIdSchema.nullable() })
  .meta({ id: 'PublishedTask' });

/** A one-time code the task pane's author mode is connected with (shown once, valid for minutes). */
export const AuthorCodeSchema = z
  .strictObject({ code: z.string(), expiresAt: z.iso.datetime({ offset: true }) })
  .meta({ id: 'AuthorCode' });

export const ConnectAuthorRequestSchema = z.strictObject({ code: z.string().trim().min(1).max(40) }).meta({ id: 'ConnectAuthorRequest' });
export const AuthorConnectionSchema = z
  .strictObject({ token: z.string(), expiresAt: z.iso.datetime({ offset: true }), organisation: z.string() })
  .meta({ id: 'AuthorConnection' });

export const CaptureKindSchema = z.enum(['starter', 'solved']);
export const CaptureRequestSchema = z.strictObject({ snapshot: WorkbookSnapshotSchema }).meta({ id: 'CaptureRequest' });
/** When each workbook was captured, or null while it is not. */
export const CapturesSchema = z
  .strictObject({ starter: z.iso.datetime().nullable(), solved: z.iso.datetime().nullable() })
  .meta({ id: 'Captures' });
export const DraftFromCapturesRequestSchema = z.strictObject({ brief: AuthoringBriefSchema }).meta({ id: 'DraftFromCapturesRequest' });
