import { z } from 'zod';
import { CellValueSchema, RangeAddressSchema, SheetNameSchema } from './cells';
import { LIMITS } from './limits';

export const SkillSchema = z.enum([
  'lookups',
  'conditional-aggregation',
  'logic',
  'text',
  'dates',
  'references',
  'pivot-tables',
  'charts',
  'conditional-formatting',
  'data-cleaning',
  'tables',
  'data-validation',
]);
export type Skill = z.infer<typeof SkillSchema>;

/** Each skill's name as people read it: the one list the task pane and the dashboard both show. */
export const SKILL_NAMES: Record<Skill, string> = {
  lookups: 'Lookups',
  'conditional-aggregation': 'Conditional sums',
  logic: 'Logic',
  text: 'Text',
  dates: 'Dates',
  'pivot-tables': 'Pivot tables',
  charts: 'Charts',
  'data-cleaning': 'Data cleaning',
  'conditional-formatting': 'Conditional formatting',
  'data-validation': 'Data validation',
  tables: 'Tables',
  references: 'References',
};
export const skillName = (skill: string): string => SKILL_NAMES[skill as Skill] ?? skill;

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
  rows: z.array(z.array(StarterCellSchema).max(200)).max(20_000),
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
    /** The answer may sit elsewhere (a helper column, another sheet); the grader looks for it. */
    allowElsewhere: z.boolean().default(false),
  }),
  z.strictObject({
    kind: z.literal('object'),
    object: z.enum(['pivot-table', 'chart', 'table', 'conditional-format', 'data-validation', 'sorted-data', 'deduplicated-data']),
    sheet: SheetNameSchema.nullable(),
    description: z.string().max(LIMITS.shortText),
  }),
]);

/** The part of a task a candidate may see. Nothing here may help them reach the answer. */
export const TaskPublicSchema = z
  .strictObject({
    id: TaskIdSchema,
    title: z.string().min(1).max(LIMITS.shortText),
    skill: SkillSchema,
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    instructions: z.string().min(1).max(LIMITS.longText),
    timeLimitSeconds: z
      .number()
      .int()
      .min(30)
      .max(4 * 3600),
    starter: z.strictObject({ sheets: z.array(StarterSheetSchema).min(1).max(10) }),
    answer: AnswerSchema,
    /** Whether the task asks for formulas (it has a formulas check); set on the public part, so the pane can warn before a hand-in of typed values. */
    formulasAsked: z.boolean().optional(),
  })
  .meta({ id: 'TaskPublic' });
export type TaskPublic = z.infer<typeof TaskPublicSchema>;

const checkBase = {
  id: z.string().min(1).max(LIMITS.idChars),
  /** What the check proves, in words a recruiter understands. */
  description: z.string().min(1).max(LIMITS.shortText),
  weight: z.number().positive().max(100),
};
const inRange = { sheet: SheetNameSchema, range: RangeAddressSchema };
const name = z.string().min(1).max(LIMITS.shortText);
const ruleSubset = z.record(z.string().max(40), z.union([z.string().max(LIMITS.formulaChars), z.number(), z.boolean()]));

