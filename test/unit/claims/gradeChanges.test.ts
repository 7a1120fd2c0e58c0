// The day a body's grade was changed, however the change is worded (downgraded, upgraded,
// regraded; active or passive; dated after the grade, fronting the clause, or by the verb it is
// coordinated with), keyed by the body and the grade it reached. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { claimSentence } from '../../../server/src/lsp/claimSentences';
import { attributeLabel } from '../../../server/src/lsp/labels';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Fernhill Homes': 'org:fernhill-homes',
  Fernhill: 'org:fernhill-homes',
  'Ashby Vale Care': 'org:ashby-vale-care',
  'Housing Regulator': 'org:housing-regulator',
  Ofsted: 'org:ofsted',
};
const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES), '2025-05-01');
const regradings = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('date:regraded:') && c.value.kind === 'date')
    .map((c) => `${c.subject} ${c.attribute} ${c.value.kind === 'date' ? c.value.iso : ''}`);
const conflictsAmong = (...texts: string[]): Conflict[] =>
  conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) }))).filter((c) => c.claims.some((s) => s.claim.attribute.startsWith('date:regraded:')));

describe('the day a body’s grade changed', () => {
  it('reads downgrading, upgrading and regrading to a grade as one event, active or passive', () => {
    for (const text of [
      'The Housing Regulator downgraded Fernhill Homes to G3 on 26 March 2025.',
      'Fernhill Homes was downgraded from G1 to G3 on 26 March 2025.',
      'The Housing Regulator regraded Fernhill from G2 to G3 for governance on 26 March 2025.',
      'On 26 March 2025, the regulator downgraded Fernhill Homes to G3.',
      'The regulator published its judgement on 26 March 2025 and regraded Fernhill Homes from G1 to G3.',
    ]) {
      expect(regradings(text), text).toEqual(['org:fernhill-homes date:regraded:g3 2025-03-26']);
    }
    expect(regradings('Ofsted downgraded Ashby Vale Care to inadequate in June 2024.')).toEqual(['org:ashby-vale-care date:regraded:inadequate 2024-06']);
  });

  it('reads no date that belongs to another clause, and no change without the grade reached', () => {
    for (const text of [
      'The regulator met Fernhill Homes on 3 March 2025, and later that month it downgraded Fernhill Homes to G3.',
      'The Housing Regulator downgraded Fernhill Homes on 26 March 2025.',
      'Fernhill Homes, inspected on 3 March 2025, said it expected to be downgraded.',
    ]) {
      expect(regradings(text), text).toEqual([]);
    }
  });

  it('flags two days for one move to a grade, but not moves to two different grades', () => {
    expect(conflictsAmong('The Housing Regulator downgraded Fernhill Homes to G3 on 12 March 2025.', 'the regulator downgraded Fernhill to G3 on 26 March 2025').length).toBe(1);
    expect(conflictsAmong('The Housing Regulator downgraded Fernhill Homes to G2 on 12 March 2024.', 'The Housing Regulator downgraded Fernhill Homes to G3 on 26 March 2025.')).toEqual([]);
  });

  it('says the change in words', () => {
    expect(claimSentence('Fernhill Homes', 'date:regraded:g3', { kind: 'date', iso: '2025-03-26', precision: 'day' })).toBe('Fernhill Homes was regraded to G3 on 26 March 2025');
    expect(attributeLabel('date:regraded:requires-improvement')).toBe('date it was regraded to requires improvement');
  });
});
