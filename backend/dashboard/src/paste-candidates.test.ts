import { describe, expect, it } from 'vitest';
import { parseCandidates } from './paste-candidates';

describe('reading a pasted list of candidates', () => {
  it('reads "Name <email>", "Name, email", tab-separated cells and bare emails', () => {
    const pasted = 'Ada Lovelace <ada@example.com>\nGrace Hopper, grace@example.com\nAlan Turing\talan@example.com\nlinus@example.com\n\n';
    expect(parseCandidates(pasted)).toEqual({
      candidates: [
        { name: 'Ada Lovelace', email: 'ada@example.com' },
        { name: 'Grace Hopper', email: 'grace@example.com' },
        { name: 'Alan Turing', email: 'alan@example.com' },
        { name: 'linus', email: 'linus@example.com' },
      ],
      unreadable: [],
    });
  });

  it('returns the lines without an email address so they can be fixed', () => {
    expect(parseCandidates('Ada Lovelace\nBob <bob@example.com>').unreadable).toEqual(['Ada Lovelace']);
  });
});
