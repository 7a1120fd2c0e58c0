import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { temporaryPathFor, toWriteError } from '../../files/atomicWrite';

// The index cache's file: every cached analysis of a workspace in one file, so that reopening a
// workspace of 10,000 texts opens one file rather than 10,000, and replacing the cache is one
// rename. Its layout:
//
//   line 1   a JSON header: {"format":"policy-lens-index-cache","version":1,"engine":"<hash>"}
//   bodies   each record's analysis as the JSON a worker sends back, followed by "\n"
//   index    one JSON line: [[key, textLength, offset, length, bodyHash], ...]
//   trailer  a fixed-width line: "#end <index offset> <index length> <index hash>"
//
// Why this shape: the bodies are written as the analyses arrive and never held together in memory
// (see CacheFileWriter), so the index can only come after them, and a fixed-width trailer lets a
// reader find it with one read from the end. A reader keeps only the index (a few hundred bytes per
// file) and reads a body when that file comes up. The trailer is written last, so a file cut short
// anywhere has no valid trailer and is ignored whole; each body carries its own hash, so a damaged
// body is refused on its own, and the file it describes is analysed instead. Plain JSON and text
// lines keep the file readable with ordinary tools when a researcher wonders what it holds.

export const CACHE_FORMAT = 'policy-lens-index-cache';
export const CACHE_VERSION = 1;

/** What a record says of the analysis it holds. */
export interface CacheEntry {
  /** What the analysis was computed from (see indexCache.ts recordKey). */
  key: string;
  /** The text's length in UTF-16 code units, as a worker reports it. */
  textLength: number;
  offset: number;
  length: number;
  /** sha256 of the body's bytes, hex. */
  bodyHash: string;
}

export interface CacheHeader {
  format: string;
  version: number;
  engine: string;
}

const TRAILER_DIGITS = 15;
const TRAILER_HASH = 24;
/** "#end " + offset + " " + length + " " + hash + "\n" */
export const TRAILER_BYTES = 5 + TRAILER_DIGITS + 1 + TRAILER_DIGITS + 1 + TRAILER_HASH + 1;
const TRAILER = new RegExp(`^#end (\\d{${TRAILER_DIGITS}}) (\\d{${TRAILER_DIGITS}}) ([0-9a-f]{${TRAILER_HASH}})\\n$`);
/** The room kept for each record's row in the index (see add). */
const INDEX_ROW_BYTES = 240;
/** A header longer than this is not ours. */
const MAX_HEADER_BYTES = 4096;

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function trailerOf(offset: number, length: number, indexHash: string): string {
  const digits = (value: number) => String(value).padStart(TRAILER_DIGITS, '0');
  return `#end ${digits(offset)} ${digits(length)} ${indexHash.slice(0, TRAILER_HASH)}\n`;
}

/** The file-system calls the writer makes; injectable so that tests can fail one. */
export type CacheWriteFs = Pick<typeof nodeFs, 'openSync' | 'writeSync' | 'closeSync' | 'unlinkSync' | 'write' | 'fsync' | 'rename' | 'close'>;

/**
 * Records written but not yet on their way to the disk, at most: a disk slower than the index leaves
 * later records out of the cache rather than holding their analyses in memory.
 */
const MAX_BACKLOG_BYTES = 64 * 2 ** 20;

/**
 * Writes a new cache file beside the old one without touching it: records are appended to a
 * temporary file as they come (a body is handed to the disk and forgotten), and commit() renames the
 * whole file over the old cache. Until then, and if the writing is abandoned or fails, the old cache
 * is what a reader finds. Bodies are written off the main thread (libuv's pool): a loaded disk
 * would otherwise stall the index on every record.
 */
export class CacheFileWriter {
  private fd: number | undefined;
  private position = 0;
  private readonly entries: Array<[string, number, number, number, string]> = [];
  private readonly keys = new Set<string>();
  /** Bytes handed to the disk and not yet written. */
  private backlog = 0;
  private writesPending = 0;
  private idle: Array<() => void> = [];
  private failure: unknown;
  /** Set when a record would take the file past maxBytes: later records are not written. */
  full = false;
  /** Records left out because the disk was behind (see MAX_BACKLOG_BYTES). */
  leftBehind = 0;

  private constructor(
    readonly path: string,
    private readonly temporary: string,
    fd: number,
    private readonly maxBytes: number,
    private readonly fs: CacheWriteFs,
  ) {
    this.fd = fd;
  }

  /** Starts a new cache for `path`; throws (an AtomicWriteError) when its folder cannot take a file. */
  static begin(path: string, engine: string, maxBytes: number, fs: CacheWriteFs = nodeFs): CacheFileWriter {
    const temporary = temporaryPathFor(path);
    let fd: number;
    try {
      fd = fs.openSync(temporary, 'wx', 0o644);
    } catch (error) {
      throw toWriteError(temporary, error);
    }
    const writer = new CacheFileWriter(path, temporary, fd, maxBytes, fs);
    const header: CacheHeader = { format: CACHE_FORMAT, version: CACHE_VERSION, engine };
    const bytes = Buffer.from(`${JSON.stringify(header)}\n`);
    try {
      fs.writeSync(fd, bytes, 0, bytes.length, 0);
    } catch (error) {
      void writer.abandon();
      throw toWriteError(temporary, error);
    }
    writer.position = bytes.length;
    return writer;
  }

