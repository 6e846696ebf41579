import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import {
  AcceptUserInviteRequestSchema,
  ChangePasswordRequestSchema,
  ForgotPasswordRequestSchema,
  MeSchema,
  SignInRequestSchema,
  type Me,
} from '../../shared/api/accounts';
import {
  closeSignIn,
  openSignIn,
  SESSION_COOKIE,
  SIGN_IN_HOURS,
  signIn,
  toUser,
  type OpenedSignIn,
  type UserRow,
} from '../accounts/sign-ins';
import { changeOwnPassword, requestPasswordReset, setPasswordWithToken } from '../accounts/users';
import { sendMailSoon } from '../http/send-mail-soon';
import { requireRecruiter } from '../http/auth';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { errorResponses, jsonBody, jsonResponse } from '../http/openapi';
import { clientIp, rateLimit, slowDown } from '../http/rate-limit';

const COOKIE_SECURITY = [{ dashboardCookie: [] }];

/** The email a sign-in is for, as accounts store it; empty when the body has none. */
async function signInEmail(c: Context<AppEnv>): Promise<string> {
  const body: unknown = await c.req.json().catch(() => null);
  return body !== null && typeof body === 'object' && 'email' in body ? String(body.email).trim().toLowerCase().slice(0, 254) : '';
}

const signInRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/sign-in',
  tags: ['dashboard'],
  summary: 'Sign in to the dashboard with email and password',
  description: 'Sets an HttpOnly, Secure, SameSite=Strict session cookie and answers with the CSRF token to send back.',
  security: [],
  middleware: [
    rateLimit('sign-in-ip', 20, 60_000, clientIp),
    // Guessing at one email from one address is refused; from many addresses it is only slowed, so a
    // stranger cannot lock the real person out by spending the email's tries.
    rateLimit('sign-in-email-ip', 10, 15 * 60_000, async (c) => `${await signInEmail(c)}|${clientIp(c)}`),
    slowDown('sign-in-email', 10, 15 * 60_000, 1_000, signInEmail),
  ] as const,
  request: { body: jsonBody(SignInRequestSchema) },
  responses: { 200: jsonResponse(MeSchema, 'Signed in.'), ...errorResponses(400, 401, 413, 429) },
});

const acceptInviteRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/accept-invite',
  tags: ['dashboard'],
  summary: "Set an invited colleague's password and sign them in",
  security: [],
  middleware: [rateLimit('accept-invite-ip', 20, 60_000, clientIp)] as const,
  request: { body: jsonBody(AcceptUserInviteRequestSchema) },
  responses: { 200: jsonResponse(MeSchema, 'Password set; signed in.'), ...errorResponses(400, 404, 413, 429) },
});

const resetPasswordRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/reset-password',
  tags: ['dashboard'],
  summary: 'Choose a new password with the link from a reset e-mail, and sign in',
  description: 'The link works once, for an hour; every other sign-in of the account ends.',
  security: [],
  middleware: [rateLimit('accept-invite-ip', 20, 60_000, clientIp)] as const,
  request: { body: jsonBody(AcceptUserInviteRequestSchema) },
  responses: { 200: jsonResponse(MeSchema, 'Password set; signed in.'), ...errorResponses(400, 404, 413, 429) },
});

const FORGOT_ANSWER = 'If this email has an account, a link to choose a new password is on its way. It works for an hour.';

const forgotPasswordRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/forgot-password',
  tags: ['dashboard'],
  summary: 'E-mail a link to choose a new password',
  description: 'Answers the same whether or not the email has an account, so nobody learns who has one.',
  security: [],
  middleware: [
    rateLimit('forgot-password-ip', 10, 60 * 60_000, clientIp),
    rateLimit('forgot-password-email', 3, 60 * 60_000, signInEmail),
  ] as const,
  request: { body: jsonBody(ForgotPasswordRequestSchema) },
  responses: {
    202: jsonResponse(z.strictObject({ message: z.string() }), 'Accepted; a link is sent if the email has an account.'),
    ...errorResponses(400, 413, 429),
  },
});

const changePasswordRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/password',
  tags: ['dashboard'],
  summary: 'Change your own password',
  description: 'Needs the current password; your other sign-ins end, this one stays.',
  security: COOKIE_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { body: jsonBody(ChangePasswordRequestSchema) },
  responses: {
    200: jsonResponse(z.strictObject({ changed: z.literal(true) }), 'Changed.'),
    ...errorResponses(400, 401, 403, 413),
  },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/v1/auth/me',
  tags: ['dashboard'],
  summary: 'Who is signed in',
  security: COOKIE_SECURITY,
  middleware: [requireRecruiter] as const,
  responses: { 200: jsonResponse(MeSchema, 'The signed-in user.'), ...errorResponses(401, 403) },
});

const signOutRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/sign-out',
  tags: ['dashboard'],
  summary: 'Sign out (ends this browser session)',
  security: COOKIE_SECURITY,
  middleware: [requireRecruiter] as const,
  responses: { 200: jsonResponse(z.strictObject({ signedOut: z.literal(true) }), 'Signed out.'), ...errorResponses(401, 403) },
});

/** Sets the sign-in cookie and answers with who is signed in and the CSRF token to send back. */
export function startBrowserSession(c: Context<AppEnv>, user: UserRow, session: OpenedSignIn): Me {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    secure: true,
    sameSite: 'Strict',
    path: '/',
    maxAge: SIGN_IN_HOURS * 3600,
  });
  return { user: toUser(user), organisation: session.organisation, csrfToken: session.csrfToken };
}

export const authRoutes = new OpenAPIHono<AppEnv>()
  .openapi(signInRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    const outcome = await signIn(c.get('sql'), email, password, new Date());
    if (!outcome.ok) throw new AppError('unauthorized', 'The email or password is not right.');
    return c.json(startBrowserSession(c, outcome.user, outcome), 200);
  })
  .openapi(acceptInviteRoute, async (c) => {
    const { token, password } = c.req.valid('json');
    const user = await setPasswordWithToken(c.get('sql'), token, password, new Date());
    if (!user) throw new AppError('not_found', 'This link is not valid any more. Ask your admin for a new one.');
    return c.json(startBrowserSession(c, user, await openSignIn(c.get('sql'), user, new Date())), 200);
  })
  .openapi(resetPasswordRoute, async (c) => {
    const { token, password } = c.req.valid('json');
    const user = await setPasswordWithToken(c.get('sql'), token, password, new Date());
    if (!user) throw new AppError('not_found', 'This link is not valid any more: it works once, for an hour. Ask for a new one.');
    return c.json(startBrowserSession(c, user, await openSignIn(c.get('sql'), user, new Date())), 200);
  })
  .openapi(forgotPasswordRoute, async (c) => {
    if (await requestPasswordReset(c.get('sql'), c.req.valid('json').email, new Date(), c.get('links'))) sendMailSoon(c);
    return c.json({ message: FORGOT_ANSWER }, 202);
  })
  .openapi(changePasswordRoute, async (c) => {
    const signedIn = c.get('signedIn');
    if (!signedIn) throw new AppError('forbidden', 'An API token has no password to change; sign in to the dashboard.');
    const { currentPassword, newPassword } = c.req.valid('json');
    const outcome = await changeOwnPassword(c.get('sql'), signedIn.user, signedIn.tokenHash, currentPassword, newPassword);
    if (!outcome.ok)
      throw new AppError('bad_request', 'The current password is not right.', {
        details: [{ path: 'currentPassword', message: 'is not right' }],
      });
    return c.json({ changed: true as const }, 200);
  })
  .openapi(meRoute, async (c) => {
    const session = c.get('signedIn');
    if (!session) throw new AppError('forbidden', 'This route is for the dashboard; an API token has no sign-in.');
    return c.json(
      {
        user: toUser(session.user),
        organisation: session.organisation,
        csrfToken: session.csrfToken,
      },
      200,
    );
  })
  .openapi(signOutRoute, async (c) => {
    const session = c.get('signedIn');
    if (session) await closeSignIn(c.get('sql'), session.tokenHash);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
    return c.json({ signedOut: true as const }, 200);
  });
