import { z } from 'zod';
import { CellValueSchema, RangeAddressSchema, SheetNameSchema } from './cells';
import { LIMITS } from './limits';

export const SkillSchema = z.enum([
  'lookups', 'conditional-aggregation', 'logic', 'text', 'dates', 'references',
  'pivot-tables', 'charts', 'conditional-formatting', 'data-cleaning', 'tables', 'data-validation',
]);
export type Skill = z.infer<typeof SkillSchema>;

export const TaskIdSchema = z
  .string()
  .min(3)
  .max(LIMITS.idChars)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/** A starter cell: a value, or a formula when the text starts with `=` (as Office's `range.formulas`). */
const StarterCellSchema = CellValueSchema;

export const StarterSheetSchema = z.strictObject({
  name: SheetNameSchema,
  /** Rows written from A1 down. */
  rows: z.array(z.array(StarterCellSchema).max(200)).max(5_000),
  /** Number formats by column letter, for example `{ "D": "#,##0.00" }`. */
  columnFormats: z.record(z.string().regex(/^[A-Z]{1,3}$/), z.string().max(LIMITS.shortText)).optional(),
});

/** Where the candidate's answer is expected. */
export const AnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('range'),
    sheet: SheetNameSchema,
    range: RangeAddressSchema,
    description: z.string().max(LIMITS.shortText),
  }),
  z.strictObject({
    kind: z.literal('object'),
    object: z.enum(['pivot-table', 'chart', 'table', 'conditional-format', 'data-validation']),
    sheet: SheetNameSchema.nullable(),
    description: z.string().max(LIMITS.shortText),
  }),
]);

/** The part of a task a candidate may see. Nothing here may help them reach the answer. */
export const TaskPublicSchema = z.strictObject({
  id: TaskIdSchema,
  title: z.string().min(1).max(LIMITS.shortText),
  skill: SkillSchema,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  instructions: z.string().min(1).max(LIMITS.longText),
  timeLimitSeconds: z.number().int().min(30).max(4 * 3600),
  starter: z.strictObject({ sheets: z.array(StarterSheetSchema).min(1).max(10) }),
  answer: AnswerSchema,
}).meta({ id: 'TaskPublic' });
export type TaskPublic = z.infer<typeof TaskPublicSchema>;

const checkBase = {
  id: z.string().min(1).max(LIMITS.idChars),
  /** What the check proves, in words a recruiter understands. */
  description: z.string().min(1).max(LIMITS.shortText),
  weight: z.number().positive().max(100),
};

/** A deterministic check. Each kind is graded by one module in `backend/scoring/checks/`. */
export const CheckSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...checkBase,
    kind: z.literal('values'),
    sheet: SheetNameSchema,
    range: RangeAddressSchema,
    /** Expected values row by row, on the starter data. */
    expected: z.array(z.array(CellValueSchema).max(200)).max(5_000),
    tolerance: z.number().min(0).max(1).default(1e-9),
  }),
  z.strictObject({
    ...checkBase,
    kind: z.literal('formulas'),
    sheet: SheetNameSchema,
    range: RangeAddressSchema,
  }),
]);
export type Check = z.infer<typeof CheckSchema>;

export const FollowUpSchema = z.strictObject({
  id: z.string().min(1).max(LIMITS.idChars),
  question: z.string().min(1).max(LIMITS.shortText * 5),
  /** What a good answer mentions; each point is worth the same. */
  rubric: z.array(z.strictObject({ point: z.string().min(1).max(LIMITS.shortText), keywords: z.array(z.string().max(60)).max(20) })).min(1).max(10),
});

/** How hidden-data variants are made from the starter data. Graded from the scoring issue on. */
export const HiddenDataSchema = z.strictObject({
  seed: z.number().int(),
  variants: z.number().int().min(5).max(50),
  sheet: SheetNameSchema,
  /** The data rows below the header that a variant may shuffle, add to, remove from and change. */
  dataRange: RangeAddressSchema,
});

/** The part of a task that never leaves the backend. */
export const TaskPrivateSchema = z.strictObject({
  solution: z.strictObject({
    formulas: z.array(z.strictObject({ sheet: SheetNameSchema, cell: RangeAddressSchema, formula: z.string().startsWith('=').max(LIMITS.formulaChars) })).max(5_000),
    notes: z.string().max(LIMITS.longText).optional(),
  }),
  checks: z.array(CheckSchema).min(1).max(50),
  hiddenData: HiddenDataSchema.nullable(),
  followUps: z.array(FollowUpSchema).max(20),
});
export type TaskPrivate = z.infer<typeof TaskPrivateSchema>;

/** A whole task, as stored in `backend/tasks/` and in the database. */
export const TaskSpecSchema = z.strictObject({
  ...TaskPublicSchema.shape,
  private: TaskPrivateSchema,
});
export type TaskSpec = z.infer<typeof TaskSpecSchema>;
