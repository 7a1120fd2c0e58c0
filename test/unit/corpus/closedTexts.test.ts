import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../../server/src/engine/corpus';

// The corpus keeps a text from disk (no editor version) as UTF-8 outside the V8 heap and an
// editor's text (with a version) as the string it is typed into. How a text is kept must change
// nothing anyone reads: the text, its analysis, the lookups, the conflicts.

const seedsDir = join(__dirname, '..', '..', '..', 'seeds');
const SEEDS = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ doc: name, text: readFileSync(join(seedsDir, name), 'utf8') }));

/** Texts that conflict with each other, written the way policy texts are: curly quotes, NBSP, CRLF, an astral character. */
const CONFLICTING = [
  { doc: 'a.txt', text: '\u201cCircle Health is an employee-owned co-operative,\u201d said Ali\u00a0Parsa on 4 March 2011.\r\nIt has 650 staff.\r\n' },
  { doc: 'b.txt', text: 'Circle Health is not an employee-owned co-operative \ud83d\ude00 \u2013 it has 770 staff, Ed Mayo said in 2012.\n' },
];

function filled(version: number | undefined): Corpus {
  const corpus = new Corpus();
  for (const { doc, text } of [...SEEDS, ...CONFLICTING]) corpus.upsert(doc, text, version);
  return corpus;
}

describe('how the corpus keeps a text', () => {
  it('keeps a text from disk as UTF-8 and an editor’s text as a string', () => {
    const corpus = new Corpus();
    corpus.upsert('disk.txt', CONFLICTING[0].text);
    corpus.upsert('open.txt', CONFLICTING[1].text, 3);
    expect(corpus.heldAsString('disk.txt')).toBe(false);
    expect(corpus.heldAsString('open.txt')).toBe(true);
  });

  it('gives a closed document’s text back whole, by length and in slices, exactly as it was put in', () => {
    const corpus = filled(undefined);
    for (const { doc, text } of [...SEEDS, ...CONFLICTING]) {
      const entry = corpus.get(doc)!;
      expect(entry.text).toBe(text);
      expect(entry.textLength).toBe(text.length);
      expect(entry.hasText(text)).toBe(true);
      for (const claim of entry.analysis.claims) expect(entry.textSlice(claim.start, claim.end)).toBe(text.slice(claim.start, claim.end));
    }
  });

  it('keeps texts from disk as strings when asked to (a caller that holds every text anyway), with the same analyses', () => {
    const strings = new Corpus({ closedTexts: 'string' });
    const utf8 = new Corpus();
    for (const { doc, text } of CONFLICTING) {
      strings.upsert(doc, text);
      utf8.upsert(doc, text);
      expect(strings.heldAsString(doc)).toBe(true);
      expect(strings.get(doc)!.analysis).toEqual(utf8.get(doc)!.analysis);
    }
    strings.settle('a.txt');
    expect(strings.heldAsString('a.txt')).toBe(true);
  });

  it('keeps a text with a lone surrogate as a string even from disk, since UTF-8 could not give it back', () => {
    const corpus = new Corpus();
    const text = 'Circle Health is an employee-owned co-operative \ud835 with 650 staff.';
    corpus.upsert('broken.txt', text);
    expect(corpus.heldAsString('broken.txt')).toBe(true);
    expect(corpus.get('broken.txt')!.text).toBe(text);
  });

  it('makes the same analyses, lookups and conflicts whether texts are kept as UTF-8 or as strings', () => {
    const closed = filled(undefined);
    const open = filled(1);
    expect(closed.conflicts().length).toBeGreaterThan(0);
    for (const { doc } of [...SEEDS, ...CONFLICTING]) {
      expect(closed.get(doc)!.analysis).toEqual(open.get(doc)!.analysis);
      expect(closed.conflictsForDoc(doc)).toEqual(open.conflictsForDoc(doc));
    }
    expect(closed.conflicts()).toEqual(open.conflicts());
    expect(closed.mentionTexts('org:circle-health')).toEqual(open.mentionTexts('org:circle-health'));
    expect(closed.mentionsOf('org:circle-health')).toEqual(open.mentionsOf('org:circle-health'));
  });

  it('switches an edited document to UTF-8 when it settles, keeping its analysis and conflicts as they are', () => {
    const corpus = new Corpus();
    corpus.upsert(CONFLICTING[0].doc, CONFLICTING[0].text);
    corpus.upsert(CONFLICTING[1].doc, CONFLICTING[1].text, 7);
    const analysis = corpus.get('b.txt')!.analysis;
    const conflicts = corpus.conflicts();

    corpus.settle('b.txt');

    expect(corpus.heldAsString('b.txt')).toBe(false);
    expect(corpus.get('b.txt')!.version).toBeUndefined();
    expect(corpus.get('b.txt')!.text).toBe(CONFLICTING[1].text);
    expect(corpus.get('b.txt')!.analysis).toBe(analysis);
    expect(corpus.conflicts()).toEqual(conflicts);
    // The same text from disk afterwards is no change at all.
    expect(corpus.upsert('b.txt', CONFLICTING[1].text).docsWithChangedConflicts.size).toBe(0);
  });

  it('takes a changed text from disk over a closed one, as an edit of it', () => {
    const corpus = filled(undefined);
    const changed = CONFLICTING[1].text.replace('is not an', 'is an');
    const delta = corpus.upsert('b.txt', changed);
    expect(corpus.get('b.txt')!.text).toBe(changed);
    expect(delta.docsWithChangedConflicts.has('a.txt')).toBe(true);
    const fresh = new Corpus();
    for (const { doc, text } of [...SEEDS, ...CONFLICTING]) fresh.upsert(doc, doc === 'b.txt' ? changed : text);
    expect(corpus.conflicts()).toEqual(fresh.conflicts());
  });
});
