// A body owned whole, said with the owner named only by kind or not at all ("a wholly
// council-owned company, X", "X, a wholly owned trading company"), and a part kept by a former
// owner ("Y keeps 20% of the shares in X", "Y retains a 20% stake in X"). The two cannot both be
// true of one body, whoever the owners are. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Tarnside Leisure Ltd': 'org:tarnside-leisure',
  'Tarnside Borough Council': 'org:tarnside-borough-council',
  'Pellow Academy Services Ltd': 'org:pellow-academy-services',
  'Gorseway Group plc': 'org:gorseway-group',
  'Kiln Road Trust': 'org:kiln-road-trust',
};
const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES, []));
const ownership = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'ownership' && c.value.kind === 'category')
    .map((c) => `${c.value.kind === 'category' && c.value.polarity === 'deny' ? 'part' : 'whole'} ${c.subject}`);
const conflictsAmong = (...docs: Array<[string, string]>): Conflict[] => conflictsAmongSources(docs.map(([doc, text]) => ({ doc, claims: claimsOf(text) })));

describe('a body owned whole, its owner named by kind', () => {
  it('reads the noun before or after the name, in apposition or after a copula', () => {
    expect(ownership('Tarnside Borough Council has set up a wholly council-owned company, Tarnside Leisure Ltd, to run its pools.')).toEqual(['whole org:tarnside-leisure']);
    expect(ownership('Pellow Academy Services Ltd, a wholly owned trading company of the Kiln Road Trust, runs the canteens.')).toEqual(['whole org:pellow-academy-services']);
    expect(ownership('Tarnside Leisure Ltd is a wholly owned council company.')).toEqual(['whole org:tarnside-leisure']);
    expect(ownership('The trust set up a fully owned subsidiary called Pellow Academy Services Ltd.')).toEqual(['whole org:pellow-academy-services']);
  });

  it('reads nothing of a denial or of a body that is not the noun’s', () => {
    expect(ownership('Tarnside Leisure Ltd is not a wholly owned company.')).toEqual([]);
    expect(ownership('The council wants a wholly owned company to run the pools.')).toEqual([]);
  });

  it('reads nothing of a whole holding that has ended', () => {
    expect(ownership('Pellow Academy Services Ltd was a wholly owned trading company of the Kiln Road Trust until 2020, when Gorseway Group plc bought 40% of it.')).toEqual([]);
    expect(ownership('Until 2020, Tarnside Leisure Ltd was a wholly owned council company.')).toEqual([]);
    expect(ownership('Tarnside Leisure Ltd, a wholly owned council company till last year, is now a charity.')).toEqual([]);
    expect(ownership('Tarnside Leisure Ltd, a wholly owned council company since 2019, runs the pools.')).toEqual(['whole org:tarnside-leisure']);
  });
});

describe('a part kept by a former owner', () => {
  it('reads "keeps" and "retains" as holding, as "holds" is', () => {
    expect(ownership('Gorseway Group plc keeps 20% of the shares in Tarnside Leisure Ltd until 2029.')).toEqual(['part org:tarnside-leisure']);
    expect(ownership('Gorseway Group plc retains a 20% stake in Tarnside Leisure Ltd.')).toEqual(['part org:tarnside-leisure']);
    expect(ownership('Tarnside Borough Council keeps 20% of its budget in reserve.')).toEqual([]);
  });

  it('flags a whole against a part kept, not a whole of another body', () => {
    const found = conflictsAmong(
      ['release.txt', 'Tarnside Borough Council has set up a wholly council-owned company, Tarnside Leisure Ltd, to run its pools.'],
      ['bulletin.txt', 'Read the agreement: Gorseway Group plc keeps 20% of the shares in Tarnside Leisure Ltd until 2029.'],
    );
    expect(found.map((c) => [c.kind, c.subject])).toEqual([['negation', 'org:tarnside-leisure']]);
    const other = conflictsAmong(
      ['release.txt', 'Tarnside Borough Council has set up a wholly council-owned company, Tarnside Leisure Ltd, to run its pools.'],
      ['bulletin.txt', 'Gorseway Group plc keeps 20% of the shares in Pellow Academy Services Ltd.'],
    );
    expect(other).toEqual([]);
  });
});
