import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Penhallow Rail Ltd': 'org:penhallow-rail',
  'Tarn Valley Trust': 'org:tarn-valley-trust',
  'Ridley Bank': 'org:ridley-bank',
  'Coastline Courier': 'org:coastline-courier',
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
