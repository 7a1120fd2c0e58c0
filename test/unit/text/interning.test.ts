import { describe, expect, it } from 'vitest';
import { lexiconKey, tokenize } from '../../../server/src/engine/text/tokens';

// The intern table grows from a small size, and is emptied when full at its largest. Neither may
// change a token: these texts carry more distinct word forms than the table ever holds.

/** `count` distinct words of mixed case and length ("Qab", "Xqcd’s", "fo", ...), made from the index. */
function distinctWords(count: number): string[] {
  // Every third word capitalised, every third a capitalised possessive, the rest lower case.
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const words: string[] = [];
  for (let n = 0; n < count; n++) {
    let word = '';
    for (let k = n + 1; k > 0; k = Math.floor(k / 26)) word += letters[k % 26];
    const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
    words.push(n % 3 === 0 ? capitalised : n % 3 === 1 ? `${capitalised}’s` : word);
  }
  return words;
}

describe('word forms interned across a growing and refilling table', () => {
  it('share one form between tokens of the same word, before and after the table grows (run first: the table starts small)', () => {
    const words = distinctWords(20_000);
    const first = tokenize(words.join(' '));
    const again = tokenize(`${words.join(' ')} ${words.join(' ')}`);
    for (let i = 0; i < words.length; i++) {
      expect(again[i]!.form).toBe(again[i + words.length]!.form);
      expect(again[i]!.form).toBe(first[i]!.form);
    }
  });

  it('give every token its own text and key, through more distinct forms than the table holds', () => {
    const words = distinctWords(120_000);
    const text = words.join(' ');
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(words.length);
    tokens.forEach((token, i) => {
      expect(token.text).toBe(words[i]);
      expect(token.text).toBe(text.slice(token.start, token.end));
      // The lexicon key: lower case, with the apostrophe of a capitalised word straightened.
      expect(token.key).toBe(words[i]!.toLowerCase().replace(/’/g, "'"));
    });
  });

  it('key an empty word and a lone letter like any other', () => {
    expect(lexiconKey('')).toBe('');
    expect(lexiconKey('')).toBe('');
    expect(lexiconKey('Q')).toBe('q');
  });
});
