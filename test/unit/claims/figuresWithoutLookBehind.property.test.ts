import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE } from '../../../server/src/engine/claims/figures/thingCounts';
import { figuresIn } from '../../../server/src/engine/claims/figures/figureScan';
import { FROM_TO, fromToSpans } from '../../../server/src/engine/claims/figures/changeResults';
import { codePointBefore } from '../../../server/src/engine/claims/notAfter';
import { tokenize } from '../../../server/src/engine/text/tokens';

// The generic count reading finds its figures without the look-behind, refusing a number word
// after a letter or a hyphen itself (figures/figureScan.ts; its tokens' spec is
// figuresFromTokens.property.test.ts). Read from the text alone, it finds what the pattern with
// the look-behind finds, wherever a number word stands: after a letter, a hyphen, a digit, a
// letter beyond ASCII or one written as a surrogate pair, or at the text's start.

const PIECES = [
  'two', 'ten', 'seven', 'seventeen', 'twenty', 'twenty-two', 'ninety-nine', 'eleven', 'one', 'Two', 'often', 'tent', 'sevens',
  '12', '1,200', '3,45', '2024', '0', ',', '-', ' ', '\u00a0', 'x', 'é', '𝐀', '\ud835', '\udc00', '5', '.', '’', 'homes', 'a', 'Seven', 'abc12', 'eighteen', 'fx', 'n',
];

const allMatches = (pattern: RegExp, text: string): Array<[number, string]> => {
  const found: Array<[number, string]> = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push([m.index, m[0]]);
  return found;
};
const spans = (matches: Iterable<RegExpExecArray>): Array<[number, string]> => [...matches].map((m): [number, string] => [m.index, m[0]]);

const CHANGE_PIECES = ['from', 'by', 'xfrom', 'éby', '𝐀from', 'to', ' ', '\u00a0', '20', '12', 'twenty', 'eight', 'beds', 'staff', '-', ',', '%', '.5', 'cut ', 'From', 'nearby', '\ud835', '\r\n', '’'];

describe('figures found without a look-behind', () => {
  it('are the figures the pattern with the look-behind finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }), (pieces) => {
        const text = pieces.join('');
        expect(figuresIn({ text }).map((f): [number, string] => [f.start, f.text])).toEqual(allMatches(FIGURE, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuse a number word after a letter or a hyphen, and take one after a digit or at the start', () => {
    expect(figuresIn({ text: 'often seventeen x-two 5two two' }).map((f) => f.text)).toEqual(['seventeen', '5', 'two', 'two']);
  });
});

describe('changes "from A to B" found without a look-behind', () => {
  it('are the spans the pattern with the look-behind finds, read off the tokens or the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHANGE_PIECES), { maxLength: 25 }), (pieces) => {
        const text = pieces.join('');
        const expected = allMatches(FROM_TO, text);
        expect(spans(fromToSpans({ text }))).toEqual(expected);
        expect(spans(fromToSpans({ text, tokens: tokenize(text) }))).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuse "from" or "by" inside a word, and take them after a space or at the start', () => {
    expect(spans(fromToSpans({ text: 'xfrom 20 to 12, cut from 20 to 12' }))).toEqual([[20, 'from 20 to 12']]);
    expect(spans(fromToSpans({ text: 'by 8 beds to 12' }))).toEqual([[0, 'by 8 beds to 12']]);
  });
});

describe('the code point before an offset', () => {
  it('reads a surrogate pair whole, a lone surrogate as it is, and nothing before the start', () => {
    expect(codePointBefore('a𝐀b', 3)).toBe(0x1d400);
    expect(codePointBefore('a\udc00b', 2)).toBe(0xdc00);
    expect(codePointBefore('ab', 0)).toBe(-1);
    expect(codePointBefore('ab', 1)).toBe(0x61);
  });
});
