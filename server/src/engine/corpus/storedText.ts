// Node's Buffer, used here and nowhere else in the engine: the one way this module leaves pure
// TypeScript. A corpus holds the text of every document, and almost every policy text holds a
// character above U+00FF (curly quotes, dashes), which makes V8 keep it as UTF-16: two bytes a
// character on the JavaScript heap, whose ceiling caps how many documents a workspace may hold.
// The same text as UTF-8 takes about half that, outside the heap. Buffer encodes and decodes
// UTF-8 faster than TextEncoder/TextDecoder on such two-byte strings (measured on Node 20), and
// small Buffers share pooled memory instead of each taking an allocation of its own.
import { Buffer } from 'node:buffer';
import { PieceText, wholeText, type TextLike } from './pieceText';

/**
 * A document's text as the corpus keeps it: the string itself, or its pieces, while it is being
 * edited (read on every keystroke; see pieceText.ts), otherwise UTF-8 bytes (see utf8Text), from
 * which it is decoded on demand.
 */
export type StoredText = string | PieceText | Utf8Text;

/** U+FFFD in UTF-8. */
const REPLACEMENT_CHARACTER = Buffer.from('\ufffd', 'utf8');

/** How many UTF-16 code units apart the byte offsets a slice starts from are noted. */
const CHECKPOINT_UNITS = 128;

/** A text held as UTF-8 bytes; its length and slices are in UTF-16 code units, as a string's are. */
export class Utf8Text {
  /**
   * For every CHECKPOINT_UNITS-th code unit, the code point boundary at or just before it: its byte
   * offset and its code unit offset. Made on the first slice, so that a slice (an excerpt, a line)
   * decodes only its own bytes instead of the whole text.
   */
  private checkpoints: { bytes: Uint32Array; units: Uint32Array } | undefined;

  constructor(
    private readonly bytes: Buffer,
    /** The length of the text in UTF-16 code units. */
    readonly length: number,
  ) {}

  /** The whole text, decoded. */
  toString(): string {
    return this.bytes.toString('utf8');
  }

  /** Whether this is the given text, without decoding when their lengths already differ. */
  equals(text: string): boolean {
    return text.length === this.length && this.toString() === text;
  }

  /** Whether these are its bytes: the same text, since each text has one UTF-8 spelling. */
  hasBytes(bytes: Uint8Array): boolean {
    return this.bytes.equals(bytes);
  }

  /** Whether the other is the same text. */
  sameAs(other: Utf8Text): boolean {
    return other.length === this.length && this.bytes.equals(other.bytes);
  }

  /** The text between two UTF-16 offsets, as String.prototype.slice gives it for 0 ≤ start ≤ end ≤ length; other offsets are clamped. */
  slice(start: number, end: number): string {
    const from = Math.max(0, Math.min(Math.trunc(start) || 0, this.length));
    const to = Math.max(from, Math.min(Math.trunc(end) || 0, this.length));
    if (from === to) return '';
    const first = this.boundaryAtOrBefore(from);
    const last = this.boundaryAtOrBefore(to);
    // An offset inside a surrogate pair: decode the whole character and cut it as a string would.
    if (last.unit < to) {
      last.byte += 4;
      last.unit += 2;
    }
    const decoded = this.bytes.toString('utf8', first.byte, last.byte);
    return first.unit === from && last.unit === to ? decoded : decoded.slice(from - first.unit, to - first.unit);
  }

  /** The code point boundary at `offset`, or one code unit before it when `offset` splits a surrogate pair. */
  private boundaryAtOrBefore(offset: number): { byte: number; unit: number } {
    const checkpoints = (this.checkpoints ??= checkpointsOf(this.bytes));
    const index = Math.floor(offset / CHECKPOINT_UNITS);
    let byte = checkpoints.bytes[index];
    let unit = checkpoints.units[index];
    while (unit < offset) {
      const width = unitsOfCodePoint(this.bytes[byte]);
      if (unit + width > offset) break;
      unit += width;
      byte += bytesOfCodePoint(this.bytes[byte]);
    }
    return { byte, unit };
  }
}

/**
 * Keeps `text` as UTF-8 bytes when they give it back exactly, else as the string: a text with a
 * lone surrogate (an editor may hold one; a file read as strict UTF-8 cannot) would come back with
 * U+FFFD in its place, which would move no offset but would change the text.
 */
export function utf8Text(text: string): StoredText {
  const bytes = Buffer.from(text, 'utf8');
  // Encoding writes U+FFFD for a lone surrogate. Its bytes are rare in a text, and looking for them
  // is a native search, where checking the string first (isWellFormed) took ~2.5 ms per MB.
  if (bytes.includes(REPLACEMENT_CHARACTER) && !isWellFormed(text)) return text;
  return new Utf8Text(bytes, text.length);
}

