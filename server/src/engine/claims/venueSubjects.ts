// Places and services named by their kind, as subjects of claims: "Kelby Lido will close", "The
// Tanners Lane Museum closed its doors on 30 November 2022", "Corvey Skate Park opened in May
// 2021", "Alder Street Market Hall is owned by Greyton Borough Council". RULES.md keeps venues,
// grounds, buildings and services out of the organisation entities, yet sources make claims about
// them (opened, closed, owned, leased, sold, given a grant), and two sources must meet on one
// subject to disagree. A venue here is a capitalised name ending in a kind word (VENUE_HEADS); it
// is handed to the claim layer like an organisation mention, and so is "the <kind word>" after it
// ("Harrowgate Lido ... the lido"), but it never enters the document's entities, and "it" is left
// to the bodies (referents.ts), so a venue named in passing takes no body's claims. Its id is the one the organisation
// recognisers would give the same name (org:<merge key>), so a text that tags "X Playhouse" as an
// organisation and one that does not still speak of one subject.

import { organisationId, organisationKey } from '../entities/nameKeys';
import type { Entity } from '../types';
import { nameBefore } from './things';
import type { WordHit } from './wordScan';

/**
 * Kind words that end the name of a place, a building or a service rather than of a body: a
 * venue, a ground, a park, a market, a station, a pub, a cottage; and a few kinds of group whose
 * names the organisation recognisers do not read ("X Scouts", "X Youth Band", "X Mountain
 * Rescue", "X Brewery").
 */
export const VENUE_HEADS = [
  'lido', 'playhouse', 'theatre', 'theater', 'cinema', 'museum', 'gallery', 'library', 'hall', 'park', 'garden', 'gardens',
  'pool', 'baths', 'centre', 'centres', 'center', 'hub', 'station', 'market', 'ground', 'stadium', 'arena', 'cottage',
  'arms', 'inn', 'tavern', 'zoo', 'observatory', 'pier', 'railway', 'canal', 'reservoir', 'allotments', 'chapel',
  'lighthouse', 'brewery', 'band', 'choir', 'scouts', 'rescue', 'estate',
];
const VENUE_SET = new Set(VENUE_HEADS);

/**
 * Words that with the kind word make a generic phrase, not a name ("Town Hall", "the Leisure
 * Centre", "Visitor Centre"): a name made only of these names no one place.
 */
const GENERIC_WORDS = new Set([
  'town', 'city', 'village', 'county', 'community', 'central', 'main', 'old', 'new', 'north', 'south', 'east', 'west',
  'leisure', 'sports', 'sport', 'visitor', 'visitors', 'health', 'medical', 'day', 'youth', 'music', 'concert', 'car',
  'bus', 'railway', 'train', 'police', 'fire', 'power', 'market', 'local', 'national', 'public', 'royal', 'skate',
  'food', 'the', 'and', 'of', 'for', 'in', 'on', 'to', '&',
]);

/**
 * The venues named in the text. `heads` are the text's hits of VENUE_HEADS (wordScan.ts, found in
 * the claim layer's one pass); `overlapsName(start, end)` tells whether a recognised organisation
 * or person overlaps a span: a recognised name wins and no venue is made there.
 */
export function findVenues(text: string, heads: readonly WordHit[], overlapsName: (start: number, end: number) => boolean): { venues: Entity[]; references: Entity[] } {
  const out: Entity[] = [];
  const references: Entity[] = [];
  for (const hit of heads) {
    if (!VENUE_SET.has(hit.word)) continue;
    // The kind word is part of the name: written with a capital ("Kelby Lido"); "the lido" refers back.
    const initial = text.charCodeAt(hit.start);
    if (initial < 65 || initial > 90) {
      if (out.length > 0 && initial >= 97 && initial <= 122) {
        const reference = referenceAt(text, hit, out);
        if (reference && !overlapsName(reference.start, reference.end)) references.push(reference);
      }
      continue;
    }
    const words = nameBefore(text, hit.start);
    if (words === undefined || words.every((w) => GENERIC_WORDS.has(w.word.toLowerCase()))) continue;
    const start = words[0]!.start;
    if (overlapsName(start, hit.end)) continue;
    const name = `${words.map((w) => w.word).join(' ')} ${text.slice(hit.start, hit.end)}`;
    out.push({ type: 'organisation', start, end: hit.end, text: text.slice(start, hit.end), canonical: organisationId(organisationKey(name)), canonicalName: name });
  }
  return { venues: out, references };
}

/** How far back "the lido" looks for its venue: a few paragraphs. */
const REFERENCE_REACH = 2000;
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[\s\u00a0]+$/u;

/** "the lido" after "Harrowgate Lido": a mention of the nearest venue before it named with that kind word. */
function referenceAt(text: string, hit: WordHit, venues: readonly Entity[]): Entity | undefined {
  const lead = text.slice(Math.max(0, hit.start - 5), hit.start);
  const the = THE_BEFORE.exec(lead);
  if (!the) return undefined;
  for (let v = venues.length - 1; v >= 0; v--) {
    const venue = venues[v]!;
    if (hit.start - venue.end > REFERENCE_REACH) return undefined;
    if (venue.text.slice(venue.text.length - hit.word.length).toLowerCase() !== hit.word) continue;
    const start = hit.start - lead.length + the.index + the[0].search(/[Tt]he/);
    return { type: 'organisation', start, end: hit.end, text: text.slice(start, hit.end), canonical: venue.canonical, canonicalName: venue.canonicalName };
  }
  return undefined;
}
