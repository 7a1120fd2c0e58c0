import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Tarnwick Children’s Trust': 'org:tarnwick-childrens-trust',
  TCT: 'org:tarnwick-childrens-trust',
  'Tarnwick County Council': 'org:tarnwick-county-council',
  'Ollergate Care': 'org:ollergate-care',
  'Brackenholt Homes': 'org:brackenholt-homes',
};
const takeOvers = (text: string): Array<[string, string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('date:took-over:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

describe('a body taking over a council’s services', () => {
  it('keys "the council’s … services" and a list of services "from <council>" as one hand-over from the local authority', () => {
    expect(takeOvers('Tarnwick Children’s Trust, which took over the council’s children’s services on 1 March 2016, is growing.')).toEqual([
      ['org:tarnwick-childrens-trust', 'date:took-over:services-of:local-authority', '2016-03-01'],
    ]);
    expect(takeOvers('TCT will take over adoption, fostering and services for care leavers from Tarnwick County Council on 1 April 2016.')).toEqual([
      ['org:tarnwick-childrens-trust', 'date:took-over:services-of:local-authority', '2016-04-01'],
    ]);
  });

  it('gives the day of "will start work on D and will take over …" to the take-over as well', () => {
    expect(takeOvers('TCT will start work on 1 April 2016 and will take over fostering and other services from Tarnwick County Council.')).toEqual([
      ['org:tarnwick-childrens-trust', 'date:took-over:services-of:local-authority', '2016-04-01'],
    ]);
  });

  it('keys services taken over from another kind of body by that body, and a named thing taken over by itself', () => {
    expect(takeOvers('Ollergate Care took over the home care services of the area from Brackenholt Homes on 2 May 2016.')).toEqual([
      ['org:ollergate-care', 'date:took-over:services-of:org:brackenholt-homes', '2016-05-02'],
    ]);
    expect(takeOvers('Ollergate Care took over Brackenholt Homes on 2 May 2016.')).toEqual([['org:ollergate-care', 'date:took-over:org:brackenholt-homes', '2016-05-02']]);
  });
});
