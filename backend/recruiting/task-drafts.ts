import type { AuthoringBrief, SelfTest } from '../../shared/authoring';
import type { EditTaskDraftRequest, TaskDraft, UploadedWorkbook } from '../../shared/api/task-drafts';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import { TaskSpecSchema, type TaskSpec } from '../../shared/task';
import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { audit } from '../accounts/audit';
import type { Recruiter } from '../accounts/recruiter';
import { deriveTask, DerivationError } from '../authoring/derive-task';
import { selfTest, type Sample } from '../authoring/self-test';
import { makeVariants } from '../scoring/evaluator/variants';
import type { LlmClient } from '../llm/client';
import { readXlsx, WorkbookFileError } from '../workbook-file/read-xlsx';
import { draftFollowUpByModel } from './draft-follow-up-by-model';

/** Cells an authored task's workbooks may hold: every self-test scores them, so they stay interview-sized. */
export const AUTHORING_MAX_CELLS = 50_000;

/** Why a workbook is too large for an authored task (every self-test scores it), or null. */
export function tooManyCells(snapshot: WorkbookSnapshot): string | null {
  const cells = snapshot.sheets.reduce((n, s) => n + s.cells.length, 0);
  return cells > AUTHORING_MAX_CELLS ? `has ${cells} cells; an authored task's workbook may have ${AUTHORING_MAX_CELLS}.` : null;
}

export type DraftRefusal =
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'unreadable'; field: string; message: string }
  | { ok: false; reason: 'not_a_task'; message: string }
  | { ok: false; reason: 'invalid_edit'; field: string; message: string }
  | { ok: false; reason: 'self_tests_failed'; message: string };

interface DraftRow {
  id: string;
  family: string;
  brief: AuthoringBrief;
  starter: WorkbookSnapshot;
  solved: WorkbookSnapshot;
  samples: Sample[];
  task: TaskSpec;
  notes: string[];
  self_tests: SelfTest[];
  published_task_id: string | null;
  updated_at: Date;
}

const decode = (base64: string) => Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));

/** An uploaded workbook as a snapshot, or why not, naming the field it came in. */
async function snapshotOf(upload: UploadedWorkbook, field: string): Promise<{ ok: true; snapshot: WorkbookSnapshot } | DraftRefusal> {
  try {
    const snapshot = await readXlsx(decode(upload.contentBase64));
    const tooMany = tooManyCells(snapshot);
    if (tooMany) return { ok: false, reason: 'unreadable', field, message: `${upload.fileName} ${tooMany}` };
    return { ok: true, snapshot };
  } catch (error) {
    if (error instanceof WorkbookFileError || error instanceof DOMException) {
      return {
        ok: false,
        reason: 'unreadable',
        field,
        message: `${upload.fileName}: ${error instanceof WorkbookFileError ? error.message : 'the file is not in base64.'}`,
      };
    }
    throw error;
  }
}

