import { createMiddleware } from 'hono/factory';
import { hasNul, wellFormed } from '../../shared/text';
import type { AppEnv } from './env';
import { AppError } from './errors';

/** At most this many NUL places are named in one refusal. */
const NUL_PATHS_SHOWN = 5;

/**
 * One walk over a parsed JSON body: the paths of strings (and keys) holding NUL, and every lone surrogate
 * replaced by U+FFFD in place. `isWellFormed` is native and cheap; only a string that fails it is rewritten.
 */
function inspect(value: unknown, path: string, nul: string[]): unknown {
  if (typeof value === 'string') {
    if (nul.length < NUL_PATHS_SHOWN && hasNul(value)) nul.push(path);
    return value.isWellFormed() ? value : wellFormed(value);
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = inspect(value[i], `${path}.${i}`, nul);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (nul.length < NUL_PATHS_SHOWN && hasNul(key)) nul.push(`${path}.${key.replaceAll('\u0000', '\\0')}`);
      record[key] = inspect(record[key], `${path}.${key}`, nul);
    }
  }
  return value;
}

/**
 * Every JSON body, before any route sees it: NUL is refused with a 400 naming the field (it made
 * PostgreSQL fail the request with a 500), and lone surrogates, which Excel can produce, become U+FFFD so
 * the text can be stored. The body is parsed here once: the parsed, cleaned value is what every later
 * reader (the validator) gets, where Hono would parse the text again for each.
 */
export const cleanJsonText = createMiddleware<AppEnv>(async (c, next) => {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) return next();
  // A body that is not JSON is left to the validator, which says so.
  const body: unknown = await c.req.json().catch(() => undefined);
  if (body === undefined) return next();
  const nul: string[] = [];
  const cleaned = inspect(body, '(body)', nul);
  if (nul.length) {
    throw new AppError('bad_request', 'Text may not contain the NUL character (U+0000).', {
      details: nul.map((path) => ({
        path: path.replace(/^\(body\)\.?/, '') || '(body)',
        message: 'contains the NUL character (U+0000), which no text field accepts',
      })),
    });
  }
  Object.defineProperty(c.req, 'json', { value: () => Promise.resolve(cleaned) });
  return next();
});
