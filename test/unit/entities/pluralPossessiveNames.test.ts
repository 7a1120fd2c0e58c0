// A body named for whom it serves in the plural possessive, after a name that already ends in a head
// word ("Tarn Rovers" is a club): "Tarn Rovers Supporters’ Trust" is one body, the supporters'
// trust of that club, not the club beside a "Supporters’ Trust". Every name is invented.

import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const organisations = (text: string): string[] => entitiesOf(text, 'organisation').map((entity) => entity.text);

describe('a name that runs on over a plural possessive to a later head', () => {
  it.each([
    ['Tarn Rovers Supporters’ Trust has bought a stake in the club.', 'Tarn Rovers Supporters’ Trust'],
    ["Jo Bale, chair of Ostrey Wanderers Supporters' Club, said so.", "Ostrey Wanderers Supporters' Club"],
    ['Members of Holm Athletic FC Fans’ Forum met on Monday.', 'Holm Athletic FC Fans’ Forum'],
    ['Tarn Rovers Supporters’ Trust\nHome | Join | Shop', 'Tarn Rovers Supporters’ Trust'],
  ])('%s', (text, name) => {
    expect(organisations(text)).toEqual([name]);
  });

  it('keeps the club alone when the possessive leads to no body', () => {
    expect(organisations('Tarn Rovers Players’ Player of the Year went to Jo Bale.')).toEqual(['Tarn Rovers']);
    expect(organisations('Tarn Rovers fans’ groups met on Monday.')).toEqual(['Tarn Rovers']);
  });

  it('still reads a club and a plainer supporters’ body apart', () => {
    expect(organisations('Tarn Rovers Trust and Tarn Rovers Foundation both met.')).toEqual(['Tarn Rovers Trust', 'Tarn Rovers Foundation']);
  });
});
