import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

// A body taking something over on a day is one kind of fact however the text words the taking
// ("took over X", "X was handed to it", "took charge", "took control of X", "took the keys to X")
// and whether it names what was taken: a source that says "the trust took charge a fortnight
// later" and one that says "the trust took over the museum on 1 April" date one event. So every
// take-over of a thing named by its words is also the taker's date:handed-over, the key of a
// take-over told without its object, as long as the page dates only one thing taken over by that
// body (two objects are two events); a body taken over by its name keeps its own key. Every name
// here is invented.

const NAMES: Names = {
  'Harlow Schools Trust': 'org:harlow-schools-trust',
  'Elmbridge Growers': 'org:elmbridge-growers',
  'Fenwick Housing Trust': 'org:fenwick-housing-trust',
  'Brook Valley Buses': 'org:brook-valley-buses',
  'Kestle Arts': 'org:kestle-arts',
  'Marsh Lane Primary': 'org:marsh-lane-primary',
  'Hill Top Primary': 'org:hill-top-primary',
  'Tarnside Council': 'org:tarnside-council',
  'Pell Community Energy': 'org:pell-community-energy',
};

const handedOver = (text: string, documentDate?: string): Array<[string, string]> =>
  extractClaims(text, tagEntities(text, NAMES), documentDate)
    .filter((c) => c.attribute === 'date:handed-over')
    .map((c) => [c.subject, c.value.kind === 'date' ? c.value.iso : '']);

describe('a take-over dated, whatever the words', () => {
  it('gives a take-over with its object the taker’s hand-over day too', () => {
    expect(handedOver('Harlow Schools Trust took over the school meals service on 1 September 2024.')).toEqual([['org:harlow-schools-trust', '2024-09-01']]);
    // a body taken over by its name keeps only its own key: two named bodies are two take-overs
    expect(handedOver('Harlow Schools Trust took over Marsh Lane Primary on 1 September 2024.')).toEqual([]);
    expect(handedOver('Management of the Tarn allotments was handed to Elmbridge Growers in June 2023.')).toEqual([['org:elmbridge-growers', '2023-06']]);
  });

  it('reads taking charge, control or the keys as taking over', () => {
    expect(handedOver('Fenwick Housing Trust runs 300 homes. The cabinet approved the transfer on 13 May 2025 and the housing trust took charge a fortnight later.')).toEqual([
      ['org:fenwick-housing-trust', '2025-05-27'],
    ]);
    expect(handedOver('Brook Valley Buses took control of the 42 route on 3 March 2025.')).toEqual([['org:brook-valley-buses', '2025-03-03']]);
    expect(handedOver('Kestle Arts took the keys to the old library on 1 July 2025.')).toEqual([['org:kestle-arts', '2025-07-01']]);
    expect(handedOver('Pell Community Energy took charge of the Mill Lane turbine on 4 August 2025.')).toEqual([['org:pell-community-energy', '2025-08-04']]);
  });

  it('gives no hand-over day to a body a page shows taking over two things, nor to an undated or supposed take-over', () => {
    expect(handedOver('Harlow Schools Trust took over Marsh Lane Primary on 1 September 2024. Harlow Schools Trust took over Hill Top Primary on 1 January 2025.')).toEqual([]);
    expect(handedOver('Harlow Schools Trust will take charge if Tarnside Council agrees.')).toEqual([]);
    expect(handedOver('If Brook Valley Buses took control of the 42 route on 3 March 2025, fares would rise.')).toEqual([]);
  });
});
