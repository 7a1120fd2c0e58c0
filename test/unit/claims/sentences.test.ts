import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences, type SentenceSpan } from '../../../server/src/engine/claims/sentences';

// splitSentences walks the text's code units. It must split exactly where a plain reading of its
// rules splits: at line breaks, and at . ! ? followed by white space (closing quotes, brackets and
// a footnote mark staying with the sentence) unless the full stop closes a known abbreviation.

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'no', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'cf', 'approx', 'fig', 'vol', 'rev', 'hon', 'gov', 'dept', 'p', 'pp', 'a.m', 'p.m']);

/** The rules read plainly: a regular-expression search for each boundary character, the end of each sentence trimmed. */
function plainSplit(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const blank = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r' || ch === '\n';
  const push = (from: number, to: number) => {
    while (from < to && blank(text[from])) from++;
    while (to > from && blank(text[to - 1])) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  const wordBefore = (end: number) => {
    const word = /[A-Za-z.]{1,8}$/.exec(text.slice(Math.max(0, end - 8), end))?.[0] ?? '';
    return word.length > 6 ? '' : word.toLowerCase();
  };
  let start = 0;
  const boundary = /[.!?\n]/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0] === '\n') {
      push(start, m.index);
      start = m.index + 1;
      continue;
    }
    const rest = /^["'”’)\]»]*(?:\[\d{1,4}\])?/.exec(text.slice(m.index + 1))![0];
    const j = m.index + 1 + rest.length;
    if (j < text.length && !blank(text[j])) continue;
    if (m[0] === '.' && ABBREVIATIONS.has(wordBefore(m.index))) continue;
    push(start, j);
    start = j;
    boundary.lastIndex = j;
  }
  push(start, text.length);
  return spans;
}

const PIECES = ['The fund', ' grew', '.', '!', '?', '.”', '’', ')', ']', '[49]', '[12345]', '[x]', ' ', '\u00a0', '\t', '\n', '\r\n', 'Mr', 'e.g', 'i.e', 'Ltd', 'No', 'approx', 'elephant', 'Dr.', '2.5', 'é', 'x'];

describe('sentence boundaries', () => {
  it('are where a plain reading of the rules puts them, on text built from boundary pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }), (pieces) => {
        const text = pieces.join('');
        expect(splitSentences(text)).toEqual(plainSplit(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('are where a plain reading of the rules puts them in the seed texts', () => {
    const seeds = join(__dirname, '../../../seeds');
    for (const file of readdirSync(seeds)) {
      const text = readFileSync(join(seeds, file), 'utf8');
      expect(splitSentences(text)).toEqual(plainSplit(text));
    }
  });

  it('keep an abbreviation, a closing quote and a footnote mark inside their sentence', () => {
    const text = 'Mr. Smith said “it grew.”[3] Then it fell! Did it?\nNext line';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Mr. Smith said “it grew.”[3]', 'Then it fell!', 'Did it?', 'Next line']);
  });
});
