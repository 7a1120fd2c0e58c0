import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { Corpus, claimKey } from '../../../server/src/engine/corpus';
import type { DocumentAnalysis } from '../../../server/src/engine/types';
import { tagEntities, type Names } from '../claims/tagEntities';

const NAMES: Names = {
  'Acme Care': 'org:acme-care',
  'Bright Health': 'org:bright-health',
  'Ann Lee': 'person:ann-lee',
};

/** A corpus over the hand tagger, counting how often each document is analysed. */
function testCorpus(): { corpus: Corpus; analysed: string[] } {
  const analysed: string[] = [];
  let current = '';
  const corpus = new Corpus({
    analyseOptions: (doc) => {
      current = doc;
      return {};
    },
    analyse: (text): DocumentAnalysis => {
      analysed.push(current);
      const entities = tagEntities(text, NAMES, [{ title: 'chief executive of Acme Care', person: 'person:ann-lee' }]);
      return { entities, claims: extractClaims(text, entities) };
    },
  });
  return { corpus, analysed };
}

const AFFIRM = 'Acme Care is a co-operative.';
const DENY = 'Acme Care is not a co-operative.';
const CATEGORY = claimKey('org:acme-care', 'category');

describe('Corpus', () => {
  it('reports both documents of a new conflict, and the key that changed', () => {
    const { corpus } = testCorpus();
    expect(corpus.upsert('a.txt', AFFIRM).docsWithChangedConflicts).toEqual(new Set());
    const delta = corpus.upsert('b.txt', DENY);
    expect(delta.docsWithChangedConflicts).toEqual(new Set(['a.txt', 'b.txt']));
    expect(delta.changedKeys).toEqual(new Set([CATEGORY]));
    expect(corpus.conflicts()).toHaveLength(1);
    expect(corpus.conflictsForDoc('a.txt')).toEqual(corpus.conflicts());
  });

  it('analyses only the document it is given, and reports no change for an unrelated document', () => {
    const { corpus, analysed } = testCorpus();
    corpus.upsert('a.txt', AFFIRM);
    corpus.upsert('b.txt', DENY);
    analysed.length = 0;
    const delta = corpus.upsert('c.txt', 'Bright Health has 40 staff.');
    expect(analysed).toEqual(['c.txt']);
    expect(delta.docsWithChangedConflicts).toEqual(new Set());
    expect(delta.changedKeys).toEqual(new Set([claimKey('org:bright-health', 'count:staff')]));
  });

  it('clears a conflict when the denial is edited away, naming both documents', () => {
    const { corpus } = testCorpus();
    corpus.upsert('a.txt', AFFIRM);
    corpus.upsert('b.txt', DENY);
    const delta = corpus.upsert('b.txt', 'Acme Care is a co-op.');
    expect(delta.docsWithChangedConflicts).toEqual(new Set(['a.txt', 'b.txt']));
    expect(corpus.conflicts()).toEqual([]);
    expect(corpus.conflictsForDoc('a.txt')).toEqual([]);
  });

  it('keeps the fingerprint but republishes both documents when a claim only moves', () => {
    const { corpus } = testCorpus();
    corpus.upsert('a.txt', AFFIRM);
    corpus.upsert('b.txt', DENY);
    const before = corpus.conflicts()[0];
    const delta = corpus.upsert('b.txt', `A new first line.\n${DENY}`);
    expect(corpus.conflicts()[0].id).toBe(before.id);
    expect(delta.docsWithChangedConflicts).toEqual(new Set(['a.txt', 'b.txt']));
  });

  it('reports no document when a claim moves but shows at the same line, column and words', () => {
    const { corpus } = testCorpus();
    corpus.upsert('a.txt', AFFIRM);
    corpus.upsert('b.txt', `A first line.\n${DENY}`);
    const delta = corpus.upsert('b.txt', `A longer first line.\n${DENY}`);
    expect(delta.docsWithChangedConflicts).toEqual(new Set());
    expect(corpus.conflictsForDoc('b.txt')[0].claims.find((s) => s.doc === 'b.txt')?.claim.start).toBe(`A longer first line.\n`.length + DENY.indexOf('Acme'));
  });

  it('reports both documents when an edit moves a claim along its own line', () => {
    const { corpus } = testCorpus();
    corpus.upsert('a.txt', AFFIRM);
    corpus.upsert('b.txt', `A first line.\n${DENY}`);
    const delta = corpus.upsert('b.txt', `A first line.\nSo: ${DENY}`);
    expect(delta.docsWithChangedConflicts).toEqual(new Set(['a.txt', 'b.txt']));
  });

  it('reports nothing when a document is re-sent unchanged', () => {
    const { corpus } = testCorpus();
    corpus.upsert('a.txt', AFFIRM);
    corpus.upsert('b.txt', DENY);
    const delta = corpus.upsert('b.txt', DENY, 2);
    expect(delta.docsWithChangedConflicts).toEqual(new Set());
    expect(delta.changedKeys).toEqual(new Set());
    expect(corpus.get('b.txt')?.version).toBe(2);
  });

  it('removes a document with its mentions, claims and conflicts', () => {
    const { corpus } = testCorpus();
    corpus.upsert('a.txt', AFFIRM);
    corpus.upsert('b.txt', DENY);
    const delta = corpus.remove('b.txt');
    expect(delta.docsWithChangedConflicts).toEqual(new Set(['a.txt', 'b.txt']));
    expect(corpus.has('b.txt')).toBe(false);
    expect(corpus.documents()).toEqual(['a.txt']);
    expect(corpus.mentionsOf('org:acme-care').map((m) => m.doc)).toEqual(['a.txt']);
    expect(corpus.claimsFor('org:acme-care', 'category').map((s) => s.doc)).toEqual(['a.txt']);
    expect(corpus.remove('nope.txt').changedKeys.size).toBe(0);
  });

  it('finds the innermost entity and the claim at an offset', () => {
    const { corpus } = testCorpus();
    const text = 'Ann Lee, chief executive of Acme Care, said Acme Care is a co-operative.';
    corpus.upsert('a.txt', text);
    const inside = text.indexOf('Acme Care') + 2;
    expect(corpus.entityAt('a.txt', inside)).toMatchObject({ type: 'organisation', canonical: 'org:acme-care' });
    expect(corpus.entityAt('a.txt', text.indexOf('chief') + 1)).toMatchObject({ type: 'role' });
    expect(corpus.entityAt('a.txt', text.indexOf('said'))).toBeUndefined();
    expect(corpus.claimAt('a.txt', text.indexOf('co-operative'))).toMatchObject({ attribute: 'category' });
    expect(corpus.claimAt('a.txt', text.indexOf('chief'))).toMatchObject({ attribute: 'role', subject: 'person:ann-lee' });
    expect(corpus.mentionsOf('org:acme-care')).toHaveLength(2);
  });
});

