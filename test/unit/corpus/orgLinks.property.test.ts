import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../../server/src/engine/corpus';
import type { Claim, DocumentAnalysis, Entity } from '../../../server/src/engine/types';

// A short organisation name is linked across the corpus to the one longer name holding it
// (corpus/orgLinks.ts), and its claims are filed under the longer name. Which documents hold the
// longer names decides the link: a document that adds a second candidate makes it ambiguous, one
// that removes the only candidate undoes it. After every change of a random sequence (documents
// opened, changed and deleted, each holding long forms or not), the corpus must equal one built
// afresh from the same texts (conflicts, ids, members, order, claims under each key), and the delta
// must name every document whose conflicts changed.
//
// The texts are a made-up notation read by a stand-in analyser, one item per line:
//   org <canonical> <written as>       an organisation mention
//   person <canonical> <written as>    a person mention
//   staff <canonical> <number>         a claim: the body employs that many staff

function analyser(text: string): DocumentAnalysis {
  const entities: Entity[] = [];
  const claims: Claim[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const [kind, canonical, rest] = line.split(' ');
    const start = at;
    const end = at + line.length;
    at = end + 1;
    if (kind === 'org' || kind === 'person') {
      entities.push({ type: kind === 'org' ? 'organisation' : 'person', start, end, text: rest.replace(/_/g, ' '), canonical, canonicalName: rest });
    } else if (kind === 'staff') {
      const value = Number(rest);
      claims.push({
        start,
        end,
        text: line,
        subject: canonical,
        subjectName: canonical.slice(4),
        attribute: 'count:staff',
        value: { kind: 'number', value, unit: 'staff', low: value, high: value },
      } as Claim);
    }
  }
  return { entities, claims };
}

/** The pieces texts are made of: short forms with claims, their long forms, a second candidate, a person. */
const LINES = [
  'org org:wellmere Wellmere\nstaff org:wellmere 240',
  'org org:wellmere Wellmere\nstaff org:wellmere 310',
  'org org:wellmere-leisure Wellmere_Leisure\nstaff org:wellmere-leisure 240',
  'org org:wellmere-leisure Wellmere_Leisure\nstaff org:wellmere-leisure 310',
  'org org:wellmere-leisure Wellmere_Leisure',
  'org org:wellmere-housing Wellmere_Housing',
  'person person:ann-wellmere Ann_Wellmere',
  'org org:tarrock Tarrock\nstaff org:tarrock 90',
  'org org:tarrock-pier-society Tarrock_Pier_Society\nstaff org:tarrock-pier-society 75',
  'org org:tps TPS\nstaff org:tps 80',
  'org org:tarrock-holdings Tarrock_Holdings\nstaff org:tarrock-holdings 60',
];

const DOCS = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];

const textArb = fc.uniqueArray(fc.nat(LINES.length - 1), { maxLength: 4 }).map((picks) => picks.map((i) => LINES[i]).join('\n'));
const stepArb = fc.record({ doc: fc.nat(DOCS.length - 1), text: fc.option(textArb, { nil: undefined }) });

function snapshot(corpus: Corpus) {
  const subjects = ['org:wellmere', 'org:wellmere-leisure', 'org:wellmere-housing', 'org:tarrock', 'org:tarrock-pier-society', 'org:tps', 'org:tarrock-holdings'];
  return {
    conflicts: corpus.conflicts().map((c) => ({ id: c.id, subject: c.subject, claims: c.claims.map((s) => [s.doc, s.claim.start, s.claim.subject]) })),
    claims: subjects.map((subject) => corpus.claimsFor(subject, 'count:staff').map((s) => [s.doc, s.claim.start, s.claim.subject])),
    links: subjects.map((subject) => corpus.linkedName(subject) ?? null),
  };
}

/** What a reader sees of each document's conflicts: a claim by its line and column, as diagnostics show it. */
function conflictsByDoc(corpus: Corpus): Map<string, string> {
  const place = (doc: string, offset: number): string => {
    const before = corpus.get(doc)!.textSlice(0, offset);
    return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
  };
  return new Map(DOCS.map((doc) => [doc, JSON.stringify(corpus.conflictsForDoc(doc).map((c) => [c.id, c.claims.map((s) => [s.doc, place(s.doc, s.claim.start), s.claim.text])]))]));
}

describe('short organisation names linked across the corpus', () => {
  it('after every open, change and delete, equals a corpus built afresh, and the delta names every document whose conflicts changed', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 25 }), fc.boolean(), (steps, deferred) => {
        const corpus = new Corpus({ analyse: analyser });
        if (deferred) corpus.deferReadingIndexes();
        const texts = new Map<string, string>();
        for (const step of steps) {
          const doc = DOCS[step.doc];
          const before = conflictsByDoc(corpus);
          const delta = step.text === undefined ? corpus.remove(doc) : corpus.upsert(doc, step.text);
          if (step.text === undefined) texts.delete(doc);
          else texts.set(doc, step.text);
          const after = conflictsByDoc(corpus);
          for (const other of DOCS) if (before.get(other) !== after.get(other)) expect(delta.docsWithChangedConflicts).toContain(other);
          const fresh = new Corpus({ analyse: analyser });
          for (const [name, text] of texts) fresh.upsert(name, text);
          expect(snapshot(corpus)).toEqual(snapshot(fresh));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('moves the short form\'s claims to the longer name while one document holds it, and back when it goes', () => {
    const corpus = new Corpus({ analyse: analyser });
    corpus.upsert('a.txt', 'org org:wellmere Wellmere\nstaff org:wellmere 240');
    corpus.upsert('b.txt', 'org org:wellmere-leisure Wellmere_Leisure\nstaff org:wellmere-leisure 310');
    expect(corpus.linkedName('org:wellmere')).toBe('org:wellmere-leisure');
    expect(corpus.conflicts()).toHaveLength(1);
    expect(corpus.conflicts()[0].subject).toBe('org:wellmere-leisure');
    // The document's own claim is asked about by its own subject: the corpus answers for the longer name.
    expect(corpus.conflictsOfKey('org:wellmere', 'count:staff')).toHaveLength(1);
    expect([...corpus.mentionsByDocument('org:wellmere').keys()].sort()).toEqual(['a.txt', 'b.txt']);
    // A second longer candidate: ambiguous, no link, and both documents' conflicts go.
    const delta = corpus.upsert('c.txt', 'org org:wellmere-housing Wellmere_Housing');
    expect(corpus.linkedName('org:wellmere')).toBeUndefined();
    expect(corpus.conflicts()).toHaveLength(0);
    expect(delta.docsWithChangedConflicts).toEqual(new Set(['a.txt', 'b.txt']));
    corpus.remove('c.txt');
    expect(corpus.conflicts()).toHaveLength(1);
    corpus.remove('b.txt');
    expect(corpus.linkedName('org:wellmere')).toBeUndefined();
  });
});
