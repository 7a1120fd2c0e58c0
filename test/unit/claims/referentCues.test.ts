import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

// The referring words are first checked by their neighbouring characters ("the", "this" or "that"
// before a kind word, "of" before "it", an apostrophe beside "it") before any pattern is tried.
// These cases hold those checks to the patterns' own readings: tabs, wide and no-break spaces,
// capitalised determiners, a determiner cut off by the six characters looked back at, and words
// that only end like one.

const NAMES: Names = {
  'Kestrel Community Trust': 'org:kestrel-community-trust',
  'Millbrook Homes': 'org:millbrook-homes',
};

const claimed = (text: string): Array<[string, string, number, number]> =>
  extractClaims(text, tagEntities(text, NAMES)).map((c) => [c.subject, c.attribute, c.start, c.end]);

const KESTREL = 'org:kestrel-community-trust';

describe('referring words read by their neighbours', () => {
  it('take "the", "The" and "that" before a kind word across tabs and wide spaces, the claim starting at the determiner', () => {
    expect(claimed('Kestrel Community Trust cut grants. The Trust employs 600 staff.')).toEqual([[KESTREL, 'count:staff', 36, 63]]);
    expect(claimed('Kestrel Community Trust cut grants, and that\ttrust employs 600 staff.')).toEqual([[KESTREL, 'count:staff', 40, 68]]);
    expect(claimed('Kestrel Community Trust grew. The\u2003trust has 600 staff.')).toEqual([[KESTREL, 'count:staff', 30, 53]]);
  });

  it('look six characters back only: "This" before three spaces is out of reach, while "Bathe" ends in a "the" within it', () => {
    expect(claimed('Kestrel Community Trust cut grants. This   trust employs 600 staff.')).toEqual([]);
    expect(claimed('Kestrel Community Trust cut grants. Bathe   trust employs 600 staff.')).toEqual([[KESTREL, 'count:staff', 38, 67]]);
  });

  it('leave a kind word after another word unresolved', () => {
    expect(claimed('Kestrel Community Trust cut grants. Another trust employs 600 staff.')).toEqual([]);
  });

  it('read "it" after "of" and two no-break spaces as the body, and no "it" right after an apostrophe', () => {
    expect(claimed('Millbrook Homes is growing: 60% of\u00a0\u00a0it is owned by staff.')).toEqual([
      ['org:millbrook-homes', 'category', 28, 56],
      ['org:millbrook-homes', 'owned-share:employees', 28, 56],
      ['org:millbrook-homes', 'ownership', 28, 56],
    ]);
    expect(claimed('Millbrook Homes grew. It employs 600 staff.')).toEqual([['org:millbrook-homes', 'count:staff', 22, 42]]);
    expect(claimed('Millbrook Homes grew. ’It employs 600 staff.')).toEqual([]);
  });
});

describe('"it" after a sentence that names a body in an aside, and "it" given something', () => {
  const names: Names = { ...NAMES, Conservative: 'org:conservative-party', 'Pellam County Council': 'org:pellam-county-council' };
  const about = (text: string): Array<[string, string]> => extractClaims(text, tagEntities(text, names)).map((c) => [c.subject, c.attribute]);

  it('passes over a party in brackets in the sentence before ("Cllr X (Conservative) said: …")', () => {
    expect(about('Cllr Jo Brant (Conservative) said: “Millbrook Homes builds flats. It employs 600 staff.”')).toContainEqual(['org:millbrook-homes', 'count:staff']);
    expect(about('Cllr Jo Brant (Conservative) said: “Millbrook Homes builds flats for rent, and every flat it builds is let.” Pellam County Council has not lent it a single pound.')).toContainEqual([
      'org:millbrook-homes',
      'loan-from:local-authority',
    ]);
  });

  it('does not read "it" given something as the giver, the subject of its own clause', () => {
    const claims = about('Millbrook Homes builds flats for rent. Pellam County Council has not lent it a single pound.');
    expect(claims).toEqual([['org:millbrook-homes', 'loan-from:local-authority']]);
  });
});
