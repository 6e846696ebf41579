import type { Sql } from '../../backend/db/client';
import { hashToken, newToken, TOKEN_PREFIX } from '../../backend/crypto/tokens';
import { newInviteCode } from '../../backend/crypto/tokens';
import { openSignIn } from '../../backend/accounts/sign-ins';

export interface Organisation {
  orgId: string;
  userId: string;
  /** A recruiter API token for this organisation. */
  token: string;
}

let counter = 0;

/** A new organisation with one recruiter and an API token; every test makes its own. */
export async function anOrganisation(sql: Sql, settings: { scoresShown?: boolean } = {}): Promise<Organisation> {
  const n = `${Date.now()}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
  const token = newToken(TOKEN_PREFIX.apiToken);
  const [org] = await sql<{ id: string }[]>`
    INSERT INTO organisations (name, candidates_see_scores) VALUES (${`Org ${n}`}, ${settings.scoresShown ?? false}) RETURNING id`;
  const [user] = await sql<{ id: string }[]>`
    INSERT INTO users (org_id, email, name, role) VALUES (${org!.id}, ${`recruiter-${n}@test.example`}, 'Rita Recruiter', 'recruiter') RETURNING id`;
  await sql`INSERT INTO api_tokens (org_id, user_id, name, token_hash) VALUES (${org!.id}, ${user!.id}, 'test', ${await hashToken(token)})`;
  return { orgId: org!.id, userId: user!.id, token };
}

/** The two tasks test interviews run, in order. */
export const TEST_TASK_IDS = ['price-lookup-vlookup', 'regional-sales-sumifs'];

/** An assessment of the given library tasks (the two test tasks by default), in order unless adaptive. */
export async function anAssessment(
  sql: Sql,
  orgId: string,
  taskIds = TEST_TASK_IDS,
  rules: {
    adaptive?: boolean;
    level?: number;
    length?: number;
    timeLimitSeconds?: number;
    graceSeconds?: number;
    lateCounts?: boolean;
    /** Each candidate their own data (the default), or the same shared data for all. */
    personalData?: boolean;
  } = {},
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    INSERT INTO assessments (org_id, name, adaptive, level, length, time_limit_seconds, grace_seconds, late_counts, personal_data)
    VALUES (${orgId}, 'Screening', ${rules.adaptive ?? false}, ${rules.level ?? 1}, ${rules.length ?? null}, ${rules.timeLimitSeconds ?? 5400},
      ${rules.graceSeconds ?? 30}, ${rules.lateCounts ?? false}, ${rules.personalData ?? true}) RETURNING id`;
  await sql`INSERT INTO assessment_tasks ${sql(taskIds.map((task_id, position) => ({ assessment_id: row!.id, position, task_id })))}`;
  return row!.id;
}

/** An invite straight in the database, for states the API cannot make quickly (already expired). */
export async function anInvite(
  sql: Sql,
  orgId: string,
  assessmentId: string,
  expiresAt = new Date(Date.now() + 86_400_000),
): Promise<string> {
  const code = newInviteCode();
  await sql`
    INSERT INTO invites (org_id, assessment_id, code, candidate_name, candidate_email, expires_at)
    VALUES (${orgId}, ${assessmentId}, ${code}, 'Casey Candidate', 'casey@test.example', ${expiresAt})`;
  return code;
}

/** How many rows a table holds for one organisation: the measure of "nothing half-written". */
export async function countRows(
  sql: Sql,
  table: 'submissions' | 'scores' | 'events' | 'invites' | 'interviews' | 'task_drafts',
  orgId: string,
): Promise<number> {
  const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM ${sql(table)} WHERE org_id = ${orgId}`;
  return row!.n;
}

/** A colleague signed in to the dashboard: the cookie and CSRF header a browser would send. */
export interface SignedIn {
  userId: string;
  headers: { cookie: string; 'x-csrf-token': string };
}

export async function aSignedInUser(sql: Sql, orgId: string, role: 'admin' | 'recruiter'): Promise<SignedIn> {
  const n = `${Date.now()}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
  const [user] = await sql<{ id: string }[]>`
    INSERT INTO users (org_id, email, name, role, password_hash) VALUES (${orgId}, ${`${role}-${n}@test.example`}, ${`Sam ${role}`}, ${role}, 'set elsewhere')
    RETURNING id`;
  const session = await openSignIn(sql, { id: user!.id, org_id: orgId }, new Date());
  return { userId: user!.id, headers: { cookie: `ei_session=${session.token}`, 'x-csrf-token': session.csrfToken } };
}

/** An integration's API token: made from the admin page, it belongs to no user and acts as a recruiter. */
export async function anIntegrationToken(sql: Sql, orgId: string): Promise<string> {
  const token = newToken(TOKEN_PREFIX.apiToken);
  await sql`INSERT INTO api_tokens (org_id, name, token_hash) VALUES (${orgId}, 'integration', ${await hashToken(token)})`;
  return token;
}
