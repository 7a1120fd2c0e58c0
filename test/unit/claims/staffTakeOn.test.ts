// Whether one body takes on another's staff, stated or denied, whichever body the sentence starts
// with: "Y will take on all 180 of X's staff", "X's staff will transfer to Y" against "Y will not
// be taking on X's staff", "none of X's staff will transfer to Y". Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Corran Energy Ltd': 'org:corran-energy',
  'Corran Energy': 'org:corran-energy',
  'Brightline Power': 'org:brightline',
  Brightline: 'org:brightline',
  'Pellam Council': 'org:pellam-council',
  Ofgas: 'org:ofgas',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const takenOn = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('staff-from:') && c.value.kind === 'category')
    .map((c) => `${c.subject} ${c.attribute.slice('staff-from:'.length)} ${c.value.kind === 'category' ? c.value.polarity : ''}`);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

const TAKEN = [
  'Brightline will take on all 180 of Corran Energy’s staff.',
  'Corran Energy’s 180 staff will transfer to Brightline.',
  'All of Corran Energy’s employees moved across to Brightline on their existing terms.',
  'Brightline has kept on Corran Energy’s staff.',
];
const NOT_TAKEN = [
  'Brightline has confirmed that it will not be taking on Corran Energy’s staff.',
  'Brightline Power refused to take on Corran Energy’s workers.',
  'None of Corran Energy’s staff will transfer to Brightline Power.',
];

describe('one body taking on another’s staff', () => {
  it('reads the taker, the body whose staff they are, and whether it takes them on', () => {
    for (const text of TAKEN) expect(takenOn(text), text).toEqual(['org:brightline org:corran-energy affirm']);
    for (const text of NOT_TAKEN) expect(takenOn(text), text).toEqual(['org:brightline org:corran-energy deny']);
  });

  it('reads nothing for customers or debts, for a request, or for staff of no named body', () => {
    for (const text of [
      'Brightline will take on Corran Energy’s customers.',
      'Pellam Council asked Brightline to take on Corran Energy’s staff.',
      'Brightline will take on staff if Ofgas agrees.',
    ]) {
      expect(takenOn(text), text).toEqual([]);
    }
  });

  it('conflicts between taking the staff on and not, whichever wordings', () => {
    for (const a of TAKEN) for (const b of NOT_TAKEN) expect(conflictsAmong(a, b).map((c) => c.kind), `${a} / ${b}`).toEqual(['negation']);
  });

  it('does not conflict when the staff go to another body', () => {
    expect(conflictsAmong(NOT_TAKEN[0]!, 'Brightline Power will not take on Corran Energy’s debts, and Corran Energy’s staff will transfer to Pellam Council.')).toEqual([]);
  });
});
