import { z } from 'zod';

/** What the candidate did in the workbook, as the add-in observes it: the process evidence of an interview. */
export const ActivityEventSchema = z.strictObject({
  /**
   * One cell typed (`edit`, `formula`), one formula filled over a block (`fill`), a block that appeared at once
   * otherwise (`paste`), a sheet added; `bulk-values` is what panes before paste and fill were told apart sent.
   */
  kind: z.enum(['edit', 'formula', 'fill', 'paste', 'bulk-values', 'sheet-added']),
  sheet: z.string().max(31),
  /** The range changed, without the sheet (`D2`, `A2:C40`). */
  range: z.string().max(40),
  /** How many cells the change covered. */
  cells: z.number().int().min(0).max(17_179_869_184),
  at: z.iso.datetime(),
});
export type ActivityEvent = z.infer<typeof ActivityEventSchema>;

export const ActivityBatchSchema = z
  .strictObject({
    events: z.array(ActivityEventSchema).min(1).max(500),
  })
  .meta({ id: 'ActivityBatch' });
export type ActivityBatch = z.infer<typeof ActivityBatchSchema>;

export const ActivityAcceptedSchema = z.strictObject({ accepted: z.number().int() }).meta({ id: 'ActivityAccepted' });
