import type { ScoreResult } from '../../shared/score';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { fnv1a } from '../../shared/random';
import type { Sql } from '../db/client';
import { personalise } from '../scoring/evaluator/personal-data';
import { issuedDataFlags } from '../scoring/issued-data';
import { cachedTask, loadTask } from '../tasks/store';

/**
 * The seed of an interview's own data, from its invitation: the same before the code is redeemed (a
 * candidate handing in files downloads the starter first) as after, when it is kept with the interview.
 */
export const dataSeedFor = (inviteId: string): number => fnv1a(inviteId) >>> 1;

/** Personalised tasks kept, newest last: an interview's requests ask for the same few again and again. */
const KEPT = 256;
const kept = new Map<string, { from: TaskSpec; task: TaskSpec }>();

/**
 * The task as this interview's candidate has it: with their own data when the interview has a seed (every
 * interview since the seed was kept), else the shared starter data. Kept per parsed task and seed.
 */
function asIssued(task: TaskSpec, interview: { dataSeed: number | null }): TaskSpec {
  if (interview.dataSeed === null) return task;
  const key = `${task.id}@${interview.dataSeed}`;
  const hit = kept.get(key);
  if (hit && hit.from === task) return hit.task;
  const issued = personalise(task, interview.dataSeed);
  kept.delete(key);
  if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
  kept.set(key, { from: task, task: issued });
  return issued;
}

/**
 * Loads a task for an interview, as issued to it: the parsed copy when `version` is the one kept (the
 * current task's, read with the interview), else from the database.
 */
export async function loadIssuedTask(
  sql: Sql,
  interview: { orgId: string; dataSeed: number | null },
  taskId: string,
  version: string | null = null,
): Promise<TaskSpec | null> {
  const task = cachedTask(taskId, version) ?? (await loadTask(sql, interview.orgId, taskId));
  return task ? asIssued(task, interview) : null;
}

/** The score with the signs that the workbook is another candidate's, for interviews with their own data. */
export function withIssuedDataFlags(
  result: ScoreResult,
  snapshot: WorkbookSnapshot,
  issued: TaskSpec,
  interview: { id: string; dataSeed: number | null },
): ScoreResult {
  if (interview.dataSeed === null) return result;
  const flags = issuedDataFlags(snapshot, issued, interview.id);
  return flags.length ? { ...result, integrityFlags: [...(result.integrityFlags ?? []), ...flags].slice(0, 50) } : result;
}
