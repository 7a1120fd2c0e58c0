// The Corpus with the engine's own analyse, on the seed texts the extension opens by default.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../../server/src/engine/corpus';

const SEEDS = join(__dirname, '../../../seeds');
const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const texts = new Map(files.map((f) => [f, readFileSync(join(SEEDS, f), 'utf8')]));
const ARTICLE = '000_cde4b1dd08b8758c.txt';
const RELEASE = '004_c591c6519c85230c.txt';

function seedCorpus(): Corpus {
  const corpus = new Corpus();
  for (const [file, text] of texts) corpus.upsert(file, text);
  return corpus;
}

const summary = (corpus: Corpus): string[] =>
  corpus.conflicts().map((c) => `${c.id} ${c.claims.map((s) => `${s.doc}:${s.claim.start}-${s.claim.end}`).join(' ')}`);

describe('Corpus over the seeds', () => {
  it('flags that Circle is said to be, and not to be, an employee-owned co-operative, citing both sources', () => {
    const corpus = seedCorpus();
    const circle = corpus.conflicts().filter((c) => c.subject === corpus.entityAt(ARTICLE, texts.get(ARTICLE)!.indexOf('Circle Health is NOT'))?.canonical);
    expect(circle.map((c) => c.kind)).toEqual(expect.arrayContaining(['negation', 'categorical']));
    const docs = new Set(circle.flatMap((c) => c.claims.map((s) => s.doc)));
    expect(docs).toEqual(new Set([ARTICLE, RELEASE]));
  });

  it('republishes the press release when the article stops contradicting it', () => {
    const corpus = seedCorpus();
    const edited = texts.get(ARTICLE)!.replace('Circle Health is NOT an', 'Circle Health is an');
    const delta = corpus.upsert(ARTICLE, edited);
    expect(delta.docsWithChangedConflicts.has(ARTICLE)).toBe(true);
    expect(delta.docsWithChangedConflicts.has(RELEASE)).toBe(true);
    expect(delta.docsWithChangedConflicts.has('002_dadeaa31fbd9d96b.txt')).toBe(false);
  });

  it('after random edits to the article, equals a corpus built fresh from the final texts', () => {
    const original = texts.get(ARTICLE)!;
    const edit = fc.record({
      at: fc.integer({ min: 0, max: original.length }),
      cut: fc.integer({ min: 0, max: 40 }),
      insert: fc.constantFrom('', ' ', 'NOT ', '\n', 'Circle is a charity. ', 'x'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const corpus = seedCorpus();
        let text = original;
        for (const e of edits) {
          const at = Math.min(e.at, text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
          corpus.upsert(ARTICLE, text);
        }
        const fresh = new Corpus();
        for (const [file, t] of texts) fresh.upsert(file, file === ARTICLE ? text : t);
        expect(summary(corpus)).toEqual(summary(fresh));
      }),
      { numRuns: 15, seed: 7 },
    );
  });
});
