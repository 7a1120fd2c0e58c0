import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

// A merger taking effect on a day is one fact whether or not the text names the other party. A
// merger whose partner the text does not name ("the merger went through on 1 June" in a reader's
// comment under a page about X, "the transfer of engagements took effect on 1 April" in X's report)
// is keyed date:merged under the body it is told of: the sentence's subject, else the one body the
// page names right before "merger", else the page's body. A merger with a named partner keeps its
// partner in the key (date:merged:<whom>): two mergers of one body with two partners are two events.
// Every name here is invented.

const NAMES: Names = {
  'Ashcombe Homes': 'org:ashcombe-homes',
  'Tillford Housing': 'org:tillford-housing',
  'Quayside Credit Union': 'org:quayside-credit-union',
  'Harbourview Credit Union': 'org:harbourview-credit-union',
  'Orrin Rowing Club': 'org:orrin-rowing-club',
  'Pell Sculling Club': 'org:pell-sculling-club',
  'Kellaway Schools Trust': 'org:kellaway-schools-trust',
};

const merged = (text: string, documentDate?: string): Array<[string, string]> =>
  extractClaims(text, tagEntities(text, NAMES), documentDate)
    .filter((c) => c.attribute === 'date:merged')
    .map((c): [string, string] => [c.subject, c.value.kind === 'date' ? c.value.iso : ''])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

describe('the day a merger took effect, with or without the other party', () => {
  it('keeps a merger with a named partner under its partner', () => {
    const keyed = (text: string) =>
      extractClaims(text, tagEntities(text, NAMES))
        .filter((c) => c.attribute.startsWith('date:merged'))
        .map((c) => [c.subject, c.attribute])
        .sort((a, b) => (a[1]! < b[1]! ? -1 : 1));
    expect(keyed('Ashcombe Homes merged with Tillford Housing in October 2025.')).toEqual([
      ['org:tillford-housing', 'date:merged:org:ashcombe-homes'],
      ['org:ashcombe-homes', 'date:merged:org:tillford-housing'],
    ]);
    expect(keyed('The amalgamation of Orrin Rowing Club and Pell Sculling Club was completed on 12 May 2024.')).toEqual([
      ['org:pell-sculling-club', 'date:merged:org:orrin-rowing-club'],
      ['org:orrin-rowing-club', 'date:merged:org:pell-sculling-club'],
    ]);
    // "X transferred its engagements to Y" names the parties of a later bare "the transfer of engagements"
    expect(keyed('Quayside Credit Union transferred its engagements to Harbourview Credit Union. The transfer of engagements took effect on 1 July 2025.')).toEqual([
      ['org:quayside-credit-union', 'date:merged:org:harbourview-credit-union'],
      ['org:harbourview-credit-union', 'date:merged:org:quayside-credit-union'],
    ]);
  });

  it('gives a merger whose partner is not named to the page’s body', () => {
    expect(merged('Parents unhappy after Kellaway Schools Trust merger\n\nKellaway Schools Trust says the office will move.\n\nsince the merger went through on 3 June nobody answers the phone', '2025-09-02')).toEqual([
      ['org:kellaway-schools-trust', '2025-06-03'],
    ]);
    expect(merged('Harbourview Credit Union – Annual Report\n\nHarbourview Credit Union grew this year. The transfer of engagements took effect on 1 July 2025. Harbourview Credit Union now has 9,000 members.')).toEqual([
      ['org:harbourview-credit-union', '2025-07-01'],
    ]);
  });

  it('reads no merger day from an announcement, a plan put as a condition, or a page with two mergers of one body', () => {
    expect(merged('On 2 May 2023 Ashcombe Homes announced that it would merge with Tillford Housing.')).toEqual([]);
    expect(merged('Ashcombe Homes says that if the merger goes ahead on 1 April 2026 rents will be frozen. Ashcombe Homes is based in Kelby.')).toEqual([]);
    // the partners, each in one merger, keep theirs
    expect(merged('Ashcombe Homes merged with Tillford Housing in 2019. Ashcombe Homes merged with Kellaway Schools Trust in 2022.').filter(([s]) => s === 'org:ashcombe-homes')).toEqual([]);
  });
});
