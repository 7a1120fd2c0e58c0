import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownCopy } from '../../../server/src/engine/text/ownCopy';

// What a cache or memo keeps of a document must not keep the document. The heap can only be
// weighed after a full collection, so this runs in a child process started with --expose-gc.

const repoRoot = join(__dirname, '..', '..', '..');

/** MB of heap still used after keeping a 40-character slice of each of 40 two-MB texts (a typing session's versions). */
function heapKeptMb(copy: boolean): number {
  const script = `
    const { ownCopy } = require('./server/src/engine/text/ownCopy.ts');
    const kept = [];
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let version = 0; version < 40; version++) {
      const text = ('Version ' + version + ' of a long report, with curly quotes \\u2019 ').repeat(20000);
      const slice = text.slice(1000, 1040);
      kept.push(${copy ? 'ownCopy(slice)' : 'slice'});
    }
    gc();
    console.log(JSON.stringify((process.memoryUsage().heapUsed - before) / 1e6));
  `;
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim()) as number;
}

describe('a string of its own', () => {
  it('has the same characters, short or long, astral characters included', () => {
    for (const text of ['', 'short', 'x'.repeat(13), 'Circle Health Partnership’s 49.9% 😀 stake'.repeat(3)]) expect(ownCopy(text)).toBe(text);
  });

  it('keeps only itself alive, where a plain slice keeps its whole text', () => {
    expect(heapKeptMb(false)).toBeGreaterThan(40);
    expect(heapKeptMb(true)).toBeLessThan(5);
  }, 30_000);
});
