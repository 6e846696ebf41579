import type { SignedIn } from '../accounts/sign-ins';
import type { Recruiter } from '../accounts/recruiter';
import type { Sql } from '../db/client';
import type { LlmDescription } from '../accounts/settings';
import type { InterviewRecord } from '../interview/interview-record';
import type { HandInScoring } from '../interview/hand-in-scoring';
import type { LlmClient } from '../llm/client';
import type { Logger } from '../observability/logger';
import type { RateLimiter } from '../limits/rate-limiters';
import type { MailTransport } from '../mail/transport';
import type { Links } from '../../shared/links';

/** What middleware puts on the context for handlers (`c.get`). */
export interface AppEnv {
  Bindings: Record<string, unknown>;
  Variables: {
    requestId: string;
    sql: Sql;
    recruiter: Recruiter;
    /** Set when the recruiter came in with the dashboard's cookie rather than a token. */
    signedIn: SignedIn;
    interview: InterviewRecord;
    /** The model for reviews, or null when none is configured. */
    llm: LlmClient | null;
    /** The model's name and endpoint, for the admin page; never the key. */
    llmDescription: LlmDescription | null;
    /** The app's structured log (JSON lines): facts only, never secrets or bodies. */
    logger: Logger;
    /** Runs work after the response without letting it fail the request. */
    background: (work: Promise<unknown>) => void;
    rateLimiter: RateLimiter;
    /** Counts volume limits (hand-ins, activity per interview); may count a key's first hits locally. */
    volumeLimiter: RateLimiter;
    /** The request header that carries the client's address, when a trusted proxy sets one. */
    clientIpHeader: string | null;
    /** How many trusted proxies append to that header: the entry this far from its right end is the client. */
    clientIpHops: number;
    /** Development only: webhook hosts that may use http and private addresses. */
    webhookAllowHosts: string[];
    /** Scores stored hand-ins (once at a time per hand-in) and sets off what follows. */
    scoring: HandInScoring;
    /** Takes queued mail away (SMTP, an HTTP mail API, or nobody: the outbox keeps it). */
    mail: MailTransport;
    /** The addresses e-mails and pages link to, from PUBLIC_URL or this request's own origin. */
    links: Links;
  };
}
