// A body the NHS runs ("an NHS hospice", "an NHS hospital", "run by the NHS", "part of the NHS")
// is not a charity: an independent hospice the NHS pays is one, a hospice unit of an NHS trust is
// not. The name "NHS" inside the label is part of it, not a second party. Every other name here is
// invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Larkmead Hospice': 'org:larkmead-hospice',
  'larkmead hospice': 'org:larkmead-hospice',
  Larkmead: 'org:larkmead-hospice',
  'Orrin Valley Hospital': 'org:orrin-valley-hospital',
  NHS: 'org:nhs',
  nhs: 'org:nhs',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const nhsRun = (text: string): Array<[string, string]> =>
  claimsOf(text)
    .filter((c) => c.attribute === 'category' && c.value.kind === 'category' && c.value.category === 'nhs-run')
    .map((c) => [c.subject, c.value.kind === 'category' ? c.value.polarity : '']);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('a body run by the NHS', () => {
  it('reads an NHS hospice, hospital or service, and "run by" or "part of" the NHS, in capitals or not', () => {
    for (const text of [
      'Larkmead Hospice is an NHS hospice.',
      'larkmead hospice is an nhs hospice though, so it is the nhs cutting its own beds',
      'Orrin Valley Hospital, an NHS hospital in the north of the county, will take the patients.',
      'Larkmead is a hospice run by the NHS.',
      'Larkmead Hospice is part of the NHS.',
    ]) {
      const subject = text.includes('Orrin') ? 'org:orrin-valley-hospital' : 'org:larkmead-hospice';
      expect(nhsRun(text), text).toEqual([[subject, 'affirm']]);
    }
    expect(nhsRun('Larkmead Hospice is not an NHS hospice.')).toEqual([['org:larkmead-hospice', 'deny']]);
  });

  it('conflicts with "an independent charity" and "a charity", not with a denial or with NHS money', () => {
    const nhs = 'larkmead hospice is an nhs hospice though';
    for (const charity of ['Larkmead Hospice, an independent charity which cares for 1,400 patients a year, will close eight beds.', 'Larkmead Hospice is a charity: it raises most of its income from shops.']) {
      expect(conflictsAmong(charity, nhs).map((c) => c.kind), charity).toEqual(['categorical']);
    }
    const charity = 'Larkmead Hospice is a charity.';
    expect(conflictsAmong(charity, 'Larkmead Hospice is not an NHS hospice.')).toEqual([]);
    expect(conflictsAmong(charity, 'Larkmead Hospice is funded by the NHS for a third of its beds.')).toEqual([]);
    expect(conflictsAmong(charity, 'Larkmead Hospice is an NHS foundation trust partner.')).toEqual([]);
  });
});
