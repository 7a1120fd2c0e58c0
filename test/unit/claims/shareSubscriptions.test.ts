// What an investor paid for new shares in a company, and the day the deal completed, however a
// source tells it: "X paid £54 million for new shares giving it 40% of Y", "X had put £45 million
// into Y" (fundingFlows.ts), "The share subscription by X completed on 28 September 2018". The
// claims are the company's, keyed by the investor (money:paid-by:<X>, as for any money one body
// puts into another, and date:investment-by:<X>), so sources on one investment meet, and the day it
// was approved is another event. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Entity, SourcedClaim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Harlow Pension Fund': 'org:harlow-pension-fund',
  'Harlow Homes Ltd': 'org:harlow-homes',
  'Harlow Homes': 'org:harlow-homes',
  'Denbury Capital': 'org:denbury-capital',
};
const HH = 'org:harlow-homes';
const BY = 'investment-by:org:harlow-pension-fund';
const PAID = 'money:paid-by:org:harlow-pension-fund';
const investments = (text: string, author?: Entity | null): Array<[string, string, number | string]> =>
  extractClaims(text, tagEntities(text, NAMES), undefined, undefined, author)
    .filter((c) => c.attribute.includes('investment-by') || c.attribute.includes('paid-by'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : c.value.kind === 'date' ? c.value.iso : '']);

describe('an investment in new shares', () => {
  it('reads the sum paid for shares and the company the stake is in', () => {
    expect(investments('The Harlow Pension Fund paid £54 million for new shares giving it 40% of Harlow Homes Ltd.', null)).toEqual([[HH, PAID, 54_000_000]]);
    expect(investments('The Harlow Pension Fund paid £54 million for new shares in Harlow Homes Ltd.', null)).toEqual([[HH, PAID, 54_000_000]]);
    expect(investments('Councillors asked why the Harlow Pension Fund had put £45 million into Harlow Homes Ltd.', null)).toEqual([[HH, PAID, 45_000_000]]);
  });

  it('reads nothing for shares bought on top of an earlier investment', () => {
    expect(investments('The Harlow Pension Fund paid £12 million for further shares in Harlow Homes Ltd in 2022.', null)).toEqual([]);
    expect(investments('The Harlow Pension Fund paid £12 million for additional shares in Harlow Homes Ltd.', null)).toEqual([]);
    expect(investments('The Harlow Pension Fund paid £12 million for new shares in Harlow Homes Ltd in 2022, adding to its earlier investment.', null)).toEqual([]);
    expect(investments('In a second round, the Harlow Pension Fund paid £12 million for new shares in Harlow Homes Ltd.', null)).toEqual([]);
  });

  it('reads the day the deal completed, before or after the payment', () => {
    expect(investments('In a deal that completed on 19 October 2018, the Harlow Pension Fund paid £54 million for new shares giving it 40% of Harlow Homes Ltd.', null)).toEqual([
      [HH, `date:${BY}`, '2018-10-19'],
      [HH, PAID, 54_000_000],
    ]);
  });

  it("reads a company's own report as speaking of shares in itself", () => {
    const text = 'Harlow Homes Ltd annual report. The share subscription by the Harlow Pension Fund completed on 28 September 2018; the Fund paid £45 million for its new ordinary shares.';
    const author = tagEntities(text, NAMES).find((e) => e.canonical === HH)!;
    expect(investments(text, author)).toEqual([
      [HH, `date:${BY}`, '2018-09-28'],
      [HH, PAID, 45_000_000],
    ]);
  });

  it('reads nothing for money that buys no shares, a sum put into a place, or an approval', () => {
    expect(investments('The Harlow Pension Fund paid £2 million in fees to Denbury Capital.', null)).toEqual([]);
    expect(investments('The Harlow Pension Fund invested £5 million in Leeds.', null)).toEqual([]);
    expect(investments('The fund committee approved the investment in Harlow Homes Ltd on 14 June 2018.', null)).toEqual([]);
  });

  it('flags sources that disagree on the sum or the completion day, and keeps two investors apart', () => {
    const sourced = (doc: string, text: string): SourcedClaim[] => extractClaims(text, tagEntities(text, NAMES), undefined, undefined, null).map((claim) => ({ doc, claim }));
    const a = sourced('a.txt', 'In a deal that completed on 19 October 2018, the Harlow Pension Fund paid £54 million for new shares giving it 40% of Harlow Homes Ltd.');
    const b = sourced('b.txt', 'The share subscription by the Harlow Pension Fund completed on 28 September 2018; the Harlow Pension Fund paid £45 million for new shares in Harlow Homes Ltd.');
    const c = sourced('c.txt', 'Denbury Capital paid £45 million for new shares in Harlow Homes Ltd.');
    const conflicts = (claims: SourcedClaim[]) =>
      [PAID, `date:${BY}`].flatMap((key) => detectConflicts(claims.filter((s) => s.claim.attribute === key)).map((x) => [x.kind, x.claims.map((s) => s.doc)]));
    expect(conflicts([...a, ...b])).toEqual([
      ['numeric', ['a.txt', 'b.txt']],
      ['date', ['a.txt', 'b.txt']],
    ]);
    // another investor's £45 million is under its own key, never compared with this one's £54 million
    expect(c.map((s) => s.claim.attribute)).toEqual(['money:paid-by:org:denbury-capital']);
  });
});
