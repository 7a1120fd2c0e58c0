// String similarity for judging anchoring candidates. The strings compared are short (a
// selector's prefix or suffix, at most CONTEXT_LENGTH units), so a plain two-row Levenshtein
// is fast enough and easy to trust.

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** 1 for equal strings, 0 for nothing in common; two empty strings are equal. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/**
 * How well the context found around a candidate matches the stored context. Only the part of
 * the stored context that could exist is compared: a stored prefix of 32 units next to a
 * candidate 10 units from the start of the text is compared on those 10 units.
 * The prefix is compared from its end (nearest the quote), the suffix from its start.
 */
export function contextSimilarity(
  storedPrefix: string,
  foundPrefix: string,
  storedSuffix: string,
  foundSuffix: string,
): number {
  const prefixLength = Math.min(storedPrefix.length, Math.max(foundPrefix.length, 0));
  const suffixLength = Math.min(storedSuffix.length, Math.max(foundSuffix.length, 0));
  const prefix = sideSimilarity(storedPrefix.slice(storedPrefix.length - prefixLength), foundPrefix.slice(foundPrefix.length - prefixLength), storedPrefix.length, foundPrefix.length);
  const suffix = sideSimilarity(storedSuffix.slice(0, suffixLength), foundSuffix.slice(0, suffixLength), storedSuffix.length, foundSuffix.length);
  return (prefix + suffix) / 2;
}

/**
 * A side where the stored context was empty (the quote was at the start or end of the text)
 * matches only if the candidate is there too; a side where the candidate has no room for
 * context while the stored one had some does not match.
 */
function sideSimilarity(stored: string, found: string, storedFull: number, foundFull: number): number {
  if (storedFull === 0) return foundFull === 0 ? 1 : 0;
  if (foundFull === 0) return 0;
  return similarity(stored, found);
}
