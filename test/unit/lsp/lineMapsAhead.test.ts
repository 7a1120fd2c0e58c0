import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../../../server/src/engine/corpus';
import type { DocumentAnalysis, Entity } from '../../../server/src/engine/types';
import { CorpusState } from '../../../server/src/lsp/corpusState';
import { makeLineMapsAhead } from '../../../server/src/lsp/lineMapsAhead';
import { references } from '../../../server/src/lsp/navigation';
import { LineMap } from '../../../server/src/lsp/positions';

// Line maps made ahead, between requests, must be the maps a request would have made: the same
// positions, whatever happened to the corpus between two slices (edits, removals, a rebuild).

function words(text: string): DocumentAnalysis {
  const entities: Entity[] = [];
  for (const match of text.matchAll(/o\w+/g)) {
    entities.push({ start: match.index!, end: match.index! + match[0].length, text: match[0], type: 'organisation', canonical: `org:${match[0]}`, canonicalName: match[0] });
  }
  return { entities, claims: [] };
}

function corpusOf(texts: Record<string, string>): CorpusState {
  const state = new CorpusState(new Corpus({ analyse: words }), (error) => {
    throw error;
  });
  for (const [key, text] of Object.entries(texts)) state.putDiskText(key, text, 'disk');
  return state;
}

const TEXTS: Record<string, string> = {
  'file:///a.txt': 'oacme\r\nx oacme\rzz\n oacme',
  'file:///b.txt': 'one\ntwo oacme\n\n',
  'file:///c.txt': 'oacme “curly” 𝒳 oacme\noacme',
  'file:///d.txt': '',
};

describe('line maps made ahead', () => {
  it('are the maps a request makes, for every document', async () => {
    const state = corpusOf(TEXTS);
    const count = await makeLineMapsAhead(state, async () => undefined, () => undefined, 0);
    expect(count).toBe(4);
    for (const key of Object.keys(TEXTS)) {
      const made = state.linesOf(key)!;
      const fresh = new LineMap(TEXTS[key]);
      for (let offset = 0; offset <= TEXTS[key].length; offset++) expect(made.positionAt(offset)).toEqual(fresh.positionAt(offset));
      // Kept: a request finds the same map instead of decoding the text again.
      expect(state.linesOf(key)).toBe(made);
    }
  });

  it('leave references as a request made alone gives them, with edits, removals and opens between slices', async () => {
    const alone = corpusOf(TEXTS);
    const state = corpusOf(TEXTS);
    const changes = [
      (s: CorpusState) => s.putDiskText('file:///b.txt', 'oacme\n\noacme two', 'disk'),
      (s: CorpusState) => s.remove('file:///c.txt', 'disk'),
      (s: CorpusState) => s.editorOpened('file:///d.txt', 'file:///d.txt', TextDocument.create('file:///d.txt', 'plaintext', 1, 'z\noacme')),
    ];
    let step = 0;
    await makeLineMapsAhead(
      state,
      async () => {
        changes[step]?.(state);
        changes[step]?.(alone);
        step++;
      },
      () => undefined,
      0,
    );
    const position = { line: 0, character: 1 };
    expect(references(state, 'file:///a.txt', position, true)).toEqual(references(alone, 'file:///a.txt', position, true));
    expect(references(state, 'file:///a.txt', position, true)).toHaveLength(6);
  });

  it('stops when a rebuild has replaced the corpus', async () => {
    const state = corpusOf(TEXTS);
    let yields = 0;
    const count = await makeLineMapsAhead(
      state,
      async () => {
        yields++;
        if (yields === 1) await state.rebuild(new Corpus({ analyse: words }), async () => undefined);
      },
      () => undefined,
      0,
    );
    expect(count).toBe(1);
  });
});
