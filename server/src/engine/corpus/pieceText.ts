// A large document being edited, kept as pieces of some thousands of characters rather than as one
// string. Applying a keystroke to one string makes a new one: for a 1 MB document V8 allocates 2 MB
// of fresh large-object pages and copies the whole text into them (the first read flattens the
// joined string), 9-13 ms of CPU per keystroke on a loaded host, nearly all of it page faults.
// Applying it to pieces makes a new piece around the edit and shares every other one with the
// previous version, so two versions compare piece by piece, and readers that read by offsets (the
// sectioned analysis, line maps, excerpts) never need the whole string. Whoever does asks for it
// with toString(), made once per version.

/** Pieces are cut at about this many UTF-16 code units; an edited piece is cut again past twice that. */
const PIECE = 16 * 1024;

/** What the readers of a large text use of a string; a string is one, and so are pieces. */
export type TextLike = string | PieceText;

export class PieceText {
  private joined: string | undefined;

  private constructor(
    private readonly pieces: readonly string[],
    /** Where each piece starts; starts[pieces.length] is the length. */
    private readonly starts: readonly number[],
    whole?: string,
  ) {
    this.joined = whole;
  }

  /** The text in pieces of its own storage (none of them keeps `text` alive); `text` itself is what toString gives until the first edit. */
  static of(text: string): PieceText {
    const pieces: string[] = [];
    const starts: number[] = [];
    for (let at = 0; at < text.length; at += PIECE) {
      starts.push(at);
      pieces.push(ownStorage(text.slice(at, Math.min(text.length, at + PIECE))));
    }
    starts.push(text.length);
    return new PieceText(pieces, starts, text);
  }

  get length(): number {
    return this.starts[this.pieces.length];
  }

  /** The text with [start, end) replaced by `insert` (0 ≤ start ≤ end ≤ length); this one is unchanged. */
  edit(start: number, end: number, insert: string): PieceText {
    if (this.pieces.length === 0) return PieceText.of(insert);
    const first = this.pieceAt(Math.min(start, this.length - 1));
    const last = end > start ? this.pieceAt(Math.min(end - 1, this.length - 1)) : first;
    const middle =
      this.pieces[first].slice(0, start - this.starts[first]) + insert + this.pieces[last].slice(end - this.starts[last]);
    const pieces = this.pieces.slice(0, first);
    const starts = this.starts.slice(0, first);
    let at = this.starts[first];
    // An edited piece that grew past twice the size is cut again; one that is gone leaves no empty piece.
    const cuts = middle.length > 2 * PIECE ? Math.ceil(middle.length / PIECE) : 1;
    const size = Math.ceil(middle.length / cuts);
    for (let from = 0; from < middle.length; from += size) {
      const piece = ownStorage(middle.slice(from, Math.min(middle.length, from + size)));
      pieces.push(piece);
      starts.push(at);
      at += piece.length;
    }
    const shift = insert.length - (end - start);
    for (let k = last + 1; k < this.pieces.length; k++) {
      pieces.push(this.pieces[k]);
      starts.push(this.starts[k] + shift);
    }
    starts.push(this.length + shift);
    return new PieceText(pieces, starts);
  }

  charCodeAt(index: number): number {
    if (!(index >= 0 && index < this.length)) return NaN;
    const k = this.pieceAt(index);
    return this.pieces[k].charCodeAt(index - this.starts[k]);
  }

  /** As String.prototype.slice. */
  slice(start?: number, end?: number): string {
    const length = this.length;
    const from = relative(start, 0, length);
    const to = relative(end, length, length);
    if (to <= from) return '';
    if (this.joined !== undefined) return this.joined.slice(from, to);
    const first = this.pieceAt(from);
    const last = this.pieceAt(to - 1);
    if (first === last) return this.pieces[first].slice(from - this.starts[first], to - this.starts[first]);
    let out = this.pieces[first].slice(from - this.starts[first]);
    for (let k = first + 1; k < last; k++) out += this.pieces[k];
    return out + this.pieces[last].slice(0, to - this.starts[last]);
  }

  /** As String.prototype.indexOf. */
  indexOf(search: string, position?: number): number {
    const length = this.length;
    const from = Math.min(Math.max(Math.trunc(Number(position)) || 0, 0), length);
    if (search.length === 0) return from;
    if (this.joined !== undefined) return this.joined.indexOf(search, from);
    for (let k = from >= length ? this.pieces.length : this.pieceAt(from); k < this.pieces.length; k++) {
      const start = this.starts[k];
      const found = this.pieces[k].indexOf(search, Math.max(0, from - start));
      if (found !== -1) return start + found;
      // A match across the end of this piece starts in its last search.length - 1 characters.
      if (search.length > 1 && k + 1 < this.pieces.length) {
        const from2 = Math.max(from, this.starts[k + 1] - (search.length - 1));
        const across = this.slice(from2, Math.min(length, this.starts[k + 1] + search.length - 1)).indexOf(search);
        if (across !== -1) return from2 + across;
      }
    }
    return -1;
  }

