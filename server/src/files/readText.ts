import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

// Decoding corpus files from disk, shared by the language server and the CLI so that both
// accept and refuse exactly the same files.

export type ReadFailure = { ok: false; reason: 'binary' | 'invalid-utf8' | 'too-large' | 'unreadable'; message: string };

export type ReadResult = { ok: true; text: string } | ReadFailure;

/** A file's text as the UTF-8 bytes it holds, checked as decodeText checks them, BOM left out. */
export type ReadBytesResult = { ok: true; bytes: Buffer } | ReadFailure;

/** Looks for NUL bytes in the first 8 KB: cheap, and how git and most editors tell binary files apart. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).indexOf(0) !== -1;
}

/**
 * Decodes strict UTF-8; a leading BOM is dropped, as VS Code does, so offsets agree with the editor.
 * Validating first (node:buffer's isUtf8) and then decoding leniently takes about half the time of a
 * fatal TextDecoder, and gives the same text: the two decoders differ only on invalid bytes, which
 * never reach the decoder. Indexing reads every file of the workspace on the server's main thread.
 */
export function decodeText(bytes: Uint8Array): ReadResult {
  const checked = checkText(bytes);
  return checked.ok ? { ok: true, text: checked.bytes.toString('utf8') } : checked;
}

/**
 * decodeText without the decoding: the bytes of the text it would give (the BOM left out), or why
 * it would refuse them. Their UTF-8 is valid, so decoding them leniently anywhere gives that text.
 */
export function checkText(bytes: Uint8Array): ReadBytesResult {
  if (looksBinary(bytes)) return { ok: false, reason: 'binary', message: 'binary file (contains NUL bytes)' };
  if (!isUtf8(bytes)) return { ok: false, reason: 'invalid-utf8', message: 'not valid UTF-8' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { ok: true, bytes: Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start) };
}

/**
 * Reads and decodes a regular file. The file is opened without blocking and checked on the open
 * descriptor, so a FIFO, socket or device named like a text (or swapped in for one mid-index) is
 * refused at once instead of hanging the reader waiting for a writer, and a directory is refused
 * with a plain message.
 */
export function readTextFile(path: string, maxBytes = Infinity): ReadResult {
  const read = readTextBytes(path, maxBytes);
  return read.ok ? { ok: true, text: read.bytes.toString('utf8') } : read;
}

/**
 * readTextFile without the decoding: the file's checked UTF-8 bytes (see checkText), for a reader
 * that hands the text on undecoded (indexing sends it to a worker, and the corpus keeps it as UTF-8).
 */
export function readTextBytes(path: string, maxBytes = Infinity): ReadBytesResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      return { ok: false, reason: 'unreadable', message: stats.isDirectory() ? 'a directory, not a file' : 'not a regular file' };
    }
    if (stats.size > maxBytes) return tooLarge(`${Math.round(stats.size / 1024)} KB is`, maxBytes);
    const bytes = readToEnd(fd, stats.size, maxBytes);
    // A file that holds more than it said (a log being written, a /proc file) is held to the limit too.
    if (bytes === undefined) return tooLarge('it holds more than it reported, and is', maxBytes);
    return checkText(bytes);
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function tooLarge(what: string, maxBytes: number): ReadFailure {
  return { ok: false, reason: 'too-large', message: `${what} over the ${Math.round(maxBytes / 1024)} KB limit` };
}

/**
 * Every byte of an open file whose size was just taken: into a buffer one byte larger than that
 * size, so that the read which finds the end needs no second buffer (readFileSync would take the
 * size again), and grown should the file have grown since, so that the text is what the file holds.
 * Undefined once it holds more than `maxBytes`.
 */
function readToEnd(fd: number, size: number, maxBytes: number): Buffer | undefined {
  let buffer = Buffer.allocUnsafe(size + 1);
  let filled = 0;
  for (;;) {
    if (filled > maxBytes) return undefined;
    if (filled === buffer.length) {
      const larger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(larger);
      buffer = larger;
    }
    const count = readSync(fd, buffer, filled, buffer.length - filled, null);
    if (count === 0) return buffer.subarray(0, filled);
    filled += count;
  }
}
