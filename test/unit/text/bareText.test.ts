import { describe, expect, it } from 'vitest';
import { bareTextOf, tokenize } from '../../../server/src/engine/text/tokens';

describe('a word without its possessive', () => {
  it('drops a final ’s or \'s and straightens curly apostrophes, whichever token of the form asks first', () => {
    const text = 'King’s Fund, the King’s staff, Labour\'s plan, O’Neill, OPERATIONS’S, as, it’s';
    const bare = tokenize(text).filter((t) => /\p{L}/u.test(t.text)).map(bareTextOf);
    expect(bare).toEqual(['King', 'Fund', 'the', 'King', 'staff', 'Labour', 'plan', "O'Neill", 'OPERATIONS', 'as', 'it']);
  });

  it('agrees with the token’s own end without the possessive', () => {
    for (const token of tokenize('Circle’s Circle\'S Bob\'s’ it\'s.')) {
      const cut = token.text.slice(0, token.bareEnd - token.start).replace(/’/g, "'");
      expect(bareTextOf(token)).toBe(cut);
    }
  });
});
