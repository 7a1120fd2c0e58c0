import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIVE_OF, mayEndInCollectiveOf } from '../../../server/src/engine/claims/figures/collectiveSize';
import { NUMBER_THEN_FIGURE, NUMBER_VERB } from '../../../server/src/engine/claims/figures/numberVerb';

// Two generic figure readings ask a cheap question before their pattern and skip it on "no": the
// collective size ("the workforce at X") before each named body, and the "number" reading ("its
// members number 230") before a whole text. The answer is "no" only where the pattern cannot match.

const LEAD_PIECES = ['the', 'The', 'workforce', 'Staff', 'membership', 'headcount', 'at', 'of', 'the ', ' ', '\u00a0', '\n', 'hat', 'x', ',', 'sofa', 'them'];
const NUMBER_PIECES = ['Its', 'its', 'Their', 'our', 'X', '’s', "'s", ' ', '\u00a0', 'members', 'staff', 'volunteers', 'paid', 'now', 'number', 'about', 'more than', '230', '4,800', 'a', 'of', '.', '12%'];

describe('the collective-size gate', () => {
  it('says no only to leads the collective pattern does not end', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LEAD_PIECES), { maxLength: 12 }), (pieces) => {
        const lead = pieces.join('');
        if (COLLECTIVE_OF.test(lead)) expect(mayEndInCollectiveOf(lead)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('says no to a lead that does not end in "at", "of" or "the" and a space', () => {
    expect(mayEndInCollectiveOf('said the chair of ')).toBe(true);
    expect(mayEndInCollectiveOf('the workforce at the ')).toBe(true);
    expect(mayEndInCollectiveOf('said so ')).toBe(false);
    expect(mayEndInCollectiveOf('workforce of')).toBe(false);
  });
});

describe('the "number" gate', () => {
  it('says no only to texts the "number" pattern finds nothing in', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NUMBER_PIECES), { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        NUMBER_VERB.lastIndex = 0;
        if (NUMBER_VERB.test(text)) expect(NUMBER_THEN_FIGURE.test(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('says no to "a number of"', () => {
    expect(NUMBER_THEN_FIGURE.test('A number of its 40 staff left.')).toBe(false);
    expect(NUMBER_THEN_FIGURE.test('Its staff now number about 52.')).toBe(true);
  });
});
