import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../server/src/cli/lineIndex';

describe('LineIndex', () => {
  it('gives 1-based line and column for offsets on the first and later lines', () => {
    const index = new LineIndex('ab\ncd\nef');
    expect(index.at(0)).toEqual({ line: 1, column: 1 });
    expect(index.at(4)).toEqual({ line: 2, column: 2 });
    expect(index.at(6)).toEqual({ line: 3, column: 1 });
  });

  it('treats CRLF as one line break, so CRLF and LF files report the same positions', () => {
    const lf = new LineIndex('one\ntwo\nthree');
    const crlf = new LineIndex('one\r\ntwo\r\nthree');
    expect(crlf.at('one\r\ntwo\r\n'.length)).toEqual(lf.at('one\ntwo\n'.length));
    expect(crlf.at('one\r\ntwo\r\n'.length)).toEqual({ line: 3, column: 1 });
  });

  it('treats a lone carriage return as a line break, as editors do', () => {
    expect(new LineIndex('a\rb').at(2)).toEqual({ line: 2, column: 1 });
  });

  it('counts columns in UTF-16 code units, so an emoji takes two columns', () => {
    const text = '😀 NHS';
    expect(new LineIndex(text).at(text.indexOf('NHS'))).toEqual({ line: 1, column: 4 });
  });

  it('gives the exclusive end of a span at the end of the text and clamps beyond it', () => {
    const index = new LineIndex('abc');
    expect(index.at(3)).toEqual({ line: 1, column: 4 });
    expect(index.at(99)).toEqual({ line: 1, column: 4 });
  });
});
