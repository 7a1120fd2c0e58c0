import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsBefore } from '../../../server/src/engine/claims/extractors/wordsBefore';

/** The pattern the backward reading replaces, run on the window as a slice. */
const WORDS_BEFORE = /(?:^|[^\p{L}’'-])((?:[\p{L}’'-]+[\s\u00a0]+){0,3}[\p{L}’'-]+),?[\s\u00a0]*$/u;

function byPattern(text: string, from: number, to: number): { start: number; end: number; lastWord: string } | null {
  const window = text.slice(from, to);
  const m = WORDS_BEFORE.exec(window);
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, lastWord: /[\p{L}’'-]+$/u.exec(m[1]!)?.[0] ?? '' };
}

// Letters (one a surrogate pair), the word joiners, white space, punctuation, digits, an emoji and lone surrogates.
const UNITS = ['a', 'b', 'É', 'ß', '𝐀', '’', "'", '-', ' ', '  ', '\u00a0', '\n', ',', '.', '(', '1', '😀', '\ud835', '\udc00', 'the ', 'housing ', 'associations'];
const texts = fc.array(fc.constantFrom(...UNITS), { maxLength: 24 }).map((units) => units.join(''));

describe('the words before an example cue', () => {
  it('are what the pattern finds in the window, wherever the window starts and ends', () => {
    fc.assert(
      fc.property(texts, fc.nat(30), fc.nat(30), (text, a, b) => {
        const from = Math.min(a, text.length);
        const to = Math.max(from, text.length - b);
        const found = wordsBefore(text, from, to);
        const expected = byPattern(text, from, to);
        expect(found && { start: found.start, end: found.end, lastWord: text.slice(found.lastWordStart, found.end) }).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('take at most four words, joined by white space only', () => {
    const text = 'Of these, many large housing associations, such as';
    const cue = text.indexOf('such');
    const found = wordsBefore(text, 0, cue)!;
    expect(text.slice(found.start, found.end)).toBe('many large housing associations');
    expect(text.slice(found.lastWordStart, found.end)).toBe('associations');
    expect(wordsBefore('bodies (CSS) like', 0, 'bodies (CSS) '.length)).toBeNull();
  });
});
