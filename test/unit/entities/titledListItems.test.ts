// A list of witnesses, speakers or officers gives each person's full name, a comma and a title in
// capitals ("Witnesses: Jo Bell, Chief Executive, Kelvale Homes; …"). The title is the cue that
// the name is a person, whether or not its given name is a common one. Every name is invented.

import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('a full name before a capitalised title in a list', () => {
  it('reads the name as a person in a list of witnesses, speakers or those present', () => {
    expect(textsOf('Witnesses: Odalys Venner, Chair of the Board, Kelvale Homes; and Priyam Castle, Chief Executive, Fenbury Trust.', 'person')).toEqual(['Odalys Venner', 'Priyam Castle']);
    expect(textsOf('Speakers:\nTemperance Oyelaran, Head of Estates, Ruddock Hospital Trust\nIshbel Crane, Director of Nursing', 'person')).toEqual(['Temperance Oyelaran', 'Ishbel Crane']);
    expect(textsOf('In attendance: Zelda Quarmby, Clerk to the Governors; Ambrose Tey, Director of Finance', 'person')).toEqual(['Zelda Quarmby', 'Ambrose Tey']);
  });

  it('reads no person into a body, a place or a single word before a title', () => {
    expect(textsOf('Partners: Kelvale Homes, Chief Executive’s office; Fenbury, Director of Place', 'person')).toEqual([]);
    expect(textsOf('Venues: Harbour Court, Chair of the residents’ group to confirm.', 'person')).toEqual([]);
  });
});
