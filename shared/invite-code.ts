/**
 * Invite codes as people read, type and paste them: `K7QM-2XHP-9RWD`. One home for their shape, so the
 * server, the candidate's page and the task pane accept the same input.
 */

/** No 0/O and no 1/I: codes are read aloud and typed. 32 symbols, so a random byte maps without bias. */
export const INVITE_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const INVITE_CODE_GROUPS = 3;
export const INVITE_CODE_GROUP_LENGTH = 4;

/** Accepts what a candidate types (lower case, spaces, missing hyphens) and returns the stored form, or null. */
export function normaliseInviteCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  const length = INVITE_CODE_GROUPS * INVITE_CODE_GROUP_LENGTH;
  if (compact.length !== length || [...compact].some((c) => !INVITE_CODE_ALPHABET.includes(c))) return null;
  return compact.match(new RegExp(`.{${INVITE_CODE_GROUP_LENGTH}}`, 'g'))!.join('-');
}
