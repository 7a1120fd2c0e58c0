// Leisure operators and pub companies are named by a coined word and their trade, with no legal
// suffix ("Fellside Leisure", "Granthorpe Inns"), like the companies in sectorNames.ts. The trade
// word alone, or after a word that says what kind is meant, names a field. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('leisure operators and pub companies named by their trade', () => {
  it('reads a coined word and "Leisure", "Inns", "Hotels" or "Hospitality" as a company', () => {
    expect(textsOf('The pool is run by Tarnwick Leisure under a ten-year contract.', 'organisation')).toEqual(['Tarnwick Leisure']);
    expect(textsOf('The pub was sold by Ollerby Inns in 2024.', 'organisation')).toEqual(['Ollerby Inns']);
    expect(textsOf('Staff transferred to Quenmoor Hospitality last spring.', 'organisation')).toEqual(['Quenmoor Hospitality']);
  });

  it('reads no company in a kind of leisure or the trade alone', () => {
    expect(textsOf('The council’s Community Leisure budget was cut.', 'organisation')).toEqual([]);
    expect(textsOf('Leisure centres and inns reopened in May.', 'organisation')).toEqual([]);
  });
});
