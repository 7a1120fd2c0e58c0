// One hash of a range of a text's characters (32-bit FNV-1a), for the look-ups that key words by
// where they stand in a text rather than by a string cut from it: the tokenizer's intern table and
// rangeMemo. The tokenizer also folds the same steps inline as it scans a word.

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export function hashRange(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}
