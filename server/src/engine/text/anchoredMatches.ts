import { joinCensus, tokensHolding } from './tokenCensus';
import { FormMemo, FormTest, Shape, type Token } from './tokens';

// A rare pattern searched for over the whole text costs a try at every position. When each of its
// matches holds one of a few anchor words, and cannot start further before its first anchor than
// a walk back over a known shape of text, the pattern need only be tried in those short stretches
// before the anchors. Found from the tokens: an anchor of ASCII letters lies inside a word token
// whose form holds it (a punctuation anchor such as "%" is a token of its own), and a form's
// answer is kept as a bit on it.

export interface AnchoredPattern {
  /** The pattern with flag 'y' (sticky), tried at one position at a time. */
  sticky: RegExp;
  /** Which word forms hold an anchor (case as the pattern has it). */
  anchorForms: FormTest;
  /** The anchors' occurrences in a form's text (flag 'g'). */
  anchors: RegExp;
  /** The earliest position at which a match holding the anchor at `anchor` as its first anchor may start. */
  earliestStart: (text: string, anchor: number) => number;
  /** A cheap necessary condition for a match to start at `at` (its first character, say). */
  mayStartAt: (text: string, at: number) => boolean;
  /** True when an anchor may be punctuation ("%"): punctuation tokens are then read too. */
  punctuationAnchors?: boolean;
}

/** Builds the FormTest of an anchor pattern: does the form's text hold an anchor. */
export function anchorFormTest(anchors: RegExp): FormTest {
  return new FormTest((text) => {
    anchors.lastIndex = 0;
    const held = anchors.test(text);
    anchors.lastIndex = 0;
    return held;
  });
}

/**
 * Every match a global search of the text for the pattern would give, in order, given the
 * pattern's anchors in the text (in increasing order: see anchorPositions and AnchorGroup): the
 * positions before each anchor back to its earliest start are tried in increasing order, and after
 * a match the search goes on from its end, as a global search does. Exact because every match
 * starts in the stretch before its first anchor.
 */
export function matchesNearAnchors(text: string, pattern: AnchoredPattern, anchors: readonly number[]): RegExpExecArray[] {
  const stretches = anchors.map((anchor): [number, number] => [Math.max(0, pattern.earliestStart(text, anchor)), anchor]);
  return matchesInStretches(text, pattern, stretches);
}

function matchesInStretches(text: string, pattern: AnchoredPattern, stretches: Array<[number, number]>): RegExpExecArray[] {
  stretches.sort((a, b) => a[0] - b[0]);
  const matches: RegExpExecArray[] = [];
  /** Positions before this one are tried or inside a match. */
  let next = 0;
  for (const [from, to] of stretches) {
    for (let at = Math.max(from, next); at <= to; at++) {
      if (!pattern.mayStartAt(text, at)) continue;
      pattern.sticky.lastIndex = at;
      const m = pattern.sticky.exec(text);
      next = at + 1;
      if (!m || m[0].length === 0) continue;
      matches.push(m);
      next = at + m[0].length;
      at = next - 1;
    }
  }
  return matches;
}

/**
 * A pattern's starts found from the tokens: the pattern only matches where one of its anchors
 * begins ("a digit or a month name at a word boundary"), and every anchor lies inside a word
 * token whose form holds it.
 */
export interface AnchoredStarts {
  /** Which word forms hold an anchor. */
  anchorForms: FormTest;
  /** The anchors' occurrences in a form's text (flag 'g'); a match's index is a possible start. */
  anchors: RegExp;
  /** True when an anchor may be punctuation ("£"): punctuation tokens are then read too. */
  punctuationAnchors?: boolean;
}

/** Every anchor of the pattern in the text, in increasing order. */
export function anchorPositions(tokens: readonly Token[], starts: AnchoredStarts): number[] {
  return anchorPositionsOf(tokens, [starts])[0]!;
}

/**
 * anchorPositions for several sets of anchors, found in one pass over the tokens. `anyAnchor`, when
 * given, says whether a form holds an anchor of any of the sets, and has joined the token census:
 * only the tokens it holds are then read (see tokensHolding), the others cost nothing here.
 */
export function anchorPositionsOf(tokens: readonly Token[], sets: readonly AnchoredStarts[], anyAnchor?: FormTest, firstCharacterAnchors?: FormMemo): number[][] {
  const positions: number[][] = sets.map(() => []);
  // What the loop asks of each set for every token, read off the sets once: the sets differ in
  // shape (some say nothing of punctuation), which would make those reads polymorphic.
  const anchorForms = sets.map((set) => set.anchorForms);
  const readsPunctuation = sets.map((set) => set.punctuationAnchors === true);
  const anyReadsPunctuation = readsPunctuation.includes(true);
  const candidates = anyAnchor === undefined ? undefined : tokensHolding(tokens, anyAnchor);
  const count = candidates === undefined ? tokens.length : candidates.length;
  for (let c = 0; c < count; c++) {
    const t = candidates === undefined ? c : candidates[c]!;
    const token = tokens[t]!;
    const punctuation = token.shape === Shape.Punct;
    if (punctuation && !anyReadsPunctuation) continue;
    const atFirst = firstCharacterAnchors === undefined ? ANCHORS_ELSEWHERE : firstCharacterAnchors.of(token);
    if (atFirst !== ANCHORS_ELSEWHERE) {
      for (let bits = atFirst; bits !== 0; bits &= bits - 1) {
        const k = 31 - Math.clz32(bits & -bits);
        if (!(punctuation && !readsPunctuation[k])) positions[k]!.push(token.start);
      }
      continue;
    }
    for (let k = 0; k < sets.length; k++) {
      if ((punctuation && !readsPunctuation[k]) || !anchorForms[k]!.holds(token)) continue;
      const anchors = sets[k]!.anchors;
      const formText = token.text;
      anchors.lastIndex = 0;
      for (let m = anchors.exec(formText); m; m = anchors.exec(formText)) positions[k]!.push(token.start + m.index);
      anchors.lastIndex = 0;
    }
  }
  return positions;
}