  /** As String.prototype.lastIndexOf. */
  lastIndexOf(search: string, position?: number): number {
    const length = this.length;
    const numeric = Number(position);
    const from = Math.min(Math.max(Number.isNaN(numeric) || position === undefined ? Infinity : Math.trunc(numeric), 0), length);
    if (this.joined !== undefined) return this.joined.lastIndexOf(search, from);
    if (search.length === 0) return from;
    if (length === 0) return -1;
    // The last match starts at or before `from`, and may end past it.
    for (let k = this.pieceAt(Math.min(from, length - 1)); k >= 0; k--) {
      const start = this.starts[k];
      if (search.length > 1 && k + 1 < this.pieces.length) {
        const lo = Math.max(start, this.starts[k + 1] - (search.length - 1));
        const window = this.slice(lo, Math.min(length, this.starts[k + 1] + search.length - 1));
        const across = window.lastIndexOf(search, from - lo);
        if (across !== -1 && lo + across < this.starts[k + 1] && lo + across + search.length > this.starts[k + 1]) return lo + across;
      }
      const found = this.pieces[k].lastIndexOf(search, from - start);
      if (found !== -1) return start + found;
    }
    return -1;
  }

  includes(search: string, position?: number): boolean {
    return this.indexOf(search, position) !== -1;
  }

  /** The whole text, joined once per version. */
  toString(): string {
    return (this.joined ??= this.pieces.join(''));
  }

  /**
   * Where this and another text first differ (the shorter one's length when one begins the other):
   * the pieces two versions share are passed over as wholes.
   */
  firstDifference(other: PieceText): number {
    const limit = Math.min(this.length, other.length);
    let k = 0;
    while (k < this.pieces.length && k < other.pieces.length && this.pieces[k] === other.pieces[k] && this.starts[k + 1] === other.starts[k + 1]) k++;
    let i = Math.min(this.starts[k] ?? limit, limit);
    // Within the pieces, compared a piece's stretch at a time: reading each character through
    // charCodeAt would find its piece anew.
    let a = k;
    let b = k;
    while (i < limit) {
      while (this.starts[a + 1] <= i) a++;
      while (other.starts[b + 1] <= i) b++;
      const pieceA = this.pieces[a];
      const pieceB = other.pieces[b];
      const atA = i - this.starts[a];
      const atB = i - other.starts[b];
      const stretch = Math.min(pieceA.length - atA, pieceB.length - atB, limit - i);
      let n = 0;
      while (n < stretch && pieceA.charCodeAt(atA + n) === pieceB.charCodeAt(atB + n)) n++;
      i += n;
      if (n < stretch) break;
    }
    return i;
  }

  /** How many characters this and another text share at their ends, not reaching back past `floor` in either. */
  commonSuffix(other: PieceText, floor: number): number {
    const limit = Math.min(this.length, other.length) - floor;
    let n = 0;
    for (let a = this.pieces.length - 1, b = other.pieces.length - 1; a >= 0 && b >= 0 && this.pieces[a] === other.pieces[b]; a--, b--) {
      const size = this.pieces[a].length;
      if (n + size > limit) break;
      n += size;
    }
    // As in firstDifference, a piece's stretch at a time, from the ends.
    let a = this.pieces.length - 1;
    let b = other.pieces.length - 1;
    while (n < limit) {
      const endA = this.length - n;
      const endB = other.length - n;
      while (this.starts[a] >= endA) a--;
      while (other.starts[b] >= endB) b--;
      const pieceA = this.pieces[a];
      const pieceB = other.pieces[b];
      const atA = endA - this.starts[a];
      const atB = endB - other.starts[b];
      const stretch = Math.min(atA, atB, limit - n);
      let m = 0;
      while (m < stretch && pieceA.charCodeAt(atA - 1 - m) === pieceB.charCodeAt(atB - 1 - m)) m++;
      n += m;
      if (m < stretch) break;
    }
    return n;
  }

  /** The piece holding `offset` (0 ≤ offset < length). */
  private pieceAt(offset: number): number {
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/** The whole text of a string or of pieces. */
export function wholeText(text: TextLike): string {
  return typeof text === 'string' ? text : text.toString();
}

/** A String.prototype.slice bound: negative counts from the end; undefined is `fallback`. */
function relative(value: number | undefined, fallback: number, length: number): number {
  if (value === undefined) return fallback;
  const n = Math.trunc(Number(value)) || 0;
  return n < 0 ? Math.max(length + n, 0) : Math.min(n, length);
}

/** A flat copy that keeps no larger string alive (see text/ownCopy.ts). */
function ownStorage(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
