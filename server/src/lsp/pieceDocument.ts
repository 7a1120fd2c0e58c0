import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { PieceText, wholeText } from '../engine/corpus/pieceText';

// The server's copy of an open document. To the protocol it answers as the library's TextDocument
// (same offsets, positions, line ranges and end-of-line characters; a property test holds it to
// that), but its text stays in pieces (engine/corpus/pieceText.ts): a keystroke in a 1 MB document
// replaces one piece instead of building a new 2 MB string, and the corpus reads the pieces by
// offset. getText() joins them, once per version, for whoever needs the whole string.

const CR = 13;
const LF = 10;

export class PieceDocument implements TextDocument {
  private body: PieceText;
  /** Where each line begins; made on first need, then patched around each edit. */
  private starts: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private revision: number,
    text: string,
  ) {
    this.body = PieceText.of(text);
  }

  get version(): number {
    return this.revision;
  }

  /** The text, to read by offsets without joining it. */
  get text(): PieceText {
    return this.body;
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  getText(range?: Range): string {
    if (!range) return this.body.toString();
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    return this.body.slice(Math.min(a, b), Math.max(a, b));
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.replace(change.range, change.text);
      else {
        this.body = PieceText.of(change.text);
        this.starts = undefined;
      }
    }
    this.revision = version;
  }

  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.body.length));
    const starts = this.lineStarts();
    const line = lineHolding(starts, at);
    return { line, character: this.beforeLineBreak(at, starts[line]) - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts();
    if (position.line >= starts.length) return this.body.length;
    if (position.line < 0) return 0;
    const start = starts[position.line];
    if (position.character <= 0) return start;
    return this.beforeLineBreak(Math.min(start + position.character, this.lineEnd(position.line)), start);
  }

  getLineRange(line: number): Range {
    const starts = this.lineStarts();
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (line >= starts.length) {
      // Past the end: the last line, up to the end of the text.
      const last = starts.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.body.length - starts[last] } };
    }
    const start = starts[line];
    return { start: { line, character: 0 }, end: { line, character: this.beforeLineBreak(this.lineEnd(line), start) - start } };
  }

  getEOLCharacters(line: number): string {
    const starts = this.lineStarts();
    if (line < 0 || line >= starts.length) return '';
    const next = this.lineEnd(line);
    return this.body.slice(this.beforeLineBreak(next, starts[line]), next);
  }

  private replace(range: Range, inserted: string): void {
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    const [start, end] = a <= b ? [a, b] : [b, a];
    const before = this.lineStarts();
    this.body = this.body.edit(start, end, inserted);
    this.starts = patchedLineStarts(before, this.body, start, end, inserted.length);
  }

  private lineStarts(): number[] {
    return (this.starts ??= lineStartsOf(wholeText(this.body)));
  }

  /** Where the line ends, its line break included: the next line's start, or the end of the text. */
  private lineEnd(line: number): number {
    const starts = this.lineStarts();
    return line + 1 < starts.length ? starts[line + 1] : this.body.length;
  }

  /** `offset` moved back over any line-break characters, never before `floor`. */
  private beforeLineBreak(offset: number, floor: number): number {
    let at = offset;
    while (at > floor && isLineBreak(this.body.charCodeAt(at - 1))) at--;
    return at;
  }
}

function isLineBreak(code: number): boolean {
  return code === CR || code === LF;
}

/** Where each line of `text` begins: CR LF, a lone CR and a lone LF each end a line. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) starts.push(i + 1);
  }
  return starts;
}

/** The index of the line holding `offset`: the last start at or before it. */
function lineHolding(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The line starts once `start..end` of the old text became `insertedLength` characters of `text`.
 * Starts before the edited line's predecessor stand; starts whose line break lies wholly after the
 * edit move by the change in length; the stretch between is read again from the new text. Reading
 * from the line before the edit catches a CR and an LF that the edit joined or parted.
 */
function patchedLineStarts(old: readonly number[], text: PieceText, start: number, end: number, insertedLength: number): number[] {
  const kept = Math.max(lineHolding(old, start) - 1, 0);
  const insertedEnd = start + insertedLength;
  const starts = old.slice(0, kept + 1);
  for (let i = old[kept]; i <= insertedEnd && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && (i + 1 >= text.length || text.charCodeAt(i + 1) !== LF))) starts.push(i + 1);
    // a CR at the edit's far end whose LF follows it is an old break: its start is among those moved below
  }
  const shift = insertedLength - (end - start);
  for (let k = lineHolding(old, end + 1) + 1; k < old.length; k++) starts.push(old[k] + shift);
  return starts;
}
