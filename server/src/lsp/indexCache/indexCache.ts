import { mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFLICT_RULES, type ConflictRules } from '../../engine/claims/rules';
import type { AnalysisSetup } from '../../engine/corpus';
import type { AliasLink, DocumentAnalysis } from '../../engine/types';
import { CacheFileReader, CacheFileWriter, sha256, type CacheWriteFs } from './cacheFile';

// The index cache: each file's analysis kept on disk from one start of the server to the next, so
// that reopening a large workspace analyses only what changed since (as a compiler's build cache
// does). An analysis is reused only when everything it was computed from is the same:
//
//  - the file's bytes, as the loader read them (a sha256 of them, never a modification time, which
//    copies, checkouts and clock changes make unreliable);
//  - the engine: a hash of the analysis worker bundle's own bytes (engineHash.ts), so that every
//    rebuild or upgrade of the extension starts afresh;
//  - the analysis setup: the aliases and conflict rules every document is analysed with, and the
//    document's own overrides from annotations.
//
// The bytes and the setup make a record's key; the engine is checked once, in the file's header.
// What a record gives back is exactly what a worker's reply gives: the analysis's JSON and the
// text's length in UTF-16 code units. The cache never decides what the corpus holds: a record that
// cannot be read, or whose bytes are not the ones written, is ignored and its file analysed.
//
// A new cache file is written as the index goes (records reused are copied, fresh analyses added
// as they arrive) and replaces the old one only when the index completes (cacheFile.ts).

export const INDEX_CACHE_FILE_NAME = 'index-cache.bin';
/**
 * The largest cache file written. A 100 MB archive of 10,000 texts makes about 120 MB (an
 * analysis's JSON is about 1.2 times its text); past this, files are left out of the cache (and
 * analysed at each start), and the log says so.
 */
export const MAX_INDEX_CACHE_BYTES = 512 * 2 ** 20;

export interface IndexCacheOptions {
  /** A folder of the server's own (VS Code's workspace storage); created when missing. */
  directory: string;
  /** What identifies the engine build (engineHash.ts). */
  engine: string;
  log(message: string): void;
  maxBytes?: number;
  /** The writer's file-system calls (tests fail one). */
  fs?: CacheWriteFs;
}

/** A cached analysis, as a worker's reply would give it, with the record it came from. */
export interface CachedAnalysis {
  analysis: DocumentAnalysis;
  textLength: number;
  /** The record's body and its checked hash, copied into the new cache once the corpus has taken it (kept). */
  readonly body: Buffer;
  readonly bodyHash: string;
}

export class IndexCache {
  /** Files whose analysis was taken from the cache, and records refused as damaged. */
  reused = 0;
  damaged = 0;
  /** Records that did not fit under the size limit. */
  private leftOut = 0;
  private readonly setupDigests = new SetupDigests();

  private constructor(
    readonly path: string,
    private reader: CacheFileReader | undefined,
    private writer: CacheFileWriter | undefined,
    private readonly options: IndexCacheOptions,
  ) {}

  /**
   * Opens the cache in `directory` and starts its replacement. An old cache that is not usable is
   * ignored with one line in the log; a folder that cannot take a new file leaves the cache read-only.
   */
  static open(options: IndexCacheOptions): IndexCache {
    const path = join(options.directory, INDEX_CACHE_FILE_NAME);
    let writer: CacheFileWriter | undefined;
    try {
      mkdirSync(options.directory, { recursive: true });
      removeAbandonedFiles(options.directory);
      writer = CacheFileWriter.begin(path, options.engine, options.maxBytes ?? MAX_INDEX_CACHE_BYTES, options.fs);
    } catch (error) {
      options.log(`Index cache: cannot write in ${options.directory} (${(error as Error).message}); this index will not be kept.`);
    }
    const opened = CacheFileReader.open(path, options.engine);
    let reader: CacheFileReader | undefined;
    if (opened instanceof CacheFileReader) reader = opened;
    else if (opened) options.log(`Index cache: ignored ${path}: ${opened.ignored}. Every file is analysed${writer ? ', and a new cache written' : ''}.`);
    return new IndexCache(path, reader, writer, options);
  }

  /** How many analyses the old cache offers. */
  get offered(): number {
    return this.reader?.size ?? 0;
  }

  /** The record key of a text (its UTF-8 bytes as the loader read them) analysed with `setup`. */
  keyOf(bytes: Uint8Array, setup: AnalysisSetup): string {
    return `${sha256(bytes)}:${this.setupDigests.of(setup)}`;
  }

  /**
   * The cached analysis for `key`; undefined when there is none, or when its record is damaged (the
   * file is then analysed, and its fresh analysis stored). Once the corpus has taken it, `kept`
   * copies it into the new cache; if the corpus refuses it, `refused`.
   */
  take(key: string): CachedAnalysis | undefined {
    const entry = this.reader?.entry(key);
    if (!entry) return undefined;
    const body = this.reader!.body(entry);
    const analysis = body === undefined ? undefined : analysisOfBody(body, entry.textLength);
    if (!analysis) {
      this.damaged++;
      return undefined;
    }
    return { analysis, textLength: entry.textLength, body: body!, bodyHash: entry.bodyHash };
  }

