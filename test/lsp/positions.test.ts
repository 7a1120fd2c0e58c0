import { describe, expect, it } from 'vitest';
import { LineMap, LineMapCache } from '../../server/src/lsp/positions';

describe('LineMap: engine offsets ⇄ LSP positions', () => {
  it('counts UTF-16 code units, so an astral character takes two columns', () => {
    const text = 'x😀 Circle\nNHS';
    const lines = new LineMap(text);
    const offset = text.indexOf('Circle');
    expect(lines.positionAt(offset)).toEqual({ line: 0, character: 4 });
    expect(lines.offsetAt({ line: 0, character: 4 })).toBe(offset);
    expect(lines.positionAt(text.indexOf('NHS'))).toEqual({ line: 1, character: 0 });
  });

  it('ends lines at \\n, \\r\\n and a lone \\r', () => {
    const lines = new LineMap('a\r\nb\rc\nd');
    expect(lines.lineCount).toBe(4);
    expect(lines.positionAt(3)).toEqual({ line: 1, character: 0 });
    expect(lines.positionAt(5)).toEqual({ line: 2, character: 0 });
    expect(lines.lineContentEnd(0)).toBe(1);
    expect(lines.lineContentEnd(3)).toBe(8);
  });

  it('clamps positions past the end of a line or of the text, and negative ones', () => {
    const lines = new LineMap('short\r\nline two');
    expect(lines.offsetAt({ line: 0, character: 99 })).toBe(5);
    expect(lines.offsetAt({ line: 40, character: 0 })).toBe('short\r\nline two'.length);
    expect(lines.offsetAt({ line: -1, character: 3 })).toBe(0);
    expect(lines.positionAt(1000)).toEqual({ line: 1, character: 8 });
    expect(lines.positionAt(-5)).toEqual({ line: 0, character: 0 });
  });

  it('is rebuilt by the cache only when the text changes', () => {
    const cache = new LineMapCache(2);
    const first = cache.get('a', 'one\ntwo');
    expect(cache.get('a', 'one\ntwo')).toBe(first);
    expect(cache.get('a', 'one\ntwo\nthree')).not.toBe(first);
  });

  it('keeps only the most recently used maps', () => {
    const cache = new LineMapCache(2);
    const a = cache.get('a', 'x');
    cache.get('b', 'y');
    cache.get('a', 'x');
    cache.get('c', 'z');
    expect(cache.get('a', 'x')).toBe(a);
    const b = cache.get('b', 'y');
    expect(b.length).toBe(1);
  });
});
