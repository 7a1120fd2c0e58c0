import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimsBothWays } from './claimsBothWays';

// Given the text's tokens, the register claims find a register's name only in the tokens whose
// word form holds its first word ("Charity", "OSCR", "register", "FCA", ...), instead of
// searching the whole text for each name. They must find exactly what the whole-text search finds.

const PIECES = [
  'Vesper Libraries', 'Acme Trust', 'Acme Trust is not on the OSCR’s register', ' is ', ' was ', ' has never been ', ' is not ', ', which is ', ', that was not ',
  ' registered with ', ' on ', ' in ', 'the ', 'Charity Commission', 'Charity Regulator', 'Scottish ', 'OSCR', 'OSCR’s',
  ' register', 'register of charities', ' for Northern Ireland', 'Charity', 'Commission', 'NonCharity', 'registers',
  'Charity Charity Commission', ' does not appear on ', 'Financial Conduct Authority', 'FCA', 'FCA’s', 'register of societies',
  'Mutuals Public Register', 'Financial', '. ', '\n', ' ', '-', '’s', '2', 'é', ',',
];

describe('charity-register claims given the tokens', () => {
  it('are the claims found by searching the whole text, on text built from register names and their cues', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const { scanned, fromTokens } = claimsBothWays(pieces.join(''));
        expect(fromTokens).toEqual(scanned);
      }),
      { numRuns: 2000 },
    );
  });

  it('find a register whose name is a whole word form, part of one, or runs over several', () => {
    for (const text of ['Acme Trust is not on the OSCR’s register.', 'Acme Trust, which is not registered with the OSCR, said so.', 'Acme Trust is not on the register of charities.']) {
      const { scanned, fromTokens } = claimsBothWays(text);
      expect(fromTokens).toEqual(scanned);
      expect(fromTokens.map((c) => [c.subject, c.value])).toEqual([['org:acme-trust', { kind: 'category', category: 'charity', polarity: 'deny', hedged: true }]]);
    }
  });
});
