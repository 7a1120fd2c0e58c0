// A post stated with its verb in the main clause is the same post as its noun: "Mary Holt chairs
// the board of Fenbury Housing Trust" and "Mary Holt, chair of Fenbury Housing Trust" say one
// thing, and either disagrees with "Mary Holt, secretary of Fenbury Housing Trust". A post held in the past
// ("chaired … until 2010") or in a part of the body (its finance committee) is not read. Every
// name is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

const officesOf = (text: string): string[] =>
  analyse(text)
    .claims.filter((c) => c.attribute === 'role' && c.subject === 'person:mary-holt')
    .map((c) => (c.value.kind === 'role' ? (c.value.office ?? '') : ''));
const CHAIR = 'office:chair@org:fenbury-housing-trust';

describe('a post stated by its verb', () => {
  it('reads "chairs" and "has chaired" in a main clause as the chair', () => {
    expect(officesOf('Mary Holt chairs the board of Fenbury Housing Trust, which owns 400 homes.')).toEqual([CHAIR]);
    expect(officesOf('Mary Holt has chaired Fenbury Housing Trust since 2019.')).toEqual([CHAIR]);
    expect(officesOf('In the town, Mary Holt now chairs Fenbury Housing Trust’s board.')).toEqual([CHAIR]);
  });

  it('reads "serves as" and "is acting as" as holding the post', () => {
    expect(officesOf('Mary Holt serves as treasurer of Fenbury Housing Trust.')).toEqual(['title:treasurer@org:fenbury-housing-trust']);
  });

  it('reads no post held in the past or in a part of the body', () => {
    expect(officesOf('Mary Holt chaired Fenbury Housing Trust until 2010.')).toEqual([]);
    expect(officesOf('Mary Holt chairs the finance committee of Fenbury Housing Trust.')).toEqual([]);
  });

  it('reads "leads" a council as its leader, and meets a cabinet member’s post there', () => {
    const leads = (text: string): string[] =>
      analyse(text)
        .claims.filter((c) => c.attribute === 'role' && c.subject === 'person:tom-reid')
        .map((c) => (c.value.kind === 'role' ? (c.value.office ?? '') : ''));
    expect(leads('Tom Reid leads Kelby City Council, which runs 40 schools.')).toEqual(['title:leader@org:kelby-city-council']);
    expect(leads('Tom Reid, who has led Kelby City Council since 2021, said no.')).toEqual(['title:leader@org:kelby-city-council']);
    expect(leads('Tom Reid leads Kelby Rovers.')).toEqual([]);
    const conflicts = conflictsAmongSources([
      { doc: 'a', claims: analyse('Tom Reid leads Kelby City Council.').claims },
      { doc: 'b', claims: analyse('Cllr Tom Reid, Cabinet Member for Transport at Kelby City Council, said the buses would run.').claims },
    ]).filter((c) => c.kind === 'role');
    expect(conflicts).toHaveLength(1);
  });

  it('makes the verb’s post disagree with another post at the same body', () => {
    const conflicts = conflictsAmongSources([
      { doc: 'news', claims: analyse('Mary Holt chairs the board of Fenbury Housing Trust.').claims },
      { doc: 'faq', claims: analyse('Mary Holt, secretary of Fenbury Housing Trust, said the roof came first.').claims },
    ]).filter((c) => c.kind === 'role');
    expect(conflicts).toHaveLength(1);
  });
});
