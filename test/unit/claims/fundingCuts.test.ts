// Whether a funder has cut its money for a named recipient, however the cut and the money are
// worded: "has not reduced its funding for Y" against "cut Y's grant by £640,000", "slashed the
// theatre's funding", "has never cut its funding to Y". One key (funder, recipient) with polarity,
// so the wordings meet; a cut for another recipient, a cut only planned or threatened, a question
// and another's claim do not. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { claimSentence } from '../../../server/src/lsp/claimSentences';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Pellam County Council': 'org:pellam-county-council',
  'Larkmead Theatre': 'org:larkmead-theatre',
  'Ashdown Library Trust': 'org:ashdown-library-trust',
  'North Vale Integrated Care Board': 'org:north-vale-icb',
  ICB: 'org:north-vale-icb',
  'Larkmead Hospice': 'org:larkmead-hospice',
  'Department for Transport': 'org:department-for-transport',
  'Brookhay Buses': 'org:brookhay-buses',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const cuts = (text: string): Array<[string, string, string]> =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('funding-cut-to:') && c.value.kind === 'category')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'category' ? c.value.polarity : '']);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('a cut to a recipient’s funding', () => {
  it('reads a cut, whatever the verb and the noun, as the funder’s cut to the recipient', () => {
    for (const [text, funder, recipient] of [
      ['Pellam County Council cut Larkmead Theatre’s grant by £40,000 for 2025/26.', 'org:pellam-county-council', 'org:larkmead-theatre'],
      ['In the budget Pellam County Council has slashed funding for Larkmead Theatre.', 'org:pellam-county-council', 'org:larkmead-theatre'],
      ['Larkmead Hospice will close eight beds. In December the North Vale Integrated Care Board cut the hospice’s grant by £640,000.', 'org:north-vale-icb', 'org:larkmead-hospice'],
      ['The Department for Transport withdrew its subsidy for Brookhay Buses last spring.', 'org:department-for-transport', 'org:brookhay-buses'],
      ['Pellam County Council reduced its annual grant to Ashdown Library Trust.', 'org:pellam-county-council', 'org:ashdown-library-trust'],
    ]) {
      expect(cuts(text!), text).toEqual([[funder, `funding-cut-to:${recipient}`, 'affirm']]);
    }
  });

  it('reads a denial of a cut as the same key, denied', () => {
    for (const text of [
      'The ICB has not reduced its funding for Larkmead Hospice.',
      'North Vale Integrated Care Board did not cut Larkmead Hospice’s grant.',
      'North Vale Integrated Care Board has never cut its funding to Larkmead Hospice.',
      'The ICB hasn’t reduced its contract value for Larkmead Hospice.',
    ]) {
      expect(cuts(text), text).toEqual([['org:north-vale-icb', 'funding-cut-to:org:larkmead-hospice', 'deny']]);
    }
  });

  it('does not read a cut only planned, threatened or asked about, another’s claim of one, or one with no recipient', () => {
    for (const text of [
      'Pellam County Council threatened to cut Larkmead Theatre’s grant.',
      'Pellam County Council plans to reduce its funding for Larkmead Theatre.',
      'Pellam County Council will cut its grant to Larkmead Theatre next year.',
      'Did Pellam County Council cut funding for Larkmead Theatre?',
      'Campaigners claim Pellam County Council cut its grant to Larkmead Theatre.',
      'If Pellam County Council cut its funding for Larkmead Theatre, the theatre would close.',
      'Pellam County Council has cut its funding.',
    ]) {
      expect(cuts(text), text).toEqual([]);
    }
  });

  it('conflicts between a denial and a cut to the same recipient, not to another', () => {
    const denial = 'An ICB spokesperson said: “The ICB has not reduced its funding for Larkmead Hospice.”';
    expect(conflictsAmong(denial, 'In December the North Vale Integrated Care Board cut Larkmead Hospice’s grant by £640,000.').map((c) => c.kind)).toEqual(['negation']);
    expect(conflictsAmong('Pellam County Council has not reduced its funding for Larkmead Theatre.', 'Pellam County Council cut its funding for Ashdown Library Trust.')).toEqual([]);
  });

  it('says the cut in words', () => {
    const nameOf = (id: string): string | undefined => ({ 'org:larkmead-hospice': 'Larkmead Hospice' })[id];
    const value = { kind: 'category', category: 'funding-cut', polarity: 'deny' } as const;
    expect(claimSentence('North Vale ICB', 'funding-cut-to:org:larkmead-hospice', value, nameOf)).toBe('North Vale ICB has NOT cut its funding for Larkmead Hospice');
  });
});
