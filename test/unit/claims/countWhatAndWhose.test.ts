// What a figure counts and whose it is. "any one member" picks out one of a group and counts
// nothing; "members of the public" are nobody's members; a body in brackets after a person's name
// is where the person comes from, not the subject of a figure that follows. Every name is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import type { Claim } from '../../../server/src/engine/types';
import { conflictsAmongSources } from './conflictsAmong';

const counts = (text: string): Array<[string, string, number]> =>
  analyse(text)
    .claims.filter((c: Claim) => c.attribute.startsWith('count:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : Number.NaN]);

const quantities = (text: string): string[] =>
  analyse(text)
    .entities.filter((e) => e.type === 'quantity')
    .map((e) => e.text);

describe('"one" after a determiner picks out one of a group: it is no count', () => {
  it.each([
    'Its director answers to the board of Brackwell Estates Company, not to any one member.',
    'No one member of Brackwell Estates Company can block a decision.',
    'Brackwell Estates Company said each one of its members would be consulted.',
    'Ask which one trustee of Brackwell Estates Company signed it.',
  ])('%s', (text) => {
    expect(quantities(text).filter((q) => /^one\b/i.test(q))).toEqual([]);
    expect(counts(text).filter(([, , value]) => value === 1)).toEqual([]);
  });

  it('still counts one member where one is the number', () => {
    expect(quantities('Brackwell Estates Company has one member on the panel.')).toEqual(['one member']);
  });

  it('does not set "not to any one member" against the body\'s three members', () => {
    const a = analyse('Brackwell Estates Company is a company limited by guarantee; its three members are councils.');
    const b = analyse('Brackwell Estates Company answers to its board, not to any one member.');
    expect(conflictsAmongSources([{ doc: 'a', claims: a.claims }, { doc: 'b', claims: b.claims }])).toEqual([]);
  });
});

describe('members of the public are no body\'s members', () => {
  it.each([
    'Also present: Jo Bale (Tarnwick Housing Trust) and 9 members of the public.',
    'Tarnwick Housing Trust met 40 members of the public at the drop-in.',
    'Around 120 members of the public wrote to Tarnwick Housing Trust.',
  ])('%s', (text) => {
    expect(counts(text).filter(([, attribute]) => attribute.startsWith('count:member'))).toEqual([]);
  });

  it('keeps "of the public" in the counted phrase', () => {
    expect(quantities('Also present: 9 members of the public.')).toEqual(['9 members of the public']);
  });

  it('still counts a body\'s own members', () => {
    expect(counts('Tarnwick Housing Trust, which has about 2,000 members, met on Monday.')).toEqual([['org:tarnwick-housing-trust', 'count:member', 2000]]);
  });
});

describe('a body in brackets after a person\'s name is the person\'s affiliation, not a subject', () => {
  it.each([
    'Also present: Jo Bale (Tarnwick Housing Trust) and 9 volunteers.',
    'In attendance were Omar Reid (Holm Valley Society), Ann Lee (Tarnwick Housing Trust) and 12 residents.',
  ])('%s', (text) => {
    expect(counts(text)).toEqual([]);
  });

  it('keeps a body whose acronym follows it in brackets as the subject', () => {
    expect(counts('Holm Valley Society (HVS) has 300 staff.')).toEqual([['org:holm-valley-society', 'count:staff', 300]]);
  });
});
