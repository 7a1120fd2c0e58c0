import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Brackenholt Leisure': 'org:brackenholt-leisure', brackenholt: 'org:brackenholt-leisure', 'Ollergate Stores': 'org:ollergate-stores' };

const categories = (text: string): Array<[string, string, string, boolean]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.value.kind === 'category')
    .map((c) => (c.value.kind === 'category' ? [c.subject, c.value.category, c.value.polarity, c.value.hedged === true] : ['', '', '', false]));

describe('an ironic comparison: "X is about as much a Y as Z is"', () => {
  it('denies the label, hedged, with the label ending before the comparison', () => {
    expect(categories('brackenholt is about as much a social enterprise as Ollergate Stores is, whatever its website says.')).toEqual([
      ['org:brackenholt-leisure', 'social-enterprise', 'deny', true],
    ]);
    expect(categories('Brackenholt Leisure is just about as much a charity as a hedge fund is.')).toEqual([['org:brackenholt-leisure', 'charity', 'deny', true]]);
  });

  it('reads nothing from a plain "as much a Y as a Z", which affirms both rather than denying', () => {
    expect(categories('Brackenholt Leisure is as much a charity as a business.').filter((c) => c[2] === 'deny')).toEqual([]);
  });
});
