import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import type { LlmClient } from '../llm/client';
import type { SubmitAccepted, SubmitRequest, SubmitResponse } from '../../shared/api/submissions';
import { OVERALL_GRACE_MS } from './close-overdue';
import type { HandInScoring } from './hand-in-scoring';
import { acceptedView, findHandIn, handInView, viewAfterScore, type StoredHandIn } from './hand-in-view';
import type { ReceivedHandIn } from './score-hand-in';
import { currentTaskId, type InterviewRecord } from './interview-record';

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
  interview: InterviewRecord,
  request: SubmitRequest,
  now: Date,
  options: { respondAsync: boolean },
): Promise<HandInOutcome> {
  const { sql, scoring, llm, background } = services;
  const expired = interview.expiresAt !== null && now.getTime() > interview.expiresAt.getTime() + OVERALL_GRACE_MS;
  if (interview.state !== 'in_progress' || expired || currentTaskId(interview) !== request.taskId) {
    // Not a hand-in the interview can take now; but it may be a resend of one it took, answered from what is stored.
    const existing = await findHandIn(sql, request.submissionId);
    if (existing) return resent(services, interview, request.submissionId, existing, now, options);
    if (interview.state !== 'in_progress') return { ok: false, reason: 'session_closed' };
    if (expired) {
      await expire(sql, interview, now);
      return { ok: false, reason: 'session_expired' };
    }
    return { ok: false, reason: 'not_current_task' };
  }
  const secondsSpent = interview.taskStartedAt ? Math.max(0, Math.round((now.getTime() - interview.taskStartedAt.getTime()) / 1000)) : null;
  // Both conflicts do nothing: a resend (same id) and another id for the same task; the lookup tells which.
  const [row] = await sql`
    INSERT INTO submissions (id, org_id, session_id, task_id, snapshot, received_at, assessment_id, seconds_spent, fold_pending)
    VALUES (${request.submissionId}, ${interview.orgId}, ${interview.id}, ${request.taskId}, ${sql.json(request.snapshot)}, ${now},
      ${interview.assessmentId}, ${secondsSpent}, false)
    ON CONFLICT DO NOTHING RETURNING id`;
  if (!row) {
    const stored = await findHandIn(sql, request.submissionId);
    return stored ? resent(services, interview, request.submissionId, stored, now, options) : { ok: false, reason: 'not_current_task' };
  }

  const received: ReceivedHandIn = { interview, taskId: request.taskId, snapshot: request.snapshot, receivedAt: now };
  const accepted = { ok: true, status: 'stored', accepted: acceptedView(request.submissionId, request.taskId, now) } as const;
  if (options.respondAsync) {
    background(scoring.scoreThenFollowOn(sql, llm, request.submissionId, { received }));
    return accepted;
  }
  const outcome = await scoring.score(sql, request.submissionId, { received });
  if (!outcome.scored) return accepted;
  const view = await viewAfterScore(sql, request.submissionId, request.taskId, now, outcome.after, now);
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

/** The overall time is up: the interview moves to expired, recorded as any transition is. */
async function expire(sql: Sql, interview: InterviewRecord, now: Date): Promise<void> {
  await inTransaction(sql, async (tx) => {
    const [moved] = await tx`UPDATE interviews SET state = 'expired' WHERE id = ${interview.id} AND state = 'in_progress' RETURNING id`;
    if (moved)
      await tx`INSERT INTO events (org_id, session_id, type, payload, at) VALUES (${interview.orgId}, ${interview.id}, 'session_expired', ${tx.json({ from: 'in_progress', to: 'expired' })}, ${now})`;
  });
}
