import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMALL_NUMBER_WORD_LIST, SMALL_NUMBER_WORDS } from '../../../server/src/engine/claims/figures/numberWords';
import { wordTrie } from '../../../server/src/engine/claims/figures/wordTrie';

// A word list as one pattern sharing the words' beginnings matches exactly the listed words: the
// same strings as the alternation of the words, and for the number words the same as the pattern
// the figure readings were written with.

const whole = (pattern: string) => new RegExp(`^${pattern}$`);

describe('a word list as a trie pattern', () => {
  it('matches each listed word whole, and no word only begun or run on', () => {
    const trie = whole(wordTrie(['a', 'ab', 'abc', 'b', 'co-op']));
    for (const word of ['a', 'ab', 'abc', 'b', 'co-op']) expect(trie.test(word), word).toBe(true);
    for (const word of ['', 'abcd', 'ac', 'c', 'co', 'co-', 'bb']) expect(trie.test(word), word).toBe(false);
  });

  it('matches the same strings as the number words pattern', () => {
    const trie = whole(wordTrie(SMALL_NUMBER_WORD_LIST));
    const list = whole(`(?:${SMALL_NUMBER_WORDS})`);
    const letters = fc.array(fc.constantFrom(...'twenyhirfoundvslxg-'), { maxLength: 12 }).map((cs) => cs.join(''));
    const nearWords = fc.tuple(fc.constantFrom(...SMALL_NUMBER_WORD_LIST), fc.constantFrom('', 'e', 's', '-', 'teen', '-one')).map(([w, s]) => w + s);
    fc.assert(
      fc.property(fc.oneof(letters, nearWords), (word) => {
        expect(trie.test(word)).toBe(list.test(word));
      }),
      { numRuns: 5000 },
    );
    for (const word of SMALL_NUMBER_WORD_LIST) expect(list.test(word), word).toBe(true);
  });

  it('refuses a word that is not lower-case letters and hyphens', () => {
    expect(() => wordTrie(['Two'])).toThrow();
  });
});
