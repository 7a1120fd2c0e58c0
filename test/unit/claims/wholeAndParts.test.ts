// A body owned whole by one owner against a part of it held or sold: "the council's wholly owned
// company", "owned outright by" against "sold a 49% stake", "was owned 60% by … and 40% by …",
// "Y owns 51% and Z 49%". Whoever the owners are, a whole and a part of one body disagree
// (attribute "ownership", category "wholly-owned", affirmed or denied). Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Tollbridge Services Ltd': 'org:tollbridge-services',
  Tollbridge: 'org:tollbridge-services',
  'Pellam Borough Council': 'org:pellam-borough-council',
  'the council': 'org:pellam-borough-council',
  'Orrin Capital': 'org:orrin-capital',
  'Kestle Pension Partners': 'org:kestle-pension-partners',
  'Ferrand Infrastructure': 'org:ferrand-infrastructure',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const owned = (text: string): Array<[string, string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('owned-share:') && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute.slice('owned-share:'.length), c.value.kind === 'number' ? c.value.value : NaN]);
const whole = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'ownership' && c.value.kind === 'category' && c.value.category === 'wholly-owned')
    .map((c) => (c.value.kind === 'category' ? c.value.polarity : ''));

const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('a body owned whole', () => {
  it('reads the owner in the possessive before "wholly owned"', () => {
    expect(owned('Tollbridge Services Ltd, the council’s wholly owned trading company, collects bins.')).toEqual([['org:tollbridge-services', 'org:pellam-borough-council', 100]]);
    expect(owned('Tollbridge Services Ltd is Pellam Borough Council’s wholly-owned company.')).toEqual([['org:tollbridge-services', 'org:pellam-borough-council', 100]]);
  });

  it('reads "owned outright by" and "wholly owned by" after a copula, an apposition or both', () => {
    for (const text of [
      'Tollbridge is a council company, owned outright by Pellam Borough Council.',
      'Tollbridge, owned outright by Pellam Borough Council, collects bins.',
      'Tollbridge, wholly owned by Pellam Borough Council, collects bins.',
      'Tollbridge, a company wholly owned by Pellam Borough Council, collects bins.',
      'Tollbridge is an arm’s-length company wholly owned by Pellam Borough Council.',
    ]) {
      expect(owned(text), text).toEqual([['org:tollbridge-services', 'org:pellam-borough-council', 100]]);
    }
  });

  it('reads no whole for a company only partly owned', () => {
    expect(owned('Tollbridge, a council company partly owned by Pellam Borough Council, collects bins.')).toEqual([]);
  });

  it('reads "Y, which has owned X outright" with Y as the owner', () => {
    expect(owned('Ferrand Infrastructure, which has owned Tollbridge outright since 2017, declined to comment.')).toEqual([['org:tollbridge-services', 'org:ferrand-infrastructure', 100]]);
  });

  it('affirms that the body is wholly owned', () => {
    expect(whole('Tollbridge, owned outright by Pellam Borough Council, collects bins.')).toEqual(['affirm']);
  });
});

describe('a part of a body', () => {
  it('reads a stake sold to a buyer as the buyer’s share', () => {
    expect(owned('In 2021 Pellam Borough Council sold a 49% stake in Tollbridge to Orrin Capital.')).toEqual([['org:tollbridge-services', 'org:orrin-capital', 49]]);
    expect(owned('In 2021 Pellam Borough Council sold 49% of Tollbridge to Orrin Capital.')).toEqual([['org:tollbridge-services', 'org:orrin-capital', 49]]);
  });

  it('reads "X was owned 60% by Y, …, and 40% by Z" as two owners’ shares', () => {
    expect(owned('At 31 March Tollbridge Services Ltd was owned 60% by Ferrand Infrastructure, through a fund, and 40% by Kestle Pension Partners.')).toEqual([
      ['org:tollbridge-services', 'org:ferrand-infrastructure', 60],
      ['org:tollbridge-services', 'org:kestle-pension-partners', 40],
    ]);
  });

  it('reads "Y owns 51% and Z 49%" as a split of the body named just before', () => {
    expect(owned('Who owns Tollbridge today? Pellam Borough Council owns 51% and Orrin Capital 49%.')).toEqual([
      ['org:tollbridge-services', 'org:pellam-borough-council', 51],
      ['org:tollbridge-services', 'org:orrin-capital', 49],
    ]);
  });

  it('does not split a body when the shares add up to more than the whole, or name their own whole', () => {
    expect(owned('Who owns Tollbridge today? Pellam Borough Council owns 71% and Orrin Capital 49%.')).toEqual([]);
  });

  it('denies that the body is wholly owned, whoever holds the part', () => {
    expect(whole('In 2021 Pellam Borough Council sold a 49% stake in Tollbridge to Orrin Capital.')).toEqual(['deny']);
  });
});

describe('a whole against a part', () => {
  const wholly = [
    'Tollbridge Services Ltd, the council’s wholly owned trading company, collects bins.',
    'Tollbridge is a council company, owned outright by Pellam Borough Council.',
  ];
  const part = [
    'In 2021 Pellam Borough Council sold a 49% stake in Tollbridge to Orrin Capital.',
    'Who owns Tollbridge today? Pellam Borough Council owns 51% and Orrin Capital 49%.',
  ];
  it('conflicts, whichever wording each source uses', () => {
    for (const a of wholly) {
      for (const b of part) {
        const found = conflictsAmong(a, b).filter((c) => c.attribute === 'ownership');
        expect(found.map((c) => c.kind), `${a} / ${b}`).toEqual(['negation']);
      }
    }
  });

  it('does not conflict for two splits of the same body, nor for two wholes', () => {
    expect(conflictsAmong(part[0]!, part[1]!).filter((c) => c.attribute === 'ownership')).toEqual([]);
    expect(conflictsAmong(wholly[0]!, wholly[1]!)).toEqual([]);
  });
});

describe('a holding that has ended', () => {
  it('reads no owner for "owned by Y until 2019", whether whole or part', () => {
    for (const text of [
      'Tollbridge Services Ltd was wholly owned by Pellam Borough Council until 2019, when it sold 49% to Orrin Capital.',
      'Tollbridge was wholly owned by Pellam Borough Council from 2010 until 2019.',
      'Tollbridge was owned 60% by Orrin Capital until 2020.',
      'Tollbridge Services Ltd was owned outright by Pellam Borough Council till March 2018.',
    ]) {
      expect(owned(text), text).toEqual([]);
      expect(whole(text), text).toEqual([]);
    }
  });

  it('still reads a holding that began at a date and goes on', () => {
    expect(owned('Tollbridge has been wholly owned by Pellam Borough Council since 2019.')).toEqual([['org:tollbridge-services', 'org:pellam-borough-council', 100]]);
  });

  it('does not let an ended whole conflict with a later part', () => {
    const ended = 'Tollbridge Services Ltd was wholly owned by Pellam Borough Council until 2019.';
    expect(conflictsAmong(ended, 'In 2019 Pellam Borough Council sold a 49% stake in Tollbridge to Orrin Capital.').filter((c) => c.attribute === 'ownership')).toEqual([]);
  });
});
