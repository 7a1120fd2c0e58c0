// Places and services named by their kind (a lido, a museum, a market, a railway, a pub, baths)
// are not organisation entities (RULES.md), but sources make claims about them: closed, opened,
// given a grant, in debt. The claim layer takes such a name as a subject, keyed as the organisation
// recognisers would key the same name, so two sources meet on it; it never becomes an entity, and
// it never becomes what "it" refers to. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { recogniseEntities } from '../../../server/src/engine/entities/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { conflictsAmongSources } from './conflictsAmong';

const claimsOf = (text: string): Claim[] => extractClaims(text, recogniseEntities(text));
const subjectsOf = (text: string): string[] => [...new Set(claimsOf(text).map((c) => c.subjectName))];
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('a venue named by its kind as the subject of a claim', () => {
  it('takes the venue as the subject in news, minutes, a forum and a report, on several topics', () => {
    expect(subjectsOf('The Marlpit Heritage Railway closed in 2019 after a landslip.')).toEqual(['Marlpit Heritage Railway']);
    expect(subjectsOf('Hobart Street Swimming Baths closed in 2017.')).toEqual(['Hobart Street Swimming Baths']);
    expect(subjectsOf('Brindle County Council gave the Okehurst Observatory a £12,000 grant in 2023.')).toContain('Okehurst Observatory');
    expect(subjectsOf('The Ferncombe Community Cinema owes £48,000 to its bank.')).toEqual(['Ferncombe Community Cinema']);
    expect(subjectsOf('Tallow Quay Market, which began trading in 2009, has 30 stalls.')).toEqual(['Tallow Quay Market']);
    expect(subjectsOf('Westgate Skate Park received £30,000 from Harwell District Council.')).toContain('Westgate Skate Park');
  });

  it('gives one subject to the name with or without "The" in front, so two sources disagree', () => {
    const found = conflictsAmong('The Brenna Point Lifeboat Station closed in 2012.', 'Brenna Point Lifeboat Station, which closed in 2015, is now a café.');
    expect(found.map((c) => c.subjectName)).toEqual(['Brenna Point Lifeboat Station']);
  });

  it('takes no subject from a kind word with only generic words before it', () => {
    for (const text of ['The Town Hall closed in 2015.', 'The Leisure Centre closed in 2016.', 'The Visitor Centre closed in 2018.', 'the museum closed in 2014.']) {
      expect(claimsOf(text)).toEqual([]);
    }
  });

  it('keeps a venue out of the entities', () => {
    const text = 'Corrow Lido closed in 2016.';
    expect(recogniseEntities(text).filter((e) => e.type === 'organisation')).toEqual([]);
    expect(subjectsOf(text)).toEqual(['Corrow Lido']);
  });

  it('leaves "it" to the body it meant, when a venue is named between the body and "it"', () => {
    const text =
      'Explore Dunmere took over the borough’s libraries in April 2014. Its chair started as a Saturday assistant at Dunmere Central Library in 1989. Yet the borough council will pay it £1.4 million in 2015-16.';
    const sums = claimsOf(text).filter((c) => c.value.kind === 'number' && c.value.value === 1_400_000);
    expect(sums.map((c) => c.subjectName)).not.toContain('Dunmere Central Library');
  });

  it('lets a name the recognisers read as an organisation stay the organisation', () => {
    const text = 'Greyfriars Respite Centre has 12 beds.';
    const organisations = recogniseEntities(text).filter((e) => e.type === 'organisation');
    expect(organisations.map((e) => e.text)).toEqual(['Greyfriars Respite Centre']);
    expect(subjectsOf(text)).toEqual(['Greyfriars Respite Centre']);
  });
});

describe('"the <kind>" after a named venue', () => {
  it('stands for the venue named before it with that kind word', () => {
    const text = 'Volunteers have run Harrowgate Lido since 2015. The lido closed in 2021 after the pump failed.';
    expect(claimsOf(text).filter((c) => c.attribute === 'date:dissolved').map((c) => c.subjectName)).toEqual(['Harrowgate Lido']);
    const museum = 'The Tanyard Museum is run by volunteers. Brindle District Council gave the museum a £9,000 grant in 2024.';
    expect(claimsOf(museum).filter((c) => c.value.kind === 'number').map((c) => c.subjectName)).toContain('Tanyard Museum');
  });

  it('stands for nothing when no venue of that kind was named before', () => {
    const text = 'Harrowgate Lido reopened in May. The museum closed in 2021.';
    expect(claimsOf(text).filter((c) => c.attribute === 'date:dissolved')).toEqual([]);
  });
});
