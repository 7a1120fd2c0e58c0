import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../../server/src/engine/corpus';
import { SECTIONED_FROM } from '../../../server/src/engine/sections/sectionStarts';
import { largeDocument } from '../sections/largeDocument';

// Typing into a large document re-analyses one section and hands the corpus the other sections'
// very objects, moved in place: the indexes of mentions (by canonical, by words, by title, by
// value) then change only between the objects both analyses share at their ends. Whatever the
// edits, they must say what the indexes of a corpus given the final text at once say.

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const seedTexts = readdirSync(SEEDS)
  .sort()
  .map((name): [string, string] => [`file:///seeds/${name}`, readFileSync(join(SEEDS, name), 'utf8')]);
const BIG = 'file:///w/archive.txt';
const bigText = largeDocument(23, SECTIONED_FROM + 30_000);

/** Words that add, remove or rename mentions: organisations, people with titles, figures, dates. */
const WORDS = [' policy', ' 42', '\n', ' the Co-operative Group', ' Mondragon', ' John Lewis Partnership', ' Jane Smith, chief executive,', ' 45%', ' £3 million', ' in March 2012', ' 12 staff', ''];

/** `at`: where, in ten-thousandths of the text (spread evenly: a double is drawn mostly near 0). */
const edit = fc.record({ at: fc.integer({ min: 0, max: 9_999 }), deleteLength: fc.nat({ max: 40 }), insert: fc.constantFrom(...WORDS) });

function applied(text: string, change: { at: number; deleteLength: number; insert: string }): string {
  const at = Math.floor((change.at / 10_000) * text.length);
  return text.slice(0, at) + change.insert + text.slice(at + change.deleteLength);
}

function filled(big: string): Corpus {
  const corpus = new Corpus();
  for (const [doc, text] of seedTexts) corpus.upsert(doc, text);
  corpus.upsert(BIG, big);
  return corpus;
}

/** Everything the mention indexes answer about the large document's entities. */
function indexes(corpus: Corpus) {
  const entities = corpus.get(BIG)!.analysis.entities;
  const canonicals = [...new Set(entities.map((entity) => entity.canonical).filter((canonical): canonical is string => !!canonical))].sort();
  const sortedMap = <V>(map: ReadonlyMap<string, V>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    mentions: canonicals.map((canonical) => corpus.mentionsOf(canonical)),
    byDocument: canonicals.map((canonical) => sortedMap(corpus.mentionsByDocument(canonical))),
    texts: canonicals.map((canonical) => sortedMap(corpus.mentionTexts(canonical))),
    roles: canonicals.map((canonical) => sortedMap(corpus.rolesOf(canonical)).map(([role, docs]) => [role, sortedMap(docs)])),
    sameValue: entities.filter((entity) => !entity.canonical).map((entity) => corpus.sameValueMentions(entity)),
  };
}

/**
 * Words around mentions from elsewhere in the document (people with their titles among them): a
 * canonical the document mentions in other sections comes into, or leaves, the edited one.
 */
function mentionsFromElsewhere(): string[] {
  const entities = filled(bigText).get(BIG)!.analysis.entities;
  const picked = [...entities.filter((entity) => entity.role && entity.canonical).slice(0, 6), ...entities.filter((_, i) => i % 97 === 0)];
  return picked.map((entity) => ` ${bigText.slice(Math.max(0, entity.start - 30), entity.end + 10)} `);
}

describe('the mention indexes while typing into a large document', () => {
  it('after every edit of a random sequence, equal the indexes of a corpus given the text at once', () => {
    const elsewhere = mentionsFromElsewhere();
    fc.assert(
      fc.property(fc.array(fc.oneof(edit, edit.map((change) => ({ ...change, deleteLength: 0, insert: elsewhere[change.at % elsewhere.length] }))), { minLength: 3, maxLength: 8 }), (edits) => {
        const typed = filled(bigText);
        let text = bigText;
        for (const change of edits) {
          text = applied(text, change);
          typed.upsert(BIG, text);
          expect(indexes(typed)).toEqual(indexes(filled(text)));
        }
      }),
      { numRuns: 6, seed: 1919, endOnFailure: true },
    );
  }, 240_000);
});
