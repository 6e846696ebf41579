import type { Sql } from '../db/client';
import { parseCell } from '../../shared/a1';
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
  const a = box(e.range);
  const b = box(task.answer.range);
  return a !== null && b !== null && a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function box(range: string): { top: number; left: number; bottom: number; right: number } | null {
  try {
    const [from, to = from] = range.split(':') as [string, string?];
    const a = parseCell(from);
    const b = parseCell(to);
    return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  } catch {
    return null;
  }
}
