// Notices of redundancy served on staff are redundancies made: "38 lecturers received compulsory
// redundancy notices", "staff were issued with redundancy notices" affirm the thing for the body the
// staff work at ("at X"), so they meet "there will be no compulsory redundancies" as a negation.
// Offers and letters about something else are not notices of it. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = { 'Harnley College': 'org:harnley-college', 'Tolbury Hospital': 'org:tolbury-hospital' };

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const facts = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('exists:') && c.value.kind === 'category')
    .map((c) => `${c.subject} ${c.attribute} ${c.value.kind === 'category' ? c.value.polarity : ''}`);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('redundancy notices served', () => {
  it('affirm the redundancies, with their modifier, for the body the staff work at', () => {
    for (const text of [
      'At Harnley College, 38 lecturers received compulsory redundancy notices last week.',
      'Staff at Harnley College were issued with compulsory redundancy notices on Friday.',
      'Harnley College has issued 12 compulsory redundancy notices.',
    ]) {
      expect(facts(text), text).toContain('org:harnley-college exists:compulsory-redundancy affirm');
    }
  });

  it('meet a denial of compulsory redundancies from another source', () => {
    const found = conflictsAmong('Harnley College said there will be no compulsory redundancies.', 'At Harnley College, 38 lecturers received compulsory redundancy notices last week.');
    expect(found.some((c) => c.kind === 'negation' && c.attribute === 'exists:compulsory-redundancy')).toBe(true);
  });

  it('leave offers, letters about something else and notices denied alone', () => {
    expect(facts('At Tolbury Hospital, 38 porters received voluntary redundancy offers.')).toEqual([]);
    expect(facts('Tolbury Hospital staff received letters about the merger.')).toEqual([]);
    expect(facts('Tolbury Hospital has received no redundancy notices, a spokesman said.')).not.toContain('org:tolbury-hospital exists:redundancy affirm');
  });
});
