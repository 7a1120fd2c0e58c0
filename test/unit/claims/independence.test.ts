import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Tarnwick Children’s Trust': 'org:tarnwick-childrens-trust',
  TCT: 'org:tarnwick-childrens-trust',
  'Tarnwick County Council': 'org:tarnwick-county-council',
};

const categories = (text: string): Array<[string, string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.value.kind === 'category')
    .map((c) => [c.subject, c.value.kind === 'category' ? c.value.category : '', c.value.kind === 'category' ? c.value.polarity : '']);

describe('a body said to be independent of its council', () => {
  it('reads "X will be independent of the council" as a category even where "the council" names the council', () => {
    const text = 'Tarnwick Children’s Trust (TCT) will take over fostering from Tarnwick County Council. TCT will be independent of the council: a company at arm’s length from it.';
    expect(categories(text)).toContainEqual(['org:tarnwick-childrens-trust', 'independent-of-council', 'affirm']);
  });

  it('reads a quotation that opens with the denial as denying it, whatever intensifier follows', () => {
    const text = 'A union official said Tarnwick Children’s Trust was “not independent of the council in any sense that matters”.';
    expect(categories(text)).toEqual([['org:tarnwick-childrens-trust', 'independent-of-council', 'deny']]);
  });

  it('still ends a label at a name that is no part of any category wording', () => {
    expect(categories('Tarnwick Children’s Trust is a partner of Tarnwick County Council.')).not.toContainEqual(
      expect.arrayContaining(['org:tarnwick-childrens-trust', expect.stringContaining('council')]),
    );
  });
});
