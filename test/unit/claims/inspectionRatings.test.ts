// An inspectorate's overall rating of a body, whichever way the sentence is built ("X has been
// rated inadequate by Y", "Y rated X Requires Improvement", "X received an inadequate rating"): one
// body has one grade at a time, so two grades in the same year disagree. A grade of the past, a
// changed or a supposed one is not read. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Ashby Health Federation': 'org:ashby-health',
  AHF: 'org:ashby-health',
  'Care Standards Commission': 'org:care-standards',
  CSC: 'org:care-standards',
  'Wexley School': 'org:wexley-school',
  'Schools Inspectorate': 'org:schools-inspectorate',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const ratings = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'rating' && c.value.kind === 'category')
    .map((c) => `${c.subject} ${c.value.kind === 'category' ? c.value.category : ''}`);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

const INADEQUATE = ['Ashby Health Federation has been rated inadequate by the Care Standards Commission.', 'AHF received an inadequate rating from the CSC.'];
const REQUIRES_IMPROVEMENT = ['The CSC rated AHF Requires Improvement overall in February.', 'Ashby Health Federation is rated ‘requires improvement’.'];

describe('an inspection rating', () => {
  it('reads the grade given to the body, passive, active or as a noun', () => {
    for (const text of INADEQUATE) expect(ratings(text), text).toEqual(['org:ashby-health rated-inadequate']);
    for (const text of REQUIRES_IMPROVEMENT) expect(ratings(text), text).toEqual(['org:ashby-health rated-requires-improvement']);
    expect(ratings('The Schools Inspectorate rated Wexley School outstanding.')).toEqual(['org:wexley-school rated-outstanding']);
  });

  it('reads no grade of the past, a changed or a supposed one, nor praise that is no grade', () => {
    for (const text of [
      'Ashby Health Federation, previously rated good, is now rated inadequate.',
      'Ashby Health Federation is no longer rated inadequate.',
      'Ashby Health Federation could be rated inadequate if waits grow.',
      'AHF said its staff were rated highly by patients.',
    ]) {
      expect(ratings(text), text).toEqual([]);
    }
  });

  it('conflicts between two grades of one body, whichever wordings', () => {
    for (const a of INADEQUATE) for (const b of REQUIRES_IMPROVEMENT) expect(conflictsAmong(a, b).map((c) => c.kind), `${a} / ${b}`).toEqual(['categorical']);
  });

  it('does not conflict for two bodies, one grade said twice, or grades years apart', () => {
    expect(conflictsAmong(INADEQUATE[0]!, 'Wexley School has been rated good.')).toEqual([]);
    expect(conflictsAmong(INADEQUATE[0]!, INADEQUATE[1]!)).toEqual([]);
    expect(conflictsAmong('Ashby Health Federation was rated good in 2019.', 'Ashby Health Federation was rated inadequate in 2024.')).toEqual([]);
  });
});
