import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsBothWays } from './claimsBothWays';

// analyse hands its tokens to the claims, which then read some words off the word forms instead of
// scanning the text again. Given the tokens or not, the claims must be the same.

/** Sentence pieces with ownership and classification cues (appositions among them), names, figures, and characters where words part. */
const PIECES = [
  'Acme Holdings Ltd', 'Brightwater Trust', 'the company', 'It', 'it', 'its', 'We', 'our', ' is ', ' was ',
  'owned', 'OWNS', 'held', 'co-owned', 'owned’s', 'stake', 'stakes', 'shareholding', 'controls', 'belongs to',
  ' 49.9% ', ' 51% of ', 'a majority', ' by ', ' employees', ' a social enterprise', ' a charity', ', which is ',
  ', itself ', ' – itself', 'ITSELF', 'Which', ' was ', 'which describes itself as', 'that calls', ' itself', 'an ', 'the ',
  ' a ', ' – ', '(', '_that', 'so-called', 'So called', '_so called', 'also called', ' is not ',
  '. ', '\n\n', ' ', '_', '-', '’', '2', 'é', '\u0660', '\u2010', '(', ')', ',',
];

describe('claims given the tokens', () => {
  it('are the claims made without them, on text built from ownership and classification pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const { scanned, fromTokens } = claimsBothWays(pieces.join(''));
        expect(fromTokens).toEqual(scanned);
      }),
      { numRuns: 3000 },
    );
  });

  it('are the claims made without them on the seed texts', () => {
    const seeds = join(__dirname, '../../../seeds');
    for (const file of readdirSync(seeds)) {
      const { scanned, fromTokens } = claimsBothWays(readFileSync(join(seeds, file), 'utf8'));
      expect(fromTokens.length).toBeGreaterThan(0);
      expect(fromTokens).toEqual(scanned);
    }
  });

  it('find an ownership share through the words read off the tokens', () => {
    const { fromTokens } = claimsBothWays('51% of Acme Holdings Ltd is owned by the council.');
    expect(fromTokens.map((c) => c.attribute)).toContain('owned-share:public');
  });

  it('find detached appositions through the anchors read off the tokens', () => {
    const text =
      'Jo Bell, Managing Director at Acme Holdings Ltd – itself a social enterprise, said so. ' +
      'Brightwater Trust, which describes itself as a charity, is here.';
    const { scanned, fromTokens } = claimsBothWays(text);
    expect(fromTokens).toEqual(scanned);
    const categories = fromTokens.filter((c) => c.attribute === 'category').map((c) => (c.value.kind === 'category' ? c.value.category : ''));
    expect(categories).toEqual(['social-enterprise', 'charity']);
  });
});
