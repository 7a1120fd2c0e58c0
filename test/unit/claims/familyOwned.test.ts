// A family business against a business owned by outside investors: "a family-run business", "a
// family firm" against "owned since 2016 by private equity house Y", "owned by investors". Every
// name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Brightwell Care Ltd': 'org:brightwell-care',
  Brightwell: 'org:brightwell-care',
  'Orrin Ridge Capital': 'org:orrin-ridge-capital',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const categories = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'category' && c.value.kind === 'category' && c.subject === 'org:brightwell-care')
    .map((c) => (c.value.kind === 'category' ? `${c.value.polarity}:${c.value.category}` : ''));

const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

const FAMILY = ['Brightwell, a family-run business founded in 2004, closed.', 'Brightwell Care Ltd is a family firm.', 'Brightwell Care Ltd, a family-owned company, closed.'];
const INVESTORS = [
  'Brightwell Care Ltd has been owned since 2016 by private equity house Orrin Ridge Capital.',
  'Brightwell Care Ltd is owned by private equity.',
  'Brightwell Care Ltd, which was owned since March 2016 by private equity house Orrin Ridge Capital, closed.',
];

describe('a family business', () => {
  it('reads "family-run", "family firm" and "family-owned" as one category', () => {
    for (const text of FAMILY) expect(categories(text), text).toContain('affirm:family-owned');
  });

  it('reads "owned since <year> by" as "owned by"', () => {
    for (const text of INVESTORS) expect(categories(text), text).toContain('affirm:investor-majority-owned');
  });

  it('conflicts with a business owned by outside investors, whichever wordings the sources use', () => {
    for (const family of FAMILY) {
      for (const investors of INVESTORS) {
        expect(conflictsAmong(family, investors).map((c) => c.kind), `${family} / ${investors}`).toContain('categorical');
      }
    }
  });

  it('does not conflict with a minority stake held by investors', () => {
    const minority = 'Orrin Ridge Capital owns 30% of Brightwell Care Ltd.';
    expect(conflictsAmong(FAMILY[0]!, minority).filter((c) => c.kind === 'categorical')).toEqual([]);
  });
});

describe('the form a business was founded in', () => {
  it('reads "founded as a family business" as what it is, unless the sentence tells of a change since', () => {
    expect(categories('Brightwell Care Ltd, founded as a family business in 1988, runs 12 homes.')).toContain('affirm:family-owned');
    expect(categories('Founded as a family business in 1988, Brightwell Care Ltd now runs 12 homes.')).toContain('affirm:family-owned');
    for (const text of [
      'Brightwell Care Ltd, founded as a family business in 1988, was sold to Orrin Ridge Capital in 2016.',
      'Founded as a family business in 1988, Brightwell Care Ltd was bought by Orrin Ridge Capital in 2016.',
      'Brightwell Care Ltd, set up as a family firm, was acquired by Orrin Ridge Capital.',
    ]) {
      expect(categories(text), text).not.toContain('affirm:family-owned');
    }
  });

  it('does not conflict with the investor who bought it since', () => {
    const since = 'Brightwell Care Ltd, founded as a family business in 1988, was sold to Orrin Ridge Capital in 2016.';
    expect(conflictsAmong(since, INVESTORS[0]!).filter((c) => c.kind === 'categorical')).toEqual([]);
  });
});
