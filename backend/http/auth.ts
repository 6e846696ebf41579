import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { findApiToken } from '../accounts/api-tokens';
import { findSignIn, SESSION_COOKIE } from '../accounts/sign-ins';
import { hashToken, TOKEN_PREFIX } from '../crypto/tokens';
import { loadInterview } from '../interview/interview-record';
import { AppError } from './errors';
import type { AppEnv } from './env';

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearer(header: string | undefined): string | null {
  const match = header ? /^Bearer\s+(\S{1,200})$/i.exec(header) : null;
  return match ? match[1]! : null;
}

const missing = () => new AppError('unauthorized', 'Send a token in the Authorization header: "Bearer <token>".');
const invalid = () => new AppError('unauthorized', 'The token is not valid, or has been revoked.');

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Lets through a signed-in browser (the session cookie, plus the CSRF header on anything that changes
 * state) or a recruiter's API token; a candidate's session token is valid but not allowed here (403).
 */
export const requireRecruiter = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearer(c.req.header('authorization'));
  const cookie = token ? undefined : getCookie(c, SESSION_COOKIE);
  if (!token && cookie) {
    const session = cookie.length <= 200 ? await findSignIn(c.get('sql'), cookie, new Date()) : null;
    if (!session) throw new AppError('unauthorized', 'Your sign-in has expired. Sign in again.');
    if (!SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
      throw new AppError('forbidden', 'The request did not carry the X-CSRF-Token header of this sign-in. Reload the page and try again.');
    }
    c.set('recruiter', { orgId: session.user.org_id, userId: session.user.id, role: session.user.role });
    c.set('signedIn', session);
    await next();
    return;
  }
  if (!token) throw missing();
  if (token.startsWith(TOKEN_PREFIX.session)) {
    throw new AppError('forbidden', 'A candidate session token cannot be used for recruiter routes.');
  }
  if (!token.startsWith(TOKEN_PREFIX.apiToken)) throw invalid();
  const found = await findApiToken(c.get('sql'), token);
  if (!found) throw invalid();
  // A token acts as a recruiter, never as an admin, whoever made it: a leaked integration token must not
  // manage people, tokens or settings.
  c.set('recruiter', { ...found, role: 'recruiter' });
  await next();
});

/** Lets through a candidate's session token; the session is put on the context. */
export const requireCandidate = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearer(c.req.header('authorization'));
  if (!token && getCookie(c, SESSION_COOKIE)) throw new AppError('forbidden', 'A dashboard sign-in cannot be used for candidate routes.');
  if (!token) throw missing();
  if (token.startsWith(TOKEN_PREFIX.apiToken)) {
    throw new AppError('forbidden', 'A recruiter API token cannot be used for candidate routes.');
  }
  if (!token.startsWith(TOKEN_PREFIX.session)) throw invalid();
  const session = await loadInterview(c.get('sql'), { tokenHash: await hashToken(token) });
  if (!session) throw invalid();
  c.set('interview', session);
  await next();
});

/** After `requireRecruiter`: only an organisation's admins pass. */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  if (c.get('recruiter').role !== 'admin') throw new AppError('forbidden', 'Only an admin of the organisation can do this.');
  await next();
});
