import type { Role } from '../../shared/api/accounts';

/**
 * The person or integration acting on an organisation: a signed-in colleague, or an API token (no user,
 * always a recruiter). Services that change an organisation take it, so the audit line names who did it.
 */
export interface Recruiter {
  orgId: string;
  userId: string | null;
  role: Role;
}
