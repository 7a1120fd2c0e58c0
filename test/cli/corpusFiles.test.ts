import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCorpusFiles } from '../../server/src/files/corpusFiles';
import { workspace } from './helpers';

describe('listCorpusFiles', () => {
  const root = workspace({
    'corpus/b.txt': 'b',
    'corpus/a.md': 'a',
    'corpus/notes.pdf': 'not a text',
    'corpus/sub/c.TXT': 'c',
    'corpus/node_modules/x.txt': 'dependency',
    'corpus/.policy-lens/annotations/a.md.jsonld': '{}',
    'empty/readme.pdf': 'x',
    'single.dat': 'chosen explicitly',
  });

  it('expands a directory to its .txt and .md files recursively, sorted, keeping the path as given', () => {
    expect(listCorpusFiles(['corpus'], { cwd: root })).toEqual({
      files: [join('corpus', 'a.md'), join('corpus', 'b.txt'), join('corpus', 'sub', 'c.TXT')],
      problems: [],
    });
  });

  it('takes a file named explicitly whatever its extension, and lists a file only once', () => {
    const { files } = listCorpusFiles(['single.dat', 'corpus/b.txt', 'corpus'], { cwd: root });
    expect(files).toEqual(['single.dat', 'corpus/b.txt', join('corpus', 'a.md'), join('corpus', 'sub', 'c.TXT')]);
  });

  it('reports a missing path and a directory without texts as problems', () => {
    const { files, problems } = listCorpusFiles(['nowhere.txt', 'empty'], { cwd: root });
    expect(files).toEqual([]);
    expect(problems.map((p) => p.reason)).toEqual(['missing', 'no-texts']);
    expect(problems[0].message).toContain('nowhere.txt');
  });
});
