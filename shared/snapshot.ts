import { z } from 'zod';
import { CellAddressSchema, CellValueSchema, QualifiedRangeSchema, RangeAddressSchema, SheetNameSchema } from './cells';
import { EXCEL, functionNesting, onExcelGrid } from './excel-limits';
import { LIMITS } from './limits';

const shortText = z.string().max(LIMITS.shortText);

/** One non-empty cell as the add-in read it: Excel's value, and the formula when there is one. */
export const SnapshotCellSchema = z
  .strictObject({
    address: CellAddressSchema,
    value: CellValueSchema,
    /** Set when the value is an Excel error; `value` then holds the same text (`#N/A`). */
    error: z.string().max(20).optional(),
    formula: z.string().max(LIMITS.formulaChars).startsWith('=').optional(),
    formulaR1C1: z.string().max(LIMITS.formulaChars).startsWith('=').optional(),
    numberFormat: shortText.optional(),
  })
  .meta({ id: 'SnapshotCell' });
export type SnapshotCell = z.infer<typeof SnapshotCellSchema>;

export const SnapshotTableSchema = z.strictObject({
  name: shortText,
  range: RangeAddressSchema,
  headers: z.array(shortText).max(16_384),
  showTotals: z.boolean(),
  style: shortText.nullable(),
});

export const AggregationSchema = z.enum([
  'Sum',
  'Count',
  'Average',
  'Max',
  'Min',
  'Product',
  'CountNumbers',
  'StandardDeviation',
  'StandardDeviationP',
  'Variance',
  'VarianceP',
  'Automatic',
  'Unknown',
]);

export const SnapshotPivotSchema = z.strictObject({
  name: shortText,
  source: QualifiedRangeSchema.nullable(),
  location: QualifiedRangeSchema.nullable(),
  rows: z.array(shortText).max(LIMITS.objectsPerSheet),
  columns: z.array(shortText).max(LIMITS.objectsPerSheet),
  filters: z.array(shortText).max(LIMITS.objectsPerSheet),
  values: z.array(z.strictObject({ name: shortText, field: shortText, summarizeBy: AggregationSchema })).max(LIMITS.objectsPerSheet),
});

export const SnapshotChartSchema = z.strictObject({
  name: shortText,
  type: shortText,
  title: shortText.nullable(),
  series: z
    .array(
      z.strictObject({
        name: shortText.nullable(),
        values: QualifiedRangeSchema.nullable(),
        categories: QualifiedRangeSchema.nullable(),
      }),
    )
    .max(LIMITS.seriesPerChart),
});

/**
 * A rule Excel applies to a range — a conditional format or a data validation — as Excel describes it:
 * its type, and the operator, formulas or criteria that type has.
 */
const RangeRuleSchema = z.strictObject({
  range: QualifiedRangeSchema,
  type: shortText,
  rule: z.record(z.string().max(40), z.union([z.string().max(LIMITS.formulaChars), z.number(), z.boolean(), z.null()])),
});

export const SnapshotConditionalFormatSchema = RangeRuleSchema;
export const SnapshotDataValidationSchema = RangeRuleSchema;
export type SnapshotRangeRule = z.infer<typeof RangeRuleSchema>;

export const SnapshotSheetSchema = z
  .strictObject({
    name: SheetNameSchema,
    visible: z.boolean(),
    usedRange: RangeAddressSchema.nullable(),
    cells: z.array(SnapshotCellSchema).max(LIMITS.cellsPerSheet),
    tables: z.array(SnapshotTableSchema).max(LIMITS.objectsPerSheet),
    pivotTables: z.array(SnapshotPivotSchema).max(LIMITS.objectsPerSheet),
    charts: z.array(SnapshotChartSchema).max(LIMITS.objectsPerSheet),
    conditionalFormats: z.array(SnapshotConditionalFormatSchema).max(LIMITS.objectsPerSheet),
    dataValidations: z.array(SnapshotDataValidationSchema).max(LIMITS.objectsPerSheet),
  })
  .superRefine((sheet, ctx) => {
    // What Excel itself refuses, named by cell; formulas longer than Excel allows fail the field's own limit.
    sheet.cells.forEach((cell, i) => {
      if (!onExcelGrid(cell.address)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cells', i, 'address'],
          message: `${sheet.name}!${cell.address} is outside Excel's grid (A1 to XFD${EXCEL.rows})`,
        });
      }
      const nesting = cell.formula ? functionNesting(cell.formula) : 0;
      if (nesting > EXCEL.nestingLevels) {
        ctx.addIssue({
          code: 'custom',
          path: ['cells', i, 'formula'],
          message: `${sheet.name}!${cell.address} nests functions ${nesting} levels deep; Excel allows ${EXCEL.nestingLevels}`,
        });
      }
    });
  })
  .meta({ id: 'SnapshotSheet' });
export type SnapshotSheet = z.infer<typeof SnapshotSheetSchema>;

/** What the add-in reads from the workbook when a candidate submits. Version 1. */
export const WorkbookSnapshotSchema = z
  .strictObject({
    version: z.literal(1),
    capturedAt: z.iso.datetime(),
    host: z.strictObject({
      platform: shortText,
      version: shortText,
      requirementSets: z.array(shortText).max(100),
    }),
    /** Features this host could not read, so the grader knows absence from unreadability. */
    unsupported: z.array(z.strictObject({ feature: shortText, reason: shortText })).max(50),
    activeSheet: SheetNameSchema.nullable(),
    sheets: z.array(SnapshotSheetSchema).min(1).max(LIMITS.sheetsPerWorkbook),
    names: z.array(z.strictObject({ name: shortText, formula: z.string().max(LIMITS.formulaChars) })).max(LIMITS.namesPerWorkbook),
    /**
     * The task pane's stamps: which interview set the workbook up for which task, in the workbook's custom
     * document properties and (ExcelApi 1.12) in each task sheet's own, which travel with a sheet copied
     * into another workbook. Absent where the host cannot read them (before ExcelApi 1.7) or in older hand-ins.
     */
    stamps: z
      .array(
        z.strictObject({
          taskId: shortText,
          interviewId: shortText,
          /** The sheet whose custom properties carry it; absent for the document's. */
          sheet: SheetNameSchema.optional(),
        }),
      )
      .max(50)
      .optional(),
  })
  .meta({ id: 'WorkbookSnapshot' });
export type WorkbookSnapshot = z.infer<typeof WorkbookSnapshotSchema>;
