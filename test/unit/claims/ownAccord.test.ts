// Whether a body merged, closed, sold up or found a partner of its own accord or because it was
// made to. "A voluntary merger" and "X chose to close" say it acted freely; "the regulator
// required X's board to find a partner", "X was forced to merge" and "made it merge" say it did
// not. Only a change of the body itself counts: being required to publish accounts says nothing of
// a merger. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Marlow Savers': 'org:marlow-savers',
  Marlow: 'org:marlow-savers',
  'St Aldric’s School': 'org:st-aldrics-school',
  'Kestle Housing': 'org:kestle-housing',
  'Office for Schools': 'org:office-for-schools',
  'Regulator of Homes': 'org:regulator-of-homes',
};
const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES, []));
const accord = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'own-accord' && c.value.kind === 'category')
    .map((c) => `${c.value.kind === 'category' && c.value.polarity === 'deny' ? 'forced' : 'free'} ${c.subject}`);
const conflictsAmong = (...docs: Array<[string, string]>): Conflict[] => conflictsAmongSources(docs.map(([doc, text]) => ({ doc, claims: claimsOf(text) })));

describe('a change made of a body’s own accord', () => {
  it('reads a voluntary change, a choice and "This was" about the previous sentence’s body', () => {
    expect(accord('On 2 March Marlow Savers transferred its engagements to Kestle Housing. This was a voluntary transfer of engagements.')).toEqual(['free org:marlow-savers']);
    expect(accord('St Aldric’s School chose to close at the end of the summer term.')).toEqual(['free org:st-aldrics-school']);
    expect(accord('Kestle Housing’s board decided to find a partner last spring.')).toEqual(['free org:kestle-housing']);
    expect(accord('Marlow Savers voluntarily merged with a larger society.')).toEqual(['free org:marlow-savers']);
  });

  it('gives "This was …" after a take-over to the body taken over, whose existence changed', () => {
    expect(accord('In May Kestle Housing took over Marlow Savers. This was a voluntary transfer of engagements.')).toEqual(['free org:marlow-savers']);
    expect(accord('Kestle Housing has absorbed Marlow Savers. It was a voluntary merger.')).toEqual(['free org:marlow-savers']);
    expect(accord('Kestle Housing took over the lease from Marlow Savers. This was a voluntary closure.')).toEqual(['free org:kestle-housing']);
  });

  it('reads a change the body was made to make', () => {
    expect(accord('The Regulator of Homes required Kestle Housing’s board to find a partner.')).toEqual(['forced org:kestle-housing']);
    expect(accord('The Office for Schools forced St Aldric’s School to close.')).toEqual(['forced org:st-aldrics-school']);
    expect(accord('Marlow Savers was forced by the regulator to merge.')).toEqual(['forced org:marlow-savers']);
    expect(accord('They say Marlow chose to go. It didn’t, the regulator made it merge.')).toEqual(['forced org:marlow-savers']);
    expect(accord('Kestle Housing says it was a forced merger.')).toEqual(['forced org:kestle-housing']);
  });

  it('reads nothing of an obligation that is no change of the body, or of a question or a supposition', () => {
    expect(accord('The Regulator of Homes required Kestle Housing to publish its accounts.')).toEqual([]);
    expect(accord('St Aldric’s School chose to open on Saturdays.')).toEqual([]);
    expect(accord('Was this a voluntary merger for Marlow Savers?')).toEqual([]);
    expect(accord('If the regulator forced Marlow Savers to merge, members would lose out.')).toEqual([]);
  });

  it('flags a voluntary change against a forced one for the same body, not for another', () => {
    const found = conflictsAmong(
      ['letter.txt', 'On 2 March Marlow Savers transferred its engagements to Kestle Housing. This was a voluntary transfer of engagements.'],
      ['evidence.txt', 'No. The Regulator of Homes required Marlow Savers’s board to find a partner.'],
    );
    expect(found.map((c) => [c.kind, c.subject])).toEqual([['negation', 'org:marlow-savers']]);
    const other = conflictsAmong(
      ['letter.txt', 'On 2 March Marlow Savers transferred its engagements to Kestle Housing. This was a voluntary transfer of engagements.'],
      ['evidence.txt', 'The Office for Schools forced St Aldric’s School to close.'],
    );
    expect(other).toEqual([]);
  });
});
