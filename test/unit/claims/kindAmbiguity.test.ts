// "The hospice's grant", "the parish council": a body named by its kind stands for the one body of
// that kind the passage names. When the passage names two bodies of that kind close together
// (minutes about two hospices, a letter about two parish councils), "the hospice" could be either,
// and a cut or a decision must not be placed at whichever was named last. Every name is invented.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Fenwick Hospice': 'org:fenwick-hospice',
  'Ashby Hospice': 'org:ashby-hospice',
  'Millhaven Town Council': 'org:millhaven-town-council',
};

const cuts = (text: string): Array<[string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('funding-cut-to:'))
    .map((c) => [c.subject, c.attribute]);

describe('a body named by its kind when two of that kind are named', () => {
  it('places nothing when two hospices were just named', () => {
    expect(cuts('Fenwick Hospice and Ashby Hospice both asked for support. Ashby Hospice said its appeal had gone well. Millhaven Town Council cut the hospice’s grant.')).toEqual([]);
  });

  it('still places the cut when one hospice is named, or the other was named long before', () => {
    expect(cuts('Ashby Hospice said its appeal had gone well. Millhaven Town Council cut the hospice’s grant.')).toEqual([
      ['org:millhaven-town-council', 'funding-cut-to:org:ashby-hospice'],
    ]);
  });
});
