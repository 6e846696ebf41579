import type { Queryable, Sql } from '../db/client';
import { audit } from '../accounts/audit';
import type { Recruiter } from '../accounts/recruiter';
import type { Assessment, CreateAssessmentRequest } from '../../shared/api/assessments';
import type { Skill } from '../../shared/task';
import { inTransaction } from '../db/transaction';

export type CreateAssessmentOutcome = { ok: true; assessment: Assessment } | { ok: false; reason: 'unknown_tasks'; taskIds: string[] };

interface AssessmentRow {
  id: string;
  name: string;
  level: number;
  created_at: Date;
  task_ids: string[] | null;
  skills: Skill[] | null;
  length: number | null;
  adaptive: boolean;
  time_limit_seconds: number;
  llm_share: string;
  grace_seconds: number;
  late_counts: boolean;
  allow_file_upload: boolean;
  personal_data: boolean;
  follow_up_share: string;
  version: number;
  previous_id: string | null;
  in_use: boolean;
  archived_at: Date | null;
}

const toAssessment = (row: AssessmentRow): Assessment => ({
  id: row.id,
  name: row.name,
  level: row.level,
  taskIds: row.task_ids ?? [],
  skills: [...new Set(row.skills ?? [])],
  length: row.length ?? (row.task_ids ?? []).length,
  adaptive: row.adaptive,
  timeLimitSeconds: row.time_limit_seconds,
  llmShare: Number(row.llm_share),
  graceSeconds: row.grace_seconds,
  lateCounts: row.late_counts,
  allowFileUpload: row.allow_file_upload,
  personalData: row.personal_data,
  followUpShare: Number(row.follow_up_share),
  createdAt: row.created_at.toISOString(),
  version: row.version,
  previousId: row.previous_id,
  inUse: row.in_use,
  archivedAt: row.archived_at?.toISOString() ?? null,
});

export type UpdateAssessmentOutcome =
  | { ok: true; assessment: Assessment; versioned: boolean }
  | { ok: false; reason: 'unknown_tasks'; taskIds: string[] }
  | { ok: false; reason: 'not_found' | 'archived' };

