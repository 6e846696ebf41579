import type { Sql } from '../db/client';
import { normaliseInviteCode } from '../../shared/invite-code';
import type { TaskPublic } from '../../shared/task';
import { publicPartOf } from '../tasks/public-part';
import { readXlsx, WorkbookFileError } from '../workbook-file/read-xlsx';
import { dataSeedFor, loadIssuedTask } from './issued-task';
import { taskPoolOf } from './task-pool';
import { chooseNextTask, type PoolTask } from './next-task';
import { currentTaskId, loadInterview, type InterviewRecord } from './interview-record';
import { receiveHandIn, type HandInServices } from './receive-hand-in';
import { redeemInvite } from './redeem-invite';

/** Where a candidate who hands in files stands: the task to do now (its starter is theirs to download), or why none. */
export type FileInterview =
  | { ok: false; reason: 'not_found' | 'revoked' | 'expired' }
  | { ok: true; organisation: string; candidateName: string; task: TaskPublic | null; handedIn: number };

interface InviteRow {
  id: string;
  org_id: string;
  organisation: string;
  candidate_name: string;
  expires_at: Date;
  revoked_at: Date | null;
  allow_file_upload: boolean;
  personal_data: boolean;
  interview_id: string | null;
  level: number;
  length: number | null;
  adaptive: boolean;
  pool: PoolTask[] | null;
  handed_in: number;
}

async function inviteFor(sql: Sql, rawCode: string): Promise<InviteRow | null> {
  const code = normaliseInviteCode(rawCode);
  if (!code) return null;
  const [row] = await sql<InviteRow[]>`
    SELECT i.id, i.org_id, o.name AS organisation, i.candidate_name, i.expires_at, i.revoked_at, a.allow_file_upload, a.personal_data,
      se.id AS interview_id, a.level, a.length, a.adaptive,
      ${taskPoolOf(sql, 'a.id')} AS pool,
      (SELECT count(*)::int FROM submissions s WHERE s.session_id = se.id) AS handed_in
    FROM invites i JOIN assessments a ON a.id = i.assessment_id JOIN organisations o ON o.id = i.org_id
      LEFT JOIN interviews se ON se.invite_id = i.id
    WHERE i.code = ${code}`;
  // An assessment that does not take files reads as no invitation here: the page offers nothing to find.
  return row && row.allow_file_upload ? row : null;
}

/** Where an invite's candidate stands, with the interview when the code was redeemed (loaded once, for a hand-in to use). */
async function standing(sql: Sql, invite: InviteRow, now: Date): Promise<{ state: FileInterview; interview: InterviewRecord | null }> {
  const base = { organisation: invite.organisation, candidateName: invite.candidate_name, handedIn: invite.handed_in };
  let taskId: string | null;
  let interview: InterviewRecord | null = null;
  if (invite.interview_id) {
    interview = await loadInterview(sql, { id: invite.interview_id });
    if (!interview || interview.state !== 'in_progress') return { state: { ok: true, ...base, task: null }, interview };
    taskId = currentTaskId(interview);
  } else {
    if (invite.revoked_at) return { state: { ok: false, reason: 'revoked' }, interview };
    if (invite.expires_at <= now) return { state: { ok: false, reason: 'expired' }, interview };
    const pool = invite.pool ?? [];
    const first = chooseNextTask({
      pool,
      history: [],
      level: invite.level,
      length: invite.length ?? pool.length,
      adaptive: invite.adaptive,
    });
    taskId = first.done ? null : first.taskId;
  }
  // The candidate's own data, the same before the code is redeemed (the seed comes from the invitation) as after.
  const issuedTo = {
    orgId: invite.org_id,
    dataSeed: interview ? interview.dataSeed : invite.personal_data ? dataSeedFor(invite.id) : null,
  };
  const task = taskId ? await loadIssuedTask(sql, issuedTo, taskId) : null;
  return { state: { ok: true, ...base, task: task ? publicPartOf(task) : null }, interview };
}

/**
 * The file hand-in's state for an invite code. Reading it changes nothing: before the first hand-in the task
 * shown is the one redeeming the code would give first.
 */
export async function fileInterview(sql: Sql, rawCode: string, now: Date): Promise<FileInterview> {
  const invite = await inviteFor(sql, rawCode);
  return invite ? (await standing(sql, invite, now)).state : { ok: false, reason: 'not_found' };
}

const CLOSED: Record<Exclude<FileInterview, { ok: true }>['reason'], string> = {
  not_found: 'This invitation does not take files.',
  revoked: 'This invitation was withdrawn.',
  expired: 'This invitation has expired.',
};

export type FileHandInOutcome = { ok: true; taskTitle: string } | { ok: false; message: string };

/**
 * A finished workbook uploaded from the candidate's page, for the task they downloaded: read as the add-in
 * reads Excel and handed in by the same path as the add-in's hand-ins (scored the same way), marked as an
 * upload. The first upload redeems the code and starts the interview.
 */
export async function handInFile(
  services: HandInServices,
  rawCode: string,
  taskId: string,
  bytes: Uint8Array,
  now: Date,
): Promise<FileHandInOutcome> {
  const { sql } = services;
  const invite = await inviteFor(sql, rawCode);
  if (!invite) return { ok: false, message: CLOSED.not_found };
  const { state, interview: redeemedBefore } = await standing(sql, invite, now);
  if (!state.ok) return { ok: false, message: CLOSED[state.reason] };
  if (!state.task || state.task.id !== taskId)
    return { ok: false, message: 'That file is for a task that is not the one to hand in now; download the starter below and use it.' };
  let snapshot;
  try {
    snapshot = await readXlsx(bytes, now);
  } catch (error) {
    if (error instanceof WorkbookFileError) return { ok: false, message: error.message };
    throw error;
  }
  let interview = redeemedBefore;
  if (!interview) {
    const redeemed = await redeemInvite(sql, rawCode, now);
    interview = redeemed.ok ? await loadInterview(sql, { id: redeemed.response.session.id }) : null;
  }
  if (!interview) return { ok: false, message: 'This invitation can no longer be used.' };
  // The answer waits for the score, as the add-in's does by default: the page it leads to shows the next task.
  const outcome = await receiveHandIn(services, interview, { submissionId: crypto.randomUUID(), taskId, snapshot }, now, {
    respondAsync: false,
    source: 'upload',
  });
  if (!outcome.ok)
    return {
      ok: false,
      message: outcome.reason === 'session_expired' ? 'The time for this interview is up.' : 'This task was already handed in.',
    };
  return { ok: true, taskTitle: state.task.title };
}
