import { createMiddleware } from 'hono/factory';
import { hasNul, wellFormed } from '../../shared/text';
import type { AppEnv } from './env';
import { AppError } from './errors';

/** Paths of the strings (and keys) in a parsed JSON body that hold NUL, at most `limit` of them. */
function nulPaths(value: unknown, path: string, found: string[], limit = 5): void {
  if (found.length >= limit) return;
  if (typeof value === 'string') {
    if (hasNul(value)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nulPaths(v, `${path}.${i}`, found, limit));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (hasNul(k)) found.push(`${path}.${k.replaceAll('\u0000', '\\0')}`);
      nulPaths(v, `${path}.${k}`, found, limit);
    }
  }
}

/** Replaces every lone surrogate in the parsed body, in place; says whether it changed anything. */
function makeWellFormed(value: unknown): boolean {
  let changed = false;
  const fix = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const w = wellFormed(v);
      if (w !== v) changed = true;
      return w;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = fix(v[i]);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) (v as Record<string, unknown>)[k] = fix(inner);
    }
    return v;
  };
  fix(value);
  return changed;
}

/**
 * Every JSON body's text, before any route sees it: NUL is refused with a 400 naming the field (it made
 * PostgreSQL fail the request with a 500), and lone surrogates, which Excel can produce, become U+FFFD so
 * the text can be stored.
 */
export const cleanJsonText = createMiddleware<AppEnv>(async (c, next) => {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) return next();
  // A body that is not JSON is left to the validator, which says so.
  const body: unknown = await c.req.json().catch(() => undefined);
  if (body === undefined) return next();
  const found: string[] = [];
  nulPaths(body, '(body)', found);
  if (found.length) {
    throw new AppError('bad_request', 'Text may not contain the NUL character (U+0000).', {
      details: found.map((path) => ({
        path: path.replace(/^\(body\)\.?/, '') || '(body)',
        message: 'contains the NUL character (U+0000), which no text field accepts',
      })),
    });
  }
  // Hono parses the body's text again for every reader, so the cleaned body replaces the text it reads.
  // (Its cache holds promises, though its type says otherwise.)
  if (makeWellFormed(body)) (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(JSON.stringify(body));
  return next();
});
