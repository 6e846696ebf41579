import { connect, type Sql } from '../../backend/db/client';
import { migrate } from '../../backend/db/migrate';
import { BUILT_IN_TASKS } from '../../backend/tasks/library';
import { foldTaskStats } from '../../backend/recruiting/task-stats';
import { syncTaskLibrary } from '../../backend/tasks/store';

/**
 * Seeds one organisation at the scale the dashboard must stay fast at: by default 100,000 interview
 * sessions (of 110,000 invites) with 10 scored hand-ins each (1,000,000 submissions and scores), spread
 * over the last 365 days and 10 assessments, plus 3 timeline events per session, then folded into the
 * per-task daily figures and vacuumed (as autovacuum would have by then). Rows are made inside
 * PostgreSQL with generate_series, so seeding takes a minute or two, not hours. Snapshots and score
 * results are small but real-shaped (a sheet with formulas; checks with evidence). Ids are made from
 * md5 with the UUID version and variant set, so they pass the API's UUID validation.
 *
 *   npm run seed:scale -- postgres://postgres:x@127.0.0.1:5432/ei_scale [sessions] [submissions per session]
 */
export const SCALE = { sessions: 100_000, perSession: 10, assessments: 10, days: 365 } as const;

export async function seedScale(sql: Sql, sessions: number = SCALE.sessions, perSession: number = SCALE.perSession): Promise<string> {
  await migrate(sql);
  await syncTaskLibrary(sql, BUILT_IN_TASKS);
  const taskIds = BUILT_IN_TASKS.map((t) => t.id);
  const [org] = await sql<{ id: string }[]>`INSERT INTO organisations (name) VALUES ('Scale Co') RETURNING id`;
  const orgId = org!.id;
  const invites = Math.round(sessions * 1.1);
  await sql`INSERT INTO users (org_id, email, name, role) VALUES (${orgId}, ${`scale-${orgId}@test.example`}, 'Scale Admin', 'admin')`;
  await sql`
    INSERT INTO assessments (org_id, name, level, length, created_at)
    SELECT ${orgId}, 'Scale assessment ' || a, 1 + a % 3, ${perSession}, now() - interval '400 days' FROM generate_series(0, ${SCALE.assessments - 1}) a`;
  // Each assessment's pool: `perSession` library tasks, rotated so every task is in some assessment.
  await sql`
    INSERT INTO assessment_tasks (assessment_id, position, task_id)
    SELECT a.id, p, (${sql.json(taskIds)}::jsonb ->> ((a.n * 3 + p) % ${taskIds.length})::int)
    FROM (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM assessments WHERE org_id = ${orgId}) a, generate_series(0, ${perSession - 1}) p`;
  await sql`
    INSERT INTO invites (id, org_id, assessment_id, code, candidate_name, candidate_email, expires_at, redeemed_at, created_at)
    SELECT overlay(overlay(md5('invite' || i) placing '4' from 13) placing '8' from 17)::uuid, ${orgId}, a.id, 'SCALE-' || i, 'Candidate ' || i, 'candidate' || i || '@scale.example',
      c.at + interval '14 days', CASE WHEN i <= ${sessions} THEN c.at + interval '1 hour' END, c.at
    FROM generate_series(1, ${invites}) i
    CROSS JOIN LATERAL (SELECT now() - (i % ${SCALE.days}) * interval '1 day' - (i % 1440) * interval '1 minute' AS at) c
    JOIN (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM assessments WHERE org_id = ${orgId}) a ON a.n = i % ${SCALE.assessments}`;
  // 2% still in progress, 10% ran out of time, the rest completed.
  await sql`
    INSERT INTO interviews (id, org_id, assessment_id, invite_id, token_hash, state, task_number, started_at, completed_at, created_at, expires_at, given_task_ids)
    SELECT overlay(overlay(md5('session' || i) placing '4' from 13) placing '8' from 17)::uuid, ${orgId}, inv.assessment_id, inv.id, md5('token' || i),
      CASE WHEN i % 50 = 0 THEN 'in_progress' WHEN i % 10 = 7 THEN 'expired' ELSE 'completed' END,
      CASE WHEN i % 50 = 0 THEN ${perSession} / 2 ELSE ${perSession} END,
      inv.redeemed_at, CASE WHEN i % 50 <> 0 AND i % 10 <> 7 THEN inv.redeemed_at + interval '45 minutes' END,
      inv.redeemed_at, inv.redeemed_at + interval '90 minutes', '[]'::jsonb
    FROM generate_series(1, ${sessions}) i JOIN invites inv ON inv.id = overlay(overlay(md5('invite' || i) placing '4' from 13) placing '8' from 17)::uuid`;
  // Scores differ by task, so the difficulty table has something to say.
  await sql`
    INSERT INTO submissions (id, org_id, session_id, task_id, snapshot, received_at, assessment_id, final_score, seconds_spent)
    SELECT overlay(overlay(md5('submission' || i || '-' || j) placing '4' from 13) placing '8' from 17)::uuid, ${orgId}, se.id, at.task_id,
      jsonb_build_object('version', 1, 'capturedAt', se.started_at, 'host', jsonb_build_object('platform', 'OfficeOnline', 'version', '16.0', 'requirementSets', '[]'::jsonb),
        'unsupported', '[]'::jsonb, 'activeSheet', 'Orders', 'names', '[]'::jsonb,
        'sheets', jsonb_build_array(jsonb_build_object('name', 'Orders', 'visible', true, 'usedRange', 'A1:D3', 'tables', '[]'::jsonb, 'pivotTables', '[]'::jsonb,
          'charts', '[]'::jsonb, 'conditionalFormats', '[]'::jsonb, 'dataValidations', '[]'::jsonb,
          'cells', jsonb_build_array(
            jsonb_build_object('address', 'D2', 'value', 39.9, 'formula', '=VLOOKUP(B2,Prices!$A$2:$B$9,2,FALSE)'),
            jsonb_build_object('address', 'D3', 'value', 19.95, 'formula', '=VLOOKUP(B3,Prices!$A$2:$B$9,2,FALSE)'))))),
      se.started_at + j * interval '4 minutes', se.assessment_id,
      round(least(1, greatest(0, 0.35 + (abs(hashtext(at.task_id)) % 50) / 100.0 + (abs(hashtext(i || '-' || j)) % 41 - 20) / 100.0))::numeric, 4),
      60 + abs(hashtext('t' || i || '-' || j)) % 900
    FROM generate_series(1, ${sessions}) i
    JOIN interviews se ON se.id = overlay(overlay(md5('session' || i) placing '4' from 13) placing '8' from 17)::uuid
    CROSS JOIN generate_series(0, ${perSession - 1}) j
    JOIN assessment_tasks at ON at.assessment_id = se.assessment_id AND at.position = j`;
  await sql`
    INSERT INTO scores (submission_id, org_id, score, points, max_points, scorer_version, result, created_at)
    SELECT s.id, s.org_id, s.final_score, s.final_score * 12, 12, 'scale-seed',
      jsonb_build_object('taskId', s.task_id, 'scorerVersion', 'scale-seed', 'points', s.final_score * 12, 'maxPoints', 12, 'score', s.final_score,
        'answerLocation', null, 'checks', jsonb_build_array(jsonb_build_object('id', 'values', 'kind', 'values', 'description', 'The answer cells hold the right values',
          'weight', 4, 'evaluated', true, 'passed', s.final_score >= 0.7, 'points', round(s.final_score * 4, 2), 'maxPoints', 4, 'evidenceOmitted', 0,
          'evidence', jsonb_build_array(jsonb_build_object('sheet', 'Orders', 'cell', 'D2:D3', 'formula', '=VLOOKUP(B2,Prices!$A$2:$B$9,2,FALSE)', 'note', 'checked against the reference'))))),
      s.received_at
    FROM submissions s WHERE s.org_id = ${orgId}`;
  await sql`
    INSERT INTO events (org_id, session_id, type, payload, at)
    SELECT ${orgId}, se.id, e.type, '{}'::jsonb, se.started_at + e.n * interval '10 minutes'
    FROM interviews se CROSS JOIN (VALUES (0, 'session_started'), (1, 'activity.formula'), (2, 'session_completed')) e(n, type)
    WHERE se.org_id = ${orgId}`;
  await sql`
    UPDATE interviews se SET overall_score = s.mean
    FROM (SELECT session_id, avg(final_score) AS mean FROM submissions WHERE org_id = ${orgId} GROUP BY session_id) s
    WHERE se.id = s.session_id`;
  // The hand-ins are folded into the per-task daily figures exactly as the running product folds them.
  await foldTaskStats(sql, orgId);
  await sql`VACUUM ANALYZE`;
  return orgId;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, sessions, perSession] = process.argv.slice(2);
  if (!url) {
    process.stderr.write('usage: npm run seed:scale -- <postgres url> [sessions=100000] [submissions per session=10]\n');
    process.exit(2);
  }
  const sql = connect(url, { max: 1 });
  const t0 = performance.now();
  const orgId = await seedScale(sql, sessions ? Number(sessions) : undefined, perSession ? Number(perSession) : undefined);
  process.stdout.write(`seeded organisation ${orgId} in ${Math.round((performance.now() - t0) / 1000)} s\n`);
  await sql.end();
}
