// Three readings by structure, each with invented bodies:
// - The people a body picks for seats are its nominees or appointees whatever the seats are called:
//   "it nominates three board members" and "the council's four nominees" count one thing.
// - Exact figures one step of precision apart share no value: "three" and "four", "770" and "780".
// - Two bodies that "combine" or "become one landlord" on a day merge that day, as "will merge" says.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Entity } from '../../../server/src/engine/types';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Holme Borough Council': 'org:holme-borough-council',
  'Wyvern Homes': 'org:wyvern-homes',
  'Wyvern': 'org:wyvern-homes',
  'Carrow Housing': 'org:carrow-housing',
  'Carrow': 'org:carrow-housing',
};
const WORDS: Record<string, number> = { three: 3, four: 4, two: 2, '12': 12 };

/** The text's entities, with each listed phrase tagged as a count (its first word the figure). */
function tagged(text: string, counts: string[]): Entity[] {
  const entities = tagEntities(text, NAMES).filter((e) => e.type !== 'quantity');
  for (const phrase of counts) {
    const start = text.indexOf(phrase);
    const first = phrase.split(' ')[0]!;
    entities.push({ type: 'quantity', text: phrase, start, end: start + phrase.length, value: { kind: 'quantity', value: WORDS[first] ?? Number(first.replace(/,/g, '')) } } as Entity);
  }
  return entities.sort((a, b) => a.start - b.start);
}
const counts = (text: string, ...phrases: string[]) =>
  extractClaims(text, tagged(text, phrases))
    .filter((c) => c.attribute.startsWith('count:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('seats a body fills', () => {
  it('are its nominees or appointees, whatever the seats are called', () => {
    expect(counts('Under the rules Holme Borough Council nominates three board members.', 'three board members')).toEqual([['org:holme-borough-council', 'count:nominee', 3]]);
    expect(counts('Holme Borough Council nominated two directors.', 'two directors')).toEqual([['org:holme-borough-council', 'count:nominee', 2]]);
    expect(counts('Holme Borough Council’s four nominees sit on its board.', 'four nominees')).toEqual([['org:holme-borough-council', 'count:nominee', 4]]);
    expect(counts('Holme Borough Council appoints two trustees.', 'two trustees')).toEqual([['org:holme-borough-council', 'count:appointee', 2]]);
  });

  it('are not the count a clause joined after them gives its own subject', () => {
    expect(counts('Under its rules Holme Borough Council nominates three board members, and the board has 12 members in all.', 'three board members', '12 members')).toEqual([
      ['org:holme-borough-council', 'count:nominee', 3],
    ]);
    // "it" is the body again
    expect(counts('Holme Borough Council nominates three board members, and it has 12 members of staff.', 'three board members', '12 members')).toEqual([
      ['org:holme-borough-council', 'count:nominee', 3],
      ['org:holme-borough-council', 'count:member', 12],
    ]);
  });

  it('leave other counts of members alone', () => {
    expect(counts('Holme Borough Council has four board members.', 'four board members')).toEqual([['org:holme-borough-council', 'count:board member', 4]]);
    expect(counts('Holme Borough Council nominated three projects.', 'three projects')).toEqual([['org:holme-borough-council', 'count:project', 3]]);
  });

  it('disagree when two sources give neighbouring whole numbers, and not when they give the same', () => {
    const source = (doc: string, text: string, phrase: string) => ({ doc, claims: extractClaims(text, tagged(text, [phrase])) });
    const three = source('a.txt', 'Under its rules Holme Borough Council nominates three board members.', 'three board members');
    expect(conflictsAmongSources([three, source('b.txt', 'Holme Borough Council’s four nominees sit on its board.', 'four nominees')]).map((c) => c.attribute)).toEqual(['count:nominee']);
    expect(conflictsAmongSources([three, source('b.txt', 'Holme Borough Council’s three nominees sit on its board.', 'three nominees')])).toEqual([]);
    expect(conflictsAmongSources([source('a.txt', 'Holme Borough Council has 770 staff.', '770 staff'), source('b.txt', 'Holme Borough Council has 780 staff.', '780 staff')]).map((c) => c.attribute)).toEqual(['count:staff']);
    expect(conflictsAmongSources([source('a.txt', 'Holme Borough Council has 770 staff.', '770 staff'), source('b.txt', 'Holme Borough Council has 770 staff.', '770 staff')])).toEqual([]);
  });
});

describe('two bodies becoming one', () => {
  const merged = (text: string) =>
    extractClaims(text, tagEntities(text, NAMES))
      .filter((c) => c.attribute.startsWith('date:merged'))
      .map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : ''])
      .sort((a, b) => a[0]!.localeCompare(b[0]!));

  it('is their merger, however the text words it', () => {
    const both = [
      ['org:carrow-housing', 'date:merged:org:wyvern-homes', '2025-07-01'],
      ['org:wyvern-homes', 'date:merged:org:carrow-housing', '2025-07-01'],
    ];
    expect(merged('Carrow and Wyvern will become one landlord on 1 July 2025.')).toEqual(both);
    expect(merged('Carrow Housing and Wyvern Homes will combine on 1 July 2025.')).toEqual(both);
    expect(merged('Carrow and Wyvern are to become a single housing association on 1 July 2025.')).toEqual(both);
    expect(merged('Carrow and Wyvern will merge on 1 July 2025.')).toEqual(both);
  });

  it('is not a merger when something else becomes one', () => {
    expect(merged('Carrow and Wyvern will become one of the largest landlords in 2026.')).toEqual([]);
    expect(merged('Carrow and Wyvern will combine their repairs teams on 1 July 2025.')).toEqual([]);
  });
});
