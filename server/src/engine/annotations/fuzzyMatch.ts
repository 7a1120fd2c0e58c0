// Bounded approximate search for a quote in a text: where does the quote occur with at most
// `maxErrors` insertions, deletions or substitutions?
//
// Comparing the quote against every position is O(n·m) and too slow for a long document, so
// the search filters first (the pigeonhole principle: if the quote is split into
// maxErrors + 1 pieces, any match with at most maxErrors errors contains one piece unchanged),
// finds the pieces with indexOf, and verifies only around those hits with a small dynamic
// programme. Hits nearest the expected position are verified first, and the total work is
// capped, so one anchoring never takes long however repetitive the text.

export interface ApproximateMatch {
  start: number;
  end: number;
  distance: number;
}

export interface ApproximateSearchOptions {
  /** Where the quote is expected; hits near it are verified first. */
  near: number;
  /** Only matches inside [from, to) are reported. Defaults to the whole text. */
  from?: number;
  to?: number;
  /** Upper bound on dynamic-programme cells over the whole search. */
  maxCells?: number;
}

const DEFAULT_MAX_CELLS = 20_000_000;

export function findApproximate(
  text: string,
  pattern: string,
  maxErrors: number,
  options: ApproximateSearchOptions,
): ApproximateMatch[] {
  const m = pattern.length;
  const from = Math.max(0, options.from ?? 0);
  const to = Math.min(text.length, options.to ?? text.length);
  if (m === 0 || maxErrors < 0 || to - from < m - maxErrors) return [];
  const k = Math.min(maxErrors, m - 1);

  const expectedStarts = pieceHits(text, pattern, k, from, to);
  expectedStarts.sort((a, b) => Math.abs(a - options.near) - Math.abs(b - options.near) || a - b);

  const windowLength = m + 2 * k;
  const budget = Math.max(1, Math.floor((options.maxCells ?? DEFAULT_MAX_CELLS) / (m * windowLength)));
  const verifiedStarts: number[] = [];
  const matches: ApproximateMatch[] = [];
  for (const expected of expectedStarts) {
    if (verifiedStarts.length >= budget) break;
    // A window verified nearby already covered this hit.
    if (verifiedStarts.some((s) => Math.abs(s - expected) <= k)) continue;
    verifiedStarts.push(expected);
    const windowStart = Math.max(from, expected - k);
    const windowEnd = Math.min(to, expected + m + k);
    const match = bestMatchInWindow(text, pattern, k, windowStart, windowEnd, expected);
    if (match) matches.push(match);
  }
  return dropOverlapping(matches);
}

/** Expected start positions of the pattern implied by exact hits of its pieces. */
function pieceHits(text: string, pattern: string, k: number, from: number, to: number): number[] {
  const pieces = k + 1;
  const pieceLength = Math.floor(pattern.length / pieces);
  const starts = new Set<number>();
  if (pieceLength === 0) return [];
  for (let p = 0; p < pieces; p++) {
    const offset = p * pieceLength;
    const piece = pattern.slice(offset, p === pieces - 1 ? pattern.length : offset + pieceLength);
    const searchFrom = Math.max(0, from - k);
    for (let at = text.indexOf(piece, searchFrom); at !== -1 && at < to; at = text.indexOf(piece, at + 1)) {
      starts.add(at - offset);
    }
  }
  return [...starts];
}

/**
 * Semi-global edit distance: the whole pattern against any substring of the window. Each cell
 * also carries where its alignment started in the text, so the match's start is known.
 * Of the matches within maxErrors, the one with the fewest errors wins, then the one whose
 * length is closest to the pattern's, then the one nearest the expected start.
 */
function bestMatchInWindow(
  text: string,
  pattern: string,
  k: number,
  windowStart: number,
  windowEnd: number,
  expected: number,
): ApproximateMatch | undefined {
  const m = pattern.length;
  const w = windowEnd - windowStart;
  let distance = new Int32Array(w + 1);
  let startAt = new Int32Array(w + 1);
  let nextDistance = new Int32Array(w + 1);
  let nextStartAt = new Int32Array(w + 1);
  for (let j = 0; j <= w; j++) {
    distance[j] = 0;
    startAt[j] = j;
  }
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(i - 1);
    nextDistance[0] = i;
    nextStartAt[0] = 0;
    for (let j = 1; j <= w; j++) {
      const diagonal = distance[j - 1] + (pc === text.charCodeAt(windowStart + j - 1) ? 0 : 1);
      const up = distance[j] + 1; // pattern character missing from the text
      const left = nextDistance[j - 1] + 1; // extra character in the text
      if (diagonal <= up && diagonal <= left) {
        nextDistance[j] = diagonal;
        nextStartAt[j] = startAt[j - 1];
      } else if (up <= left) {
        nextDistance[j] = up;
        nextStartAt[j] = startAt[j];
      } else {
        nextDistance[j] = left;
        nextStartAt[j] = nextStartAt[j - 1];
      }
    }
    [distance, nextDistance] = [nextDistance, distance];
    [startAt, nextStartAt] = [nextStartAt, startAt];
  }
  let best: ApproximateMatch | undefined;
  for (let j = 1; j <= w; j++) {
    if (distance[j] > k) continue;
    const candidate = { start: windowStart + startAt[j], end: windowStart + j, distance: distance[j] };
    if (candidate.end <= candidate.start) continue;
    if (!best || isBetter(candidate, best, m, expected)) best = candidate;
  }
  return best;
}

function isBetter(a: ApproximateMatch, b: ApproximateMatch, m: number, expected: number): boolean {
  if (a.distance !== b.distance) return a.distance < b.distance;
  const lengthA = Math.abs(a.end - a.start - m);
  const lengthB = Math.abs(b.end - b.start - m);
  if (lengthA !== lengthB) return lengthA < lengthB;
  return Math.abs(a.start - expected) < Math.abs(b.start - expected);
}

/** Neighbouring windows can find the same match twice, or two overlapping ones: keep the best. */
function dropOverlapping(matches: ApproximateMatch[]): ApproximateMatch[] {
  const sorted = [...matches].sort((a, b) => a.distance - b.distance || a.start - b.start);
  const kept: ApproximateMatch[] = [];
  for (const match of sorted) {
    if (!kept.some((k) => match.start < k.end && k.start < match.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
