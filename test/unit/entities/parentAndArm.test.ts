// A holding company named beside a trading arm of its brand ("Kelby Holdings" and "Kelby Care") is
// two bodies: sources report the sale of the arm and the sale of the parent as two deals. Every
// name here is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { entitiesOf } from './helpers';

function organisations(text: string): Array<[string, string | undefined]> {
  return entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
}

describe('a holding company beside an arm of its brand', () => {
  it('keeps the holding company apart from an arm named by the brand and a descriptive word', () => {
    const found = organisations('Wendlow Holdings, which owns Wendlow Care, said Wendlow Care would be sold.');
    expect(found).toContainEqual(['Wendlow Holdings', 'org:wendlow-holdings']);
    expect(found.filter(([name]) => name === 'Wendlow Care').map(([, canonical]) => canonical)).toEqual(['org:wendlow', 'org:wendlow']);
  });

  it('reads the sale of the arm and the sale of the parent as sales of two bodies', () => {
    const text = 'Wendlow Care was sold to Brisk Health Ltd on 1 June 2023 for £30m. Wendlow Holdings was sold on 2 March 2024 for £90m.';
    const sales = analyse(text).claims.filter((c) => c.attribute.startsWith('sale-')).map((c) => [c.subject, c.attribute]);
    expect(sales).toContainEqual(['org:wendlow', 'sale-price']);
    expect(sales.filter(([subject]) => subject === 'org:wendlow-holdings').length).toBeGreaterThan(0);
  });

  it('still merges a brand with its descriptive forms when no parent is named', () => {
    const found = organisations('Wendlow Care runs nine homes. Wendlow Healthcare said so, and Wendlow agreed.');
    expect(new Set(found.map(([, canonical]) => canonical))).toEqual(new Set(['org:wendlow']));
  });

  it('still merges the group and the holdings of one brand', () => {
    const found = organisations('Wendlow Group bought the site. Wendlow Holdings owns the leases.');
    expect(new Set(found.map(([, canonical]) => canonical))).toEqual(new Set(['org:wendlow']));
  });
});