/** Assessments of one organisation; nothing here can read another's. */
export function assessmentsFor(sql: Sql, orgId: string) {
  const unknownTasks = async (taskIds: string[]) => {
    const known = await sql<{ id: string }[]>`
      SELECT id FROM tasks WHERE id IN ${sql(taskIds)} AND (org_id IS NULL OR org_id = ${orgId})`;
    return taskIds.filter((id) => !known.some((k) => k.id === id));
  };
  const insertAssessment = async (
    tx: Queryable,
    input: CreateAssessmentRequest & { createdBy: string | null },
    lineage: { version: number; previousId: string | null },
  ): Promise<string> => {
    const [row] = await tx<{ id: string }[]>`
      INSERT INTO assessments (org_id, name, level, created_by, length, adaptive, time_limit_seconds, llm_share,
        grace_seconds, late_counts, follow_up_share, version, previous_id, allow_file_upload, personal_data)
      VALUES (${orgId}, ${input.name}, ${input.level}, ${input.createdBy}, ${input.length ?? null}, ${input.adaptive},
        ${input.timeLimitSeconds}, ${input.llmShare}, ${input.graceSeconds}, ${input.lateCounts}, ${input.followUpShare},
        ${lineage.version}, ${lineage.previousId}, ${input.allowFileUpload}, ${input.personalData}) RETURNING id`;
    await tx`INSERT INTO assessment_tasks ${tx(input.taskIds.map((taskId, position) => ({ assessment_id: row!.id, position, task_id: taskId })))}`;
    return row!.id;
  };
  const select = (where: ReturnType<Sql>) => sql<AssessmentRow[]>`
    SELECT a.id, a.name, a.level, a.created_at, a.length, a.adaptive, a.time_limit_seconds, a.llm_share,
      a.grace_seconds, a.late_counts, a.allow_file_upload, a.personal_data, a.follow_up_share, a.version, a.previous_id, a.archived_at,
      EXISTS (SELECT 1 FROM invites i WHERE i.assessment_id = a.id) AS in_use,
      json_agg(t.id ORDER BY at.position) FILTER (WHERE t.id IS NOT NULL) AS task_ids,
      json_agg(t.skill ORDER BY at.position) FILTER (WHERE t.id IS NOT NULL) AS skills
    FROM assessments a
    LEFT JOIN assessment_tasks at ON at.assessment_id = a.id
    LEFT JOIN tasks t ON t.id = at.task_id
    WHERE a.org_id = ${orgId} ${where}
    GROUP BY a.id
    ORDER BY a.created_at DESC
    LIMIT 500`;

  return {
    async list(filter: { archived: boolean } = { archived: false }): Promise<Assessment[]> {
      return (await select(filter.archived ? sql`` : sql`AND a.archived_at IS NULL`)).map(toAssessment);
    },

    async get(id: string): Promise<Assessment | null> {
      const [row] = await select(sql`AND a.id = ${id}`);
      return row ? toAssessment(row) : null;
    },

    async create(input: CreateAssessmentRequest & { createdBy: string | null }): Promise<CreateAssessmentOutcome> {
      const unknown = await unknownTasks(input.taskIds);
      if (unknown.length > 0) return { ok: false, reason: 'unknown_tasks', taskIds: unknown };
      const id = await inTransaction(sql, (tx) => insertAssessment(tx, input, { version: 1, previousId: null }));
      return { ok: true, assessment: (await this.get(id))! };
    },

    /**
     * Edits an assessment: in place while no one was invited to it; once in use, as a new version (the old
     * one is archived and keeps its interviews), so a result always reads against the rules it was taken under.
     */
    async update(id: string, input: CreateAssessmentRequest, who: Recruiter): Promise<UpdateAssessmentOutcome> {
      const unknown = await unknownTasks(input.taskIds);
      if (unknown.length > 0) return { ok: false, reason: 'unknown_tasks', taskIds: unknown };
      const outcome = await inTransaction(sql, async (tx) => {
        const [current] = await tx<{ version: number; archived_at: Date | null; in_use: boolean }[]>`
          SELECT version, archived_at, EXISTS (SELECT 1 FROM invites WHERE assessment_id = ${id}) AS in_use
          FROM assessments WHERE id = ${id} AND org_id = ${orgId} FOR UPDATE`;
        if (!current) return { ok: false, reason: 'not_found' } as const;
        if (current.archived_at) return { ok: false, reason: 'archived' } as const;
        if (!current.in_use) {
          await tx`
            UPDATE assessments SET name = ${input.name}, level = ${input.level}, length = ${input.length ?? null}, adaptive = ${input.adaptive},
              time_limit_seconds = ${input.timeLimitSeconds}, llm_share = ${input.llmShare}, grace_seconds = ${input.graceSeconds},
              late_counts = ${input.lateCounts}, follow_up_share = ${input.followUpShare}, allow_file_upload = ${input.allowFileUpload},
              personal_data = ${input.personalData}
            WHERE id = ${id}`;
          await tx`DELETE FROM assessment_tasks WHERE assessment_id = ${id}`;
          await tx`INSERT INTO assessment_tasks ${tx(input.taskIds.map((taskId, position) => ({ assessment_id: id, position, task_id: taskId })))}`;
          await audit(tx, { orgId, userId: who.userId, action: 'assessment.update', targetId: id });
          return { ok: true, id, versioned: false } as const;
        }
        const next = await insertAssessment(tx, { ...input, createdBy: who.userId }, { version: current.version + 1, previousId: id });
        await tx`UPDATE assessments SET archived_at = now() WHERE id = ${id}`;
        await audit(tx, {
          orgId,
          userId: who.userId,
          action: 'assessment.version',
          targetId: id,
          details: { newId: next, version: current.version + 1 },
        });
        return { ok: true, id: next, versioned: true } as const;
      });
      if (!outcome.ok) return outcome;
      return { ok: true, assessment: (await this.get(outcome.id))!, versioned: outcome.versioned };
    },

    /** Archives an assessment (no new invites; interviews and results stay), or brings it back. Null when it is not this organisation's. */
    async setArchived(id: string, archived: boolean, who: Recruiter): Promise<Assessment | null> {
      const changed = await inTransaction(sql, async (tx) => {
        const [row] = await tx`
          UPDATE assessments SET archived_at = ${archived ? sql`COALESCE(archived_at, now())` : null}
          WHERE id = ${id} AND org_id = ${orgId} RETURNING id`;
        if (row)
          await audit(tx, { orgId, userId: who.userId, action: archived ? 'assessment.archive' : 'assessment.restore', targetId: id });
        return row !== undefined;
      });
      return changed ? this.get(id) : null;
    },
  };
}
