import { z } from 'zod';
import { LIMITS } from './limits';

/** An A1 cell address without a sheet: `B7`, `AA10`. Absolute markers are not allowed here. */
export const CellAddressSchema = z
  .string()
  .max(12)
  .regex(/^[A-Z]{1,3}[1-9][0-9]{0,6}$/, 'must be an A1 cell address such as B7');

/** An A1 range without a sheet: `B2:B20`, or a single cell. */
export const RangeAddressSchema = z
  .string()
  .max(25)
  .regex(/^[A-Z]{1,3}[1-9][0-9]{0,6}(:[A-Z]{1,3}[1-9][0-9]{0,6})?$/, 'must be an A1 range such as B2:B20');

/** A range that may name its sheet, as Excel writes it: `Sales!A2:A20`, `'Q1 data'!B3`. */
export const QualifiedRangeSchema = z.string().min(1).max(LIMITS.shortText);

export const SheetNameSchema = z
  .string()
  .min(1)
  .max(LIMITS.sheetNameChars)
  .regex(/^[^\\/?*[\]:]+$/, 'must be a valid Excel sheet name');

/** What a cell holds after calculation: Excel's value types, with errors carried as their text (`#N/A`). */
export const CellValueSchema = z.union([z.number(), z.string().max(LIMITS.cellTextChars), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof CellValueSchema>;
