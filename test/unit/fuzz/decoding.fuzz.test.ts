import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkText, decodeText, readTextBytes, readTextFile } from '../../../server/src/files/readText';
import { checkProperty, FUZZ_RUNS, policyText, repoRoot } from './arbitraries';

// Bytes from disk: the language server and the CLI decode every corpus file through readText.ts.
// Whatever the bytes (a BOM, NUL bytes, invalid or truncated UTF-8, CRLF or lone CR), decoding
// must not throw, must accept exactly the valid UTF-8 texts without NUL bytes, and must give back
// the text exactly (a leading BOM dropped, as the editor drops it). Then the CLI, as a separate
// process with a time limit, reads a folder of hostile files, including things that are not files
// at all, and must skip each with a warning rather than crash or hang.

const BOM = [0xef, 0xbb, 0xbf];
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** No lone surrogates (which UTF-8 cannot hold). String#isWellFormed is newer than the project's TypeScript lib. */
const isWellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

/** The independent oracle for "valid UTF-8": decoding and re-encoding gives the same bytes back. */
function isValidUtf8(bytes: Uint8Array): boolean {
  return Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf8').equals(Buffer.from(bytes));
}

/** Bytes that are mostly text with damage: stray continuation bytes, truncated sequences, overlongs, NULs, BOMs. */
const damagedBytes = fc
  .tuple(
    policyText(12),
    fc.array(
      fc.tuple(fc.nat(), fc.constantFrom([0x00], [0x80], [0xc0, 0xaf], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xff], [0xfe, 0xff], BOM, [0x0d], [0x0d, 0x0a])),
      { maxLength: 3 },
    ),
  )
  .map(([text, damage]) => {
    const bytes = [...utf8(text)];
    for (const [at, insert] of damage) bytes.splice(bytes.length === 0 ? 0 : at % (bytes.length + 1), 0, ...insert);
    return new Uint8Array(bytes);
  });
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 48 }), damagedBytes);

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'policy-lens-decoding-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.each(FUZZ_RUNS)('decoding bytes ($label)', (run) => {
  it('accepts exactly valid UTF-8 without NUL bytes, and never throws', () => {
    checkProperty(
      fc.property(anyBytes, (bytes) => {
        const result = decodeText(bytes);
        expect(result.ok).toBe(!bytes.includes(0) && isValidUtf8(bytes));
        if (result.ok) {
          const bomless = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
          expect(result.text).toBe(Buffer.from(bomless).toString('utf8'));
        }
      }),
      run,
      15_000,
    );
  });

  it('gives back any text exactly, CRLF and lone CR untouched, with or without a BOM', () => {
    const text = fc.oneof(policyText(15), fc.string({ unit: 'binary', maxLength: 30 })).filter((t) => isWellFormed(t) && !t.includes('\0'));
    checkProperty(
      fc.property(text, fc.boolean(), (t, withBom) => {
        const bytes = withBom ? new Uint8Array([...BOM, ...utf8(t)]) : utf8(t);
        expect(decodeText(bytes)).toEqual({ ok: true, text: withBom || !t.startsWith('\uFEFF') ? t : t.slice(1) });
      }),
      run,
      10_000,
    );
  });

  it('reads a file from disk exactly as it decodes its bytes', () => {
    let index = 0;
    checkProperty(
      fc.property(anyBytes, (bytes) => {
        const path = join(folder, `${run.label.replace(/\W/g, '')}-${index++}.txt`);
        writeFileSync(path, bytes);
        expect(readTextFile(path)).toEqual(decodeText(bytes));
      }),
      run,
      1_000,
    );
  });

  it('reads a file as checked bytes that decode to the text readTextFile gives, and refuses it with the same reason and message', () => {
    let index = 0;
    checkProperty(
      fc.property(anyBytes, fc.boolean(), (raw, withBom) => {
        const bytes = withBom ? new Uint8Array([...BOM, ...raw]) : raw;
        const path = join(folder, `${run.label.replace(/\W/g, '')}-bytes-${index++}.txt`);
        writeFileSync(path, bytes);
        const read = readTextBytes(path);
        const decoded = readTextFile(path);
        if (read.ok) expect(decoded).toEqual({ ok: true, text: read.bytes.toString('utf8') });
        else expect(read).toEqual(decoded);
        expect(checkText(bytes)).toEqual(read);
      }),
      run,
      1_000,
    );
  });
});

describe('the CLI on a folder of hostile files', () => {
  it('skips binary, undecodable, oversized and non-files with a warning, analyses the rest, and neither crashes nor hangs', () => {
    const hostile = join(folder, 'hostile');
    mkdirSync(hostile);
    const files: Record<string, Uint8Array | string> = {
      'bom.txt': new Uint8Array([...BOM, ...utf8('The NHS employs 1.2 million staff.\r\n')]),
      'crlf.txt': 'Circle Health Partnership said on 17 November 2010\r\nthat 49.9% is owned by staff.\r\n',
      'lone-cr.txt': 'Ed Mayo\rof Co-operatives UK\rsaid 770 staff.\r',
      'mixed.txt': 'Line one\r\nLine two\rLine three\nThe King’s Fund 😀 e\u0301 \u202Eمرحبا\u200B.',
      'nul.txt': new Uint8Array([...utf8('The NHS'), 0, ...utf8(' said')]),
      'invalid.txt': new Uint8Array([...utf8('Circle '), 0xc3, 0x28, ...utf8(' said')]),
      'truncated.txt': new Uint8Array([...utf8('Circle said 😀'), 0xf0, 0x9f]),
      'empty.txt': '',
      'long-line.txt': 'a'.repeat(3 * 1024 * 1024),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(hostile, name), content);
    mkdirSync(join(hostile, 'folder.txt'));
    symlinkSync(join(hostile, 'nowhere.txt'), join(hostile, 'dangling.txt'));
    execFileSync('mkfifo', [join(hostile, 'pipe.txt')]);
    symlinkSync(join(hostile, 'pipe.txt'), join(hostile, 'to-pipe.txt'));
    symlinkSync(hostile, join(hostile, 'loop'));

    const good = ['bom.txt', 'crlf.txt', 'empty.txt', 'lone-cr.txt', 'mixed.txt'];
    const cli = (...paths: string[]) =>
      spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'extract', '--format', 'json', ...paths], { cwd: hostile, encoding: 'utf8', timeout: 60_000 });
    const analysedBy = (result: ReturnType<typeof cli>) =>
      (JSON.parse(result.stdout) as { documents: Array<{ file: string }> }).documents.map((d) => d.file).sort();

    // Named one by one, so the CLI opens every one of them, the pipe and the link to it included.
    const named = cli(...Object.keys(files), 'pipe.txt', 'to-pipe.txt');
    expect(named.error, 'the CLI hung or could not start').toBeUndefined();
    expect(named.status).toBe(0);
    expect(analysedBy(named)).toEqual(good);
    for (const skipped of ['nul.txt', 'invalid.txt', 'truncated.txt', 'long-line.txt', 'pipe.txt', 'to-pipe.txt']) {
      expect(named.stderr).toMatch(new RegExp(`${skipped.replace('.', '\\.')}: skipped`));
    }

    // The folder as a whole: a folder named like a text, a dangling link and a link back to the folder itself.
    const walked = cli('.');
    expect(walked.error, 'the CLI hung walking the folder').toBeUndefined();
    expect(walked.status).toBe(0);
    expect(analysedBy(walked)).toEqual(good);
  }, 90_000);
});
