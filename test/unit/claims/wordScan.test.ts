import { describe, expect, it } from 'vitest';
import { WordTable, findWords, nextWordIn } from '../../../server/src/engine/claims/wordScan';

const WORDS = ['trust', 'the fund', 'it', 'co-operative'];
const found = (text: string): string[] => findWords(text, WORDS).map((h) => `${h.word}@${h.start}-${h.end}`);

/** Every start nextWordIn reports, walking on from just after each. */
function allStarts(table: WordTable, text: string): number[] {
  const starts: number[] = [];
  for (let at = nextWordIn(table, text, 0); at >= 0; at = nextWordIn(table, text, at + 1)) starts.push(at);
  return starts;
}

describe('finding listed words in a text', () => {
  it('finds whole words in any case, not words inside other words', () => {
    expect(found('The TRUST said it would; Trusted with it.')).toEqual(['trust@4-9', 'it@15-17', 'it@38-40']);
    expect(found('with its bits')).toEqual([]);
  });

  it('reads a hyphenated word as one word', () => {
    expect(found('a Co-operative and a co-op')).toEqual(['co-operative@2-14']);
  });

  it('finds a phrase across a space or a no-break space, preferring it to its last word alone', () => {
    expect(found('into The\u00a0Fund and the fund')).toEqual(['the fund@5-13', 'the fund@18-26']);
  });

  it('lower-cases words outside ASCII the Unicode way before looking them up', () => {
    expect(findWords('Ärzte and ärzte', ['ärzte']).map((h) => h.start)).toEqual([0, 10]);
  });
});

describe('finding the next listed word the way \\b…\\b sees words', () => {
  const table = new WordTable(['owned', 'stake', 'owns']);
  const regexStarts = (text: string): number[] => [...text.matchAll(/\b(?:owned|stake|owns)\b/gi)].map((m) => m.index!);

  it('agrees with the regular expression on words, digits, underscores and non-ASCII letters', () => {
    for (const text of ['OWNED by; disowned, owned_x, 2owns, éowned, owns.', 'a Stake-holder stake', 'stakes mistake owns']) {
      expect(allStarts(table, text)).toEqual(regexStarts(text));
    }
  });

  it('does not start inside the word a search begins in', () => {
    expect(nextWordIn(table, 'xowned owned', 1)).toBe(7);
    expect(nextWordIn(table, 'nothing here', 0)).toBe(-1);
  });
});
