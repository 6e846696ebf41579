import type { Context } from 'hono';
import { sendDueMail } from '../mail/outbox';
import type { AppEnv } from './env';

/**
 * After the request's transaction has queued mail: send what is due in the background, so the answer
 * never waits for a mail server and a failure only leaves the mail for the sweep to retry.
 */
export function sendMailSoon(c: Context<AppEnv>): void {
  c.get('background')(sendDueMail(c.get('sql'), c.get('mail'), new Date()));
}
