// A loan or grant agreed for the organisation a report speaks for, and a relative clause that
// dates another noun than the body named before it. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { laterDayAt } from '../../../server/src/engine/claims/relativeDays';

const claimsAbout = (text: string, attribute: RegExp): unknown[] =>
  analyse(text)
    .claims.filter((c) => attribute.test(c.attribute))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : c.value.kind === 'date' ? c.value.iso : undefined]);

const REPORT_HEAD = 'Tarnby Solar Ltd\nAnnual report 2019\n\n';

describe('a loan or grant agreed for the author of a report', () => {
  it('reads "the Borough Council agreed a loan of £2.4 million" in the author’s voice as the council’s payment to the author', () => {
    const text = `${REPORT_HEAD}In 2017/18 Kelby Borough Council agreed a loan of £2.4 million, repayable over 20 years, which paid for our second phase.`;
    expect(claimsAbout(text, /^money:/)).toEqual([['org:tarnby-solar', 'money:paid-by:local-authority', 2400000]]);
  });

  it('leaves a loan with a named recipient, or told in no one’s voice, to the other rules', () => {
    expect(claimsAbout(`${REPORT_HEAD}Kelby Borough Council agreed a loan of £2.4 million to Fenby Heat Ltd, which paid for our roof.`, /^money:paid-by/)).toEqual([]);
    expect(claimsAbout(`${REPORT_HEAD}Kelby Borough Council agreed a loan of £2.4 million last year.`, /^money:/)).toEqual([]);
    expect(claimsAbout('Kelby Borough Council agreed a loan of £2.4 million, which paid for our second phase.', /^money:/)).toEqual([]);
  });
});

describe('a relative clause that dates another noun', () => {
  it('does not date the body by the closing of what it ran ("X ran the consultation, which closed on …")', () => {
    expect(claimsAbout('Fenby Travel Association ran the passenger consultation, which closed on 30 November 2018.', /^date:/)).toEqual([]);
  });

  it('still dates the body when the clause follows its name, its short form or an apposition', () => {
    expect(claimsAbout('Fenby Trading Ltd, which was set up in 2012, runs buses.', /^date:/)).toEqual([['org:fenby-trading', 'date:founded', '2012']]);
    expect(claimsAbout('Fenby Care Ltd, the council’s company, which was dissolved in 2016, ran the homes.', /^date:/)).toEqual([['org:fenby-care', 'date:dissolved', '2016']]);
  });
});

describe('a payment told in the progressive', () => {
  it('reads "X is giving Y £18m" and "X was paying Y £2m" as payments by X to Y', () => {
    expect(claimsAbout('The Fenby Transport Agency is giving Kelby Combined Authority £18m for 2019/20.', /^money:/)).toEqual([
      ['org:kelby-combined-authority', 'money:paid-by:org:fenby-transport-agency', 18000000],
    ]);
    expect(claimsAbout('Fenby Transport Agency was paying Kelby Leisure Trust £2m a year.', /^money:/)).toEqual([
      ['org:kelby-leisure-trust', 'money:paid-by:org:fenby-transport-agency', 2000000],
    ]);
  });
});

describe('a day counted on from another day (laterDayAt)', () => {
  it('counts days, weeks, fortnights and months on, in words or figures', () => {
    expect(laterDayAt(' three weeks later, it said', '2031-02-16')).toMatchObject({ iso: '2031-03-09', precision: 'day' });
    expect(laterDayAt(' a fortnight later', '2024-12-02')).toMatchObject({ iso: '2024-12-16', precision: 'day' });
    expect(laterDayAt(' 10 days afterwards', '2031-12-28')).toMatchObject({ iso: '2032-01-07', precision: 'day' });
    expect(laterDayAt(' the following month', '2031-12-05')).toMatchObject({ iso: '2032-01', precision: 'month' });
    expect(laterDayAt(' the next day', '2031-02-28')).toMatchObject({ iso: '2031-03-01', precision: 'day' });
  });

  it('names no day from a month, or from words that count nothing on', () => {
    expect(laterDayAt(' three weeks later', '2031-02')).toBeUndefined();
    expect(laterDayAt(' three weeks ago', '2031-02-16')).toBeUndefined();
    expect(laterDayAt(' the following year', '2031-02-16')).toBeUndefined();
  });
});
