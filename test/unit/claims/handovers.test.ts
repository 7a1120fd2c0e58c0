import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { tagEntities, type Names } from './tagEntities';

// A hand-over told from the side of what is handed over: returning, passing, going, moving,
// reverting or being transferred to a body is one event, the body taking the thing over.

const NAMES: Names = {
  'Dunmere Borough Council': 'org:dunmere-borough-council',
  'Harrowgate Constabulary': 'org:harrowgate-constabulary',
  'Ardley Facilities Ltd': 'org:ardley-facilities',
  'Holt Academy Trust': 'org:holt-academy-trust',
  'Brindle Care Ltd': 'org:brindle-care',
  'Fenmoor Buses': 'org:fenmoor-buses',
};

const handovers = (text: string): Array<[string, string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('date:took-over:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

describe('a service handed to a body on a day', () => {
  it('reads the verbs of handing over, in any tense, with "back", "over" or "in house"', () => {
    expect(handovers('Custody will return to Harrowgate Constabulary on 1 October 2031.')).toEqual([['org:harrowgate-constabulary', 'date:took-over:custody', '2031-10-01']]);
    expect(handovers('Custody passes back to Harrowgate Constabulary on 1 January 2032, the blog says.')).toEqual([['org:harrowgate-constabulary', 'date:took-over:custody', '2032-01-01']]);
    expect(handovers('The library service went back in house to Dunmere Borough Council in April 2027.')).toEqual([['org:dunmere-borough-council', 'date:took-over:service', '2027-04']]);
    expect(handovers('School maintenance will revert to Holt Academy Trust from 1 September 2030.')).toEqual([['org:holt-academy-trust', 'date:took-over:maintenance', '2030-09-01']]);
    expect(handovers('Home care is due to move over to Brindle Care Ltd on 2 June 2031.')).toEqual([['org:brindle-care', 'date:took-over:care', '2031-06-02']]);
    expect(handovers('In the end the route was transferred to Fenmoor Buses on 3 May 2029.')).toEqual([['org:fenmoor-buses', 'date:took-over:route', '2029-05-03']]);
  });

  it('keys the hand-over as a take-over, so that two texts dating it differently conflict', () => {
    const a = extractClaims('Custody will return to Harrowgate Constabulary on 1 October 2031.', tagEntities('Custody will return to Harrowgate Constabulary on 1 October 2031.', NAMES));
    const text = 'Custody passes back to Harrowgate Constabulary on 1 January 2032.';
    const b = extractClaims(text, tagEntities(text, NAMES));
    const dated = (claims: typeof a) => claims.filter((c) => c.attribute === 'date:took-over:custody');
    expect(detectConflicts([{ doc: 'a.txt', claim: dated(a)[0]! }, { doc: 'b.txt', claim: dated(b)[0]! }])).toHaveLength(1);
  });

  it('does not read people moving, a referring word, a body that is not the whole rest of the phrase, or another verb', () => {
    expect(handovers('Staff will transfer to Ardley Facilities Ltd on 1 April 2031.')).toEqual([]);
    expect(handovers('It passes to Ardley Facilities Ltd on 1 April 2031.')).toEqual([]);
    expect(handovers('Cleaning moves to Ardley Facilities Ltd’s new depot on 1 April 2031.')).toEqual([]);
    expect(handovers('Notice was served on Ardley Facilities Ltd on 3 March 2031.')).toEqual([]);
    expect(handovers('Cleaning was mentioned to Ardley Facilities Ltd in a letter on 3 March 2031.')).toEqual([]);
  });
});

describe('a hand-over denied or only possible', () => {
  it('reads no hand-over after a negation or a modal of possibility before the verb', () => {
    expect(handovers('The Mill Lane depot will not return to Dunmere Borough Council on 1 April 2031.')).toEqual([]);
    expect(handovers('Custody won’t pass back to Harrowgate Constabulary on 1 October 2031.')).toEqual([]);
    expect(handovers('Parking enforcement could move over to Dunmere Borough Council on 1 May 2031.')).toEqual([]);
    expect(handovers('Catering may transfer to Ardley Facilities Ltd in June 2031.')).toEqual([]);
    expect(handovers('School maintenance will never revert to Holt Academy Trust on 1 July 2031.')).toEqual([]);
    expect(handovers('Cleaning will no longer pass to Ardley Facilities Ltd on 1 August 2031.')).toEqual([]);
    expect(handovers('We gave notice on 2 June 2031. Catering did not pass to Ardley Facilities Ltd a fortnight later.')).toEqual([]);
  });

  it('still reads the hand-over told as fact beside them', () => {
    expect(handovers('Catering will not stay in house. Cleaning passes to Ardley Facilities Ltd on 1 September 2031.')).toEqual([['org:ardley-facilities', 'date:took-over:cleaning', '2031-09-01']]);
    expect(handovers('Catering passes to Ardley Facilities Ltd on 1 September 2031.')).toEqual([['org:ardley-facilities', 'date:took-over:catering', '2031-09-01']]);
  });
});

describe('a thing brought back in house on a day', () => {
  it('is a take-over by the body that brings it back', () => {
    expect(handovers('Dunmere Borough Council will bring household collections back in house on 4 May 2031.')).toEqual([
      ['org:dunmere-borough-council', 'date:took-over:collection', '2031-05-04'],
    ]);
    expect(handovers('Holt Academy Trust voted to take school cleaning back in-house from 1 September 2030.')).toEqual([
      ['org:holt-academy-trust', 'date:took-over:cleaning', '2030-09-01'],
    ]);
  });

  it('is a take-over by the body a clause on the date says takes over, which then meets that body’s own word', () => {
    const text = 'Dunmere Borough Council will bring household collections back in house on 4 May 2031, when its new company, Ardley Facilities Ltd, takes over from Fenmoor Buses.';
    expect(handovers(text)).toEqual([['org:ardley-facilities', 'date:took-over:collection', '2031-05-04']]);
    const own = 'Ardley Facilities Ltd will take over collections on 1 April 2031.';
    const claims = [...extractClaims(text, tagEntities(text, NAMES)).map((claim) => ({ doc: 'a.txt', claim })), ...extractClaims(own, tagEntities(own, NAMES)).map((claim) => ({ doc: 'b.txt', claim }))];
    expect(detectConflicts(claims.filter((c) => c.claim.attribute === 'date:took-over:collection'))).toHaveLength(1);
  });

  it('does not read bringing people back, or bringing something back in another sense', () => {
    expect(handovers('Dunmere Borough Council will bring staff back in house on 4 May 2031.')).toEqual([]);
    expect(handovers('Dunmere Borough Council will bring the plan back to cabinet on 4 May 2031.')).toEqual([]);
  });
});

describe('a hand-over dated by a day counted on from another', () => {
  it('counts on from the last day given in the sentence or the one before', () => {
    expect(handovers('The board approved the plan on 3 March 2031 and cleaning passed to Ardley Facilities Ltd three weeks later.')).toEqual([
      ['org:ardley-facilities', 'date:took-over:cleaning', '2031-03-24'],
    ]);
    expect(handovers('Notice was served on 2 June 2031. The contract went back to Dunmere Borough Council a fortnight later.')).toEqual([
      ['org:dunmere-borough-council', 'date:took-over:contract', '2031-06-16'],
    ]);
    expect(handovers('Fenmoor Buses lost the tender on 30 January 2030, and the route moved over to Brindle Care Ltd the following month.')).toEqual([
      ['org:brindle-care', 'date:took-over:route', '2030-02'],
    ]);
  });

  it('conflicts with a text that gives the day itself', () => {
    const counted = 'Notice was served on 2 June 2031. Custody went back to Harrowgate Constabulary a fortnight later.';
    const given = 'Custody returns to Harrowgate Constabulary on 1 July 2031.';
    const claims = [...extractClaims(counted, tagEntities(counted, NAMES)).map((claim) => ({ doc: 'a.txt', claim })), ...extractClaims(given, tagEntities(given, NAMES)).map((claim) => ({ doc: 'b.txt', claim }))];
    expect(detectConflicts(claims.filter((c) => c.claim.attribute === 'date:took-over:custody'))).toHaveLength(1);
  });

  it('counts nothing on from a month or a year, or with no day before it', () => {
    expect(handovers('In March 2031 the board met, and cleaning passed to Ardley Facilities Ltd three weeks later.')).toEqual([]);
    expect(handovers('Cleaning passed to Ardley Facilities Ltd three weeks later.')).toEqual([]);
  });
});