  kept(key: string, cached: CachedAnalysis): void {
    this.reused++;
    this.write(key, cached.textLength, cached.body, cached.bodyHash);
  }

  /** A record that read as an analysis but that the corpus could not take: not copied, and counted as damaged. */
  refused(): void {
    this.damaged++;
  }

  /** A fresh analysis, as its worker sent it (JSON), for the new cache. */
  store(key: string, textLength: number, analysisJson: string): void {
    this.write(key, textLength, analysisJson);
  }

  /**
   * The index completed: the new cache replaces the old one. Resolves with a line for the log
   * (what was written, or why not); never rejects.
   */
  async finish(): Promise<string> {
    this.reader?.close();
    this.reader = undefined;
    const writer = this.writer;
    this.writer = undefined;
    const damaged = this.damaged > 0 ? ` ${this.damaged} damaged record(s) were ignored and their files analysed.` : '';
    if (!writer) return `Index cache: not written.${damaged}`;
    // A writer whose writes failed (a full disk) is committed too: commit reports the failure, and
    // closes and removes the partial file.
    try {
      await writer.commit();
    } catch (error) {
      return `Index cache: could not replace ${this.path} (${(error as Error).message}); the old one, if any, stays.${damaged}`;
    }
    const size = `${(writer.size / 2 ** 20).toFixed(1)} MB`;
    const limit =
      this.leftOut > 0
        ? ` It reached its limit of ${Math.round((this.options.maxBytes ?? MAX_INDEX_CACHE_BYTES) / 2 ** 20)} MB: ${this.leftOut} file(s) were left out and will be analysed at every start.`
        : '';
    const behind = writer.leftBehind > 0 ? ` The disk fell behind: ${writer.leftBehind} file(s) were left out, to be analysed at the next start.` : '';
    return `Index cache: wrote ${writer.records} analyses (${size}) to ${this.path}.${limit}${behind}${damaged}`;
  }

  /** The index was superseded or failed: the old cache stays as it was (resolves once the new file is gone). */
  abandon(): Promise<void> {
    this.reader?.close();
    this.reader = undefined;
    const writer = this.writer;
    this.writer = undefined;
    return writer ? writer.abandon() : Promise.resolve();
  }

  private write(key: string, textLength: number, body: string | Buffer, bodyHash?: string): void {
    const writer = this.writer;
    if (!writer?.open) return;
    const wasFull = writer.full;
    // A write that fails (a full disk) shows at finish, whose commit reports it and keeps the old cache.
    if (!writer.add(key, textLength, body, bodyHash) && writer.full) this.leftOut++;
    if (!wasFull && writer.full) this.options.log(`Index cache: reached its size limit; files from here on are not kept.`);
  }
}

/**
 * New caches that a server stopped before finishing left behind (the window closed mid-index): a
 * temporary file whose writer is no longer running. One still being written (its process is alive)
 * is left alone.
 */
function removeAbandonedFiles(directory: string): void {
  const prefix = `.${INDEX_CACHE_FILE_NAME}.tmp-`;
  for (const name of readdirSync(directory)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (pid === process.pid || isRunning(pid)) continue;
    try {
      unlinkSync(join(directory, name));
    } catch {
      // Gone already, or not ours to remove: harmless either way.
    }
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user has that id; it may be writing.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The analysis a record's body holds, when it reads as one: JSON of an object with lists of
 * entities and claims whose offsets lie inside the text. The body's hash was checked already; this
 * guards against a record written by something else under the right name.
 */
function analysisOfBody(body: Buffer, textLength: number): DocumentAnalysis | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const analysis = parsed as Partial<DocumentAnalysis>;
  if (!Array.isArray(analysis.entities) || !Array.isArray(analysis.claims)) return undefined;
  if (analysis.documentDate !== undefined && typeof analysis.documentDate !== 'string') return undefined;
  if (analysis.mastheadDate !== undefined && typeof analysis.mastheadDate !== 'string') return undefined;
  const inside = (span: unknown): boolean => {
    const { start, end } = (span ?? {}) as { start?: unknown; end?: unknown };
    return typeof start === 'number' && typeof end === 'number' && start >= 0 && start <= end && end <= textLength;
  };
  if (!analysis.entities.every(inside) || !analysis.claims.every(inside)) return undefined;
  return analysis as DocumentAnalysis;
}

/**
 * A digest of the analysis setup. The aliases and rules are the same objects for every document of
 * a corpus (the engine compiles an alias list once per array), so their digest is made once per
 * pair; a document's own overrides, rare, are added to it.
 */
class SetupDigests {
  private last: { aliases: readonly AliasLink[] | undefined; rules: ConflictRules; digest: string } | undefined;

  of(setup: AnalysisSetup): string {
    const aliases = setup.options?.aliases;
    if (!this.last || this.last.aliases !== aliases || this.last.rules !== setup.rules) {
      // The shipped rules are part of the engine build, which the engine hash covers.
      const rules = setup.rules === DEFAULT_CONFLICT_RULES ? 'shipped' : setup.rules;
      this.last = { aliases, rules: setup.rules, digest: sha256(JSON.stringify({ aliases: aliases ?? [], rules })) };
    }
    const overrides = setup.options?.overrides;
    return overrides && overrides.length > 0 ? sha256(`${this.last.digest}\n${JSON.stringify(overrides)}`) : this.last.digest;
  }
}
