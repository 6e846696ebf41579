import type { Queryable } from '../db/client';

export type AuditAction =
  | 'score.override'
  | 'score.rescore'
  | 'user.invite'
  | 'user.activate'
  | 'user.remove'
  | 'user.role'
  | 'user.password_change'
  | 'user.password_reset'
  | 'candidate.delete'
  | 'organisation.create'
  | 'api_token.create'
  | 'api_token.revoke'
  | 'settings.update'
  | 'invite.revoke'
  | 'invite.resend'
  | 'interview.stage'
  | 'interview.note'
  | 'share.create'
  | 'share.revoke'
  | 'share.open'
  | 'assessment.update'
  | 'assessment.version'
  | 'assessment.archive'
  | 'assessment.restore'
  | 'task.draft'
  | 'task.edit'
  | 'task.publish'
  | 'grading.confirm'
  | 'grading.correct';

/** Appends one line to the organisation's audit log (never updated, never deleted). */
export async function audit(
  sql: Queryable,
  entry: { orgId: string; userId: string | null; action: AuditAction; targetId?: string; details?: Record<string, unknown> },
): Promise<void> {
  await sql`INSERT INTO audit_log (org_id, user_id, action, target_id, details)
    VALUES (${entry.orgId}, ${entry.userId}, ${entry.action}, ${entry.targetId ?? null}, ${sql.json((entry.details ?? {}) as never)})`;
}

/** Appends one line per entry, in one statement: a bulk action writes a line for each thing it changed. */
export async function auditMany(
  sql: Queryable,
  who: { orgId: string; userId: string | null },
  action: AuditAction,
  entries: { targetId: string; details: Record<string, unknown> }[],
): Promise<void> {
  if (entries.length === 0) return;
  await sql`INSERT INTO audit_log ${sql(
    entries.map((e) => ({ org_id: who.orgId, user_id: who.userId, action, target_id: e.targetId, details: sql.json(e.details as never) })),
  )}`;
}
