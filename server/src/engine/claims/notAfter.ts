// A pattern that must not follow a letter ("(?<![\p{L}-])ten"), run over a whole text. A leading
// look-behind keeps irregexp from skipping ahead to where the pattern could start: it is tried at
// every position of the text, several times slower than the same pattern without it. So the
// pattern is tried without it only where its first word stands (figures/figureScan.ts,
// changeResults.ts: found by the token census), and the code point before it is checked here.

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
