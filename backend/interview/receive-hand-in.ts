import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { queueWebhook } from '../webhooks/deliveries';
import type { LlmClient } from '../llm/client';
import type { SubmitAccepted, SubmitRequest, SubmitResponse } from '../../shared/api/submissions';
import type { HandInScoring } from './hand-in-scoring';
import { acceptedView, findHandIn, handInView, viewAfterScore, type StoredHandIn } from './hand-in-view';
import type { ReceivedHandIn } from './score-hand-in';
import { currentTaskId, lateAfter, type InterviewRecord } from './interview-record';
import { startInterview } from './start-interview';

/** What receiving a hand-in needs besides the request: the database, scoring, the model and background work. */
export interface HandInServices {
  sql: Sql;
  scoring: HandInScoring;
  llm: LlmClient | null;
  /** Runs work after the answer without letting it fail the request. */
  background: (work: Promise<unknown>) => void;
}

export type HandInRefusal = 'not_current_task' | 'session_closed' | 'id_taken' | 'session_expired';

export type HandInOutcome =
  | { ok: false; reason: HandInRefusal }
  /** Stored; the score follows (asked for, or another scorer has it now). */
  | { ok: true; status: 'stored'; accepted: SubmitAccepted }
  /** Stored and scored; `created` is false for a resend of a hand-in already received. */
  | { ok: true; status: 'scored'; created: boolean; view: SubmitResponse };

/**
 * The one path of a hand-in. It is stored durably before anything else happens to it: once stored, the
 * work is safe whatever fails next (scoring runs after, and again from the sweep after a crash). The add-in
 * makes the id: the same id again finds the first hand-in and writes nothing; another id for a task
 * already handed in is refused.
 *
 * Scoring gets what the request already holds (the interview its token loaded, the workbook in its body),
 * so nothing just written is read back; only the sweep reads a stored hand-in again. With `respondAsync`
 * the answer goes as soon as the hand-in is stored, and scoring, the review and the webhook follow in the
 * background; otherwise the answer waits for the score and the review and webhook follow.
 */
export async function receiveHandIn(
  services: HandInServices,
  given: InterviewRecord,
  request: SubmitRequest,
  now: Date,
  options: { respondAsync: boolean; source?: 'addin' | 'upload' },
): Promise<HandInOutcome> {
  const { sql, scoring, llm, background } = services;
  const interview = await startInterview(sql, given, now);
  const deadline = lateAfter(interview);
  const late = deadline !== null && now.getTime() > deadline.getTime();
  const onTime = interview.state === 'in_progress' && !late && currentTaskId(interview) === request.taskId;
  // Past the time, the task the candidate was on is still taken, marked late: nothing handed in is lost.
  const lateWork = late && interview.state !== 'completed' && taskAtTimeUp(interview) === request.taskId;
  if (!onTime && !lateWork) {
    // Not a hand-in the interview can take now; but it may be a resend of one it took, answered from what is stored.
    const existing = await findHandIn(sql, request.submissionId);
    if (existing) return resent(services, interview, request.submissionId, existing, now, options);
    if (interview.state === 'in_progress' && late) {
      await expire(sql, interview, now);
      return { ok: false, reason: 'session_expired' };
    }
    if (interview.state !== 'in_progress') return { ok: false, reason: 'session_closed' };
    return { ok: false, reason: 'not_current_task' };
  }
  const secondsSpent = interview.taskStartedAt ? Math.max(0, Math.round((now.getTime() - interview.taskStartedAt.getTime()) / 1000)) : null;
  // Both conflicts do nothing: a resend (same id) and another id for the same task; the lookup tells which.
  const [row] = await sql`
    INSERT INTO submissions (id, org_id, session_id, task_id, snapshot, received_at, assessment_id, seconds_spent, fold_pending, late, source)
    VALUES (${request.submissionId}, ${interview.orgId}, ${interview.id}, ${request.taskId}, ${sql.json(request.snapshot)}, ${now},
      ${interview.assessmentId}, ${secondsSpent}, false, ${lateWork}, ${options.source ?? 'addin'})
    ON CONFLICT DO NOTHING RETURNING id`;
  if (!row) {
    const stored = await findHandIn(sql, request.submissionId);
    return stored ? resent(services, interview, request.submissionId, stored, now, options) : { ok: false, reason: 'not_current_task' };
  }
  // Work that arrives after the limit (late, or on time within the grace) closes the interview: the time is
  // up, so there is no next task to give and no question to answer.
  const timeUp = interview.expiresAt !== null && now.getTime() > interview.expiresAt.getTime();
  const scoredAs =
    lateWork || timeUp
      ? await expire(sql, interview, now, lateWork ? { submissionId: request.submissionId, taskId: request.taskId } : undefined)
      : interview;

  const received: ReceivedHandIn = {
    interview: scoredAs,
    taskId: request.taskId,
    snapshot: request.snapshot,
    receivedAt: now,
  };
  const accepted = { ok: true, status: 'stored', accepted: acceptedView(request.submissionId, request.taskId, now) } as const;
  if (options.respondAsync) {
    background(scoring.scoreThenFollowOn(sql, llm, request.submissionId, { received }));
    return accepted;
  }
  const outcome = await scoring.score(sql, request.submissionId, { received });
  if (!outcome.scored) return accepted;
  const view = await viewAfterScore(sql, request.submissionId, request.taskId, now, outcome.after, now, lateWork);
  // After the answer is composed, so the follow-on work never shares the request's connection with it.
  background(scoring.followOn(sql, llm, outcome));
  return { ok: true, status: 'scored', created: true, view };
}

