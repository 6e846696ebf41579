import type { Sql } from '../db/client';

export const CSV_COLUMNS = [
  'session_id',
  'candidate_name',
  'candidate_email',
  'assessment',
  'state',
  'invited_at',
  'started_at',
  'completed_at',
  'tasks_handed_in',
  'overall_score',
  'score_status',
  'task_scores',
] as const;

/**
 * One CSV field. Every text is quoted (RFC 4180), quotes doubled: Excel in a locale whose list separator is
 * `;` splits unquoted fields at `;`, so `Eve;=cmd|…` unquoted became a cell starting with `=`. A text that
 * Excel would run as a formula (`=`, `+`, `-`, `@`, tab, CR) is also prefixed with `'`: the file is opened
 * in Excel, and a candidate's name must not become a formula there.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

interface CsvRow {
  id: string;
  candidate_name: string;
  candidate_email: string;
  assessment: string;
  state: string;
  invited_at: Date;
  started_at: Date | null;
  completed_at: Date | null;
  task_number: number;
  overall_score: string | null;
  task_scores: string | null;
}

/** Every interview of the organisation (optionally one assessment), one line each, newest first. */
export async function resultsCsv(
  sql: Sql,
  orgId: string,
  filter: { assessmentId?: string | undefined; sessionIds?: string[] | undefined },
): Promise<string> {
  const rows = await sql<CsvRow[]>`
    SELECT se.id, i.candidate_name, i.candidate_email, a.name AS assessment, se.state, i.created_at AS invited_at, se.started_at,
      se.completed_at, se.task_number, se.overall_score,
      (SELECT string_agg(s.task_id || '=' || s.final_score::text || CASE WHEN s.late THEN ' (late)' ELSE '' END, '; ' ORDER BY s.received_at)
         FROM submissions s WHERE s.session_id = se.id) AS task_scores
    FROM interviews se JOIN invites i ON i.id = se.invite_id JOIN assessments a ON a.id = se.assessment_id
    WHERE se.org_id = ${orgId} ${filter.assessmentId ? sql`AND se.assessment_id = ${filter.assessmentId}` : sql``}
      ${filter.sessionIds?.length ? sql`AND se.id IN ${sql(filter.sessionIds)}` : sql``}
    ORDER BY se.created_at DESC LIMIT 100000`;
  const lines = rows.map((r) =>
    [
      r.id,
      r.candidate_name,
      r.candidate_email,
      r.assessment,
      r.state,
      r.invited_at.toISOString(),
      r.started_at?.toISOString() ?? null,
      r.completed_at?.toISOString() ?? null,
      r.task_number,
      r.overall_score === null ? null : Number(r.overall_score),
      // Out of the whole assessment either way; while the interview goes on it is a score so far, not a result.
      r.overall_score === null ? null : r.state === 'in_progress' ? 'so far' : 'final',
      r.task_scores,
    ]
      .map(csvField)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
