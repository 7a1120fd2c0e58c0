import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../../server/src/engine/claims/index';
import { FIGURE } from '../../../server/src/engine/claims/figures/thingCounts';
import { figuresIn } from '../../../server/src/engine/claims/figures/figureScan';
import { SMALL_NUMBER_WORD_LIST, SMALL_NUMBER_WORDS } from '../../../server/src/engine/claims/figures/numberWords';
import { tokenize } from '../../../server/src/engine/text/tokens';

// The generic count reading reads its number words off the tokens (figures/figureScan.ts): only
// the tokens the census finds holding a number word are searched. It must find exactly what
// FIGURE, the pattern with its look-behind, finds over the whole text, wherever the tokenizer cuts:
// at hyphens (joining, trailing, before a name's modifier: "Forty-style"), apostrophes and
// ampersands, beside letters and marks beyond ASCII, astral letters and emoji, digits glued on,
// no-break spaces, CRLF and other line breaks.

const WORDS = ['two', 'ten', 'one', 'seven', 'seventeen', 'twenty', 'twenty-two', 'ninety-nine', 'eleven', 'forty-one', 'sixty', 'Two', 'TEN', 'often', 'tent', 'sevens', 'someone', 'written', 'homes', 'a', 'x', 'n', 'run'];
const JOINS = ['-', '‐', '‑', '–', '’', "'", '&', '-style', '-led', '-run', '’s', "'s", 'é', 'É', '\u0301', 'ſ', '𝐀', '\ud835', '\udc00', '🏛️', '\ufe0f'];
const GAPS = [' ', '  ', '\u00a0', '\r\n', '\n', '\r', '\t', '\u2028', '.', ',', ';', '(', ')', '"', '“'];
const DIGITS = ['12', '1,200', '3,45', '2024', '0', '5', '1,234,5678', '.5', '%'];
const PIECES = [...WORDS, ...JOINS, ...GAPS, ...DIGITS];

const pattern = (text: string): Array<[number, string]> => {
  const found: Array<[number, string]> = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) found.push([m.index, m[0]]);
  return found;
};
const scanned = (text: string, withTokens: boolean): Array<[number, string]> =>
  figuresIn(withTokens ? { text, tokens: tokenize(text) } : { text }).map((f): [number, string] => [f.start, f.text]);

describe('figures read off the tokens', () => {
  it('are the figures FIGURE finds over the whole text, with the tokens or without them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const expected = pattern(text);
        expect(scanned(text, true)).toEqual(expected);
        expect(scanned(text, false)).toEqual(expected);
      }),
      { numRuns: 4000 },
    );
  });

  it('are the figures FIGURE finds in texts of any characters around number words', () => {
    const anyPiece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 2 }));
    fc.assert(
      fc.property(fc.array(anyPiece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(scanned(text, true)).toEqual(pattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('know every number word FIGURE matches: the written-out list is the words pattern’s strings', () => {
    const pattern = new RegExp(`^(?:${SMALL_NUMBER_WORDS})$`);
    const letters = fc.array(fc.constantFrom(...'twenyhirfoundvslxg-'), { maxLength: 12 }).map((cs) => cs.join(''));
    const nearWords = fc.tuple(fc.constantFrom(...SMALL_NUMBER_WORD_LIST), fc.constantFrom('', 'e', 's', '-', 'teen', '-one')).map(([w, s]) => w + s);
    fc.assert(
      fc.property(fc.oneof(letters, nearWords), (word) => {
        expect(SMALL_NUMBER_WORD_LIST.includes(word)).toBe(pattern.test(word));
        expect(scanned(` ${word} `, true)).toEqual(pattern.test(word) ? [[1, word]] : []);
      }),
      { numRuns: 3000 },
    );
    for (const word of SMALL_NUMBER_WORD_LIST) expect(scanned(`${word}.`, true), word).toEqual([[0, word]]);
  });

  it('take a number word standing alone and refuse one inside a word, after a hyphen or before a letter', () => {
    const text = 'Often two, Forty-style twenty-two\u00a0depots\r\nx-ten seven\u0301 nine𝐀 𝐀six 5eight 1,200.';
    expect(scanned(text, true).map(([, figure]) => figure)).toEqual(['two', 'twenty-two', 'seven', '5', 'eight', '1,200']);
  });
});
