import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode } from '../../shared/api/errors';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export type ErrorDetail = { path: string; message: string };

/** The one exception routes throw; `onError` turns it into the JSON error envelope. */
export class AppError extends HTTPException {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[] | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, options: { details?: ErrorDetail[]; headers?: Record<string, string> } = {}) {
    super(STATUS[code], { message });
    this.code = code;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

/** Builds the body every error response carries. */
export function errorBody(code: ErrorCode, message: string, requestId?: string, details?: ErrorDetail[]): ErrorBody {
  return { error: { code, message, ...(details ? { details } : {}), ...(requestId ? { requestId } : {}) } };
}

export function statusOf(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code];
}

/** Hono's own HTTPExceptions (from its middleware) carry a status only; map it back to a code. */
export function codeForStatus(status: number): ErrorCode {
  const found = (Object.entries(STATUS) as [ErrorCode, number][]).find(([, s]) => s === status);
  return found ? found[0] : status >= 500 ? 'internal' : 'bad_request';
}

/** Lets routes keep their domain refusals in a readonly table of `[code, message]`. */
export function refusal(entry: readonly [ErrorCode, string]): [ErrorCode, string] {
  return [entry[0], entry[1]];
}