/** A FirstCharacterAnchors answer: some set has an anchor past the form's first character. */
const ANCHORS_ELSEWHERE = -1;
/** FirstCharacterAnchors answers in bits, one a set: groups of more sets read every form's anchors. */
const MAX_SETS_IN_BITS = 30;

/**
 * For a word form, the sets (a bit each) whose only anchor in it is its first character, or
 * ANCHORS_ELSEWHERE: nearly every anchor is a word of its own ("in", "which", "a", "2010",
 * "March"), and the common ones recur in every text, so a form's anchors are read with the
 * patterns once per form rather than once per token. Undefined for groups too large for the bits.
 */
function firstCharacterAnchors(sets: readonly AnchoredStarts[]): FormMemo | undefined {
  if (sets.length > MAX_SETS_IN_BITS) return undefined;
  const anchorForms = sets.map((set) => set.anchorForms);
  const patterns = sets.map((set) => set.anchors);
  return new FormMemo((form) => {
    let bits = 0;
    for (let k = 0; k < sets.length; k++) {
      if (!anchorForms[k]!.holdsForm(form)) continue;
      const anchors = patterns[k]!;
      anchors.lastIndex = 0;
      const first = anchors.exec(form.text);
      const another = first !== null && first.index === 0 ? anchors.exec(form.text) : first;
      anchors.lastIndex = 0;
      if (first === null) continue;
      if (first.index !== 0 || another !== null) return ANCHORS_ELSEWHERE;
      bits |= 1 << k;
    }
    return bits;
  });
}

/**
 * Sets of anchors that different passes look for in the same tokens: the first pass to ask about
 * a token array finds every set's anchors in one pass over it, and the others read them. Each
 * pass over every token costs a few nanoseconds a token, as much as the look-ups it makes.
 */
export class AnchorGroup {
  private readonly sets: AnchoredStarts[] = [];
  private readonly found = new WeakMap<readonly Token[], number[][]>();
  /** Does a form hold an anchor of any set: made when the group is first read, for the sets it has then. */
  private anyAnchor: FormTest | undefined;
  /** Which sets' only anchor in a form is its first character: made with anyAnchor. */
  private firstCharacterAnchors: FormMemo | undefined;
  private anyAnchorSets = 0;

  /** Joins a set to the group (once, when its module loads); returns it. */
  add<T extends AnchoredStarts>(set: T): T {
    this.sets.push(set);
    return set;
  }

  /** The set's anchors in the tokens, in increasing order. */
  positions(tokens: readonly Token[], set: AnchoredStarts): number[] {
    const index = this.sets.indexOf(set);
    if (index < 0) return anchorPositions(tokens, set);
    let all = this.found.get(tokens);
    // A set that joined after these tokens were read: read them again for every set.
    if (all === undefined || index >= all.length) {
      all = anchorPositionsOf(tokens, this.sets, this.anyAnchorTest(), this.firstCharacterAnchors);
      this.found.set(tokens, all);
    }
    return all[index]!;
  }

  private anyAnchorTest(): FormTest {
    if (this.anyAnchor === undefined || this.anyAnchorSets !== this.sets.length) {
      const anchors = this.sets.map((set) => set.anchors);
      this.anyAnchor = new FormTest((text) =>
        anchors.some((pattern) => {
          pattern.lastIndex = 0;
          const held = pattern.test(text);
          pattern.lastIndex = 0;
          return held;
        }),
      );
      joinCensus(this.anyAnchor);
      this.firstCharacterAnchors = firstCharacterAnchors(this.sets);
      this.anyAnchorSets = this.sets.length;
    }
    return this.anyAnchor;
  }
}

/**
 * A global search for a pattern that never matches the empty string, tried only at given starts
 * (a superset of the positions where it can match, in increasing order): each `from` gives the
 * match a global search with lastIndex = from would give. `from` may only grow between calls.
 */
export class SearchAtStarts {
  private next = 0;

  constructor(
    private readonly text: string,
    /** The pattern with flag 'y'. */
    private readonly sticky: RegExp,
    private readonly starts: readonly number[],
    /** A cheap necessary condition for a match at a start, tested before the pattern is tried there. */
    private readonly mayStartAt?: (text: string, at: number) => boolean,
  ) {}

  exec(from: number): RegExpExecArray | null {
    const { starts, sticky, text, mayStartAt } = this;
    while (this.next < starts.length && starts[this.next]! < from) this.next++;
    for (; this.next < starts.length; this.next++) {
      if (mayStartAt !== undefined && !mayStartAt(text, starts[this.next]!)) continue;
      sticky.lastIndex = starts[this.next]!;
      const m = sticky.exec(text);
      if (m !== null) return m;
    }
    return null;
  }
}
