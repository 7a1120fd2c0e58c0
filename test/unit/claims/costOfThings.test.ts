import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

// Invented bodies on several topics: sport, museums, councils, schools.
const NAMES: Names = {
  'Ferncombe Golf Club': 'org:ferncombe-golf-club',
  'Harlow Museum Trust': 'org:harlow-museum-trust',
  'Wenlow District Council': 'org:wenlow-district-council',
  'Kelby Rowing Club': 'org:kelby-rowing-club',
  'Ashcombe Academy Trust': 'org:ashcombe-academy-trust',
};

const claimsOf = (text: string) => extractClaims(text, tagEntities(text, NAMES));
const prices = (text: string): Array<[string, string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('money:price:') && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('what a thing cost a body, told by what it spent or what the thing cost it', () => {
  it('reads "X spent £N on its new pavilion" and "X invested £N in the lido" as the price of the thing', () => {
    expect(prices('Ferncombe Golf Club spent £750,000 on its new pavilion.')).toEqual([['org:ferncombe-golf-club', 'money:price:pavilion', 750000]]);
    expect(prices('Wenlow District Council invested £2m in the lido last year.')).toEqual([['org:wenlow-district-council', 'money:price:lido', 2e6]]);
  });

  it('reads "the new pavilion cost X £N" and "the roof repairs have cost X about £N"', () => {
    expect(prices('The new pavilion cost Ferncombe Golf Club £600,000.')).toEqual([['org:ferncombe-golf-club', 'money:price:pavilion', 600000]]);
    expect(prices('The roof repairs have cost Harlow Museum Trust about £80,000.')).toEqual([['org:harlow-museum-trust', 'money:price:repair', 80000]]);
  });

  it('flags the two ways against each other for one thing', () => {
    const a = claimsOf('The new pavilion cost Ferncombe Golf Club £600,000.');
    const b = claimsOf('Ferncombe Golf Club spent £750,000 on its new pavilion.');
    expect(conflictsAmongSources([{ doc: 'a', claims: a }, { doc: 'b', claims: b }]).map((c) => c.attribute)).toEqual(['money:price:pavilion']);
  });

  it('does not read a sum to be spent, a yearly spend, a sum denied or a cost to come', () => {
    expect(prices('Kelby Rowing Club will spend £40,000 on a new boathouse.')).toEqual([]);
    expect(prices('Ashcombe Academy Trust plans to invest £1m in a new sports hall.')).toEqual([]);
    expect(prices('Kelby Rowing Club spends £4,000 a year on boat repairs.')).toEqual([]);
    expect(prices('Ferncombe Golf Club did not spend £750,000 on its pavilion.')).toEqual([]);
    expect(prices('The new pavilion will cost Ferncombe Golf Club £600,000.')).toEqual([]);
  });

  it('does not flag what two bodies spent, nor what one body spent on two things', () => {
    const a = claimsOf('Kelby Rowing Club spent £40,000 on its boathouse.');
    const b = claimsOf('Ferncombe Golf Club spent £750,000 on its pavilion.');
    const c = claimsOf('Kelby Rowing Club spent £9,000 on its minibus.');
    expect(conflictsAmongSources([{ doc: 'a', claims: a }, { doc: 'b', claims: b }, { doc: 'c', claims: c }])).toEqual([]);
  });
});
