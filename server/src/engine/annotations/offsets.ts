// Converting between UTF-16 code units (how the engine, the editor and JavaScript count) and
// Unicode code points (how the W3C selectors and brat count). They differ only after an
// astral character (an emoji, a rare CJK ideograph, a mathematical letter), which takes two
// UTF-16 units but is one code point.

export interface OffsetConverter {
  /** Code point index of a UTF-16 offset. An offset inside a surrogate pair counts as after it. */
  toCodePoint(utf16: number): number;
  /** UTF-16 offset of a code point index. */
  toUtf16(codePoint: number): number;
  /** Whether the text has astral characters at all; when not, both conversions are identity. */
  readonly hasAstral: boolean;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Builds a converter for one text. It remembers where the surrogate pairs are, so each
 * conversion is a binary search rather than a scan: anchoring many annotations in a long
 * document stays cheap.
 */
export function createOffsetConverter(text: string): OffsetConverter {
  // UTF-16 offsets of the high surrogate of each well-formed pair, in order.
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairs.push(i);
      i++;
    }
  }
  const clampUtf16 = (n: number) => Math.max(0, Math.min(n, text.length));
  if (pairs.length === 0) {
    return { hasAstral: false, toCodePoint: clampUtf16, toUtf16: clampUtf16 };
  }
  const codePointLength = text.length - pairs.length;
  return {
    hasAstral: true,
    toCodePoint(utf16: number): number {
      const offset = clampUtf16(utf16);
      // Pairs that start before the offset; a pair split by the offset counts as whole.
      const before = countBelow(pairs, offset);
      const splitsPair = before > 0 && pairs[before - 1] === offset - 1;
      return offset - before + (splitsPair ? 1 : 0);
    },
    toUtf16(codePoint: number): number {
      const cp = Math.max(0, Math.min(codePoint, codePointLength));
      // The k-th pair sits at code point pairs[k] - k; every pair before cp adds one unit.
      let lo = 0;
      let hi = pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pairs[mid] - mid < cp) lo = mid + 1;
        else hi = mid;
      }
      return cp + lo;
    },
  };
}

/** How many values in the sorted array are strictly below `value`. */
function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Moves a UTF-16 offset off the middle of a surrogate pair (towards `direction`). */
export function snapToCodePoint(text: string, offset: number, direction: 'back' | 'forward'): number {
  if (offset <= 0 || offset >= text.length) return Math.max(0, Math.min(offset, text.length));
  if (isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1))) {
    return direction === 'back' ? offset - 1 : offset + 1;
  }
  return offset;
}
