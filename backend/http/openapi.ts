import { z } from 'zod';
import { ErrorBodySchema } from '../../shared/api/errors';

/** A JSON request body for `createRoute`. */
export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return { required: true, description, content: { 'application/json': { schema } } } as const;
}

/** A JSON response for `createRoute`. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

const ERROR_DESCRIPTIONS = {
  400: 'The request is malformed; `details` lists the offending fields.',
  401: 'No credentials, or credentials that are not valid.',
  403: 'Valid credentials that may not do this.',
  404: 'Not found, or not visible to the caller.',
  409: 'Conflicts with the current state.',
  410: 'No longer valid.',
  413: 'The body is over the size limit.',
  429: 'Too many requests; `Retry-After` says when to try again.',
  503: 'The database cannot be reached; retry later.',
} as const;

/** The documented error responses of a route, all with the one error envelope. */
export function errorResponses<S extends keyof typeof ERROR_DESCRIPTIONS>(...statuses: S[]) {
  return Object.fromEntries(statuses.map((s) => [s, jsonResponse(ErrorBodySchema, ERROR_DESCRIPTIONS[s])])) as {
    [K in S]: ReturnType<typeof jsonResponse<typeof ErrorBodySchema>>;
  };
}

export const RECRUITER_SECURITY = [{ recruiterToken: [] }];
export const CANDIDATE_SECURITY = [{ sessionToken: [] }];
export const AUTHOR_SECURITY = [{ authorToken: [] }];
