import type { Sql } from '../db/client';
import { hashPassword } from '../crypto/password';
import { hashToken, newInviteCode, newToken, TOKEN_PREFIX } from '../crypto/tokens';
import { inTransaction } from '../db/transaction';

/** What a person needs to try the product on a fresh install. Secrets here are demo-only and local. */
export interface DemoCredentials {
  organisation: string;
  organisationId: string;
  email: string;
  password: string;
  apiToken: string;
  assessmentId: string;
  inviteCode: string;
}

const DEMO_EMAIL = 'recruiter@demo.example';
/** A short screening from the library: a lookup, a conditional sum and a text clean-up. */
export const DEMO_TASK_IDS = ['price-lookup-vlookup', 'regional-sales-sumifs', 'clean-names-trim-proper'];
const DEMO_INVITE_DAYS = 30;

/**
 * On an empty database, creates a demo organisation with a recruiter, an API token, an assessment of
 * the given tasks and one invite. Returns null when the database already has an organisation.
 */
export async function seedDemo(sql: Sql, now: Date, taskIds: string[] = DEMO_TASK_IDS): Promise<DemoCredentials | null> {
  const password = newToken('').slice(0, 16);
  const apiToken = newToken(TOKEN_PREFIX.apiToken);
  const inviteCode = newInviteCode();
  const passwordHash = await hashPassword(password);
  const tokenHash = await hashToken(apiToken);
  return inTransaction(sql, async (tx) => {
    // Serialises two first starts against one database, so only one seeds.
    await tx`LOCK TABLE organisations IN EXCLUSIVE MODE`;
    const [existing] = await tx`SELECT 1 FROM organisations LIMIT 1`;
    if (existing) return null;
    const [org] = await tx<{ id: string }[]>`INSERT INTO organisations (name) VALUES ('Demo Company') RETURNING id`;
    const [user] = await tx<{ id: string }[]>`
      INSERT INTO users (org_id, email, name, role, password_hash)
      VALUES (${org!.id}, ${DEMO_EMAIL}, 'Demo Recruiter', 'admin', ${passwordHash}) RETURNING id`;
    await tx`INSERT INTO api_tokens (org_id, user_id, name, token_hash) VALUES (${org!.id}, ${user!.id}, 'Demo token', ${tokenHash})`;
    const [assessment] = await tx<{ id: string }[]>`
      INSERT INTO assessments (org_id, name, level, created_by) VALUES (${org!.id}, 'Analyst screening (demo)', 1, ${user!.id}) RETURNING id`;
    await tx`INSERT INTO assessment_tasks ${tx(taskIds.map((task_id, position) => ({ assessment_id: assessment!.id, position, task_id })))}`;
    await tx`
      INSERT INTO invites (org_id, assessment_id, code, candidate_name, candidate_email, expires_at, created_by)
      VALUES (${org!.id}, ${assessment!.id}, ${inviteCode}, 'Demo Candidate', 'candidate@demo.example',
        ${new Date(now.getTime() + DEMO_INVITE_DAYS * 86_400_000)}, ${user!.id})`;
    return {
      organisation: 'Demo Company',
      organisationId: org!.id,
      email: DEMO_EMAIL,
      password,
      apiToken,
      assessmentId: assessment!.id,
      inviteCode,
    };
  });
}
