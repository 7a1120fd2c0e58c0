import { describe, expect, it } from 'vitest';
import { findWords } from '../../../server/src/engine/claims/wordScan';

const WORDS = ['trust', 'the fund', 'it', 'co-operative'];
const found = (text: string): string[] => findWords(text, WORDS).map((h) => `${h.word}@${h.start}-${h.end}`);

describe('finding listed words in a text', () => {
  it('finds whole words in any case, not words inside other words', () => {
    expect(found('The TRUST said it would; Trusted with it.')).toEqual(['trust@4-9', 'it@15-17', 'it@38-40']);
    expect(found('with its bits')).toEqual([]);
  });

  it('reads a hyphenated word as one word, and a letter outside ASCII as part of its word', () => {
    expect(found('a Co-operative and a co-op, trust-fund, -trust')).toEqual(['co-operative@2-14', 'trust@41-46']);
    expect(found('Trusté, éTrust, it')).toEqual(['it@16-18']);
  });

  it('finds a phrase across a space or a no-break space, preferring it to its last word alone', () => {
    expect(found('into The\u00a0Fund and the fund')).toEqual(['the fund@5-13', 'the fund@18-26']);
  });

  it('takes lower-case ASCII words and phrases only', () => {
    expect(() => findWords('text', ['Ärzte'])).toThrow(/lower-case ASCII/);
  });
});
