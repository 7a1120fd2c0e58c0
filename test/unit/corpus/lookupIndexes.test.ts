import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../../server/src/engine/corpus';
import { DocumentOrder } from '../../../server/src/engine/corpus/documentOrder';
import { ValueIndex, valueIdentity } from '../../../server/src/engine/corpus/valueIndex';
import type { Claim, DocumentAnalysis, Entity, EntityValue } from '../../../server/src/engine/types';

// The look-up indexes behind hovers and references (mentions by normalised value, claims by
// subject, documents in corpus order) must always say what a scan over the whole corpus says,
// whatever sequence of additions, edits and removals built them. The corpus here runs a small
// stand-in analyser that reads each word of a text as one entity or claim, so a test controls
// exactly which mentions, values and claims a document has.

/** Words the stand-in analyser understands: a kind letter, then what it names. */
const WORDS = [
  'p60', 'p60o', 'p49.9', // percentages ("o": qualified "over", same figure)
  'm10gbp', 'm10usd', // money
  'q5staff', 'q5', // quantities, with and without a noun
  'd2011', 'd2011-03', // dates
  'rceo', 'rchair', // offices
  'oacme', 'oAcme', 'obeta', // organisations with a canonical id (acme written two ways)
  'xAcme', 'xacme', 'xBeta', // tagged organisations without one (the same words in any case)
  'vali', 'vali@ceo', 'vali@chair', 'vbob@ceo', // people, some given a title
  'cacme', 'nacme', 'kacme', 'cbeta', // claims about acme (two attributes, two values under one) and beta
  'zzz', // a word that is nothing
];

function entityOf(word: string, start: number): Entity | undefined {
  const span = { start, end: start + word.length, text: word };
  const rest = word.slice(1);
  const value = (v: EntityValue) => v;
  switch (word[0]) {
    case 'p':
      return { ...span, type: 'percentage', value: value({ kind: 'percentage', value: parseFloat(rest), ...(rest.endsWith('o') ? { qualifier: 'over' as const } : {}) }) };
    case 'm':
      return { ...span, type: 'money', value: value({ kind: 'money', amount: parseFloat(rest), currency: rest.replace(/[\d.]/g, '').toUpperCase() }) };
    case 'q': {
      const noun = rest.replace(/[\d.]/g, '');
      return { ...span, type: 'quantity', value: value({ kind: 'quantity', value: parseFloat(rest), ...(noun ? { noun } : {}) }) };
    }
    case 'd':
      return { ...span, type: 'date', value: value({ kind: 'date', iso: rest, precision: rest.length === 4 ? 'year' : 'month' }) };
    case 'r':
      return { ...span, type: 'role', role: `office:${rest}` };
    case 'o':
      return { ...span, type: 'organisation', canonical: `org:${rest.toLowerCase()}`, canonicalName: rest.toLowerCase() };
    case 'x':
      return { ...span, type: 'organisation' };
    case 'v': {
      const [name, role] = rest.split('@');
      return { ...span, type: 'person', canonical: `person:${name}`, canonicalName: name, ...(role ? { role } : {}) };
    }
    default:
      return undefined;
  }
}

function claimOf(word: string, start: number): Claim | undefined {
  if (word[0] !== 'c' && word[0] !== 'n' && word[0] !== 'k') return undefined;
  const subject = `org:${word.slice(1)}`;
  const attribute = word[0] === 'k' ? 'count:staff' : 'category';
  const polarity = word[0] === 'n' ? 'deny' : 'affirm';
  return { start, end: start + word.length, text: word, subject, subjectName: word.slice(1), attribute, value: { kind: 'category', category: 'business', polarity } };
}

function standInAnalyser(text: string): DocumentAnalysis {
  const entities: Entity[] = [];
  const claims: Claim[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const entity = entityOf(match[0], match.index!);
    if (entity) entities.push(entity);
    const claim = claimOf(match[0], match.index!);
    if (claim) claims.push(claim);
  }
  return { entities, claims };
}