  /** How many records are written. */
  get records(): number {
    return this.entries.length;
  }

  /** Bytes written so far (the whole file, once committed). */
  get size(): number {
    return this.position;
  }

  /** False once committed, abandoned, or failed. */
  get open(): boolean {
    return this.fd !== undefined && this.failure === undefined;
  }

  /**
   * Appends a record (its body: the analysis's JSON, as text or as bytes read from an old cache).
   * False when it is not written: the same key is in already, the file would outgrow its limit, or
   * the disk is too far behind.
   */
  add(key: string, textLength: number, body: string | Buffer, bodyHash?: string): boolean {
    if (!this.open || this.full || this.keys.has(key)) return false;
    const length = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length;
    // Room kept for the index line and the trailer (a row is about 220 bytes: a 129-character key, a
    // 64-character hash and three numbers).
    if (this.position + length + 1 + INDEX_ROW_BYTES * (this.entries.length + 1) + TRAILER_BYTES > this.maxBytes) {
      this.full = true;
      return false;
    }
    if (this.backlog + length > MAX_BACKLOG_BYTES) {
      this.leftBehind++;
      return false;
    }
    // The body and its newline in one buffer of their own, handed to the disk as they are.
    const record = Buffer.allocUnsafe(length + 1);
    if (typeof body === 'string') record.write(body, 0, 'utf8');
    else body.copy(record, 0);
    record[length] = 0x0a;
    const offset = this.position;
    this.position += record.length;
    this.keys.add(key);
    // A body copied from the old cache comes with the hash it was just checked against.
    this.entries.push([key, textLength, offset, length, bodyHash ?? sha256(record.subarray(0, length))]);
    this.writeLater(record, offset);
    return true;
  }

  /**
   * Writes the index and the trailer once every record is on disk, flushes the file and renames it
   * over the old cache, all off the main thread (a 100 MB file can take a while to reach the disk).
   */
  async commit(): Promise<void> {
    const fd = this.fd;
    if (fd === undefined) throw new Error('the cache file was abandoned');
    // Once closed, the descriptor's number may be another file's: discard must not close it again.
    let closed = false;
    try {
      const index = Buffer.from(`${JSON.stringify(this.entries)}\n`);
      const indexOffset = this.position;
      const ending = Buffer.concat([index, Buffer.from(trailerOf(indexOffset, index.length, sha256(index)))]);
      this.writeLater(ending, indexOffset);
      this.position += ending.length;
      await this.whenIdle();
      if (this.failure !== undefined) throw this.failure;
      this.fd = undefined;
      await new Promise<void>((resolve, reject) => this.fs.fsync(fd, (error) => (error ? reject(error) : resolve())));
      await new Promise<void>((resolve, reject) => this.fs.close(fd, (error) => (error ? reject(error) : resolve())));
      closed = true;
      await new Promise<void>((resolve, reject) => this.fs.rename(this.temporary, this.path, (error) => (error ? reject(error) : resolve())));
    } catch (error) {
      this.fd = undefined;
      this.discard(closed ? undefined : fd);
      throw toWriteError(this.path, error);
    }
  }

  /** Drops the new file, once the writes on their way have landed (resolves then): the old cache stays as it was. */
  abandon(): Promise<void> {
    const fd = this.fd;
    this.fd = undefined;
    // Closing under a pending write could let it land in whatever file reuses the descriptor.
    return fd === undefined ? Promise.resolve() : this.whenIdle().then(() => this.discard(fd));
  }

  private writeLater(bytes: Buffer, position: number): void {
    const fd = this.fd!;
    this.backlog += bytes.length;
    this.writesPending++;
    const landed = (error: Error | null, written: number): void => {
      if (!error && written < bytes.length) {
        // A short write: the rest goes on from where it stopped.
        this.fs.write(fd, bytes, written, bytes.length - written, position + written, (more, next) => landed(more, written + next));
        return;
      }
      if (error) this.failure ??= error;
      this.backlog -= bytes.length;
      if (--this.writesPending === 0) for (const resolve of this.idle.splice(0)) resolve();
    };
    this.fs.write(fd, bytes, 0, bytes.length, position, landed);
  }

  private whenIdle(): Promise<void> {
    return this.writesPending === 0 ? Promise.resolve() : new Promise((resolve) => this.idle.push(resolve));
  }

  /** Removes the temporary file, closing `fd` first when it is still ours (undefined: closed already). */
  private discard(fd: number | undefined): void {
    try {
      if (fd !== undefined) this.fs.closeSync(fd);
    } catch {
      // The disk is failing: nothing to add.
    }
    try {
      this.fs.unlinkSync(this.temporary);
    } catch {
      // Never created, or already renamed.
    }
  }
}

