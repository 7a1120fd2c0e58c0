import type { Position, Range } from 'vscode-languageserver';
import type { TextLike } from '../engine/corpus/pieceText';

// The server's one place for converting between engine offsets (UTF-16 code units, end-exclusive,
// into the text exactly as analysed) and LSP positions (line + UTF-16 character, which is the
// LSP's default position encoding). Lines end at "\n", "\r\n" or a lone "\r", as in the LSP spec.
// Every conversion clamps, so a position past the end of a line or of the text never throws.

export class LineMap {
  /**
   * Offset at which each line starts; lineStarts[0] is 0. Four bytes a line, so the cache below can
   * keep a map for every document of a large corpus (about 1.5 MB for 100 MB of text).
   */
  private readonly lineStarts: Uint32Array;
  /**
   * How many code units each line's break takes, for a text with "\r" in it ("\r\n" takes two);
   * undefined when every line but the last ends in "\n". The map keeps this instead of the text, so
   * that it does not keep a closed document's text alive on the heap (the corpus keeps that as UTF-8).
   */
  private readonly breakWidths: Uint8Array | undefined;
  /** The text's length in UTF-16 code units. */
  readonly length: number;

  constructor(text: TextLike) {
    this.length = text.length;
    if (text.includes('\r')) {
      this.lineStarts = lineStartsOfAnyBreaks(text);
      this.breakWidths = breakWidthsOf(text, this.lineStarts);
    } else {
      this.lineStarts = lineStartsOfLineFeeds(text);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** An offset between the CR and the LF of a line break is not a place: it maps to the end of the line, as the editor's own conversion does. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(Math.floor(offset), this.length));
    const line = this.lineOf(clamped);
    return { line, character: Math.min(clamped, this.lineContentEnd(line)) - this.lineStarts[line] };
  }

  /** The offset of a position; a line past the end gives the end of the text, a character past the line's end gives the line's end. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineContentEnd(position.line));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offset where a line starts. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset just before a line's line break (or the end of the text on the last line). */
  lineContentEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.length;
    return this.lineStarts[line + 1] - (this.breakWidths ? this.breakWidths[line] : 1);
  }

  /** Index of the line holding an offset (binary search over the line starts). */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/**
 * Line starts of a text whose only line break is "\n": indexOf finds them far faster than a loop
 * over every character. One pass into an array (not one to count and one to fill): the 1 MB bench
 * document's map is made again after every keystroke that changes its diagnostics.
 */
function lineStartsOfLineFeeds(text: TextLike): Uint32Array {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return Uint32Array.from(starts);
}

/** Line starts where "\r\n" and a lone "\r" also end lines. */
function lineStartsOfAnyBreaks(text: TextLike): Uint32Array {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (code === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return Uint32Array.from(starts);
}

/** The width of each line's break (none after the last line), given the line starts of a text with "\r" in it. */
function breakWidthsOf(text: TextLike, lineStarts: Uint32Array): Uint8Array {
  const widths = new Uint8Array(lineStarts.length);
  for (let line = 0; line + 1 < lineStarts.length; line++) {
    const next = lineStarts[line + 1];
    widths[line] = next >= 2 && text.charCodeAt(next - 2) === 13 && text.charCodeAt(next - 1) === 10 ? 2 : 1;
  }
  return widths;
}

/**
 * Line maps for the corpus texts, rebuilt only when a document's text changes. By default it keeps
 * a map for every document: a reference list or hover card places mentions in hundreds of other
 * documents, and rebuilding their maps (a scan of each text) cost more than answering. A map holds
 * four bytes a line and no text, so memory stays linear and small. A capacity bounds it to the
 * most recently used maps instead.
 */
export class LineMapCache {
  private readonly maps = new Map<string, { identity: unknown; map: LineMap }>();

  constructor(private readonly capacity = Number.POSITIVE_INFINITY) {}

  get(doc: string, text: string): LineMap {
    return this.getFor(doc, text, () => text);
  }

  /**
   * The map of a text known by an identity that changes whenever the text does (the text itself,
   * or the corpus's stored text): the text is asked for only when the map has to be made, so a
   * cached map costs no decoding of a text the corpus keeps as UTF-8.
   */
  getFor(doc: string, identity: unknown, textOf: () => TextLike): LineMap {
    const cached = this.maps.get(doc);
    if (cached && cached.identity === identity) {
      // Refresh its place in the insertion order, which doubles as recency (when it is bounded).
      if (this.capacity !== Number.POSITIVE_INFINITY) {
        this.maps.delete(doc);
        this.maps.set(doc, cached);
      }
      return cached.map;
    }
    const map = new LineMap(textOf());
    this.maps.delete(doc);
    this.maps.set(doc, { identity, map });
    if (this.maps.size > this.capacity) this.maps.delete(this.maps.keys().next().value as string);
    return map;
  }

  forget(doc: string): void {
    this.maps.delete(doc);
  }
}