/** The test's own notion of "the same mention", written independently of the index's keys. */
function sameAs(a: Entity, b: Entity): boolean {
  if (a.canonical || b.canonical || a.type !== b.type) return false;
  if (a.value || b.value) {
    if (!a.value || !b.value) return false;
    const { qualifier: _a, ...va } = a.value as EntityValue & { qualifier?: string };
    const { qualifier: _b, ...vb } = b.value as EntityValue & { qualifier?: string };
    return JSON.stringify(va) === JSON.stringify(vb);
  }
  if (a.role || b.role) return a.role === b.role;
  return a.text.toLowerCase() === b.text.toLowerCase();
}

function scanSameValue(corpus: Corpus, entity: Entity) {
  const found: Array<{ doc: string; entity: Entity }> = [];
  for (const doc of corpus.documents().sort()) {
    for (const other of corpus.get(doc)!.analysis.entities) if (sameAs(entity, other)) found.push({ doc, entity: other });
  }
  return found;
}

function scanClaimCounts(corpus: Corpus, subject: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of corpus.documents()) {
    const count = corpus.get(doc)!.analysis.claims.filter((claim) => claim.subject === subject).length;
    if (count > 0) counts.set(doc, count);
  }
  return counts;
}

function scanTexts(corpus: Corpus, canonical: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of corpus.documents()) {
    for (const entity of corpus.get(doc)!.analysis.entities) if (entity.canonical === canonical) counts.set(entity.text, (counts.get(entity.text) ?? 0) + 1);
  }
  return counts;
}

function scanDistinctValues(corpus: Corpus, subject: string, attribute: string): number {
  const values = new Set<string>();
  for (const doc of corpus.documents()) {
    for (const claim of corpus.get(doc)!.analysis.claims) if (claim.subject === subject && claim.attribute === attribute) values.add(JSON.stringify(claim.value));
  }
  return values.size;
}

function scanRoles(corpus: Corpus, canonical: string): Map<string, Map<string, number>> {
  const roles = new Map<string, Map<string, number>>();
  for (const doc of corpus.documents()) {
    for (const entity of corpus.get(doc)!.analysis.entities) {
      if (entity.canonical !== canonical || !entity.role) continue;
      const docs = roles.get(entity.role) ?? new Map<string, number>();
      docs.set(doc, (docs.get(doc) ?? 0) + 1);
      roles.set(entity.role, docs);
    }
  }
  return roles;
}

/** Maps compared without regard to insertion order. */
function sorted<V>(map: ReadonlyMap<string, V>, inner: (value: V) => unknown = (value) => value): Array<[string, unknown]> {
  return [...map].map(([key, value]): [string, unknown] => [key, inner(value)]).sort(([a], [b]) => (a < b ? -1 : 1));
}

type Operation = { kind: 'upsert'; doc: number; words: string[]; indent: number } | { kind: 'shift'; doc: number; by: number } | { kind: 'remove'; doc: number };

const DOC_NAMES = ['file:///c/b.txt', 'file:///a/z.txt', 'file:///c/a.txt', 'file:///b.txt', 'file:///a/a.txt'];

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('upsert' as const), doc: fc.nat({ max: DOC_NAMES.length - 1 }), words: fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), indent: fc.nat({ max: 3 }) }),
  // Typing before every mention: the same words, all moved (the index should then need no change).
  fc.record({ kind: fc.constant('shift' as const), doc: fc.nat({ max: DOC_NAMES.length - 1 }), by: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('remove' as const), doc: fc.nat({ max: DOC_NAMES.length - 1 }) }),
);

