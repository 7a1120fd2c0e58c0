import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

// A place that shut on a day closed on that day: "shut" is a verb of closing like "closed", read
// only when a day follows it ("shut in 2019", "which shut on 2 June"), since "shut the gate" or "shut
// early" tell of no closing of the body. Every name here is invented.

const NAMES: Names = {
  'Marlow Street Library': 'org:marlow-street-library',
  'Brindle Farm Shop': 'org:brindle-farm-shop',
  'Oakhurst Cottage Hospital': 'org:oakhurst-cottage-hospital',
};

const closings = (text: string): Array<[string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute === 'date:dissolved')
    .map((c) => [c.subject, c.value.kind === 'date' ? c.value.iso : '']);

describe('a body that shut on a day', () => {
  it('reads "shut" with its day as a closing', () => {
    expect(closings('Marlow Street Library, which shut in March 2019, is now a café.')).toEqual([['org:marlow-street-library', '2019-03']]);
    expect(closings('Brindle Farm Shop shut on 2 June 2024 after forty years.')).toEqual([['org:brindle-farm-shop', '2024-06-02']]);
    expect(closings('Oakhurst Cottage Hospital finally shut in 2016.')).toEqual([['org:oakhurst-cottage-hospital', '2016']]);
  });

  it('reads no closing from shutting something else, or shutting for a while', () => {
    expect(closings('Brindle Farm Shop shut the car park on 2 June 2024.')).toEqual([]);
    expect(closings('Brindle Farm Shop shut early on 2 June 2024 for a staff party.')).toEqual([]);
  });
});