/** A deterministic check. Each kind is graded by one module in `backend/scoring/checks/`. */
export const CheckSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...checkBase,
    ...inRange,
    kind: z.literal('values'),
    /** Expected values row by row; when left out, what the reference solution computes on the starter data. */
    expected: z.array(z.array(CellValueSchema).max(200)).max(20_000).optional(),
    /** Relative tolerance for numbers (of the larger of 1 and the expected magnitude). */
    tolerance: z.number().min(0).max(1).default(1e-9),
  }),
  z.strictObject({ ...checkBase, ...inRange, kind: z.literal('formulas') }),
  z.strictObject({
    ...checkBase,
    ...inRange,
    kind: z.literal('functions'),
    /** Each answer formula must call at least one of these (empty: no requirement). */
    anyOf: z.array(name).max(20).default([]),
    /** No answer formula may call any of these. */
    forbidden: z.array(name).max(20).default([]),
  }),
  z.strictObject({ ...checkBase, ...inRange, kind: z.literal('no-hard-coding') }),
  z.strictObject({ ...checkBase, ...inRange, kind: z.literal('fill-down') }),
  z.strictObject({ ...checkBase, kind: z.literal('hidden-data') }),
  z.strictObject({
    ...checkBase,
    kind: z.literal('pivot-table'),
    sheet: SheetNameSchema.nullable(),
    source: RangeAddressSchema.nullable(),
    rows: z.array(name).max(10),
    columns: z.array(name).max(10),
    filters: z.array(name).max(10),
    values: z.array(z.strictObject({ field: name, summarizeBy: z.string().max(40) })).max(10),
  }),
  z.strictObject({
    ...checkBase,
    kind: z.literal('chart'),
    sheet: SheetNameSchema.nullable(),
    /** Accepted chart types, as Office.js names them (`ColumnClustered`, `Line`…). */
    types: z.array(name).min(1).max(20),
    series: z.array(z.strictObject({ values: name, categories: name.nullable() })).max(10),
    titleRequired: z.boolean(),
  }),
  z.strictObject({
    ...checkBase,
    ...inRange,
    kind: z.literal('conditional-format'),
    types: z.array(name).min(1).max(10),
    /** Rule fields that must match (formulas compared without spaces, case-insensitively). */
    rule: ruleSubset,
  }),
  z.strictObject({
    ...checkBase,
    kind: z.literal('table'),
    sheet: SheetNameSchema,
    /** The table must cover this range (headers included). */
    range: RangeAddressSchema,
    headers: z.array(name).max(100),
    /** The table's name, when the instructions ask for one (Excel compares table names ignoring case). */
    name: name.optional(),
  }),
  z.strictObject({ ...checkBase, ...inRange, kind: z.literal('data-validation'), type: name, rule: ruleSubset }),
  z.strictObject({ ...checkBase, ...inRange, kind: z.literal('number-format'), formats: z.array(name).min(1).max(20) }),
  z.strictObject({
    ...checkBase,
    ...inRange,
    kind: z.literal('sort-order'),
    /** Columns to sort by, most significant first. */
    keys: z
      .array(z.strictObject({ column: z.string().regex(/^[A-Z]{1,3}$/), order: z.enum(['asc', 'desc']) }))
      .min(1)
      .max(5),
  }),
  z.strictObject({
    ...checkBase,
    ...inRange,
    kind: z.literal('no-duplicates'),
    /** Columns that together identify a row. */
    keyColumns: z
      .array(z.string().regex(/^[A-Z]{1,3}$/))
      .min(1)
      .max(20),
  }),
]);
export type Check = z.infer<typeof CheckSchema>;
export type CheckKind = Check['kind'];

export const FollowUpSchema = z.strictObject({
  id: z.string().min(1).max(LIMITS.idChars),
  question: z
    .string()
    .min(1)
    .max(LIMITS.shortText * 5),
  /** What a good answer mentions; each point is worth the same. */
  rubric: z
    .array(z.strictObject({ point: z.string().min(1).max(LIMITS.shortText), keywords: z.array(z.string().max(60)).max(20) }))
    .min(1)
    .max(10),
});

export type FollowUp = z.infer<typeof FollowUpSchema>;

