import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../../../server/src/files/readText';

// readTextFile reads the whole file into a buffer sized by fstat: these pin down what it reads when
// the size is wrong or the text large, and which files it refuses and why.

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'policy-lens-read-text-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

describe('readTextFile', () => {
  it('reads every byte of a text larger than any one read, with characters across the whole range', () => {
    const text = 'Budget of £1.2\u00a0million for “the Trust” — 50% in 2024.\n'.repeat(20_000);
    expect(readTextFile(file('large.txt', text))).toEqual({ ok: true, text });
  });

  it('reads an empty file as an empty text', () => {
    expect(readTextFile(file('empty.txt', ''))).toEqual({ ok: true, text: '' });
  });

  it.skipIf(process.platform !== 'linux')('reads to the end of a file whose reported size is smaller than its content', () => {
    // Files under /proc report a size of 0 and still hold text.
    const read = readTextFile('/proc/self/status');
    expect(read.ok && read.text.includes('Pid:')).toBe(true);
  });

  it.skipIf(process.platform !== 'linux')('holds a file that reports less than it holds to the size limit', () => {
    // /proc/self/status reports 0 bytes and holds about a kilobyte.
    const read = readTextFile('/proc/self/status', 100);
    expect(read).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!read.ok && read.message).toContain('over the 0 KB limit');
  });

  it('drops a leading byte order mark and keeps a later one', () => {
    const path = file('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('a\ufeffb', 'utf8')]));
    expect(readTextFile(path)).toEqual({ ok: true, text: 'a\ufeffb' });
  });

  it('refuses a NUL byte in the first 8 KB as binary, and accepts one after it', () => {
    const early = Buffer.concat([Buffer.from('x'.repeat(8191)), Buffer.from([0])]);
    const late = Buffer.concat([Buffer.from('x'.repeat(8192)), Buffer.from([0])]);
    expect(readTextFile(file('early.txt', early))).toMatchObject({ ok: false, reason: 'binary' });
    expect(readTextFile(file('late.txt', late))).toEqual({ ok: true, text: `${'x'.repeat(8192)}\0` });
  });

  it('refuses invalid UTF-8 (a lone surrogate encoded, a truncated sequence)', () => {
    expect(readTextFile(file('surrogate.txt', new Uint8Array([0x61, 0xed, 0xa0, 0x80])))).toMatchObject({ ok: false, reason: 'invalid-utf8' });
    expect(readTextFile(file('truncated.txt', new Uint8Array([0x61, 0xe2, 0x82])))).toMatchObject({ ok: false, reason: 'invalid-utf8' });
  });

  it('refuses a file over the size limit before reading it, and a directory or a missing path with a reason', () => {
    expect(readTextFile(file('big.txt', 'x'.repeat(2048)), 1024)).toMatchObject({ ok: false, reason: 'too-large', message: '2 KB is over the 1 KB limit' });
    expect(readTextFile(folder)).toEqual({ ok: false, reason: 'unreadable', message: 'a directory, not a file' });
    expect(readTextFile(join(folder, 'missing.txt'))).toEqual({ ok: false, reason: 'unreadable', message: 'ENOENT' });
  });
});
