import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Tarrow Learning Trust': 'org:tarrow-learning-trust',
  'Pellam Care': 'org:pellam-care',
  'Corrow Gazette': 'org:corrow-gazette',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const counts = (claims: Claim[]): Array<[string, string, number]> =>
  claims.filter((c) => c.attribute.startsWith('count:') && c.value.kind === 'number').map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : 0]);

describe('a news lede that describes its subject before the next sentence names it', () => {
  it('gives the lede’s figure to the body the next sentence opens with', () => {
    const text =
      'One of the region’s fastest-growing academy chains is to take over six schools, taking it to around 9,000 pupils.\n\n' +
      'Tarrow Learning Trust, which began in 2011, was approved as sponsor.';
    expect(counts(claimsOf(text))).toEqual([['org:tarrow-learning-trust', 'count:pupil', 9000]]);
  });

  it('reads a singular description ("A Lenham care company has …") the same way', () => {
    const text = 'A Lenham care company has 1,200 staff and no reserves. Pellam Care, which runs 12 homes, said the council owed it money.';
    // (the relative clause "which runs 12 homes" is Pellam Care's own stock: figures/thingCounts.ts)
    expect(counts(claimsOf(text))).toEqual([
      ['org:pellam-care', 'count:staff', 1200],
      ['org:pellam-care', 'count:homes', 12],
    ]);
  });

  it('leaves the description unresolved when the next sentence does not open with a name', () => {
    const text = 'One of the region’s largest academy chains is to take over six schools, taking it to around 9,000 pupils.\n\nParents were told on Monday that Tarrow Learning Trust would take over.';
    expect(counts(claimsOf(text))).toEqual([]);
  });

  it('leaves the description unresolved when the name opening the next sentence is not introduced there (another party answering)', () => {
    const text = 'A Lenham care company has 1,200 staff and no reserves. Pellam Care said it would take some of them on.';
    expect(counts(claimsOf(text))).toEqual([]);
  });

  it('does not take a description that is no subject, or one naming a body already, for the next sentence’s body', () => {
    expect(counts(claimsOf('A total of 120 jobs will go. Pellam Care said the cuts were needed.'))).toEqual([]);
    const spokesperson = 'A spokesperson for the company said it has 120 staff. Pellam Care has 900 staff.';
    expect(counts(claimsOf(spokesperson))).toEqual([['org:pellam-care', 'count:staff', 900]]);
    const named = 'One of the Corrow Gazette’s rival groups is to shed 40 jobs. Pellam Care said nothing.';
    expect(counts(claimsOf(named)).map(([subject]) => subject)).not.toContain('org:pellam-care');
  });
});
