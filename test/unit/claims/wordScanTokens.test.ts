import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWords, findWordsInTokens, tokensFindWordsReads as lookedAt } from '../../../server/src/engine/claims/wordScan';
import { tokenize } from '../../../server/src/engine/text/tokens';

// Reading the listed words off the tokens must give exactly what reading every character gives,
// where the two notions of a word part: apostrophes, digits and joining hyphens inside a token,
// letters beyond ASCII (some of them punctuation to the tokenizer), hyphens at a word's edge.

const WORDS = ['it', 'its', 'we', 'a', 'trust', 'the fund', 'social enterprise', 'co-operative', 'fund', 'i'];

/** Pieces that meet each other in every awkward way: listed words in any case, and edge characters. */
const PIECES = [
  ...WORDS,
  ...WORDS.map((w) => w.toUpperCase()),
  'Trust', 'x', 'S', '1', '-', '--', '\u2010', '\u2011', '’', "'", '’s', '&', ' ', ' ', '\u00a0', '\n', '.', ',',
  'é', 'É', '\u0301', '\u0660', '\u02c2', '\u037e', '\u1fff', '\u2000', '×', '\ud83d\ude00',
];

const hits = (text: string, words: readonly string[]) => findWords(text, words);
const viaTokens = (text: string, words: readonly string[]) => findWordsInTokens(text, tokenize(text), words);

describe('listed words read off the tokens', () => {
  it('are the words a character scan finds, on text built from awkward pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(viaTokens(text, WORDS)).toEqual(hits(text, WORDS));
      }),
      { numRuns: 5000 },
    );
  });

  it('are the words a character scan finds in the seed texts', () => {
    const seeds = join(__dirname, '../../../seeds');
    for (const file of readdirSync(seeds)) {
      const text = readFileSync(join(seeds, file), 'utf8');
      expect(viaTokens(text, WORDS)).toEqual(hits(text, WORDS));
    }
  });

  it('include a word after a hyphen that joins it to a token for the tokenizer only', () => {
    // U+2010 joins "body‐Trust" into one token; to findWords it ends "body" and starts "Trust".
    const text = 'A body\u2010Trust and co-operative';
    expect(viaTokens(text, WORDS).map((h) => h.word)).toEqual(['a', 'trust', 'co-operative']);
    expect(viaTokens(text, WORDS)).toEqual(hits(text, WORDS));
  });

  it('include a hyphenated listed word the tokenizer splits at its last hyphen', () => {
    // "Trust-led" becomes "Trust", "-", "led" to the tokenizer (a name and its modifier); to findWords it is one word.
    // Neither part is listed on its own, so only the parts' tokens lead to the word.
    const words = ['trust-led', 'fund'];
    const text = 'A Trust-led fund, a trust-led one, led by the Trust.';
    expect(viaTokens(text, words).map((h) => h.word)).toEqual(['trust-led', 'fund', 'trust-led']);
    expect(viaTokens(text, words)).toEqual(hits(text, words));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Trust', 'trust', 'TRUST', 'led', 'Led', 'fund', '-', ' ', 'x', '’s', '1', 'é'), { maxLength: 12 }), (pieces) => {
        const piecesText = pieces.join('');
        expect(viaTokens(piecesText, words)).toEqual(hits(piecesText, words));
      }),
      { numRuns: 3000 },
    );
  });

  it('look at only the tokens that may hold a listed word: plain unlisted words are passed over', () => {
    // Counted by the census of the word list: the tokens read are the listed words and the
    // words with a digit or an apostrophe, not "the", "report", "says" or the punctuation.
    const text = 'The report says the fund grew; its 2nd trust’s plan.';
    const tokens = tokenize(text);
    expect(viaTokens(text, WORDS)).toEqual(hits(text, WORDS));
    const looked = lookedAt(tokens, WORDS).map((i) => tokens[i]!.form.text);
    expect(looked).toEqual(['fund', 'its', '2nd', 'trust’s']);
  });
});