function run(operations: readonly Operation[]): Corpus {
  const corpus = new Corpus({ analyse: standInAnalyser });
  for (const op of operations) {
    const doc = DOC_NAMES[op.doc];
    if (op.kind === 'upsert') corpus.upsert(doc, ' '.repeat(op.indent) + op.words.join(' '));
    else if (op.kind === 'remove') corpus.remove(doc);
    else if (corpus.has(doc)) corpus.upsert(doc, ' '.repeat(op.by) + corpus.get(doc)!.text);
  }
  return corpus;
}

describe('the look-up indexes equal a scan of the corpus', () => {
  it('lists the mentions with the same type and normalised value as a scan does, in corpus order, after any upserts, moves and removals', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const corpus = run(operations);
        for (const doc of corpus.documents()) {
          for (const entity of corpus.get(doc)!.analysis.entities) {
            if (entity.canonical) expect(corpus.sameValueMentions(entity)).toEqual([]);
            else expect(corpus.sameValueMentions(entity)).toEqual(scanSameValue(corpus, entity));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts the claims about a subject that some documents hold, under any attribute, finds the first of those documents, and counts the distinct values under each key, as a scan does', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (operations, limit) => {
        const corpus = run(operations);
        const everyOther = new Map(corpus.documents().filter((_, i) => i % 2 === 0).map((doc) => [doc, true]));
        const every = new Map(corpus.documents().map((doc) => [doc, true]));
        for (const subject of ['org:acme', 'org:beta', 'org:nobody']) {
          for (const within of [every, everyOther]) {
            const counts = [...scanClaimCounts(corpus, subject)].filter(([doc]) => within.has(doc));
            expect(corpus.claimsAboutWithin(subject, within, limit)).toEqual({
              total: counts.reduce((sum, [, count]) => sum + count, 0),
              firstDocs: counts.map(([doc]) => doc).sort().slice(0, limit),
            });
          }
          for (const attribute of ['category', 'count:staff']) expect(corpus.distinctValuesOf(subject, attribute)).toBe(scanDistinctValues(corpus, subject, attribute));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts the words each canonical entity is written in as a scan does', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const corpus = run(operations);
        for (const canonical of ['org:acme', 'org:beta', 'org:nobody']) {
          expect(new Map([...corpus.mentionTexts(canonical)].sort())).toEqual(new Map([...scanTexts(corpus, canonical)].sort()));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('knows the titles each person is given and the documents giving each, as a scan does', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const corpus = run(operations);
        for (const canonical of ['person:ali', 'person:bob', 'person:nobody']) {
          const inner = (docs: ReadonlyMap<string, number>) => sorted(docs);
          expect(sorted(corpus.rolesOf(canonical), inner)).toEqual(sorted(scanRoles(corpus, canonical), inner));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('puts any set of documents in corpus order, and finds the first few of them, as sorting does', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), fc.array(fc.nat({ max: DOC_NAMES.length - 1 })), fc.integer({ min: 1, max: 4 }), (operations, picks, limit) => {
        const corpus = run(operations);
        const present = corpus.documents();
        const subset = new Set(picks.map((i) => DOC_NAMES[i]).filter((doc) => present.includes(doc)));
        const sorted = [...subset].sort();
        expect(corpus.inCorpusOrder(subset)).toEqual(sorted);
        expect([...corpus.walkInCorpusOrder(subset)]).toEqual(sorted);
        expect(corpus.firstInCorpusOrder(subset, limit)).toEqual(sorted.slice(0, limit));
      }),
      { numRuns: 300 },
    );
  });
});

/** `run`, with the reading indexes deferred from operation `from` on, and built a step at a time after operation `partial` (if any) until `steps` steps have passed, then read. */
function runDeferred(operations: readonly Operation[], from: number, partial: number, steps: number): Corpus {
  const corpus = new Corpus({ analyse: standInAnalyser });
  operations.forEach((op, i) => {
    if (i === from) corpus.deferReadingIndexes();
    const doc = DOC_NAMES[op.doc];
    if (op.kind === 'upsert') corpus.upsert(doc, ' '.repeat(op.indent) + op.words.join(' '));
    else if (op.kind === 'remove') corpus.remove(doc);
    else if (corpus.has(doc)) corpus.upsert(doc, ' '.repeat(op.by) + corpus.get(doc)!.text);
    if (i === partial) {
      let taken = 0;
      corpus.buildReadingIndexes(() => ++taken >= steps);
    }
  });
  return corpus;
}

describe('the reading indexes deferred while a corpus fills (as the first index does)', () => {
  it('answer every look-up as indexes kept by delta do, whether built at once, a step at a time, or by the first read', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), fc.nat({ max: 40 }), fc.nat({ max: 40 }), fc.integer({ min: 1, max: 5 }), fc.boolean(), (operations, from, partial, steps, buildFirst) => {
        const expected = run(operations);
        const corpus = runDeferred(operations, from, partial, steps);
        if (buildFirst) {
          while (!corpus.buildReadingIndexes(() => true));
          expect(corpus.readingIndexesDeferred).toBe(false);
        }
        const inner = (docs: ReadonlyMap<string, number>) => sorted(docs);
        for (const canonical of ['org:acme', 'org:beta', 'person:ali', 'person:bob']) {
          expect(corpus.mentionsOf(canonical)).toEqual(expected.mentionsOf(canonical));
          expect(sorted(corpus.mentionsByDocument(canonical))).toEqual(sorted(expected.mentionsByDocument(canonical)));
          expect(sorted(corpus.mentionTexts(canonical))).toEqual(sorted(expected.mentionTexts(canonical)));
          expect(sorted(corpus.rolesOf(canonical), inner)).toEqual(sorted(expected.rolesOf(canonical), inner));
        }
        expect(corpus.readingIndexesDeferred).toBe(false);
        for (const doc of expected.documents()) {
          for (const entity of expected.get(doc)!.analysis.entities) expect(corpus.sameValueMentions(entity)).toEqual(expected.sameValueMentions(entity));
        }
        for (const subject of ['org:acme', 'org:beta']) {
          for (const attribute of ['category', 'count:staff']) expect(corpus.distinctValuesOf(subject, attribute)).toBe(expected.distinctValuesOf(subject, attribute));
        }
        // Kept by delta from then on, like the others.
        for (const op of operations.slice(0, 6)) {
          const doc = DOC_NAMES[op.doc];
          for (const target of [corpus, expected]) {
            if (op.kind === 'upsert') target.upsert(doc, op.words.join(' '));
            else if (op.kind === 'remove') target.remove(doc);
          }
        }
        for (const canonical of ['org:acme', 'person:ali']) {
          expect(corpus.mentionsOf(canonical)).toEqual(expected.mentionsOf(canonical));
          expect(sorted(corpus.mentionTexts(canonical))).toEqual(sorted(expected.mentionTexts(canonical)));
          expect(sorted(corpus.rolesOf(canonical), inner)).toEqual(sorted(expected.rolesOf(canonical), inner));
        }
        for (const attribute of ['category', 'count:staff']) expect(corpus.distinctValuesOf('org:acme', attribute)).toBe(expected.distinctValuesOf('org:acme', attribute));
      }),
      { numRuns: 300 },
    );
  });
});

