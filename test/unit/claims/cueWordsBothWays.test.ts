import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimsBothWays } from './claimsBothWays';

// The whole-and-parts and loans-and-dividends extractors find their sentences by cue words: from
// the token census when they have the tokens, by indexOf when not. Either way the claims are the
// same, whatever stands around a cue (a hyphen, a letter, an apostrophe, a capital).

const PIECES = [
  'Tollway Enterprises Ltd', 'Orrin Bank', 'Pellam County Council', 'the council', 'It', 'it', ' ', '. ', ', ', '-', '’s', 'x',
  'owned', 'Owned', 'co-owned', 'outright', 'wholly', 'stake', 'stakeholders', 'owns', 'holds', 'households', 'sold',
  'loan', 'loans', 'Loan', 'lent', 'silent', 'lend', 'calendar', 'owe', 'owes', 'however', 'borrowed', 'dividend', 'dividends',
  ' 49% ', ' £12 million ', ' by ', ' to ', ' in ', ' has not ', ' never paid a ', ' nothing', ' a single pound', ' and ',
];

describe('cue words given the tokens or not', () => {
  it('give the same claims on text built from ownership, loan and dividend pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const { scanned, fromTokens } = claimsBothWays(pieces.join(''));
        expect(fromTokens).toEqual(scanned);
      }),
      { numRuns: 1500 },
    );
  });

  it('give the same claims on sentences each extractor reads', () => {
    for (const text of [
      'Tollway Enterprises Ltd, the council’s wholly owned trading company, collects bins. In 2021 Pellam County Council sold a 49% stake in Tollway to Orrin Bank.',
      'Tollway Enterprises Ltd has a £12 million loan from Orrin Bank. Tollway has never paid a dividend. Tollway owes Pellam County Council nothing.',
    ]) {
      const { scanned, fromTokens } = claimsBothWays(text);
      expect(fromTokens.length, text).toBeGreaterThan(0);
      expect(fromTokens, text).toEqual(scanned);
    }
  });
});
