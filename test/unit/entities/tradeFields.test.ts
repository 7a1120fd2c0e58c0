// A trade word after a word that says what kind of the trade is meant names a field, not a
// company, even capitalised in a heading or for emphasis: "Tidal Energy", "Offshore Wind Energy",
// "Affordable Homes", "Public Transport". A coined word before the trade still names a company.
// Every company name here is invented.

import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('a trade word after a kind of the trade', () => {
  it('names a field, not a company', () => {
    for (const text of [
      'Tidal Energy could power 10% of homes, the report said.',
      'Nuclear Energy and Offshore Wind Energy both grew in 2023.',
      'Why Renewable Energy Matters',
      'Affordable Homes are scarce in the borough.',
      'Public Transport use rose by 5%.',
      'Community Energy groups met in the village hall.',
    ])
      expect(textsOf(text, 'organisation'), text).toEqual([]);
  });

  it('leaves a coined name before the trade a company', () => {
    expect(textsOf('The council backed Sunnybank Homes, a developer, and Quenby Energy, a supplier.', 'organisation')).toEqual(['Sunnybank Homes', 'Quenby Energy']);
    expect(textsOf('Marstone Transport cut 40 routes.', 'organisation')).toEqual(['Marstone Transport']);
  });
});