/** A hand-in this interview already has: its score when there is one, else scoring it is joined or started again. */
async function resent(
  services: HandInServices,
  interview: InterviewRecord,
  submissionId: string,
  stored: StoredHandIn,
  now: Date,
  options: { respondAsync: boolean },
): Promise<HandInOutcome> {
  const { sql, scoring, llm, background } = services;
  if (stored.session_id !== interview.id) return { ok: false, reason: 'id_taken' };
  const accepted = { ok: true, status: 'stored', accepted: acceptedView(submissionId, stored.task_id, stored.received_at) } as const;
  if (stored.scored_at === null) {
    if (options.respondAsync) {
      background(scoring.scoreThenFollowOn(sql, llm, submissionId));
      return accepted;
    }
    const outcome = await scoring.score(sql, submissionId);
    if (outcome.scored) background(scoring.followOn(sql, llm, outcome));
  }
  const view = await handInView(sql, interview.id, submissionId, now);
  return view ? { ok: true, status: 'scored', created: false, view } : accepted;
}

/** The task the candidate was on when the time ran out: the only one late work can be for. */
function taskAtTimeUp(interview: InterviewRecord): string | null {
  return interview.state === 'completed' ? null : (interview.givenTaskIds[interview.taskNumber] ?? null);
}

/**
 * The overall time is up: the interview moves to expired (from in progress, or from abandoned when late
 * work arrives after the sweep closed it), recorded as any transition is, with the late hand-in if one
 * came. Returns the interview as it now stands.
 */
async function expire(
  sql: Sql,
  interview: InterviewRecord,
  now: Date,
  lateHandIn?: { submissionId: string; taskId: string },
): Promise<InterviewRecord> {
  await inTransaction(sql, async (tx) => {
    const [moved] = await tx`
      UPDATE interviews SET state = 'expired' WHERE id = ${interview.id} AND state IN ('in_progress', 'abandoned') RETURNING id`;
    const events = [
      ...(moved ? [{ type: 'session_expired', payload: { from: interview.state, to: 'expired' } }] : []),
      ...(lateHandIn ? [{ type: 'task_handed_in_late', payload: { ...lateHandIn, secondsAfterLimit: secondsAfter(interview, now) } }] : []),
    ];
    if (events.length)
      await tx`INSERT INTO events ${tx(events.map((e) => ({ org_id: interview.orgId, session_id: interview.id, type: e.type, payload: tx.json(e.payload), at: now })))}`;
    if (moved) await queueWebhook(tx, interview.orgId, 'interview.expired', [{ sessionId: interview.id }], now);
  });
  return { ...interview, state: 'expired' };
}

const secondsAfter = (interview: InterviewRecord, now: Date) =>
  interview.expiresAt ? Math.round((now.getTime() - interview.expiresAt.getTime()) / 1000) : null;
