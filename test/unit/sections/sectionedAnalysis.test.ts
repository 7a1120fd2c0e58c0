import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { DEFAULT_CONFLICT_RULES } from '../../../server/src/engine/claims/rules';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { recogniseEntities } from '../../../server/src/engine/entities/index';
import { analyseInSections, SectionMemo, seedSectionMemo } from '../../../server/src/engine/sections/sectionedAnalysis';
import { SECTIONED_FROM, sectionStarts } from '../../../server/src/engine/sections/sectionStarts';
import { largeDocument } from './largeDocument';

const big = largeDocument(11, SECTIONED_FROM + 60_000);

describe('analysing a large document in sections', () => {
  it('analyses a document below the threshold whole, as one text', () => {
    const text = largeDocument(12, 20_000);
    const entities = recogniseEntities(text);
    expect(analyse(text).entities).toEqual(entities);
  });

  it('analyses a document over the threshold section by section, with offsets into the whole text', () => {
    const analysis = analyse(big);
    expect(sectionStarts(big).length).toBeGreaterThan(3);
    expect(analysis.entities.length).toBeGreaterThan(1000);
    expect(analysis.claims.length).toBeGreaterThan(50);
    for (const entity of analysis.entities) expect(big.slice(entity.start, entity.end)).toBe(entity.text);
    for (const claim of analysis.claims) expect(big.slice(claim.start, claim.end)).toBe(claim.text);
    const starts = analysis.entities.map((entity) => entity.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives every section the date and the author of the whole document', () => {
    const filler = Array.from({ length: 4000 }, (_, i) => `Paragraph ${i} of the review looks at how services are run in the region.`).join('\n\n');
    const ending = 'We are a social enterprise. Circle Health is an employee-owned co-operative.';
    const text = `Annual review\n\nPublished 3 March 2014\n\nCo-operatives UK\n\n${filler}\n\n${ending}\n`;
    expect(text.length).toBeGreaterThan(SECTIONED_FROM);
    const analysis = analyse(text);
    expect(analysis.documentDate).toBe('2014-03-03');
    const lastSection = sectionStarts(text).at(-1)!;
    const late = analysis.claims.filter((claim) => claim.start > lastSection);
    expect(late.map((claim) => [claim.subjectName, claim.time])).toEqual(
      expect.arrayContaining([
        ['Co-operatives UK', '2014-03-03'],
        ['Circle Health', '2014-03-03'],
      ]),
    );
    // Read alone, the last section knows neither.
    const alone = text.slice(lastSection);
    const claimsAlone = extractClaims(alone, recogniseEntities(alone));
    expect(claimsAlone.some((claim) => claim.time === '2014-03-03' || claim.subjectName === 'Co-operatives UK')).toBe(false);
  });

  it('gives the same analysis with a memo of the previous version as without one, over random edits', () => {
    const memo = new SectionMemo();
    analyseInSections(big, undefined, DEFAULT_CONFLICT_RULES, memo);
    typeAgainstNoMemo(memo, [' not', 'Published 9 May 2015\n\n', ' Circle Health is a social enterprise.', '\u{1F600}'], 30, { numRuns: 40, seed: 3 });
  }, 60_000); // 40 runs of 30 edits, each analysed twice in a document of 240 KB: about 15 s alone on 2 cores

  it('gives the same analysis with a memo as without one for edits on either side of a cut, at three cuts', () => {
    const memo = new SectionMemo();
    let text = big;
    analyseInSections(text, undefined, DEFAULT_CONFLICT_RULES, memo);
    const edits: Array<(cut: number) => [number, number, string]> = [
      (cut) => [cut, cut, 'x'], // at the start of a section
      (cut) => [cut - 1, cut - 1, 'x'], // at the end of the one before
      (cut) => [cut, cut + 1, ''], // its first character gone
      (cut) => [cut - 1, cut, ''], // the last character before it gone
      (cut) => [cut - 2, cut + 2, '\n\n'], // across the cut
    ];
    for (const edit of edits) {
      for (const cut of sectionStarts(text).slice(1, 4)) {
        const [from, to, insert] = edit(cut);
        text = text.slice(0, from) + insert + text.slice(to);
        expect(analyseInSections(text, undefined, DEFAULT_CONFLICT_RULES, memo)).toEqual(analyseInSections(text, undefined, DEFAULT_CONFLICT_RULES));
      }
    }
  });

  it('leaves the previous analysis as it was when analysing the next version throws', () => {
    let failing = false;
    // Rules that fail once armed: claims are extracted after the sections below the edit were moved.
    const rules = new Proxy(DEFAULT_CONFLICT_RULES, {
      get(target, key, receiver) {
        if (failing) throw new Error('rules unavailable');
        return Reflect.get(target, key, receiver);
      },
    });
    const memo = new SectionMemo();
    const before = analyseInSections(big, undefined, rules, memo);
    const snapshot = JSON.stringify(before);
    const at = sectionStarts(big)[1] + 10;
    failing = true;
    expect(() => analyseInSections(big.slice(0, at) + ' 42 staff' + big.slice(at), undefined, rules, memo)).toThrow('rules unavailable');
    failing = false;
    expect(JSON.stringify(before)).toBe(snapshot);
    const next = big.slice(0, at) + ' 43 staff' + big.slice(at);
    expect(analyseInSections(next, undefined, rules, memo)).toEqual(analyseInSections(next, undefined, DEFAULT_CONFLICT_RULES));
  });

  it('takes apart an analysis made elsewhere into a memo that then gives what no memo gives, over random edits', () => {
    const memo = new SectionMemo();
    // Made elsewhere: an indexing worker sends its analysis back as JSON.
    const made = JSON.parse(JSON.stringify(analyseInSections(big, undefined, DEFAULT_CONFLICT_RULES)));
    expect(seedSectionMemo(memo, big, made, undefined, DEFAULT_CONFLICT_RULES)).toBe(true);
    typeAgainstNoMemo(memo, [], 20, { numRuns: 15, seed: 5 });
  });

  it('refuses to take apart an analysis that does not fall into the text\u2019s sections', () => {
    const other = analyseInSections(largeDocument(12, SECTIONED_FROM + 60_000), undefined, DEFAULT_CONFLICT_RULES);
    const memo = new SectionMemo();
    expect(seedSectionMemo(memo, big, other, undefined, DEFAULT_CONFLICT_RULES)).toBe(false);
    expect(memo.text).toBeUndefined();
  });

  it('places a section whose text occurs twice in the document at each of its places', () => {
    const block = largeDocument(21, 70_000);
    const text = `${block}\n\n${block}\n\n${block}\n\n${block}`;
    const memo = new SectionMemo();
    analyseInSections(text, undefined, DEFAULT_CONFLICT_RULES, memo);
    const edited = `${text}\n\nCircle Health is a charity.`;
    const incremental = analyseInSections(edited, undefined, DEFAULT_CONFLICT_RULES, memo);
    expect(memo.reused).toBeGreaterThan(0);
    expect(incremental).toEqual(analyseInSections(edited, undefined, DEFAULT_CONFLICT_RULES));
    for (const claim of incremental.claims) expect(edited.slice(claim.start, claim.end)).toBe(claim.text);
    // Each repeat of a section carries its own claims, at its own offsets: none is listed twice.
    const identities = incremental.claims.map((claim) => JSON.stringify([claim.start, claim.end, claim.subject, claim.attribute, claim.value]));
    expect(new Set(identities).size).toBe(identities.length);
    const starts = incremental.claims.map((claim) => claim.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('re-analyses only the sections an edit touches', () => {
    const memo = new SectionMemo();
    analyseInSections(big, undefined, DEFAULT_CONFLICT_RULES, memo);
    const sections = sectionStarts(big).length;
    const middle = Math.floor(big.length / 2);
    analyseInSections(`${big.slice(0, middle)} policy${big.slice(middle)}`, undefined, DEFAULT_CONFLICT_RULES, memo);
    expect(memo.analysed).toBeLessThanOrEqual(2);
    expect(memo.reused).toBeGreaterThanOrEqual(sections - 2);
  });

  it('gives the same analysis with a memo as without one over random edits while a researcher\u2019s override stays where it was', () => {
    // Overrides are given in the new text's offsets: one left in place while the text moves under it
    // keeps its section together at those offsets, so the cuts after an edit before it are searched again.
    const at = big.indexOf('Co-operatives UK', 200_000);
    const options = { overrides: [{ action: 'suppress' as const, start: at, end: at + 'Co-operatives UK'.length }] };
    const memo = new SectionMemo();
    let text = big;
    analyseInSections(text, options, DEFAULT_CONFLICT_RULES, memo);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(' policy', '\n\n', ''), fc.integer({ min: 0, max: 20 }), (position, insert, removed) => {
        const where = position % text.length;
        text = text.slice(0, where) + insert + text.slice(Math.min(text.length, where + removed));
        expect(analyseInSections(text, options, DEFAULT_CONFLICT_RULES, memo)).toEqual(analyseInSections(text, options, DEFAULT_CONFLICT_RULES));
      }),
      { numRuns: 15, seed: 19 },
    );
  });

  it('tells the corpus the edit it found, even when the edit moved no claim (so the texts are not compared twice)', () => {
    const memo = new SectionMemo();
    analyseInSections(big, undefined, DEFAULT_CONFLICT_RULES, memo);
    const edited = `${big} And one more line.`;
    analyseInSections(edited, undefined, DEFAULT_CONFLICT_RULES, memo);
    expect(memo.movedInPlace?.fromText).toBe(big);
    expect(memo.movedInPlace?.edit).toMatchObject({ start: big.length, oldEnd: big.length, newEnd: edited.length });
    expect(memo.movedInPlace?.claims.size).toBe(0);
    const middle = Math.floor(big.length / 2);
    analyseInSections(`${edited.slice(0, middle)} policy${edited.slice(middle)}`, undefined, DEFAULT_CONFLICT_RULES, memo);
    expect(memo.movedInPlace?.claims.size).toBeGreaterThan(0);
  });

  it('applies a researcher\u2019s override inside a section, and re-reads that section when the override changes', () => {
    const at = big.indexOf('Co-operatives UK', 200_000);
    const override = { action: 'suppress' as const, start: at, end: at + 'Co-operatives UK'.length };
    const memo = new SectionMemo();
    const plain = analyseInSections(big, undefined, DEFAULT_CONFLICT_RULES, memo);
    expect(plain.entities.some((entity) => entity.start === at && entity.type === 'organisation')).toBe(true);
    const corrected = analyseInSections(big, { overrides: [override] }, DEFAULT_CONFLICT_RULES, memo);
    expect(corrected.entities.some((entity) => entity.start === at && entity.type === 'organisation')).toBe(false);
    expect(memo.analysed).toBe(1);
  });
});

/**
 * Random edits to the large document (insertions of ordinary fragments and of `extraInserts`,
 * deletions of up to `maxRemoved` characters), each analysed with `memo` and compared with an
 * analysis without one.
 */
function typeAgainstNoMemo(memo: SectionMemo, extraInserts: string[], maxRemoved: number, runs: { numRuns: number; seed: number }): void {
  let text = big;
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.constantFrom('', ' policy', '\n\n', ' 42 staff', ...extraInserts),
      fc.integer({ min: 0, max: maxRemoved }),
      (position, insert, removed) => {
        const at = position % text.length;
        text = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + removed));
        const incremental = analyseInSections(text, undefined, DEFAULT_CONFLICT_RULES, memo);
        expect(incremental).toEqual(analyseInSections(text, undefined, DEFAULT_CONFLICT_RULES));
      },
    ),
    runs,
  );
}
