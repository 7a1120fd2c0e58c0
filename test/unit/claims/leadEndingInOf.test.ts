import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEAD_ENDING_IN_OF } from '../../../server/src/engine/claims/extractors/counts';

// The words before a count are tried against the patterns that end in "of" ("four of the",
// "joined a network of") only when their last characters may end so: the precheck must say yes
// wherever either pattern matches, or a part of a whole would be counted as the whole.

const { PART_OF_WHOLE, OTHER_BODY_OF, mayEndInOf } = LEAD_ENDING_IN_OF;

const PIECES = [
  'four', 'Four', 'FOUR', '12', '1,200', 'some', 'ſome', 'most', 'half', 'of', 'Of', 'OF', 'oF', 'f', 'o', 'the', 'its', 'thoſe', 'THEIR',
  'joined', 'on', 'a', 'an', 'network', 'group', 'x', 'é', ' ', '  ', '\u00a0', '\u2003', '\t', '\n', ',', '-',
];

describe('the precheck for leads ending in "of"', () => {
  it('says yes wherever PART_OF_WHOLE or OTHER_BODY_OF matches, on leads built from their words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const lead = pieces.join('');
        if (PART_OF_WHOLE.test(lead) || OTHER_BODY_OF.test(lead)) expect(mayEndInOf(lead)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('says yes for "of" before white space, with or without a determiner, in any case', () => {
    for (const lead of ['four of ', 'four OF\u00a0', 'four of the ', 'some Of thoſe  ', 'joined a network of\t']) expect(mayEndInOf(lead)).toBe(true);
  });

  it('says no for a lead that ends in another word, in "of" with no white space after it, or in two words after "of"', () => {
    for (const lead of ['employs ', 'has over ', 'four of', 'four of the six ']) expect(mayEndInOf(lead)).toBe(false);
  });
});