describe('DocumentOrder', () => {
  it('orders small and large shares of a big corpus alike, eagerly, lazily and the first few', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 120 }), fc.array(fc.nat()), fc.integer({ min: 1, max: 6 }), (docs, picks, limit) => {
        const order = new DocumentOrder();
        for (const doc of docs) order.add(doc);
        order.delete(docs[0]);
        const present = docs.slice(1);
        const subset = new Set(picks.length > 0 && picks[0] % 2 === 0 ? present.filter((_, i) => picks.includes(i)) : present.filter((_, i) => !picks.includes(i)));
        const sorted = [...subset].sort();
        expect(order.arrange(subset)).toEqual(sorted);
        expect([...order.walk(subset)]).toEqual(sorted);
        expect(order.first(subset, limit)).toEqual(sorted.slice(0, limit));
        expect(order.size).toBe(present.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ValueIndex', () => {
  const analysed = (text: string) => standInAnalyser(text).entities;

  it('keys a figure without its qualifier, and gives canonical mentions no key', () => {
    const [over, plain, acme] = analysed('p60o p60 oacme');
    expect(valueIdentity(over)).toBe(valueIdentity(plain));
    expect(valueIdentity(acme)).toBeUndefined();
  });

  it('finds a value in the documents that hold it, in corpus order', () => {
    const index = new ValueIndex();
    const order = new DocumentOrder();
    for (let i = 199; i >= 0; i--) {
      const doc = `file:///d${String(i).padStart(3, '0')}.txt`;
      order.add(doc);
      index.update(doc, undefined, analysed(i % 50 === 0 ? 'zzz p60 d2011 p60o' : 'zzz d2011'));
    }
    const found = index.mentions(valueIdentity(analysed('p60o')[0])!, order);
    expect(found.map((mention) => [mention.doc, mention.entity.text])).toEqual(
      ['file:///d000.txt', 'file:///d050.txt', 'file:///d100.txt', 'file:///d150.txt'].flatMap((doc) => [[doc, 'p60'], [doc, 'p60o']]),
    );
  });

  it('still finds the mentions after typing moved them all', () => {
    const index = new ValueIndex();
    const order = new DocumentOrder();
    order.add('a');
    let entities = analysed('zzz p60 d2011');
    index.update('a', undefined, entities);
    const moved = analysed('   zzz p60 d2011');
    index.update('a', entities, moved);
    entities = moved;
    const [mention] = index.mentions(valueIdentity(moved[0])!, order);
    expect(mention.entity).toBe(entities[0]);
    expect(mention.entity.start).toBe('   zzz '.length);
  });

  // A keystroke in a large document: the new entity list shares its head and tail with the old one
  // (the very objects, those of the tail moved in place), and only the middle is new. The index then
  // swaps only the middle; whatever the middles, it must answer as an index built from the lists.
  it('after keystroke-shaped updates (shared ends, a new middle), answers as a scan of the entity list does', () => {
    const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 });
    fc.assert(
      fc.property(words, fc.array(fc.record({ keepHead: fc.nat(), keepTail: fc.nat(), middle: words }), { minLength: 1, maxLength: 6 }), (first, edits) => {
        const index = new ValueIndex();
        const order = new DocumentOrder();
        order.add('a');
        order.add('b');
        index.update('b', undefined, analysed('p60 d2011 xacme rceo'));
        let entities = analysed(first.join(' '));
        index.update('a', undefined, entities);
        for (const { keepHead, keepTail, middle } of edits) {
          const head = keepHead % (entities.length + 1);
          const tail = keepTail % (entities.length - head + 1);
          const fresh = analysed(middle.join(' '));
          const next = [...entities.slice(0, head), ...fresh, ...entities.slice(entities.length - tail)];
          index.update('a', entities, next);
          entities = next;
          for (const entity of entities) {
            const identity = valueIdentity(entity);
            if (identity === undefined) continue;
            const mentions = index.mentions(identity, order).filter((m) => m.doc === 'a');
            expect(mentions.map((m) => m.entity)).toEqual(entities.filter((other) => valueIdentity(other) === identity));
          }
          // Identities no longer in the document are gone from it; the other document keeps its own.
          for (const word of WORDS) {
            const [entity] = analysed(word);
            const identity = entity && valueIdentity(entity);
            if (!identity) continue;
            const inA = index.mentions(identity, order).filter((m) => m.doc === 'a');
            if (!entities.some((other) => valueIdentity(other) === identity)) expect(inA).toEqual([]);
          }
          expect(index.mentions(valueIdentity(analysed('rceo')[0])!, order).filter((m) => m.doc === 'b')).toHaveLength(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
