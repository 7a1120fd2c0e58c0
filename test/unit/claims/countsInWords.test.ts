import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

// A count of things a body has is one kind of fact whether its figure is written in digits or in
// words: house styles spell out small numbers ("runs nine shops", "has four depots"), so a reading
// that sees only digits misses most small counts. Invented bodies: schools, buses, housing, a
// credit union, hospitals, a rugby club, libraries, an arts trust.
const claimsOf = (text: string) => analyse(text).claims;
const counts = (text: string): Array<[string, string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('count:') && c.value.kind === 'number')
    .map((c) => [c.subjectName, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('a count of things a body has, its figure written in words', () => {
  it('reads a number word as the same count its digits would give', () => {
    expect(counts('Ferncombe Academy Trust runs seven primary schools in the valley.')).toEqual(counts('Ferncombe Academy Trust runs 7 primary schools in the valley.'));
    expect(counts('Ferncombe Academy Trust runs seven primary schools in the valley.')).toHaveLength(1);
  });

  it('reads it in every genre and shape the digits are read in', () => {
    expect(counts('How many depots are there?\nRedway Buses Ltd has four depots, all in the north of the county.')).toEqual([['Redway Buses Ltd', 'count:depot', 4]]);
    expect(counts('Wyvern Credit Union, which has six branches across the county, has a new chief executive.')).toEqual([['Wyvern Credit Union', 'count:branch', 6]]);
    expect(counts('Lord Ashfold: My Lords, Blackfen Hospital Trust operates five community hospitals.')).toEqual([['Blackfen Hospital Trust', 'count:hospital', 5]]);
    expect(counts('[12/03/2026, 10:14] Sam: Larchfield Rugby Club has twelve junior teams now')).toEqual([['Larchfield Rugby Club', 'count:team', 12]]);
    expect(counts('• Greyholme Library Service runs eleven mobile libraries')).toEqual([['Greyholme Library Service', 'count:library', 11]]);
    expect(counts('Sedley Arts Trust manages twenty-two studios in the old mill.')).toEqual([['Sedley Arts Trust', 'count:studio', 22]]);
    expect(counts('Tarnside Housing Association owns eight care homes.')).toEqual([['Tarnside Housing Association', 'count:homes', 8]]);
  });

  it('flags a count in words against the same count in digits from another source', () => {
    const a = claimsOf('Wyvern Credit Union, which has six branches across the county, has a new chief executive.');
    const b = claimsOf('Wyvern Credit Union has 9 branches.');
    expect(conflictsAmongSources([{ doc: 'a', claims: a }, { doc: 'b', claims: b }]).map((c) => c.attribute)).toEqual(['count:branch']);
  });

  it('does not read a part of the whole, a plan, a change, a span of time, a joint count or "one"', () => {
    expect(counts('Kelmarsh Fire Service will close three of its stations.')).toEqual([]);
    expect(counts('Redway Buses Ltd will have nine depots by 2028.')).toEqual([]);
    expect(counts('Redway Buses Ltd has bought four new buses.')).toEqual([]);
    expect(counts('Tarnside Housing Association has two years to repair the flats.')).toEqual([]);
    expect(counts('Ferncombe Academy Trust and Holt Learning Trust have seven schools between them.')).toEqual([]);
    expect(counts('Wyvern Credit Union has one branch.')).toEqual([]);
  });

  it('keeps apart different bodies and different years', () => {
    const a = claimsOf('Ferncombe Academy Trust runs seven schools.');
    const b = claimsOf('Holt Learning Trust runs five schools.');
    expect(conflictsAmongSources([{ doc: 'a', claims: a }, { doc: 'b', claims: b }])).toEqual([]);
    const c = claimsOf('In 2015 Wyvern Credit Union had four branches.');
    const d = claimsOf('In 2025 Wyvern Credit Union has nine branches.');
    expect(conflictsAmongSources([{ doc: 'c', claims: c }, { doc: 'd', claims: d }])).toEqual([]);
  });
});
