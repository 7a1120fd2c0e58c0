import { Gap, Shape, type Token } from '../text/tokens';

// The shared state of the name recognisers: the token array, the names found so far and which
// token each one owns. The recognisers run in order of the strength of their evidence, and each
// only claims tokens that nobody owns yet, so organisations and people never overlap.

export type NameType = 'organisation' | 'person';

export interface NameSpan {
  type: NameType;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  canonical?: string;
  canonicalName?: string;
  /** Which rule found it; canonical resolution treats some kinds differently. */
  via: NameEvidence;
  /** For a back-reference ("Mayo", "Circle"): the fuller mention it refers to. */
  antecedent?: NameSpan;
}

export type NameEvidence =
  | 'reference'
  | 'alias'
  | 'honorific'
  | 'given-name'
  | 'role-cue'
  | 'context'
  | 'signature'
  | 'suffix'
  | 'acronym'
  | 'back-reference'
  | 'override';

/** The longest organisation name, in tokens ("Royal Borough of Kensington and Chelsea" is 6). */
export const MAX_NAME_TOKENS = 12;

/** Owner value of a token that no recogniser may use (a researcher suppressed or re-tagged it). */
export const NAME_BLOCKED = -2;

/** By shape: 1 for a word not in lower case (see NameScan.nonLowerWords), else 0. */
const IS_NON_LOWER_WORD = shapeTable((shape) => shape !== Shape.Lower && shape !== Shape.Punct);
/** By shape: 1 for Shape.Capitalised, else 0. */
const IS_CAPITALISED = shapeTable((shape) => shape === Shape.Capitalised);

function shapeTable(holds: (shape: Shape) => boolean): Uint8Array {
  const table = new Uint8Array(8);
  for (const shape of [Shape.Capitalised, Shape.AllCaps, Shape.AcronymPlural, Shape.Lower, Shape.Mixed, Shape.Numeric, Shape.Punct]) {
    table[shape] = holds(shape) ? 1 : 0;
  }
  return table;
}

export class NameScan {
  readonly owner: Int32Array;
  /**
   * Every token's shape, by index: the passes that look only at capitalised words skip the rest
   * by this dense array instead of touching every token object.
   */
  readonly shapes: Uint8Array;
  /**
   * The indexes of the tokens of Shape.Capitalised, in order. Several passes look only at those
   * (given names, back-references, honorifics): they walk this list, about one token in six,
   * instead of testing every token's shape.
   */
  readonly capitalised: Int32Array;
  /**
   * The indexes of the word tokens not in lower case (capitalised, all capitals, mixed, numeric), in
   * order: the only ones a listed name can start at, so the gazetteer walks this list.
   */
  readonly nonLowerWords: Int32Array;
  readonly spans: NameSpan[] = [];
  /**
   * The first token of a thread of reader comments (signature.ts finds it), or -1 when the text
   * has none: readers write names in lower case, which the short-form rules take into account.
   */
  threadStart = -1;
  private runsMemo: Array<[number, number]> | undefined;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {
    this.owner = new Int32Array(tokens.length).fill(-1);
    this.shapes = new Uint8Array(tokens.length);
    // One walk over the tokens fills the shapes and the two lists.
    const capitalised = new Int32Array(tokens.length);
    let capitalisedCount = 0;
    const nonLowerWords = new Int32Array(tokens.length);
    let nonLowerCount = 0;
    for (let i = 0; i < tokens.length; i++) {
      const shape = tokens[i]!.shape;
      this.shapes[i] = shape;
      // Each index is written to both lists and kept by counting it in, by table rather than by a
      // branch on the shape, which the processor could not foresee on running text.
      nonLowerWords[nonLowerCount] = i;
      nonLowerCount += IS_NON_LOWER_WORD[shape]!;
      capitalised[capitalisedCount] = i;
      capitalisedCount += IS_CAPITALISED[shape]!;
    }
    this.capitalised = capitalised.subarray(0, capitalisedCount);
    this.nonLowerWords = nonLowerWords.subarray(0, nonLowerCount);
  }

  isFree(first: number, last: number): boolean {
    for (let i = first; i <= last; i++) if (this.owner[i] !== -1) return false;
    return true;
  }

  ownerOf(i: number): NameSpan | undefined {
    const index = this.owner[i];
    return index === undefined || index < 0 ? undefined : this.spans[index];
  }

  /** Records a name over tokens first..last; `end` may stop short of a possessive "’s". */
  claim(type: NameType, first: number, last: number, via: NameEvidence, extra: Partial<NameSpan> = {}): NameSpan {
    const lastToken = this.tokens[last]!;
    // Every span gets all its fields at creation, in one order: later passes set canonical names and
    // antecedents, and spans of one shape keep those passes' property reads monomorphic.
    const span: NameSpan = {
      type,
      first,
      last,
      start: extra.start ?? this.tokens[first]!.start,
      end: extra.end ?? lastToken.bareEnd,
      canonical: extra.canonical,
      canonicalName: extra.canonicalName,
      via: extra.via ?? via,
      antecedent: extra.antecedent,
    };
    const index = this.spans.push(span) - 1;
    for (let i = first; i <= last; i++) this.owner[i] = index;
    return span;
  }

  /** Index of the first token that ends after `offset` (binary search: tokens are sorted). */
  firstTokenEndingAfter(offset: number): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.tokens[middle]!.end <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The capitalised runs of the text (see capitalisedRuns), computed once per scan. */
  runs(): Array<[number, number]> {
    this.runsMemo ??= capitalisedRuns(this.tokens, this.shapes, this.nonLowerWords);
    return this.runsMemo;
  }

