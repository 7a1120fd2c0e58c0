import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Kelby Pier CIC': 'org:kelby-pier',
  'Kelby Pier': 'org:kelby-pier',
  'Kelby Playhouse': 'org:kelby-playhouse',
  'Arts Council England': 'org:arts-council-england',
  'Tarn Heritage Fund': 'org:tarn-heritage-fund',
  'Tarn Civic Society': 'org:tarn-civic-society',
  'Tarn Inspectorate': 'org:tarn-inspectorate',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const gifts = (text: string): Array<[string, string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('money:paid-by:') && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

/** A page that speaks for the playhouse: its annual report. */
const REPORT = 'Kelby Playhouse\nAnnual report 2025\n\nKelby Playhouse is a registered charity. ';

describe('what a named funder gave, told from the funder’s side', () => {
  it('reads "Y awarded a grant of £N to X", with an aside between the funder and its verb', () => {
    expect(gifts('The Tarn Heritage Fund, which shares out lottery money for heritage, awarded a grant of £1,450,000 to Kelby Pier CIC in 2025.')).toEqual([
      ['org:kelby-pier', 'money:paid-by:org:tarn-heritage-fund', 1450000],
    ]);
    expect(gifts('Arts Council England made an emergency grant of £200,000 to Kelby Playhouse.')).toEqual([
      ['org:kelby-playhouse', 'money:paid-by:org:arts-council-england', 200000],
    ]);
  });

  it('reads a payment a deal sets: "X is making an upfront payment of £N", "X will pay Y a fee of £N"', () => {
    expect(gifts('Arts Council England is making an upfront payment of £3,200,000 to Kelby Playhouse.')).toEqual([
      ['org:kelby-playhouse', 'money:paid-by:org:arts-council-england', 3200000],
    ]);
    expect(gifts('Arts Council England will pay Kelby Playhouse an upfront concession fee of £4.5 million and an annual payment of £350,000.')).toEqual([
      ['org:kelby-playhouse', 'money:paid-by:org:arts-council-england', 4500000],
    ]);
    // a sum paid every year is another figure than one paid once
    expect(gifts('Arts Council England is making a payment of £120,000 a year to Kelby Playhouse.')).toEqual([]);
  });

  it('gives the gift to the writer when it says "us" or "our"', () => {
    expect(gifts(`${REPORT}Last month the Tarn Heritage Fund awarded us £1.45m towards the repairs.`)).toEqual([
      ['org:kelby-playhouse', 'money:paid-by:org:tarn-heritage-fund', 1450000],
    ]);
    expect(gifts(`${REPORT}Arts Council England, our regular funder since 1994, made an emergency grant of £750,000.`)).toEqual([
      ['org:kelby-playhouse', 'money:paid-by:org:arts-council-england', 750000],
    ]);
  });

  it('gives a gift with no recipient to the body the page is about, named just before', () => {
    const text =
      'Kelby Pier CIC bought Kelby Pier last year. Kelby Pier CIC has 900 members. The pier is fenced off. ' +
      'Nearly 1,900 people backed Kelby Pier CIC, and a £1.2m grant from the Tarn Heritage Fund will pay for much of the work.';
    expect(gifts(text)).toEqual([['org:kelby-pier', 'money:paid-by:org:tarn-heritage-fund', 1200000]]);
    expect(gifts('Kelby Pier CIC was nearly bust. Kelby Pier CIC asked for help. Then Kelby Pier CIC appealed. Then Arts Council England put in £1.5 million.')).toEqual([
      ['org:kelby-pier', 'money:paid-by:org:arts-council-england', 1500000],
    ]);
  });

  it('makes the sums told by the funder’s and the recipient’s pages meet', () => {
    const written = claimsOf('The Tarn Heritage Fund awarded a grant of £1,450,000 to Kelby Pier CIC in 2025.');
    const newsletter = claimsOf(
      'Kelby Pier CIC bought the pier. Kelby Pier CIC now runs it. Kelby Pier CIC has plans, and a £1.2m grant from the Tarn Heritage Fund will pay for much of the work.',
    );
    const conflicts = conflictsAmongSources([
      { doc: 'answer.txt', claims: written },
      { doc: 'newsletter.txt', claims: newsletter },
    ]).filter((c) => c.attribute === 'money:paid-by:org:tarn-heritage-fund');
    expect(conflicts).toHaveLength(1);
  });

  it('gives no recipient a body the page names only in passing, nor a writer that does not speak', () => {
    const inspection = 'Kelby Playhouse was inspected. A report by the Tarn Inspectorate found faults. Arts Council England has agreed a one-off grant of £1.8 million.';
    expect(gifts(inspection)).toEqual([]);
    expect(gifts(`${REPORT}The roof leaks. Arts Council England has agreed a one-off grant of £1.8 million.`)).toEqual([]);
  });

  it('leaves a gift to something that is no body, and one a recipient before it receives, alone', () => {
    expect(gifts('Kelby Pier CIC is busy. Kelby Pier CIC is new. Kelby Pier CIC says Arts Council England gave £2m to the restoration fund.')).toEqual([]);
    // fundingFlows.ts reads "X received a £N grant from Y": one claim, not two
    expect(gifts('Kelby Pier CIC received a £90,000 grant from the Tarn Heritage Fund.')).toEqual([
      ['org:kelby-pier', 'money:paid-by:org:tarn-heritage-fund', 90000],
    ]);
  });

  it('does not read a gift only hoped for, denied, conditional or asked about', () => {
    expect(gifts('Arts Council England may make a grant of £200,000 to Kelby Playhouse.')).toEqual([]);
    expect(gifts('Arts Council England has not awarded a grant of £200,000 to Kelby Playhouse.')).toEqual([]);
    expect(gifts('If Arts Council England awarded a grant of £200,000 to Kelby Playhouse, it would reopen.')).toEqual([]);
    expect(gifts('Did Arts Council England award a grant of £200,000 to Kelby Playhouse?')).toEqual([]);
  });
});
