import type { Token } from './tokens';

// A pass that asks of many words whether their key is one of a few (a document's candidate brand
// words, say) spends most of its time on words that cannot be: a set look-up costs the key's hash,
// and reading the key costs a read of the token's word form and of its string, memory the cache
// rarely holds. Most words already differ from every candidate in first letter or in length, and
// for a lower-case word both can be read off the text itself.

/** Bit n of a slot: some key has n characters (bit 31: 31 or more). */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/** 0-25 for a-z, 26 for any other code unit. */
function letterSlot(code: number): number {
  const slot = code - 97;
  return slot >= 0 && slot < 26 ? slot : 26;
}

/** The first letters and lengths of a set of keys: which words may be one of them. */
export class KeyShapeFilter {
  /** By letter slot of a key's first code unit: the lengths of the keys starting there. */
  private readonly lengths = new Int32Array(27);

  constructor(keys: Iterable<string>) {
    for (const key of keys) this.lengths[letterSlot(key.charCodeAt(0))]! |= lengthBit(key.length);
  }

  /** False when no key has the first letter and the length of `key`. */
  mayHold(key: string): boolean {
    return (this.lengths[letterSlot(key.charCodeAt(0))]! & lengthBit(key.length)) !== 0;
  }

  /**
   * mayHold(token.key) for a token of Shape.Lower, read off the text instead of the key: such a
   * word has no upper-case letter, and lower-casing it (and straightening its apostrophes) keeps
   * its length and leaves a first letter outside a-z outside a-z. Property-tested against mayHold.
   */
  mayHoldLowerCaseWord(text: string, token: Token): boolean {
    return (this.lengths[letterSlot(text.charCodeAt(token.start))]! & lengthBit(token.end - token.start)) !== 0;
  }
}
