import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Tarnwick Leisure Trust': 'org:tarnwick-leisure-trust',
  'Brackenholt Care Ltd': 'org:brackenholt-care-ltd',
  'Brackenholt Staff Trust': 'org:brackenholt-staff-trust',
  'Sallowmere Capital': 'org:sallowmere-capital',
  'Sallowmere District Council': 'org:sallowmere-district-council',
  'Ivel Ridge Foundation': 'org:ivel-ridge-foundation',
  'Sallowmere Council': 'org:sallowmere-council',
  'Crafts Council': 'org:crafts-council',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const sums = (claims: Claim[]): Array<[string, string, number, string | undefined, string]> =>
  claims
    .filter((c) => c.value.kind === 'number' && c.value.unit === 'GBP')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN, c.time, c.text]);

describe('a sum a body receives from another', () => {
  it('reads "X, which …, will receive £N from the council in <year>" as what the council pays X that year', () => {
    const text = 'Tarnwick Leisure Trust, which has run the town’s gyms since 2009, will receive £2.4m from the council in 2016/17.';
    expect(sums(claimsOf(text)).map((s) => s.slice(0, 4))).toEqual([['org:tarnwick-leisure-trust', 'money:paid-by:local-authority', 2.4e6, '2016/2017']]);
  });

  it('gives a named council payer the same key as "the council", and a named body its own', () => {
    const council = claimsOf('Tarnwick Leisure Trust will receive £2m from Sallowmere District Council in 2016.');
    expect(sums(council)[0].slice(0, 2)).toEqual(['org:tarnwick-leisure-trust', 'money:paid-by:local-authority']);
    const foundation = claimsOf('Tarnwick Leisure Trust will receive £300,000 from the Ivel Ridge Foundation in 2016.');
    expect(sums(foundation)[0].slice(0, 2)).toEqual(['org:tarnwick-leisure-trust', 'money:paid-by:org:ivel-ridge-foundation']);
  });

  it('gives a council called by its place alone the local councils\' key, and a council named after a field its own', () => {
    const place = claimsOf('Tarnwick Leisure Trust will receive £2m from Sallowmere Council in 2016.');
    expect(sums(place)[0].slice(0, 2)).toEqual(['org:tarnwick-leisure-trust', 'money:paid-by:local-authority']);
    const field = claimsOf('Tarnwick Leisure Trust will receive £2m from the Crafts Council in 2016.');
    expect(sums(field)[0].slice(0, 2)).toEqual(['org:tarnwick-leisure-trust', 'money:paid-by:org:crafts-council']);
  });

  it('makes no claim when no payer follows "from", or when the receiver governed by a preposition is not the subject', () => {
    expect(sums(claimsOf('Tarnwick Leisure Trust will receive £2m from next April.'))).toEqual([]);
    expect(sums(claimsOf('Tarnwick Leisure Trust will receive £2m in ticket sales.'))).toEqual([]);
  });
});

describe('a fee named after its payer, in a text that speaks for the body paid', () => {
  const report = (sentence: string): string => `Tarnwick Leisure Trust\nAnnual Report 2016\n\nFinancial review\n\n${sentence}`;

  it('reads a dated figure the payer\'s fee changes to as the author\'s money from that payer, from the figure\'s own clause', () => {
    const claims = sums(claimsOf(report('The council’s management fee fell again, to £2.1m, and it will fall to £1.7m in 2016/17.')));
    expect(claims).toEqual([['org:tarnwick-leisure-trust', 'money:paid-by:local-authority', 1.7e6, '2016/2017', 'it will fall to £1.7m']]);
  });

  it('leaves a fee figure with no year of its own alone, and reads nothing when no author is named', () => {
    expect(sums(claimsOf(report('The council’s management fee fell again, to £2.1m.')))).toEqual([]);
    expect(sums(claimsOf('The council’s management fee will fall to £1.7m in 2016/17.'))).toEqual([]);
  });
});

describe('ownership stated after an apposition', () => {
  it('reads "X, the agency that …, is 80% owned by Y" as a share of X', () => {
    const text = 'Brackenholt Care Ltd, the care agency that places more children than any other in the region, is 75% owned by investment firm Sallowmere Capital.';
    const owned = claimsOf(text).filter((c) => c.attribute.startsWith('owned-share:'));
    expect(owned.map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN])).toEqual([
      ['org:brackenholt-care-ltd', 'owned-share:org:sallowmere-capital', 75],
    ]);
  });

  it('derives that a company 75% owned by an investment firm is majority-owned by outside investors', () => {
    const text = 'Brackenholt Care Ltd, the care agency that places more children than any other, is 75% owned by investment firm Sallowmere Capital, with the remaining 25% held by the Brackenholt Staff Trust.';
    const categories = claimsOf(text).filter((c) => c.subject === 'org:brackenholt-care-ltd' && c.value.kind === 'category');
    expect(categories.map((c) => (c.value.kind === 'category' ? c.value.category : ''))).toContain('investor-majority-owned');
  });

  it('does not take a name inside the apposition, nor a name governed by a preposition, as the owned body', () => {
    const text = 'Work for the Ivel Ridge Foundation, the charity that funds respite care, is 40% owned by Sallowmere Capital.';
    expect(claimsOf(text).filter((c) => c.attribute.startsWith('owned-share:'))).toEqual([]);
  });
});
