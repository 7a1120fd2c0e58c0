// The two legal forms of a merger of mutual societies: one society transfers its engagements to the
// other, which carries on, or both amalgamate into a new society. Each is told of every party the
// sentence names, and the rules exclude the two, so sources that give one merger different forms
// meet as a categorical conflict. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Caldwick Yard Credit Union': 'org:caldwick-cu',
  'Clydeside Credit Union': 'org:clydeside-cu',
  'Ashford Building Society': 'org:ashford-bs',
  'Kentish Building Society': 'org:kentish-bs',
  'Harbour Homes': 'org:harbour-homes',
  'Estuary Housing': 'org:estuary-housing',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const forms = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'combination' && c.value.kind === 'category')
    .map((c) => `${c.subject} ${c.value.kind === 'category' ? c.value.category : ''}`);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('the legal form of a merger of mutual societies', () => {
  it('reads a transfer of engagements by its verb or its noun, for every party named', () => {
    expect(forms('Caldwick Yard Credit Union transferred its engagements to Clydeside Credit Union, which continues under its existing registration.')).toEqual([
      'org:caldwick-cu transfer-of-engagements',
      'org:clydeside-cu transfer-of-engagements',
    ]);
    expect(forms('Members of Ashford Building Society voted for a transfer of engagements to Kentish Building Society.')).toContain('org:kentish-bs transfer-of-engagements');
    expect(forms('Harbour Homes transferred its engagements to Estuary Housing in 2024.')).toContain('org:harbour-homes transfer-of-engagements');
  });

  it('reads an amalgamation into a new society by its verb or its noun', () => {
    expect(forms('Caldwick Yard Credit Union and Clydeside Credit Union amalgamated into a new society, with a new rulebook.')).toContain('org:clydeside-cu amalgamation');
    expect(forms('The merger of Ashford Building Society and Kentish Building Society is an amalgamation of two equals.')).toContain('org:ashford-bs amalgamation');
    expect(forms('Harbour Homes and Estuary Housing amalgamated to form a new association.')).toContain('org:estuary-housing amalgamation');
  });

  it('meets the other form of the same merger as a categorical conflict', () => {
    const found = conflictsAmong(
      'Caldwick Yard Credit Union transferred its engagements to Clydeside Credit Union.',
      'Caldwick Yard Credit Union and Clydeside Credit Union amalgamated into a new society.',
    );
    expect(found.some((c) => c.kind === 'categorical' && c.subject === 'org:clydeside-cu')).toBe(true);
  });

  it('leaves other senses of the words alone', () => {
    for (const text of ['Ashford Building Society said the two departments were amalgamated last year.', 'Kentish Building Society has many engagements in the diary.']) {
      expect(forms(text), text).toEqual([]);
    }
  });
});
