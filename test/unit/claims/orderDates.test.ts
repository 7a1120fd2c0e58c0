import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import type { Claim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Dunmoor Rail Ltd': 'org:dunmoor-rail',
  'Kestle Homes': 'org:kestle-homes',
  'Office of Rail Standards': 'org:office-of-rail-standards',
};

const orderDates = (text: string): Array<[string, string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('date:order:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES)).filter((c) => c.attribute.startsWith('date:order:'));

describe('the date an order was made about a body', () => {
  it('dates an order named with its kind and its body, the date fronting the clause', () => {
    expect(orderDates('On 3 March 2024 the court made an administration order in respect of Dunmoor Rail Ltd.')).toEqual([
      ['org:dunmoor-rail', 'date:order:administration', '2024-03-03'],
    ]);
  });

  it('dates "the order" by the last order named with its body', () => {
    const text = 'The court has made an administration order for Dunmoor Rail Ltd. Staff were told.\n\nNotes\n1. The court made the order on 5 March 2024.';
    expect(orderDates(text)).toEqual([['org:dunmoor-rail', 'date:order:administration', '2024-03-05']]);
  });

  it('dates a passive making: "an enforcement order against X was issued on …"', () => {
    expect(orderDates('An enforcement order against Kestle Homes was issued on 12 May 2023 by the Office of Rail Standards.')).toEqual([
      ['org:kestle-homes', 'date:order:enforcement', '2023-05-12'],
    ]);
  });

  it('does not date the application for an order as its making', () => {
    const text = 'The court made an administration order for Dunmoor Rail Ltd. The Office of Rail Standards applied for the order on 1 March 2024.';
    expect(orderDates(text)).toEqual([]);
  });

  it('keeps two kinds of order about one body apart', () => {
    const a = claimsOf('On 3 March 2024 the court made an administration order in respect of Dunmoor Rail Ltd.');
    const b = claimsOf('On 9 June 2022 the regulator issued an enforcement order against Dunmoor Rail Ltd.');
    expect(a.map((c) => c.attribute)).toEqual(['date:order:administration']);
    expect(b.map((c) => c.attribute)).toEqual(['date:order:enforcement']);
  });

  it('sets two sources that date one order differently against each other', () => {
    const a = claimsOf('On 3 March 2024 the court made an administration order in respect of Dunmoor Rail Ltd.');
    const b = claimsOf('The court made an administration order for Dunmoor Rail Ltd on 7 March 2024.');
    expect(b.map((c) => c.attribute)).toEqual(a.map((c) => c.attribute));
    expect(detectConflicts([{ doc: 'a.txt', claim: a[0]! }, { doc: 'b.txt', claim: b[0]! }])).toHaveLength(1);
  });

  it('does not read "in order to" or an order of goods as an order about a body', () => {
    expect(orderDates('In order to cut costs, Dunmoor Rail Ltd placed an order for 12 trains on 4 April 2024.')).toEqual([]);
  });
});

describe('an order that points back to no named order', () => {
  it('does not read an indefinite "an order for costs" as the administration order named before', () => {
    const text = 'The court made an administration order for Dunmoor Rail Ltd last week. On 9 April 2024 the court made an order for costs.';
    expect(orderDates(text)).toEqual([]);
  });
});
