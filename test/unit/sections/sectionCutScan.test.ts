import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PieceText } from '../../../server/src/engine/corpus/pieceText';
import { MAX_SECTION, MIN_SECTION, sectionStarts, type Span } from '../../../server/src/engine/sections/sectionStarts';
import { largeDocument } from './largeDocument';

// The cuts read the text where it lies (a scan by offset), no longer a copy searched with a pattern:
// they must be exactly the cuts the pattern found, on strings and on texts in pieces.

/** The cuts as round 18 made them: a blank-line pattern over the whole text, read from the start of each section. */
function patternStarts(text: string, keepTogether: readonly Span[] = []): number[] {
  const blankLine = /\n[ \t\u00a0\r]*\n/g;
  const splits = (offset: number) => keepTogether.some((span) => span.start < offset && offset < span.end);
  const hash = (at: number) => {
    let h = 0x811c9dc5;
    for (let i = at; i < Math.min(text.length, at + 32); i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h;
  };
  const starts = [0];
  for (let from = 0; text.length - from > MAX_SECTION; ) {
    const limit = from + MAX_SECTION;
    let cut = -1;
    let fallback = -1;
    blankLine.lastIndex = Math.max(from, from + MIN_SECTION - 1);
    for (let match = blankLine.exec(text); match !== null; match = blankLine.exec(text)) {
      const paragraph = match.index + match[0].length;
      if (paragraph > limit) break;
      blankLine.lastIndex = paragraph - 1;
      if (paragraph <= from + MIN_SECTION || paragraph >= text.length || splits(paragraph)) continue;
      if (hash(paragraph) % 8 === 0) {
        cut = paragraph;
        break;
      }
      fallback = paragraph;
    }
    if (cut === -1) cut = fallback > 0 ? fallback : forced(text, from, limit, splits);
    starts.push(cut);
    from = cut;
  }
  return starts;
}

function forced(text: string, from: number, limit: number, splits: (offset: number) => boolean): number {
  for (const separator of ['\n', ' ']) {
    for (let at = text.lastIndexOf(separator, limit - 1); at > from; at = text.lastIndexOf(separator, at - 1)) if (!splits(at + 1)) return at + 1;
  }
  const before = text.charCodeAt(limit - 1);
  return before >= 0xd800 && before <= 0xdbff ? limit - 1 : limit;
}

/** A text of paragraphs and lines with the blank lines' every form: spaces, tabs, no-break spaces, CR, runs of them. */
const texts = fc
  .array(
    fc.record({
      words: fc.integer({ min: 0, max: 3000 }),
      gap: fc.constantFrom('\n\n', '\n', ' ', '\n \n', '\n\t\u00a0\n', '\r\n\r\n', '\n\r\n', '\n\n\n\n', '\n \u00a0x\n', '\n  ', '\u{1F600}'),
      letter: fc.constantFrom('a', 'Policy ', 'Z', '\u00e9', 'trust said '),
    }),
    { minLength: 20, maxLength: 120 },
  )
  .map((parts) => parts.map(({ words, gap, letter }) => letter.repeat(Math.ceil(words / letter.length)) + gap).join(''));

/** The same text in pieces as typing leaves it: edited once, so it is no longer one string underneath. */
function inPieces(text: string): PieceText {
  return PieceText.of(`x${text}`).edit(0, 1, '');
}

describe('section cuts found by reading the text where it lies', () => {
  it('are the cuts the blank-line pattern finds, for strings and for pieces, with and without spans kept together', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.integer({ min: 0, max: 400_000 }), { maxLength: 6 }), (text, centres) => {
        const spans = centres.map((centre) => ({ start: centre - 40, end: centre + 40 }));
        const expected = patternStarts(text, spans);
        expect(sectionStarts(text, spans)).toEqual(expected);
        expect(sectionStarts(inPieces(text), spans)).toEqual(expected);
      }),
      { numRuns: 150, seed: 19 },
    );
  });

  it('are the pattern\u2019s cuts in a large document of the seeds\u2019 paragraphs, and after random edits typed into its pieces', () => {
    let text = largeDocument(19, 700_000);
    let pieces = inPieces(text);
    expect(sectionStarts(pieces)).toEqual(patternStarts(text));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 690_000 }), fc.constantFrom('', ' policy', '\n\n', '\n \n', '\r\n'), fc.integer({ min: 0, max: 5 }), (at, insert, removed) => {
        text = text.slice(0, at) + insert + text.slice(at + removed);
        pieces = pieces.edit(at, at + removed, insert);
        expect(sectionStarts(pieces)).toEqual(patternStarts(text));
      }),
      { numRuns: 60, seed: 23 },
    );
  });
});
