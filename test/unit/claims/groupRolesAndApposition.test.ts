import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Entity } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Corran Gas Ltd': 'org:corran-gas',
  'Corran Gas Holdings Ltd': 'org:corran-gas-holdings',
  'Selby Care Ltd': 'org:selby-care',
  'Selby Care Group': 'org:selby-care-group',
  'Wexcombe Capital': 'org:wexcombe-capital',
  'Hartwell Youth Trust': 'org:hartwell-youth-trust',
  'Ambry Foundation': 'org:ambry-foundation',
};

const counts = (text: string): Array<[string, string, number]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('count:') && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('"the operating company" and "the holding company" in a text about a company group', () => {
  const group = 'Corran Gas Ltd is in trouble. Wexcombe Capital has owned Corran Gas Holdings Ltd since 2016 and says it will not invest. ';

  it('reads "the operating company" as the company named like the holding company without its holding word, not the investor named last', () => {
    expect(counts(`${group}The operating company employs 1,900 staff.`)).toEqual([['org:corran-gas', 'count:staff', 1900]]);
  });

  it('reads "the holding company" and "the parent company" as the holding company', () => {
    expect(counts(`${group}The holding company has 12 staff.`)).toEqual([['org:corran-gas-holdings', 'count:staff', 12]]);
    expect(counts(`${group}The parent company has 12 staff.`)).toEqual([['org:corran-gas-holdings', 'count:staff', 12]]);
  });

  it('does not give the role to the body named last when the text names no such pair', () => {
    const text = 'Corran Gas Ltd is in trouble. Wexcombe Capital has 40 staff. The operating company employs 1,900 staff.';
    expect(counts(text).filter(([, , n]) => n === 1900)).toEqual([]);
  });

  it('leaves the role unresolved when the text names two such pairs', () => {
    const text = `${group}Selby Care Ltd and Selby Care Group were also sold. The operating company employs 1,900 staff.`;
    expect(counts(text)).toEqual([]);
  });
});

describe('a relative clause on an apposition', () => {
  it('gives the figure to the name the apposition describes, even after a preposition', () => {
    const text = 'The council has made a grant to Hartwell Youth Trust, the local charity that supports 650 people each year.';
    expect(counts(text).map(([subject]) => subject)).toEqual(['org:hartwell-youth-trust']);
  });

  it('leaves the figure alone when the apposition names another body the clause may describe', () => {
    const text = 'The council has made a grant to Hartwell Youth Trust, a partner of Ambry Foundation that has 80 staff.';
    expect(counts(text).map(([subject]) => subject)).not.toContain('org:hartwell-youth-trust');
  });
});

describe('workforce figures after the verb', () => {
  it('reads "employed an average of N people" as the staff', () => {
    expect(counts('Corran Gas Ltd employed an average of 2,350 people during the year.')).toEqual([['org:corran-gas', 'count:staff', 2350]]);
  });

  it('makes no count of a pronoun: "N of them" is a part of what came before', () => {
    const text = 'Hartwell Youth Trust supported 900 people and housed 150 of them.';
    const start = text.indexOf('150 of them');
    const part: Entity = { type: 'quantity', text: '150 of them', start, end: start + 11, value: { kind: 'quantity', value: 150 } };
    const entities = [...tagEntities(text, NAMES), part].sort((a, b) => a.start - b.start);
    const attributes = extractClaims(text, entities).map((c) => c.attribute);
    expect(attributes.filter((a) => a.startsWith('count:people'))).toHaveLength(1);
    expect(attributes.filter((a) => a.startsWith('count:them'))).toEqual([]);
  });
});
