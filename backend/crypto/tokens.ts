import { INVITE_CODE_ALPHABET, INVITE_CODE_GROUP_LENGTH, INVITE_CODE_GROUPS } from '../../shared/invite-code';

/** Prefixes tell a recruiter's API token from a candidate's session token at a glance, and in logs scrubbers. */
export const TOKEN_PREFIX = { apiToken: 'eir_', session: 'eis_', author: 'eiau_' } as const;

export function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url text; throws on text that is not base64. */
export const fromBase64url = (text: string): Uint8Array =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** A bearer token with 256 bits of randomness, e.g. `eir_3q2…`. */
export function newToken(prefix: string): string {
  return prefix + base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * Hashes of tokens seen lately: every authenticated request hashes its token, and WebCrypto's digest is an
 * asynchronous job that costs more than the lookup it serves. Bounded; the oldest entry goes first.
 */
const recentHashes = new Map<string, string>();
const RECENT_HASHES = 20_000;

/** SHA-256 of a token, hex: what the database keeps instead of the token. */
export async function hashToken(token: string): Promise<string> {
  const known = recentHashes.get(token);
  if (known) return known;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  const hash = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  if (recentHashes.size >= RECENT_HASHES) recentHashes.delete(recentHashes.keys().next().value!);
  recentHashes.set(token, hash);
  return hash;
}

/** An invite code a person can type: `K7QM-2XHP-9RWD`, 60 bits drawn without modulo bias (32 symbols). */
export function newInviteCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(INVITE_CODE_GROUPS * INVITE_CODE_GROUP_LENGTH));
  const chars = [...bytes].map((b) => INVITE_CODE_ALPHABET[b % INVITE_CODE_ALPHABET.length]);
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += INVITE_CODE_GROUP_LENGTH) groups.push(chars.slice(i, i + INVITE_CODE_GROUP_LENGTH).join(''));
  return groups.join('-');
}
