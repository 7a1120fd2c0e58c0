/** The first offset at which two texts differ (the shorter one's length when one begins the other). */
export function firstDifference(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  // Whole blocks first (string equality is a memory compare), then the block that differs.
  const BLOCK = 4096;
  let i = 0;
  while (i + BLOCK <= length && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
