import type { Sql } from '../db/client';
import type { JoinInfo } from '../../shared/api/invites';
import { normaliseInviteCode } from '../../shared/invite-code';

interface JoinRow {
  code: string;
  candidate_name: string;
  expires_at: Date;
  redeemed_at: Date | null;
  revoked_at: Date | null;
  organisation: string;
  time_zone: string;
  candidate_message: string | null;
  assessment: string;
  task_count: number;
  time_limit_seconds: number;
  allow_file_upload: boolean;
}

/** What an invite is, for its code, as the candidate's page shows it; the same words for any code that does not work. */
export async function joinInfo(sql: Sql, rawCode: string, now: Date): Promise<JoinInfo> {
  const code = normaliseInviteCode(rawCode);
  if (!code) return { state: 'unknown' };
  const [row] = await sql<JoinRow[]>`
    SELECT i.code, i.candidate_name, i.expires_at, i.redeemed_at, i.revoked_at, o.name AS organisation, o.time_zone,
      o.candidate_message, a.name AS assessment, a.time_limit_seconds, a.allow_file_upload,
      LEAST(COALESCE(a.length, 1000), (SELECT count(*)::int FROM assessment_tasks t WHERE t.assessment_id = a.id)) AS task_count
    FROM invites i JOIN organisations o ON o.id = i.org_id JOIN assessments a ON a.id = i.assessment_id
    WHERE i.code = ${code}`;
  if (!row) return { state: 'unknown' };
  const closed = { organisation: row.organisation, timeZone: row.time_zone };
  if (row.redeemed_at) return { state: 'redeemed', ...closed, at: row.redeemed_at.toISOString() };
  if (row.revoked_at) return { state: 'revoked', ...closed, at: row.revoked_at.toISOString() };
  if (row.expires_at <= now) return { state: 'expired', ...closed, at: row.expires_at.toISOString() };
  return {
    state: 'open',
    code: row.code,
    candidateName: row.candidate_name,
    organisation: row.organisation,
    timeZone: row.time_zone,
    message: row.candidate_message,
    assessment: row.assessment,
    taskCount: row.task_count,
    minutes: Math.round(row.time_limit_seconds / 60),
    expiresAt: row.expires_at.toISOString(),
    fileUpload: row.allow_file_upload,
  };
}
