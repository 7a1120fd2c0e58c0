// Counts read by structure: the noun a figure counts, mapped to a small measure class, and the body
// the clause gives it to. A supplier's customers are one measure whatever the text calls them
// ("domestic customers", "households", "homes" it supplies); people handed from one body to another
// are the receiving body's intake whichever side the sentence stands on ("Y has taken on N
// households", "the N households moved to Y"); and "N of X's staff" counts X's staff, whoever the
// clause's subject is. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Entity } from '../../../server/src/engine/types';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Pellow Energy Ltd': 'org:pellow-energy',
  'Pellow Energy': 'org:pellow-energy',
  'Skerry Power': 'org:skerry-power',
  'Skerry': 'org:skerry-power',
  'Citizens Aid': 'org:citizens-aid',
};

/** The text's entities, with each listed phrase tagged as a count (the figure its first word). */
function tagged(text: string, counts: string[]): Entity[] {
  const entities = tagEntities(text, NAMES).filter((e) => e.type !== 'quantity');
  for (const phrase of counts) {
    const start = text.indexOf(phrase);
    const hedge = /^(?:around|about|more than|over|nearly) /.exec(phrase);
    const figureText = phrase.slice(hedge ? hedge[0].length : 0);
    const value = Number(/^[\d,]+/.exec(figureText)![0].replace(/,/g, ''));
    const qualifier = hedge ? (/more than|over/.test(hedge[0]) ? 'over' : 'around') : undefined;
    entities.push({
      type: 'quantity',
      text: phrase,
      start,
      end: start + phrase.length,
      ...(hedge ? { core: { text: figureText, start: start + hedge[0].length, end: start + phrase.length } } : {}),
      value: { kind: 'quantity', value, ...(qualifier ? { qualifier } : {}) },
    } as Entity);
  }
  return entities.sort((a, b) => a.start - b.start);
}
const counts = (text: string, ...phrases: string[]): Array<[string, string, number]> =>
  extractClaims(text, tagged(text, phrases))
    .filter((c) => c.attribute.startsWith('count:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('a supplier’s customers', () => {
  it('are one measure whatever the text calls them', () => {
    expect(counts('Pellow Energy supplied gas and electricity to around 42,000 domestic customers.', 'around 42,000 domestic customers')).toEqual([['org:pellow-energy', 'count:customer', 42000]]);
    expect(counts('Pellow Energy has 42,000 households on its books.', '42,000 households')).toEqual([['org:pellow-energy', 'count:customer', 42000]]);
    expect(counts('Pellow Energy Ltd supplies about 42,000 homes in the city.', 'about 42,000 homes')).toEqual([['org:pellow-energy', 'count:customer', 42000]]);
    expect(counts('Pellow Energy had 42,000 customers.', '42,000 customers')).toEqual([['org:pellow-energy', 'count:customer', 42000]]);
  });

  it('leave a part of the base, homes not supplied and people a service reached as they are', () => {
    expect(counts('Pellow Energy had 9,000 business customers.', '9,000 business customers')).toEqual([['org:pellow-energy', 'count:business customer', 9000]]);
    expect(counts('Pellow Energy insulated 9,000 homes.', '9,000 homes')).toEqual([['org:pellow-energy', 'count:home', 9000]]);
    expect(counts('Citizens Aid helped 9,000 households.', '9,000 households')).toEqual([['org:citizens-aid', 'count:household helped', 9000]]);
  });
});

describe('people handed from one body to another', () => {
  it('are the receiving body’s intake, from either side of the sentence', () => {
    expect(counts('Skerry Power says it has now taken on more than 61,000 households.', 'more than 61,000 households')).toEqual([['org:skerry-power', 'count:customer taken on', 61000]]);
    expect(counts('Many of the 42,000 households moved to Skerry are pensioners.', '42,000 households')).toEqual([['org:skerry-power', 'count:customer taken on', 42000]]);
    expect(counts('The 42,000 customers were transferred to Skerry Power on Monday.', '42,000 customers')).toEqual([['org:skerry-power', 'count:customer taken on', 42000]]);
    expect(counts('Skerry Power took over 42,000 accounts.', '42,000 accounts')).toEqual([['org:skerry-power', 'count:customer taken on', 42000]]);
  });

  it('flags two sources whose figures for one hand-over do not meet, and not the base the supplier had', () => {
    const source = (doc: string, text: string, phrase: string) => ({ doc, claims: extractClaims(text, tagged(text, [phrase])) });
    const conflicts = conflictsAmongSources([
      source('a.txt', 'Pellow Energy supplied around 42,000 domestic customers.', 'around 42,000 domestic customers'),
      source('b.txt', 'Many of the 42,000 households moved to Skerry are pensioners.', '42,000 households'),
      source('c.txt', 'Skerry Power says it has now taken on more than 61,000 households.', 'more than 61,000 households'),
    ]);
    expect(conflicts.map((c) => [c.kind, c.attribute, c.claims.map((x) => x.doc).sort()])).toEqual([['numeric', 'count:customer taken on', ['b.txt', 'c.txt']]]);
  });
});

describe('a count with a possessor inside it', () => {
  it('counts the possessor’s people, whoever the clause’s subject is', () => {
    expect(counts('Skerry will take on all 180 of Pellow Energy’s staff.', '180 of Pellow Energy’s staff')).toEqual([['org:pellow-energy', 'count:staff', 180]]);
    expect(counts('Skerry Power has hired 180 of Pellow Energy’s staff.', '180 of Pellow Energy’s staff')).toEqual([['org:pellow-energy', 'count:staff', 180]]);
  });

  it('still reads a part of a group without one as a part', () => {
    expect(counts('Skerry Power said 12 of the 180 staff had left.', '12 of the 180 staff')).toEqual([]);
  });
});
