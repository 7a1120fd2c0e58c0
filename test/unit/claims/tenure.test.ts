// How a body holds a place: owned outright (bought, the freehold, "belongs outright to") or leased
// (leases, rents, "on a 25-year lease"). Keyed by the body and the place's head noun, so "X owns
// its green outright" meets "X leases its green from Y", and another place or another body never
// does. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { claimSentence } from '../../../server/src/lsp/claimSentences';
import { attributeLabel } from '../../../server/src/lsp/labels';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Wickham Bowls Club': 'org:wickham-bowls',
  'Wickham Tennis Club': 'org:wickham-tennis',
  'Wickham Parish Council': 'org:wickham-parish',
  'Harrowden Cricket Club': 'org:harrowden-cc',
  'Stanway Scout Group': 'org:stanway-scouts',
  'Kelby Food Bank': 'org:kelby-food-bank',
  'Orchard Estates': 'org:orchard-estates',
  'Brenton Heritage Trust': 'org:brenton-heritage',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const tenure = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('tenure:') && c.value.kind === 'category')
    .map((c) => `${c.subject} ${c.attribute} ${c.value.kind === 'category' ? c.value.category : ''}`);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('a place a body owns outright', () => {
  it('reads "owns … outright", "owns the freehold of", "bought … from" and "belongs outright to"', () => {
    expect(tenure('Wickham Bowls Club owns its green outright.')).toEqual(['org:wickham-bowls tenure:green owned-outright']);
    expect(tenure('Harrowden Cricket Club owns the freehold of Mill Meadow.')).toEqual(['org:harrowden-cc tenure:meadow owned-outright']);
    expect(tenure('Stanway Scout Group bought the Old School Hall from the diocese in 2020.')).toEqual(['org:stanway-scouts tenure:hall owned-outright']);
    expect(tenure('The chapel now belongs outright to Brenton Heritage Trust.')).toEqual(['org:brenton-heritage tenure:chapel owned-outright']);
  });
});

describe('a place a body leases', () => {
  it('reads "leases … from", "rents … from", "holds … on a lease" and "is held by X on a lease"', () => {
    expect(tenure('Wickham Bowls Club leases its green from Wickham Parish Council.')).toEqual(['org:wickham-bowls tenure:green leased']);
    expect(tenure('Minutes: Noted that Stanway Scout Group rents the Old School Hall from the diocese.')).toEqual(['org:stanway-scouts tenure:hall leased']);
    expect(tenure('Kelby Food Bank holds its warehouse on a 10-year lease from Orchard Estates.')).toEqual(['org:kelby-food-bank tenure:warehouse leased']);
    expect(tenure('The depot is held by Kelby Food Bank on a 25-year lease.')).toEqual(['org:kelby-food-bank tenure:depot leased']);
  });

  it('meets the other tenure of the same place as a categorical conflict, not another body’s', () => {
    const same = conflictsAmong('Wickham Bowls Club owns its green outright.', 'Wickham Bowls Club leases its green from Wickham Parish Council.');
    expect(same.map((c) => [c.kind, c.attribute])).toEqual([['categorical', 'tenure:green']]);
    expect(conflictsAmong('Wickham Bowls Club leases its green from Wickham Parish Council.', 'Wickham Tennis Club owns its courts outright.')).toEqual([]);
  });

  it('reads as a researcher would write it', () => {
    expect(attributeLabel('tenure:green')).toBe('how it holds its green');
    const [leased] = claimsOf('Wickham Bowls Club leases its green from Wickham Parish Council.').filter((c) => c.attribute === 'tenure:green');
    expect(claimSentence('Wickham Bowls Club', leased!.attribute, leased!.value)).toBe('Wickham Bowls Club leases its green from a landlord');
  });
});

describe('look-alikes', () => {
  it('leaves a planned or supposed purchase, a place let to another body and things that are no place alone', () => {
    for (const text of [
      'Harrowden Cricket Club plans to buy Mill Meadow next year.',
      'Wickham Bowls Club leases its green to Wickham Tennis Club.',
      'Brenton Heritage Trust could buy the chapel if the appeal succeeds.',
      'Harrowden Cricket Club owns two mowers and leases a tractor.',
    ]) {
      expect(tenure(text), text).toEqual([]);
    }
  });
});
