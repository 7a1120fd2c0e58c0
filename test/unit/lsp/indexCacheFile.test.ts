import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_VERSION, CacheFileReader, CacheFileWriter, TRAILER_BYTES, type CacheWriteFs } from '../../../server/src/lsp/indexCache/cacheFile';
import { IndexCache } from '../../../server/src/lsp/indexCache/indexCache';

// The index cache's file format: records written one by one, read back by key, and a file that is
// not a whole cache of this engine and version is refused as a whole, never half read.

const root = mkdtempSync(join(tmpdir(), 'policy-lens-cache-file-'));
let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(root, 'case-'));
  path = join(dir, 'index-cache.bin');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const analysisJson = (i: number) => JSON.stringify({ entities: [{ start: i, end: i + 3, text: `é${i}𝔘` }], claims: [] });

async function writeCache(records: number, engine = 'engine-a', maxBytes = Infinity): Promise<CacheFileWriter> {
  const writer = CacheFileWriter.begin(path, engine, maxBytes);
  for (let i = 0; i < records; i++) writer.add(`key-${i}`, 100 + i, analysisJson(i));
  await writer.commit();
  return writer;
}

function opened(engine = 'engine-a'): CacheFileReader {
  const reader = CacheFileReader.open(path, engine);
  if (!(reader instanceof CacheFileReader)) throw new Error(`not opened: ${JSON.stringify(reader)}`);
  return reader;
}

function ignoredReason(engine = 'engine-a'): string {
  const result = CacheFileReader.open(path, engine);
  if (result instanceof CacheFileReader) {
    result.close();
    return 'opened';
  }
  return result?.ignored ?? 'missing';
}

