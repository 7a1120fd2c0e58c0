import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstWordsNormalised, normalisePhrase } from '../../../server/src/engine/claims/vocabulary';

describe('the first words of a phrase, normalised', () => {
  it('are the normalised phrase cut after that many words', () => {
    expect(firstWordsNormalised('xx have Longer waits for GP appointments than most', 3, 51, 4)).toBe('have longer wait for');
    expect(firstWordsNormalised('Charities', 0, 9, 6)).toBe('charity');
    expect(firstWordsNormalised('  ', 0, 2, 6)).toBe('');
  });

  it('agree with normalisePhrase on any phrase and count', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', 's', 'ies', ' ', '-', '’', '1', 'é', '\u00a0', '\ud835\udc00', '\ud835') }),
        fc.nat(8),
        (phrase, count) => {
          expect(firstWordsNormalised(`#${phrase}#`, 1, phrase.length + 1, count)).toBe(normalisePhrase(phrase).split(' ').slice(0, count).join(' '));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
