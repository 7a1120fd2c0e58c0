import type { Position, Range } from 'vscode-languageserver';

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

  constructor(readonly text: string) {
    this.lineStarts = text.includes('\r') ? lineStartsOfAnyBreaks(text) : lineStartsOfLineFeeds(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** An offset between the CR and the LF of a line break is not a place: it maps to the end of the line, as the editor's own conversion does. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(Math.floor(offset), this.text.length));
    const line = this.lineOf(clamped);
    return { line, character: Math.min(clamped, this.lineContentEnd(line)) - this.lineStarts[line] };
  }

  /** The offset of a position; a line past the end gives the end of the text, a character past the line's end gives the line's end. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
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
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
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

/** Line starts of a text whose only line break is "\n": indexOf finds them far faster than a loop over every character. */
function lineStartsOfLineFeeds(text: string): Uint32Array {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts[line++] = at + 1;
  return starts;
}

/** Line starts where "\r\n" and a lone "\r" also end lines. */
function lineStartsOfAnyBreaks(text: string): Uint32Array {
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

/**
 * Line maps for the corpus texts, rebuilt only when a document's text changes. By default it keeps
 * a map for every document: a reference list or hover card places mentions in hundreds of other
 * documents, and rebuilding their maps (a scan of each text) cost more than answering. A map holds
 * four bytes a line beside the text the corpus holds anyway, so memory stays linear and small.
 * A capacity bounds it to the most recently used maps instead.
 */
export class LineMapCache {
  private readonly maps = new Map<string, LineMap>();

  constructor(private readonly capacity = Number.POSITIVE_INFINITY) {}

  get(doc: string, text: string): LineMap {
    const cached = this.maps.get(doc);
    if (cached && cached.text === text) {
      // Refresh its place in the insertion order, which doubles as recency (when it is bounded).
      if (this.capacity !== Number.POSITIVE_INFINITY) {
        this.maps.delete(doc);
        this.maps.set(doc, cached);
      }
      return cached;
    }
    const map = new LineMap(text);
    this.maps.delete(doc);
    this.maps.set(doc, map);
    if (this.maps.size > this.capacity) this.maps.delete(this.maps.keys().next().value as string);
    return map;
  }

  forget(doc: string): void {
    this.maps.delete(doc);
  }
}
