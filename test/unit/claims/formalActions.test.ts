// Formal action one body takes against another, stated or denied, whichever body the clause
// starts with: a fine, a penalty, a formal notice (warning, enforcement, contract performance …)
// against "never faced enforcement action", "has not issued a … notice". Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { claimsBothWays } from './claimsBothWays';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Corran Rail Ltd': 'org:corran-rail',
  'Corran Rail': 'org:corran-rail',
  'Office of Rail Standards': 'org:rail-standards',
  ORS: 'org:rail-standards',
  'Wexley Care Board': 'org:wexley-care-board',
  'Ashby Health Federation': 'org:ashby-health',
  AHF: 'org:ashby-health',
  'Pellam Council': 'org:pellam-council',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const actions = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('action-from:') && c.value.kind === 'category')
    .map((c) => `${c.subject} ${c.attribute.slice('action-from:'.length)} ${c.value.kind === 'category' ? `${c.value.polarity}:${c.value.category}` : ''}`);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

const FINED = [
  'In 2023 the ORS fined Corran Rail £2.1 million for poor information.',
  'Corran Rail Ltd was fined £400,000 by the ORS in 2022.',
  'The Office of Rail Standards took enforcement action against Corran Rail in 2021.',
];
const NEVER = [
  'Corran Rail never once faced enforcement action from the Office of Rail Standards.',
  'The ORS has never taken enforcement action against Corran Rail.',
];

describe('formal action against a body', () => {
  it('reads a fine or enforcement action as the target’s, from the issuer, whichever comes first', () => {
    expect(actions(FINED[0]!)).toEqual(['org:corran-rail org:rail-standards affirm:fine', 'org:corran-rail org:rail-standards affirm:enforcement-action']);
    expect(actions(FINED[1]!)).toEqual(['org:corran-rail org:rail-standards affirm:fine', 'org:corran-rail org:rail-standards affirm:enforcement-action']);
    expect(actions(FINED[2]!)).toEqual(['org:corran-rail org:rail-standards affirm:enforcement-action']);
    for (const text of NEVER) expect(actions(text), text).toEqual(['org:corran-rail org:rail-standards deny:enforcement-action']);
  });

  it('reads a formal notice issued, served or received, and the issuer of "since it served …" as the clause’s subject', () => {
    for (const text of [
      'Wexley Care Board issued a warning notice to Ashby Health Federation.',
      'Ashby Health Federation received a warning notice from Wexley Care Board.',
    ]) {
      expect(actions(text), text).toEqual(['org:ashby-health org:wexley-care-board affirm:warning-notice', 'org:ashby-health org:wexley-care-board affirm:enforcement-action']);
    }
    expect(actions('Wexley Care Board has watched the service since it served a contract performance notice on Ashby Health Federation in November.')).toContain(
      'org:ashby-health org:wexley-care-board affirm:contract-performance-notice',
    );
    expect(actions('Wexley Care Board has not issued a contract performance notice to AHF.')).toEqual(['org:ashby-health org:wexley-care-board deny:contract-performance-notice']);
  });

  it('reads no action in a question, a condition, a call for one, or a notice of no formal kind', () => {
    for (const text of [
      'Did the ORS fine Corran Rail?',
      'Corran Rail faces enforcement action from the ORS if punctuality does not improve.',
      'Corran Rail said the ORS should fine Ashby Health Federation.',
      'The ORS issued a notice to Pellam Council about Corran Rail.',
      'Pellam Council sent a privacy notice to Corran Rail.',
    ]) {
      expect(actions(text), text).toEqual([]);
    }
  });

  it('conflicts between an action taken and "never faced enforcement action", whichever wordings', () => {
    for (const a of FINED) for (const b of NEVER) expect(conflictsAmong(a, b).map((c) => c.kind), `${a} / ${b}`).toEqual(['negation']);
    expect(conflictsAmong('Wexley Care Board has not issued a contract performance notice to AHF.', 'Wexley Care Board served a contract performance notice on Ashby Health Federation.').map((c) => c.kind)).toEqual(['negation']);
  });

  it('does not conflict for another issuer, another target, or another kind of notice', () => {
    expect(conflictsAmong('Pellam Council fined Corran Rail £5,000.', NEVER[0]!)).toEqual([]);
    expect(conflictsAmong(FINED[0]!, 'Ashby Health Federation never once faced enforcement action from the ORS.')).toEqual([]);
    expect(conflictsAmong('Wexley Care Board has not issued a contract performance notice to AHF.', 'Wexley Care Board issued a warning notice to Ashby Health Federation.')).toEqual([]);
  });

  it('gives the same claims found by the token census or by a scan', () => {
    const { scanned, fromTokens } = claimsBothWays('The Environment Agency fined Corran Water Ltd £3 million. Corran Water Ltd never faced enforcement action from the Environment Agency.');
    expect(scanned.filter((c) => c.attribute.startsWith('action-from:')).length).toBeGreaterThan(0);
    expect(fromTokens).toEqual(scanned);
  });
});
