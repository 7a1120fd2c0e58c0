// The day a body takes on staff handed over to it (date:staff-taken-on), said by the taker ("will
// employ X's staff from D"), by the staff ("on D all N of us become Y employees") or by a third
// party ("N staff will transfer to Y on D"). A tranche's day, a hope and another event's date are
// not it. Every name is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { STAFF_TAKEN_ON_DATE } from '../../../server/src/engine/claims/extractors/staffTransferDates';
import { conflictsAmongSources } from './conflictsAmong';

const transferDates = (text: string): Array<[string, string]> =>
  analyse(text)
    .claims.filter((c) => c.attribute === STAFF_TAKEN_ON_DATE)
    .map((c) => [c.subject, c.value.kind === 'date' ? c.value.iso : '']);

describe('one transfer of staff, dated in several ways', () => {
  it.each([
    ['press release', 'The board approved Arlen Services Ltd (ASL), a subsidiary company that will employ the hospital’s porters, cleaners and estates staff from 1 April 2025.'],
    ['union bulletin', 'The board has decided that on 1 April 2025 all 1,640 of us become Arlen Services Ltd employees.'],
    ['news', 'About 1,150 staff will transfer to Arlen Services Ltd on 1 April 2025.'],
    ['minutes', 'Arlen Services Ltd is to take on the catering staff with effect from 1 April 2025.'],
    ['blog', 'From 1 April 2025 some 900 staff will become employees of Arlen Services Ltd.'],
  ])('%s', (_genre, text) => {
    expect(transferDates(text)).toEqual([['org:arlen-services', '2025-04-01']]);
  });

  it('sets two days for one transfer against each other', () => {
    const a = analyse('Arlen Services Ltd, a new company that will employ the council’s cleaning staff from 1 April 2025, was set up in January.');
    const b = analyse('On 1 May 2025 all 300 of us become Arlen Services Ltd employees.');
    const conflicts = conflictsAmongSources([{ doc: 'a', claims: a.claims }, { doc: 'b', claims: b.claims }]);
    expect(conflicts.map((c) => c.claims[0]!.claim.attribute)).toContain(STAFF_TAKEN_ON_DATE);
  });
});

describe('days that are not the transfer', () => {
  it.each([
    'Arlen Services Ltd will take on the remaining staff from 1 July 2025.',
    'The first 400 staff will transfer to Arlen Services Ltd on 1 June 2025.',
    'The union said staff could transfer to Arlen Services Ltd on 1 May 2025 if the ballot fails.',
    'Arlen Services Ltd employs 300 staff and was founded on 1 March 2019.',
    'About 400 staff will transfer to Arlen Services Ltd by 1 June 2025.',
    // the day of a meeting, a notice or an announcement about the transfer
    'The board met on 3 March 2025 to agree that 120 staff at the hospital will transfer to Arlen Services Ltd.',
    'Unison was told on 12 February 2025 that 400 staff will transfer to Arlen Services Ltd.',
    'On 5 May 2025 the trust announced that all 400 staff would become Arlen Services Ltd employees.',
    '400 staff will transfer to Arlen Services Ltd, the trust said on 2 March 2025.',
  ])('%s', (text) => {
    expect(transferDates(text)).toEqual([]);
  });
});
