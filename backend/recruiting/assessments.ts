import type { Sql } from '../db/client';
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
  follow_up_share: string;
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
  followUpShare: Number(row.follow_up_share),
  createdAt: row.created_at.toISOString(),
});

/** Assessments of one organisation; nothing here can read another's. */
export function assessmentsFor(sql: Sql, orgId: string) {
  const select = (where: ReturnType<Sql>) => sql<AssessmentRow[]>`
    SELECT a.id, a.name, a.level, a.created_at, a.length, a.adaptive, a.time_limit_seconds, a.llm_share,
      a.grace_seconds, a.late_counts, a.follow_up_share,
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
    async list(): Promise<Assessment[]> {
      return (await select(sql``)).map(toAssessment);
    },

    async get(id: string): Promise<Assessment | null> {
      const [row] = await select(sql`AND a.id = ${id}`);
      return row ? toAssessment(row) : null;
    },

    async create(input: CreateAssessmentRequest & { createdBy: string | null }): Promise<CreateAssessmentOutcome> {
      const known = await sql<{ id: string }[]>`
        SELECT id FROM tasks WHERE id IN ${sql(input.taskIds)} AND (org_id IS NULL OR org_id = ${orgId})`;
      const unknown = input.taskIds.filter((id) => !known.some((k) => k.id === id));
      if (unknown.length > 0) return { ok: false, reason: 'unknown_tasks', taskIds: unknown };
      const id = await inTransaction(sql, async (tx) => {
        const [row] = await tx<{ id: string }[]>`
          INSERT INTO assessments (org_id, name, level, created_by, length, adaptive, time_limit_seconds, llm_share,
            grace_seconds, late_counts, follow_up_share)
          VALUES (${orgId}, ${input.name}, ${input.level}, ${input.createdBy}, ${input.length ?? null}, ${input.adaptive},
            ${input.timeLimitSeconds}, ${input.llmShare}, ${input.graceSeconds}, ${input.lateCounts}, ${input.followUpShare}) RETURNING id`;
        await tx`INSERT INTO assessment_tasks ${tx(input.taskIds.map((taskId, position) => ({ assessment_id: row!.id, position, task_id: taskId })))}`;
        return row!.id;
      });
      return { ok: true, assessment: (await this.get(id))! };
    },
  };
}
