import { Gap, Shape } from '../text/tokens';
import type { NameScan } from './nameScan';

// Which of a few capitalised words the document itself uses as the name of a place: a word before
// a noun of land or settlement ("the Calder estuary", "the Caolsay estate", "Tarn islanders") or
// after a noun of the people or land of somewhere ("the people of Caolsay", "the island of Tarn").
// A body named after its place ("Caolsay Community Company") is not called by that word alone
// in such a text: the word is the place.

/** Lower-case nouns of land, water and settlement, and of those who live there, after a place's name. */
const PLACE_NOUNS = new Set([
  'estuary', 'estate', 'island', 'isle', 'islands', 'islanders', 'valley', 'coast', 'coastline', 'peninsula', 'river',
  'bay', 'firth', 'loch', 'lough', 'moor', 'moors', 'hills', 'dales', 'glen', 'village', 'villagers', 'townsfolk',
  'residents', 'townspeople', 'headland', 'shore', 'waterfront', 'marshes', 'fens',
]);

/** Nouns before "of" and a place's name: "the people of X", "the island of X". */
const OF_PLACE_NOUNS = new Set(['people', 'island', 'isle', 'town', 'village', 'city', 'residents', 'islanders', 'villagers', 'county', 'parish']);

/**
 * The words of `candidates` (as bare capitalised text, "Caolsay") that stand in a place's position
 * somewhere in the text. A candidate stands as a capitalised word token of just its text, so the
 * scan's capitalised words (about one token in six) are read, and each is looked up among the
 * candidates: a search of the whole text for each candidate cost more.
 */
export function wordsUsedAsPlaces(scan: NameScan, candidates: ReadonlySet<string>): Set<string> {
  const places = new Set<string>();
  const { tokens, capitalised } = scan;
  for (let c = 0; c < capitalised.length; c++) {
    const i = capitalised[c]!;
    const token = tokens[i]!;
    if (token.bareEnd !== token.end) continue;
    const word = token.text;
    if (!candidates.has(word) || places.has(word)) continue;
    const next = tokens[i + 1];
    const before = tokens[i - 1];
    const noun = tokens[i - 2];
    const placeNounAfter = next !== undefined && next.gapBefore === Gap.Space && next.shape === Shape.Lower && PLACE_NOUNS.has(next.key);
    const ofPlace = before?.key === 'of' && token.gapBefore === Gap.Space && noun !== undefined && before.gapBefore === Gap.Space && OF_PLACE_NOUNS.has(noun.key);
    if (placeNounAfter || ofPlace) places.add(word);
  }
  return places;
}
