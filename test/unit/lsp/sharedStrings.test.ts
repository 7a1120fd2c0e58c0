import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../server/src/engine/corpus/documentAnalysis';
import { DEFAULT_CONFLICT_RULES } from '../../../server/src/engine/claims/rules';
import type { DocumentAnalysis } from '../../../server/src/engine/types';
import { SharedStrings } from '../../../server/src/lsp/workers/sharedStrings';

// Analyses from the workers have their recurring strings swapped for one held copy (see
// sharedStrings.ts). Which copy a string is cannot be seen from JavaScript; what can: the analysis
// reads exactly the same afterwards, and the table grows only by strings it has not seen.

const root = join(__dirname, '../../..');
const texts = ['seeds', 'test/fixtures/heldout'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(root, dir, name), 'utf8')),
);

/** As the server receives it from a worker: parsed from JSON, every string fresh. */
function received(text: string): DocumentAnalysis {
  return JSON.parse(JSON.stringify(analyseDocument(text, undefined, DEFAULT_CONFLICT_RULES))) as DocumentAnalysis;
}

/** The strings sharing is meant to cover, as a set. */
function recurringFields(analysis: DocumentAnalysis): Set<string> {
  const out = new Set<string>();
  const add = (value: string | undefined): void => void (value !== undefined && out.add(value));
  for (const entity of analysis.entities) {
    add(entity.canonical);
    if (entity.canonical !== undefined) add(entity.text);
    add(entity.canonicalName);
    add(entity.person);
    add(entity.role);
    if (entity.value?.kind === 'date') add(entity.value.iso);
  }
  for (const claim of analysis.claims) {
    add(claim.subject);
    add(claim.subjectName);
    add(claim.attribute);
    add(claim.time);
    const value = claim.value;
    if (value.kind === 'category') add(value.category);
    if (value.kind === 'number') add(value.unit);
    if (value.kind === 'role') {
      add(value.title);
      add(value.office);
    }
    if (value.kind === 'date') add(value.iso);
  }
  add(analysis.documentDate);
  return out;
}

describe('shared strings for analyses received from workers', () => {
  it('leaves every analysis reading exactly as it arrived', () => {
    expect(texts.length).toBeGreaterThan(10);
    const strings = new SharedStrings();
    for (const text of texts) {
      const analysis = received(text);
      const before = JSON.stringify(analysis);
      strings.shareAnalysis(analysis);
      expect(JSON.stringify(analysis)).toBe(before);
    }
  });

  it("holds each recurring string once: ids, names, titles, attributes, dates and units, not sentences or a number's words", () => {
    const strings = new SharedStrings();
    const expected = new Set<string>();
    for (const text of texts) {
      const analysis = received(text);
      for (const value of recurringFields(analysis)) expected.add(value);
      strings.shareAnalysis(analysis);
      expect(strings.size).toBe(expected.size);
    }
    // The same documents again (as a second index would bring them) add nothing.
    for (const text of texts) strings.shareAnalysis(received(text));
    expect(strings.size).toBe(expected.size);
    expect(expected.size).toBeGreaterThan(100);
  });

  it('gives back the copy it holds for an equal string, and forgets them all when cleared', () => {
    const strings = new SharedStrings();
    expect(strings.share('org:nhs')).toBe('org:nhs');
    expect(strings.share(['org', 'nhs'].join(':'))).toBe('org:nhs');
    expect(strings.size).toBe(1);
    strings.clear();
    expect(strings.size).toBe(0);
  });
});
