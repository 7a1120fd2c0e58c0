// Whether a body has paid the compensation it owes, however it is said: a verb ("has been
// compensated"), a noun ("no compensation has been paid"), a complaint ("still waiting for the £50
// that X promised"). A statement that names no payer is about the body the passage is about, not
// the writer and not a body that only reports it. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { claimSentence } from '../../../server/src/lsp/claimSentences';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Kestrel Water Ltd': 'org:kestrel-water',
  'Kestrel Water': 'org:kestrel-water',
  Ofwat: 'org:ofwat',
  'Fenmoor Rail': 'org:fenmoor-rail',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const paid = (text: string): Array<[string, string]> =>
  claimsOf(text)
    .filter((c) => c.attribute === 'compensation' && c.value.kind === 'category')
    .map((c) => [c.subject, c.value.kind === 'category' ? c.value.polarity : '']);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('compensation paid, or not', () => {
  it('reads compensation paid, with the payer named or the body the passage is about', () => {
    for (const [text, payer] of [
      ['Kestrel Water’s managing director, Jo Bell, said: “The burst was caused by a failed main. Every household that lost water has been compensated automatically.”', 'org:kestrel-water'],
      ['Fenmoor Rail has compensated every passenger on the cancelled trains.', 'org:fenmoor-rail'],
      ['Kestrel Water has paid compensation to all 1,400 customers.', 'org:kestrel-water'],
      ['Fenmoor Rail cancelled 40 trains in May. Compensation has been paid to season ticket holders.', 'org:fenmoor-rail'],
    ]) {
      expect(paid(text!), text).toEqual([[payer, 'affirm']]);
    }
  });

  it('reads "no compensation has been paid", "has not paid", "have not been compensated" and "still waiting" as not paid', () => {
    for (const text of [
      'Kestrel Water reported six bursts in 2024. As at the date of this letter, no compensation has been paid to any customer affected by the February outage.',
      'Kestrel Water has not paid any compensation to the households affected.',
      'Customers of Kestrel Water have not been compensated.',
      'We are still waiting for the £50 each that Kestrel Water promised households who lost water.',
      'Residents are still waiting for compensation from Kestrel Water.',
      'Kestrel Water had a burst main in March. Ofwat said no compensation has been paid to customers.',
    ]) {
      expect(paid(text), text).toEqual([['org:kestrel-water', 'deny']]);
    }
  });

  it('does not read compensation only promised or supposed, a question, or money awaited from no named body', () => {
    for (const text of [
      'Kestrel Water will pay compensation to every household.',
      'If Kestrel Water had paid compensation, residents would be satisfied.',
      'Has Kestrel Water paid compensation to anyone?',
      'We are still waiting for the bus.',
    ]) {
      expect(paid(text), text).toEqual([]);
    }
  });

  it('conflicts between paid and not paid by one body, not by another', () => {
    const done = 'Kestrel Water’s managing director, Jo Bell, said: “Every household that lost water has been compensated automatically.”';
    expect(conflictsAmong(done, 'We are still waiting for the £50 each that Kestrel Water promised.').map((c) => c.kind)).toEqual(['negation']);
    expect(conflictsAmong(done, 'Fenmoor Rail has not paid any compensation to passengers.')).toEqual([]);
  });

  it('says the payment in words', () => {
    const value = { kind: 'category', category: 'compensation-paid', polarity: 'deny' } as const;
    expect(claimSentence('Kestrel Water', 'compensation', value)).toBe('Kestrel Water has NOT paid the compensation it owes');
  });
});
