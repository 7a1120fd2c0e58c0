import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Location } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../../../server/src/engine/corpus';
import type { DocumentAnalysis, Entity } from '../../../server/src/engine/types';
import { CorpusState } from '../../../server/src/lsp/corpusState';
import { references } from '../../../server/src/lsp/navigation';
import { LineMap } from '../../../server/src/lsp/positions';
import { ReferencePlaces } from '../../../server/src/lsp/referencePlaces';

// Find All References keeps the locations it made (referencePlaces.ts) and makes a document's again
// only when its text, its URI or its mentions changed. Whatever happened in between (documents
// added, changed, removed, opened under another spelling of their URI, typed into, closed), an
// answer must be the one a scan of every document's text and entities gives: same locations, same
// order. A stand-in analyser reads each word as one mention, so a test controls them exactly.

/** "o<name>": an organisation with a canonical id; "d<year>": a date (no canonical id); anything else: nothing. */
function standInAnalyser(text: string): DocumentAnalysis {
  const entities: Entity[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const word = match[0];
    const span = { start: match.index!, end: match.index! + word.length, text: word };
    if (word[0] === 'o') entities.push({ ...span, type: 'organisation', canonical: `org:${word.slice(1)}`, canonicalName: word.slice(1) });
    else if (word[0] === 'd') entities.push({ ...span, type: 'date', value: { kind: 'date', iso: word.slice(1), precision: 'year' } });
  }
  return { entities, claims: [] };
}

const WORDS = ['oacme', 'obeta', 'd2011', 'd2012', 'zzz', 'ox'];
const BREAKS = [' ', ' ', '\n', '\r\n', '\r', '  \n\n'];
const DOCS = ['file:///c/a.txt', 'file:///c/b.txt', 'file:///c/c%20d.txt', 'file:///c/e.txt'];
/** How the editor spells each document's URI when it opens it (a drive letter's case, an encoded character). */
const CLIENT_URIS = ['file:///c/a.txt', 'file:///C/b.txt', 'file:///c/c d.txt', 'file:///c/e.txt'];

const textArbitrary = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...BREAKS)), { maxLength: 12 })
  .map((pairs) => pairs.map(([word, gap]) => word + gap).join(''));

type Step =
  | { kind: 'disk'; doc: number; text: string }
  | { kind: 'remove'; doc: number }
  | { kind: 'open'; doc: number; text: string }
  | { kind: 'type'; doc: number; text: string }
  | { kind: 'close'; doc: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('disk' as const), doc: fc.nat(DOCS.length - 1), text: textArbitrary }),
  fc.record({ kind: fc.constant('remove' as const), doc: fc.nat(DOCS.length - 1) }),
  fc.record({ kind: fc.constant('open' as const), doc: fc.nat(DOCS.length - 1), text: textArbitrary }),
  fc.record({ kind: fc.constant('type' as const), doc: fc.nat(DOCS.length - 1), text: textArbitrary }),
  fc.record({ kind: fc.constant('close' as const), doc: fc.nat(DOCS.length - 1) }),
);

/** Every document's mentions the same as `entity` (same canonical id, else same type and value), in corpus order, placed from the document's text. */
function scanned(state: CorpusState, entity: Entity): Location[] {
  const same = (other: Entity) =>
    entity.canonical ? other.canonical === entity.canonical : !other.canonical && other.type === entity.type && other.value?.kind === 'date' && entity.value?.kind === 'date' && other.value.iso === entity.value.iso;
  const out: Location[] = [];
  for (const doc of state.documents().sort()) {
    const entry = state.engine.get(doc)!;
    const lines = new LineMap(entry.text);
    const mentions = entry.analysis.entities.filter(same).sort((a, b) => a.start - b.start);
    for (const mention of mentions) out.push({ uri: state.clientUri(doc), range: lines.range(mention.start, mention.end) });
  }
  return out;
}

