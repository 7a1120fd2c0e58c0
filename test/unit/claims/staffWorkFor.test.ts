// A workforce counted before the body that employs it: "More than 600 people work for X",
// "Around 600 staff are employed by X", "About 600 people work at X" are X's staff, the measure
// "X employs 600 people" gives, so sources that disagree about it meet. People helped by X, or
// working with X, are not its staff. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Brackwater Foods Ltd': 'org:brackwater-foods' };
const counts = (text: string): Array<[string, string, number]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('count:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('a workforce counted before its employer', () => {
  it('reads people who work for, at or are employed by a body as its staff', () => {
    expect(counts('More than 600 people work for Brackwater Foods Ltd.')).toEqual([['org:brackwater-foods', 'count:staff', 600]]);
    expect(counts('Around 600 staff are employed by Brackwater Foods Ltd.')).toEqual([['org:brackwater-foods', 'count:staff', 600]]);
    expect(counts('About 600 people work at Brackwater Foods Ltd.')).toEqual([['org:brackwater-foods', 'count:staff', 600]]);
    expect(counts('Brackwater Foods Ltd employs 600 people.')).toEqual([['org:brackwater-foods', 'count:staff', 600]]);
  });

  it('reads no staff in people helped by a body or working with it', () => {
    expect(counts('Some 600 people were helped by Brackwater Foods Ltd.').filter(([, a]) => a === 'count:staff')).toEqual([]);
    expect(counts('About 600 people work with Brackwater Foods Ltd.').filter(([, a]) => a === 'count:staff')).toEqual([]);
  });
});
