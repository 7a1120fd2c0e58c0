// The next of a few marks (the ". ! ?" and line breaks that may end a sentence) in a text, found
// with one indexOf per mark: for these ASCII marks indexOf measured twice as fast as a global
// character-class search over the bench texts (all two-byte strings), and a loop over the code
// units slower than either. Each mark's next position is kept, so each is searched for once per
// occurrence. (For the quotation marks of quotes.ts, two of them beyond ASCII, it measured slower
// than the pattern, which stays there.)

export class MarkSearch {
  /** Per mark: its first position at or after the last `from` asked, -1 when none is left, -2 before the first search. */
  private readonly nextAt: number[];

  constructor(
    private readonly text: string,
    /** Single characters. */
    private readonly marks: readonly string[],
  ) {
    this.nextAt = marks.map(() => -2);
  }

  /** The first position at or after `from` that holds one of the marks, or -1. `from` may not decrease between calls. */
  firstFrom(from: number): number {
    let first = -1;
    for (let k = 0; k < this.marks.length; k++) {
      let at = this.nextAt[k]!;
      if (at !== -1 && at < from) this.nextAt[k] = at = this.text.indexOf(this.marks[k]!, from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}
