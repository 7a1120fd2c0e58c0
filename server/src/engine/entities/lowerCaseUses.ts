import { FormVisits, Shape, type Token } from '../text/tokens';
import type { NameScan } from './nameScan';

// Which of a few word keys a text also writes in lower case ("care" beside "Care Quality
// Commission"): the short-form recognisers ask it of the first words of the text's longer names.
// About three tokens in four are lower-case words, and reading each one's word form (a pointer
// away from the token, anywhere in memory) was most of the cost. A word's first character and its
// length without a possessive are read from the token and the text, both read in order, and only
// a word that a key could match by both has its form read.

/** The token's key without a possessive "'s": what a key is compared with. */
export function bareKey(token: Token): string {
  return token.bareEnd < token.end ? token.key.slice(0, token.bareEnd - token.start) : token.key;
}

/** 0-25 for a character a-z, 26 for any other. */
function letterSlot(code: number): number {
  const slot = code - 97;
  return slot >= 0 && slot < 26 ? slot : 26;
}

/** One bit per length (bit 31: 31 or more). */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/**
 * The keys that some lower-case word of the text has as its bareKey. For a lower-case word, the
 * key's first character falls in the same slot as the text's (only a capital lower-cases to a-z)
 * and its bare key is as long as its bare text (only a capital changes length when lower-cased),
 * so the two tests below never turn away a word whose key is one of `keys`. Only the tokens from
 * `from` to before `to` are read.
 */
export function keysWrittenInLowerCase(scan: NameScan, keys: ReadonlySet<string>, from = 0, to = scan.shapes.length): Set<string> {
  const found = new Set<string>();
  if (keys.size === 0) return found;
  // By first letter, the lengths of the keys that start with it.
  const lengths = new Int32Array(27);
  for (const key of keys) lengths[letterSlot(key.charCodeAt(0))]! |= lengthBit(key.length);
  const { text, tokens, shapes } = scan;
  const lowerCaseForms = new FormVisits();
  for (let i = from; i < to; i++) {
    if (shapes[i] !== Shape.Lower) continue;
    const token = tokens[i]!;
    if ((lengths[letterSlot(text.charCodeAt(token.start))]! & lengthBit(token.bareEnd - token.start)) === 0) continue;
    if (!lowerCaseForms.first(token)) continue;
    const key = bareKey(token);
    if (keys.has(key)) found.add(key);
  }
  return found;
}
