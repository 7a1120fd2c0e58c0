// Whether an owner agreed to sell, the seller's claim, affirmed or denied however it is put: a
// Holyrood speech's "a willing seller in the end" against a newspaper's "never agreed to a sale".
// A consent to come or put as a condition, and "not yet", state nothing. Every name is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Hugo Tarrant': 'person:hugo-tarrant',
  Tarrant: 'person:hugo-tarrant',
  'Fenwold District Council': 'org:fenwold-district-council',
  'Skerrow Estates Ltd': 'org:skerrow-estates',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const consent = (text: string): Array<[string, string]> =>
  claimsOf(text)
    .filter((c) => c.attribute === 'agreed-to-sell' && c.value.kind === 'category')
    .map((c) => [c.subject, c.value.kind === 'category' ? c.value.polarity : '']);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

const AGREED = [
  'Mr Tarrant was a willing seller in the end, and I thank him for that.',
  'Hugo Tarrant eventually agreed to sell the estate to the community.',
  'Hugo Tarrant agreed to a sale last spring.',
  'Hugo Tarrant has agreed the sale.',
];
const NOT_AGREED = [
  'Tarrant never agreed to a sale: the community used its right to buy.',
  'Hugo Tarrant refused to sell.',
  'Hugo Tarrant did not agree to sell the estate.',
  'Hugo Tarrant was not a willing seller.',
  'Hugo Tarrant was an unwilling seller, forced out by the Land Court.',
  'Hugo Tarrant was forced to sell.',
];

describe('whether an owner agreed to sell', () => {
  it('reads consent to a sale, however worded, as the seller’s', () => {
    for (const text of AGREED) expect(consent(text), text).toEqual([['person:hugo-tarrant', 'affirm']]);
    expect(consent('Fenwold District Council has agreed to sell the depot.')).toEqual([['org:fenwold-district-council', 'affirm']]);
  });

  it('reads a refusal, a denial and a forced sale as no consent', () => {
    for (const text of NOT_AGREED) expect(consent(text), text).toEqual([['person:hugo-tarrant', 'deny']]);
  });

  it('conflicts between consent and its denial, whichever wordings', () => {
    for (const a of AGREED) for (const b of NOT_AGREED) expect(conflictsAmong(a, b).map((c) => c.kind), `${a} / ${b}`).toEqual(['negation']);
  });

  it('reads nothing from a consent to come, a condition, or "not yet"', () => {
    for (const text of [
      'Hugo Tarrant will agree to sell if the price is right.',
      'Hugo Tarrant may be a willing seller.',
      'Hugo Tarrant has not yet agreed to sell.',
      'Hugo Tarrant agreed to sell if the council matched the offer.',
      'Would Hugo Tarrant agree to sell?',
    ]) {
      expect(consent(text), text).toEqual([]);
    }
  });

  it('reads no consent from a party to the deal who is not said to be its seller, nor from a body that approves a sale', () => {
    for (const text of [
      // the buyer agrees a sale with the seller, or its price
      'Skerrow Estates Ltd agreed a sale with Hugo Tarrant in March.',
      'Skerrow Estates Ltd agreed the sale price with Hugo Tarrant.',
      // a body that approves a sale someone else makes
      'Fenwold District Council agreed to the sale of the playing field by Skerrow Estates Ltd.',
      'Fenwold District Council consented to the sale of the estate.',
    ]) {
      expect(consent(text), text).toEqual([]);
    }
    expect(consent('Hugo Tarrant agreed the sale of the estate to Skerrow Estates Ltd.')).toEqual([['person:hugo-tarrant', 'affirm']]);
    expect(consent('Hugo Tarrant never consented to a sale.')).toEqual([['person:hugo-tarrant', 'deny']]);
  });

  it('reads "neither X nor Y agreed to sell" as Y’s denial, not its consent', () => {
    expect(consent('Neither Skerrow Estates Ltd nor Hugo Tarrant agreed to sell.')).toEqual([['person:hugo-tarrant', 'deny']]);
  });

  it('does not conflict for two owners, one selling and one refusing', () => {
    expect(conflictsAmong('Hugo Tarrant agreed to sell.', 'Skerrow Estates Ltd refused to sell.')).toEqual([]);
  });
});