// ---- The incremental index equals a fresh one ---------------------------------------------------

const SENTENCES = [
  AFFIRM,
  DENY,
  'Acme Care is not strictly a co-operative.',
  'Acme Care has about 650 staff.',
  'Acme Care turned all 770 staff into co-owners.',
  'Acme Care has more than 550 staff.',
  'Bright Health - an employee-owned social enterprise - grew.',
  'Bright Health is private healthcare pure and simple.',
  'Bright Health is a co-operative.',
  'Ann Lee, chief executive of Acme Care, spoke.',
  'Nothing to see here.',
];
const DOCS = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];

type Op = { kind: 'upsert'; doc: string; text: string } | { kind: 'remove'; doc: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('upsert' as const), doc: fc.constantFrom(...DOCS), text: fc.array(fc.tuple(fc.constantFrom(...SENTENCES), fc.constantFrom(' ', '\n')), { maxLength: 4 }).map((parts) => parts.map(([sentence, gap]) => sentence + gap).join('')) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), doc: fc.constantFrom(...DOCS) }) },
);

function snapshot(corpus: Corpus): Record<string, unknown> {
  const docs = corpus.documents().sort();
  return {
    docs,
    conflicts: corpus.conflicts(),
    perDoc: Object.fromEntries(docs.map((d) => [d, corpus.conflictsForDoc(d)])),
    mentions: ['org:acme-care', 'org:bright-health', 'person:ann-lee'].map((c) => corpus.mentionsOf(c)),
    claims: ['category', 'count:staff'].map((a) => corpus.claimsFor('org:acme-care', a)),
  };
}

/**
 * A document's conflicts as a reader sees them in diagnostics: each claim by line and column, its
 * words, value and time, and whether its excerpt runs to either end of its text.
 */
function shownConflicts(corpus: Corpus, doc: string): string {
  const place = (source: string, offset: number) => {
    const text = corpus.get(source)!.text;
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return [text.slice(0, lineStart).split('\n').length, offset - lineStart];
  };
  return JSON.stringify(
    corpus.conflictsForDoc(doc).map((conflict) => ({
      id: conflict.id,
      kind: conflict.kind,
      claims: conflict.claims.map(({ doc: source, claim }) => ({
        source,
        from: place(source, claim.start),
        to: place(source, claim.end),
        words: claim.text,
        value: claim.value,
        time: claim.time,
        ends: [claim.start === 0, claim.end === corpus.get(source)!.text.length],
      })),
    })),
  );
}

describe('Corpus incremental updates (property)', () => {
  it('after any sequence of upserts and removes, equal a corpus built fresh from the final texts', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 25 }), (ops) => {
        const { corpus } = testCorpus();
        const finalTexts = new Map<string, string>();
        for (const op of ops) {
          const before = Object.fromEntries(DOCS.map((d) => [d, shownConflicts(corpus, d)]));
          const delta = op.kind === 'upsert' ? corpus.upsert(op.doc, op.text) : corpus.remove(op.doc);
          if (op.kind === 'upsert') finalTexts.set(op.doc, op.text);
          else finalTexts.delete(op.doc);
          // the delta names every document whose conflicts changed
          for (const d of DOCS) {
            if (shownConflicts(corpus, d) !== before[d]) expect(delta.docsWithChangedConflicts.has(d)).toBe(true);
          }
        }
        const { corpus: fresh } = testCorpus();
        for (const doc of [...finalTexts.keys()].sort().reverse()) fresh.upsert(doc, finalTexts.get(doc)!);
        expect(snapshot(corpus)).toEqual(snapshot(fresh));
      }),
      { numRuns: 200, seed: 20251 },
    );
  });
});
