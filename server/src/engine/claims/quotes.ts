// Quoted speech. A first-person word inside quotation marks is the speaker's, not the document
// author's ("“Our staff still have a real voice,” Whitlow said."), so the author's "we" is only
// read outside quotes. Quotes are tracked line by line: typographic convention opens every quoted
// paragraph with “ and closes only the last, so an unclosed quote runs to the end of its line.

export interface QuotedRange {
  start: number;
  end: number;
}

const QUOTE_MARKS = /[“”"\n]/g;

/** The quoted ranges of a text, in order; each covers the quote marks themselves. */
export function quotedRanges(text: string): QuotedRange[] {
  const out: QuotedRange[] = [];
  let open = -1;
  let straight = false;
  const marks = QUOTE_MARKS;
  marks.lastIndex = 0;
  // test, not exec: the search needs only where the mark is, and exec would allocate a match per mark
  while (marks.test(text)) {
    const i = marks.lastIndex - 1;
    const ch = text[i];
    if (ch === '\n') {
      if (open >= 0) out.push({ start: open, end: i });
      open = -1;
    } else if (ch === '“' && open < 0) {
      open = i;
      straight = false;
    } else if (ch === '”' && open >= 0 && !straight) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (ch === '"') {
      if (open < 0) {
        open = i;
        straight = true;
      } else if (straight) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out;
}

/** True when `offset` lies inside one of the (sorted) ranges. */
export function insideQuote(ranges: readonly QuotedRange[], offset: number): boolean {
  return quoteAt(ranges, offset) !== undefined;
}

/** The (sorted) range `offset` lies inside, if any. */
export function quoteAt(ranges: readonly QuotedRange[], offset: number): QuotedRange | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < ranges[mid].start) hi = mid - 1;
    else if (offset >= ranges[mid].end) lo = mid + 1;
    else return ranges[mid];
  }
  return undefined;
}
