// A pattern that must not follow a letter ("(?<![\p{L}-])ten"), run over a whole text. A leading
// look-behind keeps irregexp from skipping ahead to where the pattern could start: it is tried at
// every position of the text, several times slower than the same pattern without it. So the
// pattern runs without it, and each match is checked against the code point before it; a match
// refused there is refused at that position only, and the search goes on from the next one, as
// the look-behind would have it.

/** The code point that ends just before `index` (a surrogate pair read whole); -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/**
 * The matches of the global `pattern` in `text`, in order, but for those `refuse` turns down; a
 * refused match is searched for again from the position after its start. With `refuse` testing
 * the code point before a match as the look-behind would, this finds what the pattern with its
 * leading look-behind finds: at a position the look-behind turns down, that pattern matches
 * nothing there, and the search goes on from the next position (changeResults' FROM_TO); where
 * the look-behind guards one alternative only, `refuse` tells that alternative's matches from the
 * others' (thingCounts' FIGURE).
 */
export function matchesNotRefused(text: string, pattern: RegExp, refuse: (match: RegExpExecArray) => boolean): RegExpExecArray[] {
  if (!pattern.global) throw new Error('matchesNotRefused runs a global pattern');
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (refuse(m)) pattern.lastIndex = m.index + 1;
    else found.push(m);
  }
  return found;
}
