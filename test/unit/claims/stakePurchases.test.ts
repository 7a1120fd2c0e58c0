// The day a body's purchase of shares or a stake completed is the buyer's date:stake-bought, told
// by the buyer ("On D we completed the purchase of shares in X"), by the press ("Y has bought a 25%
// stake in the club, in a deal that completed a week ago", counted back from the story's own date),
// or as a possessive ("Y's purchase of shares in X completed on D"). Every name is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { STAKE_BOUGHT_DATE } from '../../../server/src/engine/claims/extractors/stakePurchases';
import { relativeDayAt } from '../../../server/src/engine/claims/relativeDays';
import { conflictsAmongSources } from './conflictsAmong';

const purchaseDays = (text: string): Array<[string, string]> =>
  analyse(text)
    .claims.filter((c) => c.attribute === STAKE_BOUGHT_DATE)
    .map((c) => [c.subject, c.value.kind === 'date' ? c.value.iso : '']);

const NEWS = (body: string): string => `Wexford Sport News\n\nBy Jo Bale | Monday 10 March 2025, 07:30\n\n${body}\n`;
const TRUST = 'org:holmdale-supporters-trust';

describe('one completed purchase, told in several ways', () => {
  it.each([
    ['members’ update', 'Holmdale Supporters’ Trust\n\nDear members,\n\nOn Friday 3 March 2025 we completed the purchase of shares in Holmdale Town FC from Arden Sports Ltd.'],
    ['press release', 'Holmdale Supporters’ Trust completed its acquisition of a 25% stake in Holmdale Town FC on 3 March 2025.'],
    ['news, relative', NEWS('Holmdale Supporters’ Trust has bought a 25% stake in the club from Arden Sports Ltd, in a deal that completed a week ago.')],
    ['news, days', NEWS('Holmdale Supporters’ Trust bought shares in the club in a deal which completed seven days ago.')],
    ['blog', 'Holmdale Supporters’ Trust’s purchase of shares in Holmdale Town FC completed on 3 March 2025.'],
  ])('%s', (_genre, text) => {
    expect(purchaseDays(text)).toEqual([[TRUST, '2025-03-03']]);
  });

  it('sets two days for one purchase against each other', () => {
    const a = analyse('Holmdale Supporters’ Trust\n\nOn Friday 28 February 2025 we completed the purchase of shares in Holmdale Town FC.');
    const b = analyse(NEWS('Holmdale Supporters’ Trust has bought a 25% stake in the club, in a deal that completed a week ago.'));
    const conflicts = conflictsAmongSources([{ doc: 'a', claims: a.claims }, { doc: 'b', claims: b.claims }]);
    expect(conflicts.map((c) => c.claims[0]!.claim.attribute)).toEqual([STAKE_BOUGHT_DATE]);
  });
});

describe('what is not a completed purchase\'s day', () => {
  it.each([
    ['no document day to count back from', 'Holmdale Supporters’ Trust has bought a 25% stake in the club, in a deal that completed a week ago.'],
    ['a purchase still to complete', 'Holmdale Supporters’ Trust expects its purchase of shares in Holmdale Town FC to complete on 3 March 2025.'],
    ['a deal that is no purchase of shares', 'Holmdale Supporters’ Trust signed a lease in a deal that completed on 3 March 2025.'],
    ['another body’s purchase', 'On 3 March 2025 the council completed the purchase of the stadium.'],
  ])('%s', (_case, text) => {
    expect(purchaseDays(text)).toEqual([]);
  });
});

describe('a day relative to the document’s', () => {
  it('counts back days, weeks and fortnights, and only from a known day', () => {
    expect(relativeDayAt(' six days ago, the', '2025-03-27')?.iso).toBe('2025-03-21');
    expect(relativeDayAt(' a week ago', '2025-03-10')?.iso).toBe('2025-03-03');
    expect(relativeDayAt(' a fortnight ago', '2025-03-01')?.iso).toBe('2025-02-15');
    expect(relativeDayAt(' yesterday', '2025-01-01')?.iso).toBe('2024-12-31');
    expect(relativeDayAt(' a week ago', '2025-03')).toBeUndefined();
    expect(relativeDayAt(' a week ago', undefined)).toBeUndefined();
    expect(relativeDayAt(' a week later', '2025-03-10')).toBeUndefined();
  });
});
