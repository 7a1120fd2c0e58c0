import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { dateCues, documentDateOf, findDocumentDate, type ReadSpan } from '../../../server/src/engine/entities/documentDate';
import { recogniseEntities } from '../../../server/src/engine/entities/index';
import { analyseInSections, SectionMemo } from '../../../server/src/engine/sections/sectionedAnalysis';
import { DEFAULT_CONFLICT_RULES } from '../../../server/src/engine/claims/rules';
import { SECTIONED_FROM, sectionStarts } from '../../../server/src/engine/sections/sectionStarts';
import type { Entity } from '../../../server/src/engine/types';

// A large document keeps each section's date cues while an edit leaves alone the stretch of text
// they were read from (sectionedAnalysis.ts). These say that the stretch is really all they read.

const piece = fc.constantFrom(
  'Published 3 March 2014',
  'Comment date',
  '17 November 2010',
  'By Jo Bloggs | 2 June 2014',
  ' | Jo Bloggs, Research Fellow',
  'The plan was agreed on 4 May 2012.',
  'Date:',
  'x ',
  ' ',
  '\n',
  '\n\n',
  'Allocations will be published on 14 March 2014',
);

function moved(entity: Entity, by: number): Entity {
  return { ...entity, start: entity.start + by, end: entity.end + by };
}

describe('the document date cues of some dates, and what they were read from', () => {
  it('stay the same after any edit that leaves the stretch they were read from alone, right up to its edges', () => {
    let kept = 0;
    let strong = 0;
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 3 }),
        piece,
        (pieces, which, after, gap, removed, insert) => {
          const text = pieces.join('');
          const dates = recogniseEntities(text).filter((entity) => entity.type === 'date');
          if (dates.length === 0) return;
          const date = dates[which % dates.length];
          const read: ReadSpan = { from: Infinity, to: -Infinity };
          const cues = dateCues(text, [date], read);
          if (read.from > read.to) return;
          // An edit just after the stretch, or just before it (ending at most at its start).
          const at = after ? read.to + gap : read.from - gap - removed;
          if (at < 0 || at + removed > text.length) return;
          const edited = text.slice(0, at) + insert + text.slice(at + removed);
          const place = after ? date : moved(date, insert.length - removed);
          expect(dateCues(edited, [place])).toEqual(cues);
          kept++;
          if (cues.strength > 0) strong++;
        },
      ),
      { numRuns: 10_000, seed: 13 },
    );
    expect(kept).toBeGreaterThan(500);
    expect(strong).toBeGreaterThan(100);
  });

  it('count on the text starting where it does when a date opens the text or the line after an empty first one', () => {
    for (const text of ['17 November 2010\nwords', '\n17 November 2010\nwords']) {
      const read: ReadSpan = { from: Infinity, to: -Infinity };
      const dates = recogniseEntities(text).filter((entity) => entity.type === 'date');
      // No cue; alone on its line with no prose before it, the date is the masthead's.
      expect(dateCues(text, dates, read)).toEqual({ strength: 0, latest: undefined, masthead: '2010-11-17' });
      // Nothing was before the text's start: a cue written there now counts, so the start was read.
      expect(read.from).toBe(-1);
      const cue = text.startsWith('\n') ? 'Comment date' : 'Comment date\n';
      expect(dateCues(cue + text, dates.map((date) => moved(date, cue.length)))).toEqual({ strength: 2, latest: '2010-11-17' });
    }
  });

  it('combine, part by part, into the date that all the dates give at once', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 2, maxLength: 20 }), fc.array(fc.nat(), { maxLength: 4 }), (pieces, cuts) => {
        const text = pieces.join('\n');
        const dates = recogniseEntities(text).filter((entity) => entity.type === 'date');
        const bounds = [...new Set(cuts.map((cut) => cut % (dates.length + 1)))].sort((a, b) => a - b);
        const parts = [0, ...bounds, dates.length].slice(1).map((end, i, ends) => dates.slice(i === 0 ? 0 : ends[i - 1], end));
        expect(documentDateOf(parts.map((part) => dateCues(text, part)))).toBe(findDocumentDate(text, dates));
      }),
      { numRuns: 500, seed: 17 },
    );
  });
});

describe('a large document\u2019s date, typed into', () => {
  // Lines and no blank ones: sections are cut at line breaks, and a section may open with a date
  // whose cue is the last line of the section before.
  const lines: string[] = [];
  for (let i = 0; lines.join('\n').length < SECTIONED_FROM + 80_000; i++) {
    lines.push('Xomment date', `${1 + (i % 27)} November 2010`, `Line ${i} says how services in the region are run, and who runs them.`);
  }
  const text = lines.join('\n');

  it('follows a cue typed in one section for a date that opens the next', () => {
    const starts = sectionStarts(text);
    const opening = starts.slice(1).find((start) => /^\d+ November 2010\n/.test(text.slice(start, start + 20)) && text.slice(start - 13, start) === 'Xomment date\n');
    expect(opening).toBeDefined();
    const memo = new SectionMemo();
    expect(analyseInSections(text, undefined, DEFAULT_CONFLICT_RULES, memo).documentDate).toBeUndefined();
    // The same length: the cuts stay where they were, and the section with the date is taken from the memo.
    const edited = `${text.slice(0, opening! - 13)}C${text.slice(opening! - 12)}`;
    const incremental = analyseInSections(edited, undefined, DEFAULT_CONFLICT_RULES, memo);
    expect(sectionStarts(edited)).toEqual(starts);
    expect(incremental.documentDate).toMatch(/^2010-11-\d\d$/);
    expect(incremental).toEqual(analyse(edited));
    // And back: the cue gone again.
    expect(analyseInSections(text, undefined, DEFAULT_CONFLICT_RULES, memo).documentDate).toBeUndefined();
  });
});