/** The first rows of each block of each hidden variant: what the review shows as small tables. */
function variantPreview(task: TaskSpec): TaskDraft['variants'] {
  return makeVariants(task).map((v) => ({
    index: v.index,
    changes: v.changes,
    // A variant's blocks are the hidden data's, in its order (two may share a sheet).
    blocks: v.blocks.map((b, k) => ({
      sheet: b.sheet,
      range: task.private.hiddenData?.blocks[k]?.range ?? '',
      rows: b.rows
        .slice(0, 6)
        .map((row) => row.map((cell) => (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean' ? cell : null))),
    })),
  }));
}

const viewOf = (row: DraftRow): TaskDraft => ({
  id: row.id,
  task: row.task,
  notes: row.notes,
  selfTests: row.self_tests,
  publishable: row.self_tests.every((t) => t.passed),
  variants: variantPreview(row.task),
  samples: row.samples.map((s) => ({ name: s.name, band: s.band })),
  publishedTaskId: row.published_task_id,
  updatedAt: row.updated_at.toISOString(),
});

/** The derived task with the author's edits, validated as a whole; a refusal names the field that broke it. */
function edited(task: TaskSpec, edit: EditTaskDraftRequest): { ok: true; task: TaskSpec } | DraftRefusal {
  const checks = task.private.checks.map((check) => {
    const weight = edit.weights?.[check.id] ?? check.weight;
    if (check.kind === 'functions' && edit.allowedFunctions)
      return { ...check, weight, anyOf: edit.allowedFunctions.map((f) => f.toUpperCase()) };
    return { ...check, weight };
  });
  for (const id of Object.keys({ ...edit.weights, ...edit.gates }))
    if (!checks.some((c) => c.id === id))
      return { ok: false, reason: 'invalid_edit', field: 'weights', message: `This task has no check "${id}".` };
  const gates = checks.flatMap((check) => {
    const existing = task.private.gates.find((g) => g.check === check.id);
    const cap = edit.gates && check.id in edit.gates ? edit.gates[check.id] : existing?.cap;
    if (cap === undefined || cap === null) return [];
    return [
      {
        check: check.id,
        cap,
        reason: existing?.reason ?? `Without "${check.description}", the task counts for at most ${Math.round(cap * 100)}%.`,
      },
    ];
  });
  const answer =
    task.answer.kind === 'range' && edit.allowElsewhere !== undefined
      ? { ...task.answer, allowElsewhere: edit.allowElsewhere }
      : task.answer;
  const followUps = edit.followUp ? [{ id: task.private.followUps[0]?.id ?? 'follow-up', ...edit.followUp }] : task.private.followUps;
  const parsed = TaskSpecSchema.safeParse({
    ...task,
    ...(edit.title ? { title: edit.title } : {}),
    ...(edit.instructions ? { instructions: edit.instructions } : {}),
    ...(edit.level ? { difficulty: edit.level } : {}),
    ...(edit.timeLimitSeconds ? { timeLimitSeconds: edit.timeLimitSeconds } : {}),
    answer,
    private: { ...task.private, checks, gates, followUps },
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: 'invalid_edit', field: issue.path.join('.'), message: issue.message };
  }
  return { ok: true, task: parsed.data };
}

/** An organisation's own tasks, authored from workbooks: drafts derived, reviewed, self-tested and published as versions. */
export function taskDraftsFor(sql: Sql, who: Recruiter, llm: LlmClient | null = null) {
  const { orgId, userId } = who;
  const load = async (id: string) =>
    (
      await sql<DraftRow[]>`SELECT id, family, brief, starter, solved, samples, task, notes, self_tests, published_task_id, updated_at
      FROM task_drafts WHERE id = ${id} AND org_id = ${orgId}`
    )[0] ?? null;

  async function save(row: DraftRow, task: TaskSpec, samples: Sample[], action: 'task.edit'): Promise<TaskDraft> {
    const tests = selfTest(task, row.starter, row.solved, samples);
    const [saved] = await inTransaction(sql, async (tx) => {
      await audit(tx, { orgId, userId, action, targetId: row.id });
      return tx<DraftRow[]>`UPDATE task_drafts SET task = ${sql.json(task)}, samples = ${sql.json(samples as never)},
          self_tests = ${sql.json(tests)}, updated_at = now()
        WHERE id = ${row.id} AND org_id = ${orgId}
        RETURNING id, family, brief, starter, solved, samples, task, notes, self_tests, published_task_id, updated_at`;
    });
    return viewOf(saved!);
  }

  return {
    /** Reads both workbooks, then derives the task as `fromSnapshots` does. */
    async create(
      brief: AuthoringBrief,
      starterFile: UploadedWorkbook,
      solvedFile: UploadedWorkbook,
    ): Promise<{ ok: true; draft: TaskDraft } | DraftRefusal> {
      const starter = await snapshotOf(starterFile, 'starter');
      if (!starter.ok) return starter;
      const solved = await snapshotOf(solvedFile, 'solved');
      if (!solved.ok) return solved;
      return this.fromSnapshots(brief, starter.snapshot, solved.snapshot);
    },

    /** Derives the task from the two workbooks and runs its self-tests; the draft keeps the snapshots for later runs. */
    async fromSnapshots(
      brief: AuthoringBrief,
      starterSnapshot: WorkbookSnapshot,
      solvedSnapshot: WorkbookSnapshot,
    ): Promise<{ ok: true; draft: TaskDraft } | DraftRefusal> {
      const starter = { snapshot: starterSnapshot };
      const solved = { snapshot: solvedSnapshot };
      let derivation;
      try {
        derivation = deriveTask(starter.snapshot, solved.snapshot, brief);
      } catch (error) {
        if (error instanceof DerivationError) return { ok: false, reason: 'not_a_task', message: error.message };
        throw error;
      }
      const drafted = await draftFollowUpByModel(llm, derivation.task);
      const task = drafted.followUp
        ? { ...derivation.task, private: { ...derivation.task.private, followUps: [drafted.followUp] } }
        : derivation.task;
      const notes = [...derivation.notes, drafted.note];
      const tests = selfTest(task, starter.snapshot, solved.snapshot);
      const [row] = await inTransaction(sql, async (tx) => {
        const rows = await tx<DraftRow[]>`
          INSERT INTO task_drafts (org_id, created_by, family, brief, starter, solved, task, notes, self_tests)
          VALUES (${orgId}, ${userId}, ${task.id}, ${sql.json(brief)}, ${sql.json(starter.snapshot)}, ${sql.json(solved.snapshot)},
            ${sql.json(task)}, ${sql.json(notes)}, ${sql.json(tests)})
          RETURNING id, family, brief, starter, solved, samples, task, notes, self_tests, published_task_id, updated_at`;
        await audit(tx, { orgId, userId, action: 'task.draft', targetId: rows[0]!.id, details: { title: task.title } });
        return rows;
      });
      return { ok: true, draft: viewOf(row!) };
    },

    async list() {
      const rows = await sql<
        { id: string; title: string; skill: string; publishable: boolean; published_task_id: string | null; updated_at: Date }[]
      >`
        SELECT id, task->>'title' AS title, task->>'skill' AS skill,
          NOT jsonb_path_exists(self_tests, '$[*] ? (@.passed == false)') AS publishable, published_task_id, updated_at
        FROM task_drafts WHERE org_id = ${orgId} ORDER BY updated_at DESC LIMIT 200`;
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        skill: r.skill,
        publishable: r.publishable,
        publishedTaskId: r.published_task_id,
        updatedAt: r.updated_at.toISOString(),
      }));
    },

    async get(id: string): Promise<TaskDraft | null> {
      const row = await load(id);
      return row ? viewOf(row) : null;
    },

    async edit(id: string, edit: EditTaskDraftRequest): Promise<{ ok: true; draft: TaskDraft } | DraftRefusal> {
      const row = await load(id);
      if (!row) return { ok: false, reason: 'not_found' };
      const next = edited(row.task, edit);
      if (!next.ok) return next;
      return { ok: true, draft: await save(row, next.task, row.samples, 'task.edit') };
    },

    /** A sample answer with the band its author expects, scored from now on with every self-test run. */
    async addSample(
      id: string,
      name: string,
      band: [number, number],
      file: UploadedWorkbook,
    ): Promise<{ ok: true; draft: TaskDraft } | DraftRefusal> {
      const row = await load(id);
      if (!row) return { ok: false, reason: 'not_found' };
      const sample = await snapshotOf(file, 'workbook');
      if (!sample.ok) return sample;
      const samples = [...row.samples.filter((s) => s.name !== name), { name, band, snapshot: sample.snapshot }].slice(-20);
      return { ok: true, draft: await save(row, row.task, samples, 'task.edit') };
    },

    /**
     * Publishes the draft as the newest version of its task: a new task id (`<name>-<org>-v<n>`), the older
     * version superseded (assessments built with it keep it). Refused while a self-test fails.
     */
    async publish(id: string): Promise<{ ok: true; taskId: string; version: number; supersedes: string | null } | DraftRefusal> {
      return inTransaction(sql, async (tx) => {
        const [row] = await tx<
          DraftRow[]
        >`SELECT id, family, task, self_tests FROM task_drafts WHERE id = ${id} AND org_id = ${orgId} FOR UPDATE`;
        if (!row) return { ok: false, reason: 'not_found' } as const;
        const failing = row.self_tests.filter((t) => !t.passed);
        if (failing.length)
          return {
            ok: false,
            reason: 'self_tests_failed',
            message: `The task cannot be published while a self-test fails: ${failing.map((t) => `${t.name} (${t.detail})`).join('; ')}.`,
          } as const;
        const [next] = await tx<{ version: number }[]>`
          SELECT coalesce(max(version), 0)::int + 1 AS version FROM tasks WHERE org_id = ${orgId} AND family = ${row.family}`;
        const version = next!.version;
        const taskId = `${row.family.slice(0, 80).replace(/-+$/, '')}-${orgId.replace(/-/g, '').slice(0, 6)}-v${version}`;
        const spec = TaskSpecSchema.parse({ ...row.task, id: taskId });
        await tx`INSERT INTO tasks (id, org_id, skill, difficulty, spec, family, version)
          VALUES (${taskId}, ${orgId}, ${spec.skill}, ${spec.difficulty}, ${sql.json(spec)}, ${row.family}, ${version})`;
        const [older] = await tx<{ id: string }[]>`UPDATE tasks SET superseded_at = now()
          WHERE org_id = ${orgId} AND family = ${row.family} AND id <> ${taskId} AND superseded_at IS NULL RETURNING id`;
        await tx`UPDATE task_drafts SET published_task_id = ${taskId}, updated_at = now() WHERE id = ${id}`;
        await audit(tx, { orgId, userId, action: 'task.publish', targetId: id, details: { taskId, version } });
        return { ok: true, taskId, version, supersedes: older?.id ?? null } as const;
      });
    },
  };
}
