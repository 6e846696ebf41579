import type { Sql } from '../db/client';
import type { SessionRecord } from '../interview/session-record';
import type { LlmClient } from '../llm/client';
import type { RateLimiter } from './rate-limit';

/** The recruiter or integration behind an API token. */
export interface Recruiter {
  orgId: string;
  userId: string | null;
  role: 'admin' | 'recruiter';
}

/** What middleware puts on the context for handlers (`c.var`). */
export interface AppEnv {
  Bindings: Record<string, unknown>;
  Variables: {
    requestId: string;
    sql: Sql;
    recruiter: Recruiter;
    candidate: SessionRecord;
    /** The model for reviews, or null when none is configured. */
    llm: LlmClient | null;
    /** Runs work after the response without letting it fail the request. */
    background: (work: Promise<unknown>) => void;
    rateLimiter: RateLimiter;
  };
}
