// A business its community or supporters own, against one owned by outside investors (a pension
// fund among them) or by a family: "a fan-owned club", "community-owned", "supporter-owned"
// against "owned by a pension fund", "a family firm". Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Tolland Town Football Club': 'org:tolland-town-fc',
  'Tolland Town': 'org:tolland-town-fc',
  'The Wheatsheaf Inn Ltd': 'org:wheatsheaf-inn',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const categories = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'category' && c.value.kind === 'category')
    .map((c) => (c.value.kind === 'category' ? `${c.value.polarity}:${c.value.category}` : ''));
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

const COMMUNITY = ['Tolland Town is a fan-owned club.', 'Tolland Town Football Club is now community-owned.', 'Tolland Town Football Club, a supporter-owned club, was promoted.'];

describe('a business its community or supporters own', () => {
  it('reads "fan-owned", "community-owned" and "supporter-owned" as one category', () => {
    for (const text of COMMUNITY) expect(categories(text), text).toContain('affirm:community-owned');
  });

  it('does not set two of those wordings against each other', () => {
    expect(conflictsAmong(COMMUNITY[0]!, COMMUNITY[1]!, COMMUNITY[2]!).filter((c) => c.kind === 'categorical')).toEqual([]);
  });

  it('conflicts with a business owned by outside investors (a pension fund) or a family', () => {
    const rivals = ['Tolland Town Football Club is owned by a Canadian pension fund.', 'Tolland Town Football Club is owned by private equity.', 'Tolland Town is a family firm.'];
    for (const community of COMMUNITY) {
      for (const rival of rivals) expect(conflictsAmong(community, rival).map((c) => c.kind), `${community} / ${rival}`).toContain('categorical');
    }
  });

  it('counts an owner the text calls a pension fund or an asset manager as an outside investor', () => {
    expect(categories('The Wheatsheaf Inn Ltd is owned by a pension fund.')).toContain('affirm:investor-majority-owned');
    expect(categories('The Wheatsheaf Inn Ltd is owned by an asset manager.')).toContain('affirm:investor-majority-owned');
  });
});
