import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Penhallow Rail Ltd': 'org:penhallow-rail',
  'Tarn Valley Trust': 'org:tarn-valley-trust',
  'Ridley Bank': 'org:ridley-bank',
  'Coastline Courier': 'org:coastline-courier',
  'Fenmouth Credit Union': 'org:fenmouth-credit-union',
  'Ashgrove Building Society': 'org:ashgrove-building-society',
  'Corrin Housing Co-operative': 'org:corrin-housing',
};

const money = (text: string): Array<[string, string, number]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('money:') && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('what a body owes', () => {
  it('reads "X owes its lenders £N" as X’s debt', () => {
    expect(money('Penhallow Rail Ltd owes its lenders £1.2bn and has no cash.')).toEqual([['org:penhallow-rail', 'money:debt', 1.2e9]]);
  });

  it('does not give the debt to a body named after a preposition', () => {
    expect(money('A loan from Ridley Bank means the line owes £40m.')).toEqual([]);
  });
});

describe('a figure a body’s own report states with the measure alone', () => {
  const report = 'Tarn Valley Trust\nAnnual Report and Accounts 2024\n\n';

  it('gives "Net debt at 31 March 2024 was £N" to the report’s author', () => {
    expect(money(`${report}Net debt at 31 March 2024 was £2.1m, lower than planned.`)).toEqual([['org:tarn-valley-trust', 'money:debt', 2.1e6]]);
  });

  it('gives "Total income for the year was £N" to the author as its income', () => {
    expect(money(`${report}Total income for the year was £4.2m.`)).toEqual([['org:tarn-valley-trust', 'money:income', 4.2e6]]);
  });

  it('does not take a measure opening a sentence for the author’s in a text with no author', () => {
    expect(money('Ridley Bank and Penhallow Rail Ltd met.\n\nNet debt at 31 March 2024 was £2.1m.')).toEqual([]);
  });

  it('does not take the words after the measure for a time unless they name a date or the year', () => {
    expect(money(`${report}Income from the sale of land was £300,000.`)).toEqual([]);
  });

  it('does not give a newspaper’s sentences to the newspaper', () => {
    expect(money('Coastline Courier\n\nNet debt at 31 March 2024 was £2.1m.')).toEqual([]);
  });
});

describe('a body’s loans outstanding, one measure however it is worded', () => {
  const report = 'Fenmouth Credit Union\nAnnual Report and Accounts 2025/26\n\n';

  it('gives "Loans outstanding at the year end were £N" in a body’s own report to the author', () => {
    expect(money(`${report}Loans outstanding at the year end were £8.6 million, against £6.3 million a year earlier.`)).toEqual([
      ['org:fenmouth-credit-union', 'money:loans-outstanding', 8.6e6],
    ]);
    expect(money(`${report}The loan book at 30 September 2026 stood at £4.5m.`)).toEqual([['org:fenmouth-credit-union', 'money:loans-outstanding', 4.5e6]]);
  });

  it('reads "X had £N of loans outstanding", "X has £N in outstanding loans" and "X had loans outstanding of £N"', () => {
    expect(money('At the end of September Ashgrove Building Society had about £5 million of loans outstanding.')).toEqual([
      ['org:ashgrove-building-society', 'money:loans-outstanding', 5e6],
    ]);
    expect(money('Corrin Housing Co-operative has £310,000 in outstanding loans.')).toEqual([['org:corrin-housing', 'money:loans-outstanding', 310000]]);
    expect(money('Fenmouth Credit Union had loans outstanding of £2.2m at the end of March.')).toEqual([['org:fenmouth-credit-union', 'money:loans-outstanding', 2.2e6]]);
  });

  it('does not read loans supposed or denied, a loan taken out, or a lender named after a preposition', () => {
    expect(money('Ashgrove Building Society could have £40m of loans outstanding by 2027.')).toEqual([]);
    expect(money('Ashgrove Building Society did not have £40m of loans outstanding.')).toEqual([]);
    expect(money('A member of Fenmouth Credit Union had £4,000 of loans outstanding.')).toEqual([]);
    expect(money('Corrin Housing Co-operative took out a £310,000 loan.').filter(([, attribute]) => attribute === 'money:loans-outstanding')).toEqual([]);
  });
});
