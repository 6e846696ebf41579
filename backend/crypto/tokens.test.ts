import { describe, expect, it } from 'vitest';
import { normaliseInviteCode } from '../../shared/invite-code';
import { hashToken, newInviteCode, newToken } from './tokens';
import { hashPassword, verifyPassword } from './password';

describe('tokens', () => {
  it('makes prefixed tokens that never repeat', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => newToken('eir_')));
    expect(tokens.size).toBe(100);
    for (const t of tokens) expect(t).toMatch(/^eir_[A-Za-z0-9_-]{43}$/);
  });

  it('hashes a token to its SHA-256 hex digest', async () => {
    expect(await hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('makes invite codes of three groups of four unambiguous characters', () => {
    for (let i = 0; i < 50; i++) {
      const code = newInviteCode();
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
      expect(normaliseInviteCode(code)).toBe(code);
    }
  });

  it('reads an invite code as a person might type it', () => {
    expect(normaliseInviteCode(' k7qm 2xhp9rwd ')).toBe('K7QM-2XHP-9RWD');
    expect(normaliseInviteCode('K7QM-2XHP-9RW')).toBeNull();
    expect(normaliseInviteCode('O0O0-1111-IIII')).toBeNull();
  });
});

describe('passwords', () => {
  it('verifies the password it hashed and refuses another', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^pbkdf2-sha256\$100000\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct horse!', stored)).toBe(false);
  });

  it('refuses a stored hash it does not recognise', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});
