import { describe, expect, it } from 'vitest';
import { compileGlob, compileGlobs } from '../../server/src/lsp/glob';

describe('corpus globs, as VS Code settings spell them', () => {
  it('"**/" matches any depth, including the top level', () => {
    const matches = compileGlob('**/*.{txt,md}');
    expect(matches('a.txt')).toBe(true);
    expect(matches('deep/down/b.md')).toBe(true);
    expect(matches('notes.json')).toBe(false);
    expect(matches('a.txt.bak')).toBe(false);
  });

  it('"*" and "?" stay within one path segment', () => {
    expect(compileGlob('docs/*.txt')('docs/a.txt')).toBe(true);
    expect(compileGlob('docs/*.txt')('docs/sub/a.txt')).toBe(false);
    expect(compileGlob('file?.txt')('file1.txt')).toBe(true);
    expect(compileGlob('file?.txt')('file12.txt')).toBe(false);
  });

  it('excludes whole folders wherever they are, and only those folders', () => {
    const excluded = compileGlob('**/{node_modules,.git,.policy-lens}/**');
    expect(excluded('node_modules/pkg/readme.txt')).toBe(true);
    expect(excluded('a/b/.git/HEAD')).toBe(true);
    expect(excluded('.policy-lens/reviews.json')).toBe(true);
    expect(excluded('my_node_modules/x.txt')).toBe(false);
    expect(excluded('gitnotes/x.txt')).toBe(false);
  });

  it('supports nested alternatives, character classes and escapes', () => {
    expect(compileGlob('{a,{b,c}}.txt')('c.txt')).toBe(true);
    expect(compileGlob('report[0-9].md')('report7.md')).toBe(true);
    expect(compileGlob('report[!0-9].md')('report7.md')).toBe(false);
    expect(compileGlob('literal\\*.txt')('literal*.txt')).toBe(true);
    expect(compileGlob('literal\\*.txt')('literalx.txt')).toBe(false);
  });

  it('treats regular-expression characters in names literally', () => {
    expect(compileGlob('notes (draft)+.txt')('notes (draft)+.txt')).toBe(true);
    expect(compileGlob('a.txt')('abtxt')).toBe(false);
  });

  it('matches a list of patterns when any matches, and nothing for an empty list', () => {
    expect(compileGlobs(['**/*.md', 'docs/**'])('docs/x.json')).toBe(true);
    expect(compileGlobs([])('a.txt')).toBe(false);
  });
});
