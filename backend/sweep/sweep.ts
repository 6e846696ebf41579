import type { Sql } from '../db/client';
import type { HandInScoring } from '../interview/hand-in-scoring';
import { closeOverdueSessions } from '../interview/close-overdue';
import type { LlmClient } from '../llm/client';
import { eraseExpiredCandidates } from '../recruiting/candidate-data';
import { queueInviteReminders } from '../recruiting/invites';
import { refitCalibrationWhenDue } from '../recruiting/calibration';
import { foldAllTaskStats } from '../recruiting/task-stats';
import { sendDueMail } from '../mail/outbox';
import type { MailTransport } from '../mail/transport';
import type { Links } from '../../shared/links';
import { deliverDueWebhooks } from '../webhooks/deliveries';

export interface SweepDeps {
  send: typeof fetch;
  scoring: HandInScoring;
  llm: LlmClient | null;
  mail: MailTransport;
  /** Where reminders link to; without a public address (a Worker with no PUBLIC_URL) none are sent. */
  links: Links | null;
  /** Hand-ins a task needs before its learned difficulty is used. */
  calibration: { minHandIns: number };
}

/**
 * The periodic work both runtimes run (a timer on Node, the cron trigger on Workers): score hand-ins a
 * crash left unscored, close interviews whose time ran out, send webhooks and mail that are due (retries
 * included, reminders queued first), fold new hand-ins into the per-task figures, refit task difficulty
 * once a day, delete candidate data
 * past its organisation's retention, forget expired dashboard sign-ins and setup tokens. Each part runs
 * even when another fails; the first failure is rethrown for the caller to log.
 */
export async function sweep(sql: Sql, deps: SweepDeps, now: Date): Promise<void> {
  const { links } = deps;
  const outcomes = await Promise.allSettled([
    deps.scoring.scoreDue(sql, deps.llm, now),
    closeOverdueSessions(sql, now),
    deliverDueWebhooks(sql, deps.send, now),
    (links ? queueInviteReminders(sql, links, now) : Promise.resolve(0)).then(() => sendDueMail(sql, deps.mail, now)),
    foldAllTaskStats(sql),
    refitCalibrationWhenDue(sql, { minHandIns: deps.calibration.minHandIns, now }),
    eraseExpiredCandidates(sql, now),
    sql`DELETE FROM sign_ins WHERE expires_at < ${now}`,
    sql`DELETE FROM setup_tokens WHERE expires_at < ${now}`,
  ]);
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}
