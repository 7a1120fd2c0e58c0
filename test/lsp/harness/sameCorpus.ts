import { expect } from 'vitest';
import type { Corpus } from '../../../server/src/engine/corpus';

/**
 * Two corpora hold the same thing for every reader: the same documents with the same analyses and
 * text lengths, conflicts per document, mentions of every canonical entity, claims under every key,
 * and conflicts over all. toEqual: a property holding undefined (left out by JSON, as a worker's or
 * a cached analysis leaves it) counts as absent, as it does for every reader.
 */
export function expectSameCorpus(actual: Corpus, expected: Corpus): void {
  const docs = expected.documents().sort();
  expect(actual.documents().sort()).toEqual(docs);
  const canonicals = new Set<string>();
  const keys = new Set<string>();
  for (const doc of docs) {
    expect(actual.get(doc)).toEqual(expected.get(doc));
    expect(actual.get(doc)!.textLength).toBe(expected.get(doc)!.text.length);
    expect(actual.conflictsForDoc(doc)).toEqual(expected.conflictsForDoc(doc));
    for (const entity of expected.get(doc)!.analysis.entities) if (entity.canonical) canonicals.add(entity.canonical);
    for (const claim of expected.get(doc)!.analysis.claims) keys.add(`${claim.subject}\u0000${claim.attribute}`);
  }
  for (const canonical of canonicals) {
    expect(actual.mentionsOf(canonical)).toEqual(expected.mentionsOf(canonical));
    expect(actual.mentionTexts(canonical)).toEqual(expected.mentionTexts(canonical));
    expect(actual.rolesOf(canonical)).toEqual(expected.rolesOf(canonical));
  }
  for (const key of keys) {
    const [subject, attribute] = key.split('\u0000');
    expect(actual.claimsFor(subject!, attribute!)).toEqual(expected.claimsFor(subject!, attribute!));
    expect(actual.distinctValuesOf(subject!, attribute!)).toBe(expected.distinctValuesOf(subject!, attribute!));
  }
  expect(actual.conflicts()).toEqual(expected.conflicts());
}
