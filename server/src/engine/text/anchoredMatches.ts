import { FormTest, Shape, type Token } from './tokens';

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
 * Every match a global search of the text for the pattern would give, in order: the positions
 * before each anchor back to its earliest start are tried in increasing order, and after a match
 * the search goes on from its end, as a global search does. Exact because every match starts in
 * the stretch before its first anchor.
 */
export function anchoredMatches(text: string, tokens: readonly Token[], pattern: AnchoredPattern): RegExpExecArray[] {
  return anchoredMatchesOf(text, tokens, [pattern])[0]!;
}

/** anchoredMatches for several patterns, their anchors found in one pass over the tokens. */
export function anchoredMatchesOf(text: string, tokens: readonly Token[], patterns: readonly AnchoredPattern[]): RegExpExecArray[][] {
  const stretches: Array<Array<[number, number]>> = patterns.map(() => []);
  for (const token of tokens) {
    const punctuation = token.shape === Shape.Punct;
    for (let p = 0; p < patterns.length; p++) {
      const pattern = patterns[p]!;
      if ((punctuation && !pattern.punctuationAnchors) || !pattern.anchorForms.holds(token)) continue;
      const formText = token.text;
      pattern.anchors.lastIndex = 0;
      for (let m = pattern.anchors.exec(formText); m; m = pattern.anchors.exec(formText)) {
        const anchor = token.start + m.index;
        stretches[p]!.push([Math.max(0, pattern.earliestStart(text, anchor)), anchor]);
      }
      pattern.anchors.lastIndex = 0;
    }
  }
  return patterns.map((pattern, p) => matchesInStretches(text, pattern, stretches[p]!));
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
  const positions: number[] = [];
  const { anchorForms, anchors } = starts;
  const punctuation = starts.punctuationAnchors === true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if ((!punctuation && token.shape === Shape.Punct) || !anchorForms.holds(token)) continue;
    const formText = token.text;
    anchors.lastIndex = 0;
    for (let m = anchors.exec(formText); m; m = anchors.exec(formText)) positions.push(token.start + m.index);
    anchors.lastIndex = 0;
  }
  return positions;
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
  ) {}

  exec(from: number): RegExpExecArray | null {
    const { starts, sticky, text } = this;
    while (this.next < starts.length && starts[this.next]! < from) this.next++;
    for (; this.next < starts.length; this.next++) {
      sticky.lastIndex = starts[this.next]!;
      const m = sticky.exec(text);
      if (m !== null) return m;
    }
    return null;
  }
}
