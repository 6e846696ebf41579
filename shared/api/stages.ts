import { z } from 'zod';

/** A pipeline stage's name, as an organisation writes it. */
export const StageNameSchema = z.string().trim().min(1, 'name the stage').max(40);

/** An organisation's pipeline, in order; the first is where every new interview starts. */
export const StagesSchema = z
  .array(StageNameSchema)
  .min(1, 'keep at least one stage')
  .max(12, 'at most 12 stages')
  .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, 'each stage needs its own name');

export const DEFAULT_STAGES = ['New', 'Shortlisted', 'On hold', 'Rejected', 'Hired'] as const;
