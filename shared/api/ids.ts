import { z } from 'zod';

/** Database ids and submission ids are UUIDs; the add-in makes submission ids itself. */
export const UuidSchema = z.uuid();
export const IdParamsSchema = z.strictObject({ id: UuidSchema });

/**
 * A calendar day a filter may name: ISO `YYYY-MM-DD` from 1900 to 2999. PostgreSQL has no year 0 and the
 * product has no data outside that span, so `0000-01-01` is refused with a 400 instead of failing in the query.
 */
export const FilterDaySchema = z.iso.date().refine((day) => {
  const year = Number(day.slice(0, 4));
  return year >= 1900 && year <= 2999;
}, 'must be a day between 1900-01-01 and 2999-12-31');
