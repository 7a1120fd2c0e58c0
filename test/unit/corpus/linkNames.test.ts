import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { Corpus } from '../../../server/src/engine/corpus';
import { claimOrgsOf, linkNamesOf, namesOf, noteLinkNames, takeLinkNames } from '../../../server/src/engine/corpus/linkNames';
import type { Claim, DocumentAnalysis, Entity } from '../../../server/src/engine/types';

// What the short-name links read of a document (corpus/linkNames.ts), found by an analysis worker
// and sent as positions, must be what a walk of the analysis on the main thread finds, and a
// corpus fed analyses with their names found elsewhere must equal one that found them itself.

const SEEDS = join(__dirname, '../../../seeds');
const texts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ doc: `file:///seeds/${f}`, text: readFileSync(join(SEEDS, f), 'utf8') }));

/** The names as the links counted them before the workers found them: one walk, as sets. */
function walked(entities: readonly Entity[], claims: readonly Claim[]) {
  const orgs = new Set<string>();
  const acronyms = new Set<string>();
  const surnames = new Set<string>();
  let previous: string | undefined;
  for (const entity of entities) {
    const canonical = entity.canonical;
    if (canonical === undefined || canonical === previous) continue;
    previous = canonical;
    if (entity.type === 'organisation') {
      if (!canonical.startsWith('org:')) continue;
      orgs.add(canonical);
      if (/^[A-Z]{3,6}$/.test(entity.text)) acronyms.add(canonical);
    } else if (entity.type === 'person' && /^[A-Z][^_@]* [A-Z][^ _@]*$/.test(entity.text)) {
      surnames.add(canonical.slice(canonical.lastIndexOf('-') + 1));
    }
  }
  const claimOrgs = new Set<string>();
  for (const claim of claims) {
    if (claim.subject.startsWith('org:')) claimOrgs.add(claim.subject);
    const at = claim.attribute.indexOf('org:');
    if (at > 0) claimOrgs.add(claim.attribute.slice(at));
  }
  return { orgs, acronyms, surnames, claimOrgs };
}

describe('the names the links read', () => {
  const analyses = texts.map(({ text }) => analyse(text));

  it('are those a walk of the entities and claims finds, each once', () => {
    let orgs = 0;
    for (const analysis of analyses) {
      const names = namesOf(analysis);
      const expected = walked(analysis.entities, analysis.claims);
      expect(new Set(names.orgs)).toEqual(expected.orgs);
      expect(new Set(names.acronyms)).toEqual(expected.acronyms);
      expect(new Set(names.surnames)).toEqual(expected.surnames);
      expect(new Set(claimOrgsOf(analysis))).toEqual(expected.claimOrgs);
      for (const list of [names.orgs, names.acronyms, names.surnames, claimOrgsOf(analysis)]) expect(new Set(list).size).toBe(list.length);
      orgs += names.orgs.length;
    }
    expect(orgs).toBeGreaterThan(50);
  });

  it('survive the trip as JSON, and a worker\'s are taken once', () => {
    const analysis = analyses.find((a) => a.claims.some((c) => c.subject.startsWith('org:')))!;
    const parsed = JSON.parse(JSON.stringify(analysis)) as DocumentAnalysis;
    const sent = structuredClone(linkNamesOf(analysis));
    noteLinkNames(parsed, sent);
    expect(takeLinkNames(parsed)).toBe(sent);
    expect(takeLinkNames(parsed)).not.toBe(sent);
    expect(takeLinkNames(parsed)).toEqual(sent);
  });

  it('give a corpus that equals one finding them itself, through changes and removals', () => {
    const own = new Corpus();
    const sent = new Corpus();
    const put = (doc: string, text: string, analysis: DocumentAnalysis) => {
      own.putAnalysed(doc, text, analysis);
      const parsed = JSON.parse(JSON.stringify(analysis)) as DocumentAnalysis;
      noteLinkNames(parsed, structuredClone(linkNamesOf(analysis)));
      sent.putAnalysed(doc, text, parsed);
    };
    const view = (corpus: Corpus) => ({
      conflicts: corpus.conflicts().map((c) => [c.id, c.claims.map((s) => [s.doc, s.claim.start, s.claim.subject, s.claim.attribute])]),
      links: texts.flatMap(({ doc }) => (corpus.get(doc)?.analysis.entities ?? []).map((e) => (e.canonical ? corpus.linkedName(e.canonical) ?? null : null))),
    });
    texts.forEach(({ doc, text }, i) => put(doc, text, analyses[i]));
    expect(view(sent)).toEqual(view(own));
    // The first half again under one another's names, then removed: every name moves.
    const half = Math.floor(texts.length / 2);
    for (let i = 0; i < half; i++) put(texts[i].doc, texts[half + i].text, analyses[half + i]);
    expect(view(sent)).toEqual(view(own));
    for (let i = 0; i < half; i++) {
      own.remove(texts[i].doc);
      sent.remove(texts[i].doc);
    }
    expect(view(sent)).toEqual(view(own));
  });
});
