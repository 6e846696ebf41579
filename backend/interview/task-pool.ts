import type { Queryable } from '../db/client';

/**
 * The SQL that reads an assessment's tasks as the adaptive order needs them (`PoolTask[]`, in the
 * assessment's order): skill, authored level, and the learned level where the newest calibration trusts it.
 * `assessmentColumn` names the column holding the assessment's id in the surrounding query.
 */
export const taskPoolOf = (sql: Queryable, assessmentColumn: string) => sql`
  (SELECT json_agg(json_build_object('id', t.id, 'skill', t.skill, 'difficulty', t.difficulty,
      'learned', CASE WHEN c.in_use THEN json_build_object('level', c.level, 'handIns', c.hand_ins) END) ORDER BY at.position)
   FROM assessment_tasks at JOIN tasks t ON t.id = at.task_id LEFT JOIN task_calibrations c ON c.task_id = t.id
   WHERE at.assessment_id = ${sql(assessmentColumn)})`;

/** The SQL that reads how the newest calibration's logits map to levels (`LevelScale`), null before the first. */
export const levelScaleOf = (sql: Queryable) => sql`
  (SELECT json_build_object('mean', f.level_mean, 'scale', f.level_scale) FROM calibration_fits f ORDER BY f.id DESC LIMIT 1)`;
