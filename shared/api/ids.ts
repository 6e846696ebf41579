import { z } from 'zod';

/** Database ids and submission ids are UUIDs; the add-in makes submission ids itself. */
export const UuidSchema = z.uuid();
export const IdParamsSchema = z.strictObject({ id: UuidSchema });
