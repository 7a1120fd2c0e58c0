// Whether a body put money in at all. A denial names no sum ("not a penny from Y", "no Y money")
// and often no recipient; a sum from the same body elsewhere ("Y contributed £280,000 towards",
// "a £50,000 grant from Y", "Grant from Y: £50,000") says it did. Both are the giver's
// `gave-money`, so they meet as a negation. Every name and figure here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Tollgate Lottery Fund': 'org:tollgate-lottery-fund',
  'Department for Rural Schools': 'org:department-for-rural-schools',
  'Harrowby Academy': 'org:harrowby-academy',
  'Fenmoor Hospice': 'org:fenmoor-hospice',
  'Corbridge Bank': 'org:corbridge-bank',
};
const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES, []));
const gave = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'gave-money' && c.value.kind === 'category')
    .map((c) => `${c.value.kind === 'category' && c.value.polarity === 'deny' ? '-' : '+'}${c.subject}`);
const conflictsAmong = (...docs: Array<[string, string]>): Conflict[] => conflictsAmongSources(docs.map(([doc, text]) => ({ doc, claims: claimsOf(text) })));

describe('money from a source, denied', () => {
  it('reads a sum denied before its source, in the several ways it is said', () => {
    expect(gave('Harrowby Academy did not need a penny from the Tollgate Lottery Fund.')).toEqual(['-org:tollgate-lottery-fund']);
    expect(gave('But there isn’t a penny of Department for Rural Schools money in this.')).toEqual(['-org:department-for-rural-schools']);
    expect(gave('The hospice was rebuilt with no Tollgate Lottery Fund money at all.')).toEqual(['-org:tollgate-lottery-fund']);
    expect(gave('It opened without any funding from the Department for Rural Schools.')).toEqual(['-org:department-for-rural-schools']);
    expect(gave('The Tollgate Lottery Fund has not put in a penny.')).toEqual(['-org:tollgate-lottery-fund']);
  });

  it('reads nothing from a denial that is supposed, asked or of other money', () => {
    expect(gave('If the Tollgate Lottery Fund had not put in a penny, the hospice would have shut.')).toEqual([]);
    expect(gave('Will there be no money from the Tollgate Lottery Fund?')).toEqual([]);
    expect(gave('Not a penny of taxpayers’ money went to Fenmoor Hospice.')).toEqual([]);
  });
});

describe('money from a source, given', () => {
  it('reads the giver as subject, the source after a sum and a budget line', () => {
    expect(gave('The Tollgate Lottery Fund contributed £280,000 towards the rebuild.')).toEqual(['+org:tollgate-lottery-fund']);
    expect(gave('The Department for Rural Schools has agreed a one-off grant of £1.8 million towards the move.')).toEqual(['+org:department-for-rural-schools']);
    expect(gave('Harrowby Academy received £40,000 from the Tollgate Lottery Fund last year.')).toEqual(['+org:tollgate-lottery-fund']);
    expect(gave('The hospice won a £50,000 grant from the Tollgate Lottery Fund.')).toEqual(['+org:tollgate-lottery-fund']);
    expect(gave('Where it comes from\nGrant from the Tollgate Lottery Fund: £50,000\nTotal: £90,000')).toEqual(['+org:tollgate-lottery-fund']);
  });

  it('reads no gift where the getting is denied or only supposed', () => {
    expect(gave('Fenmoor Hospice never received £40,000 from the Tollgate Lottery Fund.')).toEqual([]);
    expect(gave('Harrowby Academy has not received £15,000 from the Department for Rural Schools.')).toEqual([]);
    expect(gave('The hospice did not get a £50,000 grant from the Tollgate Lottery Fund.')).toEqual([]);
    expect(gave('Harrowby Academy would get a £15,000 grant from the Tollgate Lottery Fund if the bid succeeds.')).toEqual([]);
    expect(gave('If the Tollgate Lottery Fund contributed £5,000, the hospice could reopen.')).toEqual([]);
    // a gift told after a denial of something else in an earlier clause is still a gift
    expect(gave('The hospice did not close; it received £40,000 from the Tollgate Lottery Fund.')).toEqual(['+org:tollgate-lottery-fund']);
  });

  it('reads no gift in a purchase or a payment to the body', () => {
    expect(gave('Fenmoor Hospice paid Corbridge Bank £425,000 for the building.')).toEqual([]);
    expect(gave('Fenmoor Hospice bought the building for £425,000 from Corbridge Bank.')).toEqual([]);
    expect(gave('Corbridge Bank spent £90,000 on the refurbishment.')).toEqual([]);
  });

  it('flags a denial against a sum from the same source, not from another', () => {
    const found = conflictsAmong(
      ['letter.txt', 'Harrowby Academy did not need a penny from the Tollgate Lottery Fund.'],
      ['evidence.txt', 'The Tollgate Lottery Fund contributed £280,000 towards the transfer.'],
    );
    expect(found.map((c) => [c.kind, c.subject])).toEqual([['negation', 'org:tollgate-lottery-fund']]);
    const other = conflictsAmong(
      ['letter.txt', 'Harrowby Academy did not need a penny from the Tollgate Lottery Fund.'],
      ['evidence.txt', 'The Department for Rural Schools contributed £280,000 towards the transfer.'],
    );
    expect(other).toEqual([]);
  });
});

describe('money from a source, for a named recipient', () => {
  it('does not set a gift to one recipient against a denial of money for something else', () => {
    const denial: [string, string] = ['news.txt', 'No Tollgate Lottery Fund money went into the deal.'];
    expect(conflictsAmong(denial, ['release.txt', 'The Tollgate Lottery Fund has agreed a grant of £40,000 to a food bank.'])).toEqual([]);
    expect(conflictsAmong(denial, ['release.txt', 'The Tollgate Lottery Fund gave £40,000 to Fenmoor Hospice.'])).toEqual([]);
    expect(conflictsAmong(denial, ['report.txt', 'Fenmoor Hospice received £40,000 from the Tollgate Lottery Fund.'])).toEqual([]);
  });

  it('reads two sources telling of the same gift to one recipient as agreeing', () => {
    const found = conflictsAmong(
      ['release.txt', 'The Tollgate Lottery Fund gave £40,000 to Fenmoor Hospice.'],
      ['report.txt', 'Fenmoor Hospice received £40,000 from the Tollgate Lottery Fund.'],
    );
    expect(found).toEqual([]);
  });

  // Known gap: a denial is not scoped by what it is about, so a gift "towards" one purpose still
  // meets a denial about another ("no Y money went into the stadium").
  it.fails('does not set a gift towards one purpose against a denial about another', () => {
    expect(
      conflictsAmong(
        ['news.txt', 'No Tollgate Lottery Fund money went into the stadium.'],
        ['release.txt', 'The Tollgate Lottery Fund contributed £50,000 towards the food bank’s rent.'],
      ),
    ).toEqual([]);
  });
});