/**
 * A text given as valid UTF-8 bytes (a file read and checked as strict UTF-8, BOM left out), kept
 * as they are: no decoding, no encoding again. `length` is its length in UTF-16 code units when the
 * caller knows it (a worker that decoded the bytes); otherwise it is counted from the bytes.
 */
export function utf8TextOfBytes(bytes: Buffer, length = utf16LengthOf(bytes)): Utf8Text {
  return new Utf8Text(bytes, length);
}

/** The length in UTF-16 code units of the text that valid UTF-8 bytes hold: one per code point, two for an astral one. */
export function utf16LengthOf(bytes: Uint8Array): number {
  let units = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    // Continuation bytes (10xxxxxx) start no code point.
    if ((byte & 0xc0) !== 0x80) units += unitsOfCodePoint(byte);
  }
  return units;
}

export function textOf(stored: StoredText): string {
  return typeof stored === 'string' ? stored : stored.toString();
}

/** The text to read by offsets: a string or pieces as they are, UTF-8 decoded. */
export function readableOf(stored: StoredText): TextLike {
  return stored instanceof Utf8Text ? stored.toString() : stored;
}

export function lengthOf(stored: StoredText): number {
  return stored.length;
}

export function sliceOf(stored: StoredText, start: number, end: number): string {
  return stored instanceof Utf8Text ? stored.slice(start, end) : stored.slice(Math.max(0, start), Math.max(0, end));
}

export function storedEquals(stored: StoredText, text: TextLike): boolean {
  if (stored === text) return true;
  if (stored.length !== text.length) return false;
  // Two versions of a document in pieces compare piece by piece, without joining either.
  if (stored instanceof PieceText && text instanceof PieceText) return stored.firstDifference(text) === text.length;
  return stored instanceof Utf8Text ? stored.equals(wholeText(text)) : textOf(stored) === wholeText(text);
}

/** Whether the stored text is the one valid UTF-8 bytes hold, comparing bytes when it is kept as UTF-8. */
export function storedEqualsUtf8(stored: StoredText, bytes: Uint8Array): boolean {
  // A string may hold a lone surrogate, which no UTF-8 spells: compare it with the decoded bytes,
  // not with its own encoding (which would spell the surrogate as U+FFFD).
  return stored instanceof Utf8Text ? stored.hasBytes(bytes) : textOf(stored) === decodeUtf8(bytes);
}

/** Whether two stored texts are the same text. */
export function sameStoredText(a: StoredText, b: StoredText): boolean {
  if (a instanceof Utf8Text && b instanceof Utf8Text) return a.sameAs(b);
  if (a instanceof Utf8Text) return storedEquals(a, textOf(b));
  return storedEquals(b, a);
}

/** The text valid UTF-8 bytes hold. */
export function decodeUtf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** Whether a string has no lone surrogate (String.prototype.isWellFormed, which Node 20 has but the compile target does not name). */
function isWellFormed(text: string): boolean {
  return (text as unknown as { isWellFormed(): boolean }).isWellFormed();
}

function checkpointsOf(bytes: Buffer): { bytes: Uint32Array; units: Uint32Array } {
  const count = 1 + Math.floor(bytes.length / CHECKPOINT_UNITS) + 1;
  const atBytes = new Uint32Array(count);
  const atUnits = new Uint32Array(count);
  let unit = 0;
  let next = 1;
  for (let byte = 0; byte < bytes.length; ) {
    const width = unitsOfCodePoint(bytes[byte]);
    // Crossing a checkpoint: note the boundary before the code point that crosses (or reaches) it.
    while (unit + width >= next * CHECKPOINT_UNITS && next < count) {
      const reached = unit + width === next * CHECKPOINT_UNITS;
      atBytes[next] = reached ? byte + bytesOfCodePoint(bytes[byte]) : byte;
      atUnits[next] = reached ? unit + width : unit;
      next++;
    }
    unit += width;
    byte += bytesOfCodePoint(bytes[byte]);
  }
  // Checkpoints past the end of the text (a text shorter in code units than in bytes) sit at its end.
  for (; next < count; next++) {
    atBytes[next] = bytes.length;
    atUnits[next] = unit;
  }
  return { bytes: atBytes, units: atUnits };
}

/** UTF-16 code units of the code point whose UTF-8 lead byte is `lead`: two for the four-byte ones (astral). */
function unitsOfCodePoint(lead: number): number {
  return lead >= 0xf0 ? 2 : 1;
}

function bytesOfCodePoint(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead < 0xe0) return 2;
  if (lead < 0xf0) return 3;
  return 4;
}
