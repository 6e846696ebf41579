/** The header a receiver checks: `sha256=<hex HMAC-SHA256 of the raw body with the shared secret>`. */
export const SIGNATURE_HEADER = 'X-Excel-Interviewer-Signature';

/** HMAC-SHA256 over the exact bytes sent, through WebCrypto so it runs on Node and on Workers. */
export async function signBody(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body)));
  return `sha256=${[...mac].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
