// Staff a body takes on are its intake, not its workforce. "took on 40 staff", "has recruited 40
// staff" and "will hire about 60 staff" count the staff taken on (count:staff taken on), so they
// never meet "employs 300 staff" or "has 300 staff", which count the whole workforce. Every name
// here is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { SourcedClaim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Marrow Lane Homes': 'org:marrow-lane-homes', 'Ebbsfield Trust': 'org:ebbsfield-trust' };
const counts = (text: string): Array<[string, string, number]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('count:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);
const sourced = (doc: string, text: string): SourcedClaim[] => extractClaims(text, tagEntities(text, NAMES)).map((claim) => ({ doc, claim }));
const conflictsOf = (claims: SourcedClaim[]): string[] => {
  const keys = new Set(claims.map((c) => `${c.claim.subject}|${c.claim.attribute}`));
  return [...keys].flatMap((key) => detectConflicts(claims.filter((c) => `${c.claim.subject}|${c.claim.attribute}` === key))).map((c) => c.attribute);
};

describe('staff a body takes on', () => {
  it('are counted as its intake however the hiring is worded', () => {
    for (const text of [
      'Marrow Lane Homes took on 40 staff from Ebbsfield Trust.',
      'Marrow Lane Homes has taken on 40 staff this year.',
      'Marrow Lane Homes has recruited 40 staff.',
      'Marrow Lane Homes will hire about 40 staff.',
    ])
      expect(counts(text), text).toEqual([['org:marrow-lane-homes', 'count:staff taken on', 40]]);
  });

  it('leave the workforce a count of its own', () => {
    expect(counts('Marrow Lane Homes employs 300 staff.')).toEqual([['org:marrow-lane-homes', 'count:staff', 300]]);
    expect(counts('Marrow Lane Homes has 300 staff.')).toEqual([['org:marrow-lane-homes', 'count:staff', 300]]);
  });

  it('never conflict with the workforce, but two intakes told differently do', () => {
    expect(conflictsOf([...sourced('a.txt', 'Marrow Lane Homes took on 40 staff from Ebbsfield Trust.'), ...sourced('b.txt', 'Marrow Lane Homes employs 300 staff.')])).toEqual([]);
    expect(conflictsOf([...sourced('a.txt', 'Marrow Lane Homes took on 40 staff from Ebbsfield Trust.'), ...sourced('b.txt', 'Marrow Lane Homes has recruited 95 staff.')])).toEqual([
      'count:staff taken on',
    ]);
  });
});
