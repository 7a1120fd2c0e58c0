// The day a purchase completed, told with its day or counted from another day the same text
// gives ("a fortnight later", "five weeks later" than "the day the offer closed"), keyed by the
// buyer so that every wording of one completion meets. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { claimSentence } from '../../../server/src/lsp/claimSentences';
import { attributeLabel } from '../../../server/src/lsp/labels';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Harrowby Community Land Trust': 'org:harrowby-clt',
  'Harrowby Trust': 'org:harrowby-clt',
  'Kelder Rail Holdings': 'org:kelder-rail',
  'Pennick Borough Council': 'org:pennick-council',
  'Stowe County Council': 'org:stowe-council',
  'Arden Estates': 'org:arden-estates',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES), '2025-06-01');
const completions = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'date:purchase-completed' && c.value.kind === 'date')
    .map((c) => `${c.subject} ${c.value.kind === 'date' ? c.value.iso : ''}`);
const dateConflicts = (...texts: string[]): Conflict[] =>
  conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) }))).filter((c) => c.claims.some((s) => s.claim.attribute === 'date:purchase-completed'));

describe('the day a purchase completed', () => {
  it('reads the buyer that completed the purchase, a pair of buyers too, and the day', () => {
    expect(completions('Pennick Borough Council and Stowe County Council completed the purchase of the depot from Arden Estates on Friday 14 March 2025.')).toEqual([
      'org:pennick-council 2025-03-14',
      'org:stowe-council 2025-03-14',
    ]);
    expect(completions('Kelder Rail Holdings has completed its acquisition of the branch line on 2 May 2025.')).toEqual(['org:kelder-rail 2025-05-02']);
  });

  it('reads a purchase named by a noun as the buyer’s: the clause’s subject, else the body the page names most', () => {
    expect(completions('Harrowby Community Land Trust bought the old school from Arden Estates. The purchase completed on 30 April 2025. Harrowby Trust now has 40 homes planned.')).toEqual([
      'org:harrowby-clt 2025-04-30',
    ]);
    expect(completions('Harrowby Community Land Trust exchanged contracts with Arden Estates on 2 April 2025, and completion followed three weeks later.')).toEqual(['org:harrowby-clt 2025-04-23']);
  });

  it('counts a day on from the day the sentence gives, or from the day of the event it names', () => {
    const faq =
      'Harrowby Community Land Trust\nOur share offer opened on Monday 3 February 2025 and closed on Friday 28 March 2025.\n' +
      'We exchanged contracts with Arden Estates on the day the offer closed, and completion followed five weeks later.';
    expect(completions(faq)).toEqual(['org:harrowby-clt 2025-05-02']);
    expect(completions('Harrowby Community Land Trust said contracts were exchanged on 2 April 2025 and the deal completed a fortnight later.')).toEqual(['org:harrowby-clt 2025-04-16']);
  });

  it('dates nothing when the day counted from is not in the text, or is not the completion', () => {
    for (const text of [
      'Harrowby Community Land Trust said the deal completed a fortnight later.',
      'Harrowby Community Land Trust exchanged contracts with Arden Estates on 2 April 2025.',
      'Harrowby Community Land Trust announced the purchase on 2 April 2025.',
    ]) {
      expect(completions(text), text).toEqual([]);
    }
  });

  it('flags two different days for one completion, however each is worded', () => {
    expect(
      dateConflicts(
        'Harrowby Community Land Trust bought the old school from Arden Estates. The purchase completed on 30 April 2025. Harrowby Trust has 40 homes planned.',
        'Harrowby Community Land Trust exchanged contracts with Arden Estates on 2 April 2025, and completion followed five weeks later.',
      ).length,
    ).toBe(1);
  });

  it('does not flag the exchange of contracts against the completion', () => {
    expect(
      dateConflicts(
        'Harrowby Community Land Trust exchanged contracts with Arden Estates on 2 April 2025.',
        'Harrowby Community Land Trust completed the purchase of the old school on 30 April 2025.',
      ),
    ).toEqual([]);
  });

  it('says the completion in words', () => {
    expect(claimSentence('Harrowby Community Land Trust', 'date:purchase-completed', { kind: 'date', iso: '2025-04-30', precision: 'day' })).toBe(
      'Harrowby Community Land Trust’s purchase completed on 30 April 2025'.replace('’', "'"),
    );
    expect(attributeLabel('date:purchase-completed')).toBe('completion date of its purchase');
  });
});
