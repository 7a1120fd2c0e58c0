import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePhrase, singular, tokenise } from '../../../server/src/engine/claims/vocabulary';

/** The definition tokenise implements: runs of Unicode letters and digits, each lower-cased and made singular unless an acronym. */
function byDefinition(text: string, start: number, end: number): Array<{ norm: string; start: number; end: number }> {
  return [...text.slice(start, end).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => {
    const word = m[0];
    const acronym = word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
    return { norm: acronym ? word.toLowerCase() : singular(word.toLowerCase()), start: start + m.index!, end: start + m.index! + word.length };
  });
}

describe('phrase tokens', () => {
  it('are runs of letters and digits, lower-case and singular, acronyms kept whole', () => {
    expect(normalisePhrase('Co-ops and Charities, the NHS’s 3 businesses')).toBe('co op and charity the nhs s 3 business');
  });

  it('carry offsets into the whole text when a range of it is read', () => {
    expect(tokenise('xx Social Enterprises yy', 3, 21)).toEqual([
      { norm: 'social', start: 3, end: 9 },
      { norm: 'enterprise', start: 10, end: 21 },
    ]);
  });

  it('read letters outside ASCII and outside the Basic Multilingual Plane as letters, and a surrogate pair cut by the range as none', () => {
    expect(tokenise('Ärzte 𝐀𝐁 ok').map((t) => t.norm)).toEqual(['ärzte', '𝐀𝐁', 'ok']);
    const text = 'ab𝐀';
    expect(tokenise(text, 0, 3)).toEqual([{ norm: 'ab', start: 0, end: 2 }]);
  });

  it('agree with the definition on any text and range', () => {
    const alphabet = fc.constantFrom('a', 'B', 's', 'S', '1', ' ', '-', '’', 'é', 'İ', '\u00a0', '\ud835', '\udc00', '𝐀', '😀', 'ß', 'Σ', '٣');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
        expect(tokenise(text, start, end)).toEqual(byDefinition(text, start, end));
      }),
      { numRuns: 2000 },
    );
  });
});