/** How one column of a data block changes from variant to variant. Columns not listed keep their values. */
export const ColumnGeneratorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('keep') }),
  /** Unique identifiers; variants replace some with new ones (keys added and removed). */
  z.strictObject({ kind: z.literal('key'), prefix: z.string().max(20) }),
  z.strictObject({
    kind: z.literal('number'),
    min: z.number(),
    max: z.number(),
    decimals: z.number().int().min(0).max(4),
    /**
     * Boundary values (tier thresholds) that some rows take exactly, so `>` and `>=` are told apart: numbers,
     * or cells (`Tiers!A3`) of a block listed earlier, whose value in the same variant is the boundary.
     */
    edges: z
      .array(z.union([z.number(), z.string().regex(/^[^!]+![A-Z]{1,3}\d+$/, 'a number or a cell such as Tiers!A3')]))
      .max(10)
      .default([]),
    /** Another column of the block (`C`) whose value some rows take exactly: ties, such as sales equal to target. */
    tiesWith: z
      .string()
      .regex(/^[A-Z]{1,3}$/)
      .optional(),
  }),
  z.strictObject({ kind: z.literal('date'), from: z.number().int(), to: z.number().int() }),
  z.strictObject({ kind: z.literal('category'), values: z.array(z.string().max(LIMITS.shortText)).min(1).max(100) }),
  /** Values drawn from another block's column (`Prices!A2:A9`), so lookups find them; some may be missing. */
  z.strictObject({ kind: z.literal('pick'), from: z.string().max(LIMITS.shortText), missingRate: z.number().min(0).max(1).default(0) }),
  /** Text drawn from a list, optionally made messy (extra spaces, changed case) for cleaning tasks. */
  z.strictObject({
    kind: z.literal('text'),
    values: z.array(z.string().max(LIMITS.shortText)).min(1).max(200),
    messy: z.boolean().default(false),
  }),
]);

export const DataBlockSchema = z.strictObject({
  sheet: SheetNameSchema,
  /** The data rows (no header) that variants replace. */
  range: RangeAddressSchema,
  columns: z.record(z.string().regex(/^[A-Z]{1,3}$/), ColumnGeneratorSchema),
  duplicates: z.boolean().default(true),
  blanks: z.boolean().default(false),
  textNumbers: z.boolean().default(false),
});

/** How hidden-data variants are made: seeded, so every run of the grader sees the same variants. */
export const HiddenDataSchema = z.strictObject({
  seed: z.number().int(),
  variants: z.number().int().min(5).max(50),
  blocks: z.array(DataBlockSchema).min(1).max(10),
});
export type HiddenData = z.infer<typeof HiddenDataSchema>;

/**
 * "Without this, the rest counts for little": when the named check fails, the task's score is at most `cap`
 * (typed-in answers in a formula task: at most 20%). A check that partly passes raises the cap in
 * proportion (`cap + (1 − cap) × its share of points`); a check that was not run applies no cap.
 */
export const GateSchema = z.strictObject({
  check: z.string().min(1).max(LIMITS.idChars),
  cap: z.number().min(0).max(1),
  /** Why, in the recruiter's words: shown with the score when the gate applies. */
  reason: z.string().min(1).max(LIMITS.shortText),
});

/** The part of a task that never leaves the backend. */
export const TaskPrivateSchema = z
  .strictObject({
    solution: z.strictObject({
      formulas: z
        .array(
          z.strictObject({
            sheet: SheetNameSchema,
            cell: RangeAddressSchema,
            formula: z.string().startsWith('=').max(LIMITS.formulaChars),
          }),
        )
        .max(5_000),
      notes: z.string().max(LIMITS.longText).optional(),
    }),
    checks: z.array(CheckSchema).min(1).max(50),
    gates: z.array(GateSchema).max(10).default([]),
    hiddenData: HiddenDataSchema.nullable(),
    followUps: z.array(FollowUpSchema).max(20),
  })
  .superRefine((spec, ctx) => {
    spec.gates.forEach((gate, i) => {
      if (!spec.checks.some((c) => c.id === gate.check))
        ctx.addIssue({
          code: 'custom',
          path: ['gates', i, 'check'],
          message: `the gate names "${gate.check}", which is not one of this task's checks`,
        });
    });
  });
export type TaskPrivate = z.infer<typeof TaskPrivateSchema>;

/** A whole task, as stored in `backend/tasks/` and in the database. */
export const TaskSpecSchema = z.strictObject({
  ...TaskPublicSchema.shape,
  private: TaskPrivateSchema,
});
export type TaskSpec = z.infer<typeof TaskSpecSchema>;

/** Whether a task asks for formulas: it has a formulas check. What the pane warns about and the follow-up asks after. */
export const asksForFormulas = (task: TaskSpec): boolean => task.private.checks.some((c) => c.kind === 'formulas');