/** An opened cache file: its index in memory, its bodies read on demand. */
export class CacheFileReader {
  private constructor(
    private fd: number | undefined,
    readonly engine: string,
    private readonly entries: Map<string, CacheEntry>,
  ) {}

  /**
   * Opens a cache file for `engine`. A missing file gives undefined; one that is not a whole cache
   * of this format, version and engine gives the reason it is ignored (never an exception).
   */
  static open(path: string, engine: string): CacheFileReader | { ignored: string } | undefined {
    let fd: number;
    try {
      fd = nodeFs.openSync(path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      return { ignored: `it could not be opened (${(error as Error).message})` };
    }
    try {
      const entries = readIndex(fd, engine);
      if (typeof entries === 'string') {
        nodeFs.closeSync(fd);
        return { ignored: entries };
      }
      return new CacheFileReader(fd, engine, entries);
    } catch (error) {
      nodeFs.closeSync(fd);
      return { ignored: `it could not be read (${(error as Error).message})` };
    }
  }

  get size(): number {
    return this.entries.size;
  }

  entry(key: string): CacheEntry | undefined {
    return this.entries.get(key);
  }

  /** The record's body, or undefined when it cannot be read or its bytes are not the ones written. */
  body(entry: CacheEntry): Buffer | undefined {
    if (this.fd === undefined) return undefined;
    const bytes = Buffer.allocUnsafe(entry.length);
    try {
      if (readFully(this.fd, bytes, entry.offset) !== entry.length) return undefined;
    } catch {
      return undefined;
    }
    return sha256(bytes) === entry.bodyHash ? bytes : undefined;
  }

  /** Never throws: a failing disk at the end of an index must not become an error of the server's. */
  close(): void {
    const fd = this.fd;
    this.fd = undefined;
    try {
      if (fd !== undefined) nodeFs.closeSync(fd);
    } catch {
      // Nothing was written through it: nothing is lost.
    }
  }
}

/** The file's index, or why it is not a cache for this engine. */
function readIndex(fd: number, engine: string): Map<string, CacheEntry> | string {
  const size = nodeFs.fstatSync(fd).size;
  const head = Buffer.alloc(Math.min(size, MAX_HEADER_BYTES));
  readFully(fd, head, 0);
  const headerEnd = head.indexOf(0x0a);
  if (headerEnd < 0) return 'it has no header';
  let header: Partial<CacheHeader>;
  try {
    header = JSON.parse(head.subarray(0, headerEnd).toString('utf8')) as Partial<CacheHeader>;
  } catch {
    return 'its header is not JSON';
  }
  if (header?.format !== CACHE_FORMAT) return 'it is not a Policy Lens index cache';
  if (header.version !== CACHE_VERSION) return `it is of format version ${String(header.version)}, not ${CACHE_VERSION}`;
  if (header.engine !== engine) return 'it was written by another build of the engine';
  if (size < headerEnd + 1 + TRAILER_BYTES) return 'it is cut short';
  const trailerBytes = Buffer.alloc(TRAILER_BYTES);
  readFully(fd, trailerBytes, size - TRAILER_BYTES);
  const trailer = TRAILER.exec(trailerBytes.toString('latin1'));
  if (!trailer) return 'it is cut short (no trailer)';
  const indexOffset = Number(trailer[1]);
  const indexLength = Number(trailer[2]);
  if (indexOffset < headerEnd + 1 || indexOffset + indexLength !== size - TRAILER_BYTES) return 'its trailer does not fit the file';
  const index = Buffer.alloc(indexLength);
  readFully(fd, index, indexOffset);
  if (sha256(index).slice(0, TRAILER_HASH) !== trailer[3]) return 'its index is damaged';
  let rows: unknown;
  try {
    rows = JSON.parse(index.toString('utf8'));
  } catch {
    return 'its index is not JSON';
  }
  if (!Array.isArray(rows)) return 'its index is not a list';
  const entries = new Map<string, CacheEntry>();
  for (const row of rows) {
    const entry = entryOfRow(row, headerEnd + 1, indexOffset);
    if (!entry) return 'its index holds a malformed record';
    entries.set(entry.key, entry);
  }
  return entries;
}

function entryOfRow(row: unknown, firstBody: number, indexOffset: number): CacheEntry | undefined {
  if (!Array.isArray(row) || row.length !== 5) return undefined;
  const [key, textLength, offset, length, bodyHash] = row as unknown[];
  const count = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  if (typeof key !== 'string' || typeof bodyHash !== 'string' || !count(textLength) || !count(offset) || !count(length)) return undefined;
  if (offset < firstBody || offset + length > indexOffset) return undefined;
  return { key, textLength, offset, length, bodyHash };
}

function readFully(fd: number, into: Buffer, position: number): number {
  let read = 0;
  while (read < into.length) {
    const got = nodeFs.readSync(fd, into, read, into.length - read, position + read);
    if (got === 0) break;
    read += got;
  }
  return read;
}
