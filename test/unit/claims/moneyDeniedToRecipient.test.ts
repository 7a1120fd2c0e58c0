// A giver's denial that names where the money did not go ("Y has not put a penny into X", "Y gave
// nothing to X") and a gift told with the recipient between verb and sum ("Y gave X a £40,000
// grant") are both scoped to the recipient when it is a body, so they meet each other and not a
// gift to someone else. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Wendle County Council': 'org:wendle-cc',
  'Sandmere Town Council': 'org:sandmere-tc',
  'Saltmarsh Museum Trust': 'org:saltmarsh-museum',
  'Orbury Borough Council': 'org:orbury-bc',
  'Kelby Youth Band': 'org:kelby-youth-band',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const gifts = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'gave-money' && c.value.kind === 'category')
    .map((c) => `${c.subject} ${c.value.kind === 'category' ? `${c.value.polarity === 'deny' ? 'NOT ' : ''}${c.value.category}` : ''}`);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('money denied to a named recipient', () => {
  it('reads "has not put a penny into X", "never put any money towards X" and "gave nothing to X"', () => {
    expect(gifts('Wendle County Council has not put a penny into Saltmarsh Museum Trust.')).toEqual(['org:wendle-cc NOT gave-money:to:org:saltmarsh-museum']);
    expect(gifts('Minutes: Orbury Borough Council gave nothing to Kelby Youth Band.')).toEqual(['org:orbury-bc NOT gave-money:to:org:kelby-youth-band']);
    expect(gifts('Wendle County Council has never put any money towards the lido.')).toEqual(['org:wendle-cc NOT gave-money']);
  });

  it('reads "Y gave X a £N grant" as a gift to X', () => {
    expect(gifts('Wendle County Council gave Saltmarsh Museum Trust a £40,000 grant in 2024.')).toEqual(['org:wendle-cc gave-money:to:org:saltmarsh-museum']);
  });

  it('meets a gift to the same recipient from the same giver, and not one from another giver', () => {
    const denial = 'Wendle County Council has not put a penny into Saltmarsh Museum Trust.';
    expect(conflictsAmong(denial, 'Wendle County Council gave Saltmarsh Museum Trust a £40,000 grant in 2024.').some((c) => c.kind === 'negation')).toBe(true);
    expect(conflictsAmong(denial, 'Sandmere Town Council gave Saltmarsh Museum Trust a £10,000 grant.')).toEqual([]);
  });
});
