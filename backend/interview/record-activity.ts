import type { Sql } from '../db/client';
import { rangesOverlap } from '../../shared/a1';
import type { ActivityEvent } from '../../shared/api/activity';
import type { TaskSpec } from '../../shared/task';
import { cachedTask, loadTask } from '../tasks/store';
import { currentTaskId, type InterviewRecord } from './interview-record';

/** The most activity events one interview keeps: enough for hours of real work, not for a flood. */
export const MAX_ACTIVITY_EVENTS = 5_000;

/**
 * Stores a batch of the candidate's workbook activity as session events, in one statement, up to the
 * interview's cap. Events are stamped with the server's time: the client's `at` is only its claim, kept
 * in the payload and clamped to the interview's span, so nobody can push events into the future or
 * reorder the timeline. Returns how many were kept.
 */
export async function recordActivity(sql: Sql, session: InterviewRecord, events: ActivityEvent[], now: Date): Promise<number> {
  const [stored] = await sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM events WHERE session_id = ${session.id} AND type LIKE 'activity.%'`;
  const kept = events.slice(0, Math.max(0, MAX_ACTIVITY_EVENTS - stored!.n));
  if (kept.length === 0) return 0;
  const earliest = session.startedAt?.getTime() ?? now.getTime();
  const claimed = (at: string) => new Date(Math.min(now.getTime(), Math.max(earliest, new Date(at).getTime()))).toISOString();
  const taskId = currentTaskId(session);
  const task = taskId ? (cachedTask(taskId, session.currentTaskVersion) ?? (await loadTask(sql, session.orgId, taskId))) : null;
  const rows = kept.map((e) => ({
    org_id: session.orgId,
    session_id: session.id,
    type: `activity.${e.kind}`,
    payload: sql.json({ ...e, at: claimed(e.at), ...(task && pastedIntoAnswer(e, task) ? { inAnswer: true, taskId: task.id } : {}) }),
    at: now,
  }));
  await sql`INSERT INTO events ${sql(rows)}`;
  return rows.length;
}

/** A block pasted (not typed, not filled) over the task's answer area: process evidence the recruiter sees. */
function pastedIntoAnswer(e: ActivityEvent, task: TaskSpec): boolean {
  if ((e.kind !== 'paste' && e.kind !== 'bulk-values') || task.answer.kind !== 'range') return false;
  if (e.sheet.toLowerCase() !== task.answer.sheet.toLowerCase()) return false;
  try {
    return rangesOverlap(e.range, task.answer.range);
  } catch {
    // The range is the pane's claim; one that is not an A1 range is recorded as it came, unmarked.
    return false;
  }
}
