import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

// Decoding corpus files from disk, shared by the language server and the CLI so that both
// accept and refuse exactly the same files.

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'binary' | 'invalid-utf8' | 'too-large' | 'unreadable'; message: string };

/** Looks for NUL bytes in the first 8 KB: cheap, and how git and most editors tell binary files apart. */
export function looksBinary(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 8192);
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) return true;
  return false;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes strict UTF-8; a leading BOM is dropped, as VS Code does, so offsets agree with the editor. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (looksBinary(bytes)) return { ok: false, reason: 'binary', message: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'invalid-utf8', message: 'not valid UTF-8' };
  }
}

/**
 * Reads and decodes a regular file. The file is opened without blocking and checked on the open
 * descriptor, so a FIFO, socket or device named like a text (or swapped in for one mid-index) is
 * refused at once instead of hanging the reader waiting for a writer, and a directory is refused
 * with a plain message.
 */
export function readTextFile(path: string, maxBytes = Infinity): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      return { ok: false, reason: 'unreadable', message: stats.isDirectory() ? 'a directory, not a file' : 'not a regular file' };
    }
    if (stats.size > maxBytes) {
      return {
        ok: false,
        reason: 'too-large',
        message: `${Math.round(stats.size / 1024)} KB is over the ${Math.round(maxBytes / 1024)} KB limit`,
      };
    }
    return decodeText(readFileSync(fd));
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
