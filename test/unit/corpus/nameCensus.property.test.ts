import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { Corpus } from '../../../server/src/engine/corpus';
import { OrgLinks } from '../../../server/src/engine/corpus/orgLinks';
import type { AnalyseOptions, Claim, DocumentAnalysis, Entity } from '../../../server/src/engine/types';

// A keystroke in a large document hands most of its analysis's objects on to the next one (the
// sections it did not reach), and the corpus then learns whether a name the short-name links read
// came or went from a census of the document's names (corpus/nameCensus.ts), reading only what lies
// between the shared ends. After every change of a random sequence, the corpus must equal one built
// afresh (links, conflicts, claims under each key), and the census must be what decided.
//
// The stand-in analyser reads one item a line, as in orgLinks.property.test.ts, every line padded
// to one width, and gives back the very objects of a line it read at the same place in the
// document's previous text: replacing a line keeps both ends shared, adding or removing one the head.

const WIDTH = 64;
const LINES = [
  'org org:wellmere Wellmere',
  'org org:wellmere WM',
  'staff org:wellmere 240',
  'staff org:wellmere 310',
  'org org:wellmere-leisure Wellmere_Leisure',
  'staff org:wellmere-leisure 240',
  'org org:wellmere-housing Wellmere_Housing',
  'person person:ann-wellmere Ann_Wellmere',
  'person person:ann-wellmere Ann',
  'org org:tarrock Tarrock',
  'org org:tps TPS',
  'org org:tps Tarrock_Pier',
  'staff org:tps 80',
  'org org:tarrock-pier-society Tarrock_Pier_Society',
  'staff org:tarrock-pier-society 75',
  'note nothing here',
  'date none 2014',
].map((line) => line.padEnd(WIDTH));

type Kept = Map<string, { entity?: Entity; claim?: Claim }>;
const previous = new Map<string, Kept>();

function analyser(text: string, options?: AnalyseOptions): DocumentAnalysis {
  const doc = (options as { doc?: string } | undefined)?.doc ?? '';
  const before = previous.get(doc) ?? new Map();
  const now: Kept = new Map();
  const entities: Entity[] = [];
  const claims: Claim[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const key = `${start}\u0000${line}`;
    const kept = before.get(key) ?? read(line, start);
    now.set(key, kept);
    if (kept.entity) entities.push(kept.entity);
    if (kept.claim) claims.push(kept.claim);
  }
  previous.set(doc, now);
  return { entities, claims };
}

function read(line: string, start: number): { entity?: Entity; claim?: Claim } {
  const [kind, canonical, rest] = line.trim().split(' ');
  const end = start + line.length;
  if (kind === 'org' || kind === 'person') {
    return { entity: { type: kind === 'org' ? 'organisation' : 'person', start, end, text: rest.replace(/_/g, ' '), canonical, canonicalName: rest } };
  }
  if (kind === 'date') return { entity: { type: 'date', start, end, text: rest } };
  if (kind === 'staff') {
    const value = Number(rest);
    const claim = { start, end, text: line, subject: canonical, subjectName: canonical.slice(4), attribute: 'count:staff', value: { kind: 'number', value, unit: 'staff', low: value, high: value } };
    return { claim: claim as Claim };
  }
  return {};
}

const DOCS = ['a.txt', 'b.txt', 'c.txt'];
const corpusOf = () => new Corpus({ analyse: analyser, analyseOptions: (doc) => ({ doc }) as AnalyseOptions });

function snapshot(corpus: Corpus) {
  const subjects = ['org:wellmere', 'org:wellmere-leisure', 'org:wellmere-housing', 'org:tarrock', 'org:tps', 'org:tarrock-pier-society'];
  return {
    conflicts: corpus.conflicts().map((c) => ({ id: c.id, subject: c.subject, claims: c.claims.map((s) => [s.doc, s.claim.start, s.claim.subject]) })),
    claims: subjects.map((subject) => corpus.claimsFor(subject, 'count:staff').map((s) => [s.doc, s.claim.start, s.claim.subject])),
    links: subjects.map((subject) => corpus.linkedName(subject) ?? null),
  };
}

const lineArb = fc.nat(LINES.length - 1).map((i) => LINES[i]);
const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), doc: fc.nat(DOCS.length - 1), at: fc.nat(), line: lineArb }),
  fc.record({ kind: fc.constant('insert' as const), doc: fc.nat(DOCS.length - 1), at: fc.nat(), line: lineArb }),
  fc.record({ kind: fc.constant('delete' as const), doc: fc.nat(DOCS.length - 1), at: fc.nat(), line: lineArb }),
);

describe('the names of a document being typed into, counted', () => {
  it('decide the short-name links as reading every name would, after random line changes in several documents', () => {
    const keep = vi.spyOn(OrgLinks.prototype, 'keep');
    let kept = 0;
    fc.assert(
      fc.property(fc.array(fc.array(lineArb, { minLength: 1, maxLength: 12 }), { minLength: DOCS.length, maxLength: DOCS.length }), fc.array(stepArb, { minLength: 1, maxLength: 30 }), (starts, steps) => {
        previous.clear();
        const corpus = corpusOf();
        const lines = starts.map((doc) => [...doc]);
        DOCS.forEach((doc, i) => corpus.upsert(doc, lines[i].join('\n')));
        keep.mockClear();
        for (const step of steps) {
          const doc = lines[step.doc];
          const at = step.at % (doc.length + (step.kind === 'insert' ? 1 : 0) || 1);
          if (step.kind === 'replace' && doc.length > 0) doc[at] = step.line;
          else if (step.kind === 'insert') doc.splice(at, 0, step.line);
          else if (doc.length > 1) doc.splice(at, 1);
          corpus.upsert(DOCS[step.doc], doc.join('\n'));
          const fresh = new Corpus({ analyse: (text) => analyser(text, { doc: 'fresh' } as AnalyseOptions) });
          previous.delete('fresh');
          DOCS.forEach((name, i) => fresh.upsert(name, lines[i].join('\n')));
          previous.delete('fresh');
          expect(snapshot(corpus)).toEqual(snapshot(fresh));
        }
        kept += keep.mock.calls.length;
      }),
      { numRuns: 300, seed: 19 },
    );
    // The census decided most changes: the test covers its path, not only the full reading.
    expect(kept).toBeGreaterThan(300);
    keep.mockRestore();
  });
});