  slice(span: { start: number; end: number }): string {
    return this.text.slice(span.start, span.end);
  }
}

/**
 * The scan's spans by start, longer first, as a stable sort of them would give: the entities are
 * sorted by start twice after this (settling names against numbers, and at the end), and a sort of
 * runs already in order costs a comparison an item where a sort of the claim order costs a dozen.
 * A span's start lies within its first token or the space before it, so spans are bucketed by their
 * first token, in claim order; only a bucket of two or more (a researcher's tag inside a word, say)
 * needs sorting.
 */
export function spansInTextOrder(scan: NameScan): NameSpan[] {
  const { spans } = scan;
  /** By first token: 1 + the index of the last span claimed there (0: none). */
  const lastOfBucket = new Int32Array(scan.tokens.length + 1);
  /** By span: 1 + the index of the span claimed before it at the same first token (0: none). */
  const previousInBucket = new Int32Array(spans.length);
  for (let s = 0; s < spans.length; s++) {
    const first = spans[s]!.first;
    previousInBucket[s] = lastOfBucket[first]!;
    lastOfBucket[first] = s + 1;
  }
  const ordered: NameSpan[] = [];
  for (let i = 0; i < lastOfBucket.length; i++) {
    let s = lastOfBucket[i]!;
    if (s === 0) continue;
    if (previousInBucket[s - 1] === 0) {
      ordered.push(spans[s - 1]!);
      continue;
    }
    const bucket: NameSpan[] = [];
    for (; s !== 0; s = previousInBucket[s - 1]!) bucket.unshift(spans[s - 1]!);
    bucket.sort((a, b) => a.start - b.start || b.end - a.end);
    ordered.push(...bucket);
  }
  return ordered;
}

/** Lower-case words allowed inside a name between capitalised words: "Department of Work and Pensions". */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'upon', 'de', 'la', 'du', 'von', 'van', 'der']);

export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && (token.shape === Shape.Capitalised || token.shape === Shape.AllCaps);
}

/**
 * Legal-form suffixes are often written in lower case ("Circle International plc"), or in mixed
 * case ("Holt GmbH"), yet end the name.
 */
const LOWER_CASE_NAME_ENDINGS = new Set(['plc', 'ltd', 'llp', 'llc', 'inc', 'cic', 'gmbh']);

export function continuesName(token: Token): boolean {
  return isCapitalised(token) || ((token.shape === Shape.Lower || token.shape === Shape.Mixed) && LOWER_CASE_NAME_ENDINGS.has(token.key));
}

export function isTitleCase(token: Token | undefined): boolean {
  return token !== undefined && token.shape === Shape.Capitalised;
}

/** The next token if it follows with one ordinary space (names never run over lines or wide gaps). */
export function tightNext(tokens: readonly Token[], i: number): Token | undefined {
  const next = tokens[i + 1];
  return next && next.gapBefore === Gap.Space && tokens[i]!.bareEnd === tokens[i]!.end ? next : undefined;
}

/** True when token i directly follows token i-1 with one space. */
export function tightWithPrevious(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const current = tokens[i];
  return previous !== undefined && current !== undefined && current.gapBefore === Gap.Space && previous.bareEnd === previous.end;
}

/**
 * Like tightNext, but a possessive word may continue a run when a capitalised word follows it
 * ("Children's Society", "King’s Fund"): whether that is one name is for the recognisers to say.
 */
function followsInRun(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.gapBefore !== Gap.Space) return false;
  return tokens[i]!.bareEnd === tokens[i]!.end || isCapitalised(next);
}

/**
 * Maximal runs of capitalised words, with connectors allowed between them, one space apart:
 * "Minister for the Cabinet Office Francis Maude" is one run. Returned as [first, last] pairs.
 * `shapes` and `nonLowerWords` are the scan's: a run starts at a capitalised or all-capitals word,
 * so only the words not in lower case are looked at for a start.
 */
function capitalisedRuns(tokens: readonly Token[], shapes: Uint8Array, nonLowerWords: Int32Array): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  /** Tokens before this one are in a run or start none. */
  let resumeAt = 0;
  for (let w = 0; w < nonLowerWords.length; w++) {
    const i = nonLowerWords[w]!;
    if (i < resumeAt || (shapes[i] !== Shape.Capitalised && shapes[i] !== Shape.AllCaps)) continue;
    const first = i;
    let last = i;
    let j = i;
    while (followsInRun(tokens, j)) {
      const next = tokens[j + 1]!;
      if (continuesName(next)) {
        last = j + 1;
        j++;
        continue;
      }
      if (isConnector(next)) {
        // A connector only belongs to the run if a capitalised word follows it (possibly after "the").
        let k = j + 1;
        while (tightNext(tokens, k) && isConnector(tokens[k + 1]!)) k++;
        if (tightNext(tokens, k) && isCapitalised(tokens[k + 1]) && tokens[j]!.bareEnd === tokens[j]!.end) {
          j = k;
          continue;
        }
      }
      break;
    }
    runs.push([first, last]);
    resumeAt = last + 1;
  }
  return runs;
}

export function isConnector(token: Token): boolean {
  return (token.shape === Shape.Lower && NAME_CONNECTORS.has(token.key)) || token.text === '&';
}
