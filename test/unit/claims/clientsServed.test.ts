// The people a provider gives its service to are its clients, whatever a source calls them:
// "visits to around 1,100 people", "care ... to about 1,700 clients" and "support to 300 service
// users" are one measure (count:client), so sources that disagree about it are compared. A place
// that is only part of the area named ("in X and two neighbouring counties") does not make the
// figure a part's. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { SourcedClaim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Hollin Care Ltd': 'org:hollin-care', 'Hollin Care': 'org:hollin-care' };
const counts = (text: string): Array<[string, string, number]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('count:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);
const sourced = (doc: string, text: string): SourcedClaim[] =>
  extractClaims(text, tagEntities(text, NAMES)).map((claim) => ({ doc, claim }));

describe('the clients a provider serves', () => {
  it('reads people given visits, care or support as clients', () => {
    expect(counts('Hollin Care Ltd provided visits to around 1,100 people in Dunshire and two neighbouring counties.')).toEqual([['org:hollin-care', 'count:client', 1100]]);
    expect(counts('Hollin Care delivered around 24,000 hours of care a week to about 1,700 clients.')).toEqual([['org:hollin-care', 'count:client', 1700]]);
    expect(counts('Hollin Care Ltd gave home care to 1,200 people.')).toEqual([['org:hollin-care', 'count:client', 1200]]);
    expect(counts('Hollin Care Ltd cares for 900 people.')).toEqual([['org:hollin-care', 'count:client', 900]]);
    expect(counts('Hollin Care Ltd looks after about 300 clients.')).toEqual([['org:hollin-care', 'count:client', 300]]);
  });

  it('keeps a place that is the only area named as a part', () => {
    expect(counts('Hollin Care Ltd provided visits to 400 people in Dunshire.')).toEqual([['org:hollin-care', 'count:client in dunshire', 400]]);
  });

  it('leaves other people alone: staff employed, people written to, a name ending in "Care"', () => {
    expect(counts('Hollin Care Ltd employs 640 people.')).toEqual([['org:hollin-care', 'count:staff', 640]]);
    expect(counts('Hollin Care Ltd sent letters to 900 people.')).toEqual([['org:hollin-care', 'count:people', 900]]);
  });

  it('flags two sources whose client numbers do not meet, and not a lower bound met', () => {
    const a = sourced('a.txt', 'Hollin Care Ltd provided visits to around 1,100 people in Dunshire and two neighbouring counties.');
    const b = sourced('b.txt', 'Hollin Care delivered around 24,000 hours of care a week to about 1,700 clients.');
    const c = sourced('c.txt', 'Hollin Care Ltd gave home care to more than 1,000 people.');
    const conflicts = (claims: SourcedClaim[]) => detectConflicts(claims.filter((s) => s.claim.attribute === 'count:client')).map((x) => [x.kind, x.claims.map((s) => s.doc)]);
    expect(conflicts([...a, ...b])).toEqual([['numeric', ['a.txt', 'b.txt']]]);
    expect(conflicts([...a, ...c])).toEqual([]);
    expect(conflicts([...b, ...c])).toEqual([]);
  });
});
