import { base64url, fromBase64url } from '../crypto/tokens';

/**
 * A page's position in an ordered list: the last row's sort key and id, opaque to the client. Keyset
 * paging, so a row added while someone pages never shifts or repeats what they see.
 */
/*
 * A timestamp key is kept as PostgreSQL's own text (microseconds) and compared as `${key}::text::timestamptz`:
 * a parameter typed timestamptz goes through postgres.js's Date serializer, which keeps milliseconds only,
 * so rows made in one transaction (one `now()`) were skipped on the next page.
 */
export interface Cursor<S extends string> {
  sort: S;
  key: string;
  id: string;
}

export function encodeCursor<S extends string>(cursor: Cursor<S>): string {
  return base64url(new TextEncoder().encode(JSON.stringify([cursor.sort, cursor.key, cursor.id])));
}

/** The cursor, or null when it is not one this list gave out for this order. */
export function decodeCursor<S extends string>(text: string, sort: S): Cursor<S> | null {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(fromBase64url(text)));
    if (!Array.isArray(value) || value.length !== 3 || value[0] !== sort) return null;
    const [, key, id] = value as unknown[];
    if (typeof key !== 'string' || typeof id !== 'string' || key.length > 100) return null;
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    return { sort, key, id };
  } catch {
    return null;
  }
}

/** `text` as a LIKE pattern that matches it anywhere, its own % and _ taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