function apply(state: CorpusState, open: Map<number, TextDocument>, step: Step): void {
  const key = DOCS[step.doc];
  switch (step.kind) {
    case 'disk':
      state.putDiskText(key, step.text, 'disk');
      break;
    case 'remove':
      state.remove(key, 'disk');
      break;
    case 'open':
      if (open.has(step.doc)) break;
      open.set(step.doc, TextDocument.create(CLIENT_URIS[step.doc], 'plaintext', 1, step.text));
      state.editorOpened(key, CLIENT_URIS[step.doc], open.get(step.doc)!);
      break;
    case 'type': {
      const document = open.get(step.doc);
      if (!document) break;
      const next = TextDocument.create(document.uri, 'plaintext', document.version + 1, step.text);
      open.set(step.doc, next);
      state.editorChanged(key, next);
      break;
    }
    case 'close':
      if (!open.delete(step.doc)) break;
      state.editorClosed(key);
      break;
  }
}

describe('references kept from one answer to the next', () => {
  it('equal a scan of every document after any adds, edits, removals, opens, typing and closes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(stepArbitrary, fc.nat(), fc.boolean()), { minLength: 1, maxLength: 25 }), (steps) => {
        const state = new CorpusState(new Corpus({ analyse: standInAnalyser }), (error) => {
          throw error;
        });
        const open = new Map<number, TextDocument>();
        for (const [step, pick, includeDeclaration] of steps) {
          apply(state, open, step);
          // References apply every pending edit first (a burst of typing not yet analysed); the scan reads what they read.
          state.flushAll();
          // Asked after every step, so that kept locations meet every kind of change.
          for (const doc of state.documents().sort()) {
            const snapshot = state.snapshot(doc)!;
            const entities = snapshot.analysis.entities;
            if (entities.length === 0) continue;
            const entity = entities[pick % entities.length];
            const expected = scanned(state, entity);
            if (!includeDeclaration) expected.shift();
            const found = references(state, doc, snapshot.lines.positionAt(entity.start), includeDeclaration);
            expect(found).toEqual(expected);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('ReferencePlaces', () => {
  const lines = new LineMap('oacme obeta\noacme\n');
  const acme = (start: number): Entity => ({ start, end: start + 5, text: 'oacme', type: 'organisation', canonical: 'org:acme' });

  it('gives the locations it made before, as long as the line map, URI and offsets are the same', () => {
    const places = new ReferencePlaces();
    const mentions = [acme(0), acme(12)];
    const first = places.locations('org:acme', [['a', mentions]], () => lines, () => 'file:///a');
    const again = places.locations('org:acme', [['a', [acme(0), acme(12)]]], () => lines, () => 'file:///a');
    expect(again).toEqual(first);
    expect(again[0]).toBe(first[0]);
    const moved = places.locations('org:acme', [['a', [acme(0), acme(13)]]], () => lines, () => 'file:///a');
    expect(moved[1]).not.toBe(first[1]);
    expect(moved[1].range.start).toEqual({ line: 1, character: 1 });
    const renamed = places.locations('org:acme', [['a', [acme(0), acme(13)]]], () => lines, () => 'file:///A');
    expect(renamed.map((location) => location.uri)).toEqual(['file:///A', 'file:///A']);
  });

  it('places the mentions again when the text changed around them, even at the same offsets', () => {
    const places = new ReferencePlaces();
    const before = places.locations('org:acme', [['a', [acme(12)]]], () => new LineMap('oacme obeta oacme'), () => 'file:///a');
    const after = places.locations('org:acme', [['a', [acme(12)]]], () => new LineMap('oacme obeta\noacme'), () => 'file:///a');
    expect(before[0].range.start).toEqual({ line: 0, character: 12 });
    expect(after[0].range.start).toEqual({ line: 1, character: 0 });
  });

  it('holds no more locations than its capacity, letting the least recently asked go', () => {
    const places = new ReferencePlaces(3);
    places.locations('one', [['a', [acme(0), acme(12)]]], () => lines, () => 'file:///a');
    places.locations('two', [['a', [acme(0)]]], () => lines, () => 'file:///a');
    expect(places.size).toBe(3);
    places.locations('three', [['a', [acme(12)]]], () => lines, () => 'file:///a');
    expect(places.size).toBe(2);
    // Larger than the capacity: answered, not kept.
    places.locations('four', [['a', [acme(0), acme(12), acme(0), acme(12)]]], () => lines, () => 'file:///a');
    expect(places.size).toBe(2);
  });
});
