// A category with what excludes it: a body wholly owned by one owner is not owned, even in part,
// by another. Each share an owner holds is also told as one attribute of the body (owned-by), so
// two sources naming different owners meet there; an owner named once by name and once by its
// kind ("Tenby District Council" / "the council") is the same owner. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Harbury Leisure Ltd': 'org:harbury-leisure',
  'Tenby District Council': 'org:tenby-district-council',
  'Castlegate Holdings': 'org:castlegate-holdings',
  'Fennick Radio': 'org:fennick-radio',
  'Astley Media': 'org:astley-media',
  'Bourne Trust': 'org:bourne-trust',
  'Corby Vale Water': 'org:corby-vale-water',
  'Dunmore Utilities': 'org:dunmore-utilities',
  'Hexley Infrastructure Fund': 'org:hexley-infrastructure-fund',
  'Pennard Homes': 'org:pennard-homes',
  'Pennard Council': 'org:pennard-council',
  'Redwell Capital': 'org:redwell-capital',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const rivals = (...texts: string[]): Conflict[] =>
  conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) }))).filter((c) => c.attribute === 'owned-by');

describe('rival owners of one body', () => {
  it('meet when one holds the whole body and another holds it or a share of it', () => {
    const pairs: Array<[string, string]> = [
      ['Harbury Leisure Ltd is wholly owned by Tenby District Council.', 'Harbury Leisure Ltd is owned by Castlegate Holdings.'],
      ['Corby Vale Water is a wholly owned subsidiary of Dunmore Utilities.', 'Corby Vale Water is owned by Hexley Infrastructure Fund.'],
      ['Pennard Council owns 100% of Pennard Homes.', 'Redwell Capital owns 40% of Pennard Homes.'],
      ['Harbury Leisure Ltd, which belongs to the Pryce family, needs a new roof.', 'Harbury Leisure Ltd is owned by Castlegate Holdings.'],
    ];
    for (const [one, other] of pairs) expect(rivals(one, other), one).toHaveLength(1);
  });

  it('do not meet for one owner named two ways, complementary parts, different years, or one owner by two wordings', () => {
    const apart: Array<[string, string]> = [
      ['Harbury Leisure Ltd is wholly owned by Tenby District Council.', 'Harbury Leisure Ltd is owned by the council.'],
      ['Astley Media holds a 30% stake in Fennick Radio.', 'Bourne Trust holds 70% of Fennick Radio.'],
      ['In 2015 Harbury Leisure Ltd was owned by Tenby District Council.', 'In 2024 Harbury Leisure Ltd was owned by Castlegate Holdings.'],
      ['Pennard Homes is wholly owned by Pennard Council.', 'Pennard Council owns 100% of Pennard Homes.'],
    ];
    for (const [one, other] of apart) expect(rivals(one, other), one).toEqual([]);
  });
});