describe('the index cache file', () => {
  it('gives back every record written, by key: its text length and its exact body', async () => {
    const writer = await writeCache(50);
    expect(writer.size).toBe(readFileSync(path).length);
    const reader = opened();
    expect(reader.size).toBe(50);
    for (const i of [0, 17, 49]) {
      const entry = reader.entry(`key-${i}`)!;
      expect(entry.textLength).toBe(100 + i);
      expect(reader.body(entry)!.toString('utf8')).toBe(analysisJson(i));
    }
    expect(reader.entry('key-50')).toBeUndefined();
    reader.close();
  });

  it('copies a body read as bytes byte for byte', async () => {
    await writeCache(3);
    const reader = opened();
    const body = reader.body(reader.entry('key-1')!)!;
    reader.close();
    const copy = CacheFileWriter.begin(path, 'engine-a', Infinity);
    copy.add('key-1', 101, body);
    await copy.commit();
    const again = opened();
    expect(again.body(again.entry('key-1')!)!.equals(body)).toBe(true);
    again.close();
  });

  it('keeps the first record of a key written twice', async () => {
    const writer = CacheFileWriter.begin(path, 'engine-a', Infinity);
    expect(writer.add('same', 1, '{"a":1}')).toBe(true);
    expect(writer.add('same', 2, '{"a":2}')).toBe(false);
    await writer.commit();
    const reader = opened();
    expect(reader.size).toBe(1);
    expect(reader.body(reader.entry('same')!)!.toString()).toBe('{"a":1}');
    reader.close();
  });

  it('is missing (not ignored) when there is no file', () => {
    expect(CacheFileReader.open(join(dir, 'none.bin'), 'engine-a')).toBeUndefined();
  });

  it('is refused whole when written by another engine build or in another format version', async () => {
    await writeCache(3, 'engine-a');
    expect(ignoredReason('engine-b')).toMatch(/another build of the engine/);
    const text = readFileSync(path, 'latin1');
    writeFileSync(path, text.replace(`"version":${CACHE_VERSION}`, `"version":${CACHE_VERSION + 1}`), 'latin1');
    expect(ignoredReason()).toMatch(/format version/);
  });

  it('is refused whole when cut short anywhere, never read in part', async () => {
    await writeCache(5);
    const whole = readFileSync(path);
    // Every length short of the whole file, in steps that land in the header, bodies, index and trailer.
    for (let length = 0; length < whole.length; length += length < 200 ? 7 : 1) {
      writeFileSync(path, whole.subarray(0, length));
      expect(ignoredReason(), `cut at ${length} of ${whole.length}`).not.toBe('opened');
    }
    writeFileSync(path, whole);
    expect(ignoredReason()).toBe('opened');
  });

  it('is refused when it is garbage, or another file under its name', () => {
    for (const content of ['', 'hello\n', '{"format":"policy-lens-index-cache"', Buffer.alloc(4096, 0xff), '{"format":"something-else","version":1}\n' + 'x'.repeat(200)]) {
      writeFileSync(path, content);
      expect(ignoredReason()).not.toBe('opened');
    }
  });

  it('refuses its whole index when the index is damaged', async () => {
    await writeCache(5);
    const bytes = readFileSync(path);
    // A digit of the first record's text length, in the index line.
    const indexStart = bytes.lastIndexOf('[["key-0",');
    bytes[indexStart + '[["key-0",10'.length] ^= 1;
    writeFileSync(path, bytes);
    expect(ignoredReason()).toMatch(/index is damaged/);
  });

  it('refuses only the record whose body is damaged', async () => {
    await writeCache(3);
    const bytes = readFileSync(path);
    const at = bytes.indexOf(analysisJson(1)) + 30;
    bytes[at] = bytes[at] === 0x31 ? 0x32 : 0x31;
    writeFileSync(path, bytes);
    const reader = opened();
    expect(reader.body(reader.entry('key-1')!)).toBeUndefined();
    expect(reader.body(reader.entry('key-0')!)!.toString()).toBe(analysisJson(0));
    expect(reader.body(reader.entry('key-2')!)!.toString()).toBe(analysisJson(2));
    reader.close();
  });

  it('stops taking records at its size limit and says so, keeping those it took', async () => {
    const one = Buffer.byteLength(analysisJson(10)) + 1 + 240;
    const writer = await writeCache(20, 'engine-a', 200 + 5 * one + TRAILER_BYTES);
    expect(writer.full).toBe(true);
    expect(writer.records).toBeGreaterThan(0);
    expect(writer.records).toBeLessThan(20);
    const reader = opened();
    expect(reader.size).toBe(writer.records);
    expect(reader.body(reader.entry('key-0')!)!.toString()).toBe(analysisJson(0));
    reader.close();
  });

  it('leaves the old cache in place, readable, until the new one is committed; abandoning it leaves no file behind', async () => {
    await writeCache(2);
    const before = readFileSync(path);
    const writer = CacheFileWriter.begin(path, 'engine-a', Infinity);
    writer.add('new', 1, '{"entities":[],"claims":[]}');
    // Mid-write, the name still holds the old, whole cache.
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(opened().size).toBe(2);
    await writer.abandon();
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['index-cache.bin']);
  });

  it('keeps the old cache when the disk fills while records are written, and leaves no temporary file', async () => {
    await writeCache(2);
    const before = readFileSync(path);
    // fs.write(fd, buffer, offset, length, position, callback), failing as a full disk does.
    const write = ((...args: unknown[]) =>
      (args[5] as (error: Error | null, written: number) => void)(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }), 0)) as unknown as typeof fs.write;
    const writer = CacheFileWriter.begin(path, 'engine-a', Infinity, { ...fs, write });
    writer.add('new', 1, '{"entities":[],"claims":[]}');
    expect(writer.open).toBe(false);
    await expect(writer.commit()).rejects.toThrow(/disk is full/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['index-cache.bin']);
  });

  it('replaces the old cache by a rename: a failed rename leaves the old one and no temporary file', async () => {
    await writeCache(2);
    const before = readFileSync(path);
    const rename = ((_from: fs.PathLike, _to: fs.PathLike, callback: fs.NoParamCallback) => callback(Object.assign(new Error('EIO'), { code: 'EIO' }))) as typeof fs.rename;
    // Closed before the rename, its descriptor may be another file's by then: it is not closed again.
    const closedAgain: number[] = [];
    const closeSync = ((fd: number) => closedAgain.push(fd)) as typeof fs.closeSync;
    const failingRename: CacheWriteFs = { ...fs, rename, closeSync };
    const writer = CacheFileWriter.begin(path, 'engine-a', Infinity, failingRename);
    writer.add('new', 1, '{"entities":[],"claims":[]}');
    await expect(writer.commit()).rejects.toThrow(/Could not write/);
    expect(closedAgain).toEqual([]);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['index-cache.bin']);
  });
});

describe('the index cache at the end of an index', () => {
  it('after a failed write (a full disk), says why it was not written, closes its file and leaves no temporary file', async () => {
    await writeCache(2);
    const before = readFileSync(path);
    const write = ((...args: unknown[]) =>
      (args[5] as (error: Error | null, written: number) => void)(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }), 0)) as unknown as typeof fs.write;
    const cache = IndexCache.open({ directory: dir, engine: 'engine-a', log: () => undefined, fs: { ...fs, write } });
    cache.store('new', 1, '{"entities":[],"claims":[]}');
    expect(await cache.finish()).toMatch(/could not replace .*disk is full/i);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['index-cache.bin']);
  });
});
