import type { Queryable } from '../db/client';

/**
 * SQL for a hand-in's own formulas (as `[{sheet, cell, formula}]`, at most `limit`): those on the sheet its
 * answer is on (where the grader found it, else where the task puts it), not every earlier task's in the same
 * workbook. Reads the aliases `s` (submissions), `sc` (scores) and `t` (tasks) of the surrounding query.
 */
export const answerFormulas = (sql: Queryable, limit: number) => sql`
  (SELECT json_agg(json_build_object('sheet', f.sheet, 'cell', f.cell, 'formula', f.formula)) FROM (
     SELECT sh->>'name' AS sheet, c->>'address' AS cell, c->>'formula' AS formula
     FROM jsonb_array_elements(s.snapshot->'sheets') sh, jsonb_array_elements(sh->'cells') c
     WHERE c ? 'formula' AND (sh->>'name') IS NOT DISTINCT FROM COALESCE(sc.result->'answerLocation'->>'sheet', t.spec->'answer'->>'sheet', sh->>'name')
     LIMIT ${limit}) f)`;
