import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPrepositionalObject } from '../../../server/src/engine/claims/extractors/grammar';
import type { Entity } from '../../../server/src/engine/types';

// isPrepositionalObject reads the words before a name backwards; it must say what this pattern,
// tried on the 30 characters before the name (not before the sentence), says.
const PREPOSITION_BEFORE =
  /(?:^|[\s\u00a0(])(?:of|by|from|with|to|at|for|into|in|on|about|against|than|via|under|over|between|among|towards|through)[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;

function byPattern(text: string, start: number, sentenceStart: number): boolean {
  return PREPOSITION_BEFORE.test(text.slice(Math.max(sentenceStart, start - 30), start));
}

function entityAt(start: number): Entity {
  return { type: 'organisation', start, end: start + 4, text: 'Acme', origin: 'engine' };
}

const PIECES = [
  'of', 'By', 'FROM', 'into', 'in', 'to', 'onto', 'the', 'The', 'THE', 'then', 'co-owners', 'set up', 'x', 'ſ', 'İn', 'between',
  'towards', ' ', ' ', '\u00a0', '\t', '\n', '\u2003', '(', ',', '-', 'é',
];

describe('isPrepositionalObject', () => {
  it('says what the end-anchored pattern says, for any sentence start', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), fc.nat(40), (pieces, cut) => {
        const text = `${pieces.join('')}Acme`;
        const start = text.length - 4;
        const sentenceStart = Math.min(cut, start);
        expect(isPrepositionalObject(text, entityAt(start), sentenceStart)).toBe(byPattern(text, start, sentenceStart));
      }),
      { numRuns: 6000 },
    );
  });

  it('takes a preposition, with or without "the", and not a word that only ends like one', () => {
    expect(isPrepositionalObject('set up by Acme', entityAt(10), 0)).toBe(true);
    expect(isPrepositionalObject('owned (by the Acme', entityAt(14), 0)).toBe(true);
    expect(isPrepositionalObject('went onto Acme', entityAt(10), 0)).toBe(false);
    expect(isPrepositionalObject('of Acme', entityAt(3), 1)).toBe(false);
  });
});
