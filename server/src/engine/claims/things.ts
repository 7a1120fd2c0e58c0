// Named things that are not organisations or people but still carry facts: funds, programmes,
// schemes, pilots, events. "the £3.8bn Better Care Fund", "the Warm Homes Pilot, launched in
// October 2012", "the Care Futures 2014 summit in Manchester on 12 May". A thing is a capitalised
// name ending in (or followed by) a head noun that says what kind of thing it is; its key is the
// name with the head, lower-cased and hyphenated ("thing:better-care-fund"), so every source that
// names it alike speaks of one subject. Organisations the recognisers found win over things
// (The King's Fund stays an organisation).

import type { Entity } from '../types';
import { singular } from './vocabulary';
import { findWords, type WordHit } from './wordScan';

/** Head nouns of things, with the kind of thing they name. */
export const THING_HEADS: Record<string, 'scheme' | 'event'> = {
  fund: 'scheme',
  programme: 'scheme',
  program: 'scheme',
  scheme: 'scheme',
  pilot: 'scheme',
  initiative: 'scheme',
  project: 'scheme',
  strategy: 'scheme',
  plan: 'scheme',
  campaign: 'scheme',
  review: 'scheme',
  inquiry: 'scheme',
  summit: 'event',
  conference: 'event',
  congress: 'event',
  convention: 'event',
  forum: 'event',
  festival: 'event',
  awards: 'event',
  exhibition: 'event',
  expo: 'event',
};

export const HEAD_WORDS = Object.keys(THING_HEADS);
const ENDS_IN_HEAD = new RegExp(`(?:${HEAD_WORDS.join('|')})s?$`, 'i');
/** Small words allowed inside a name between capitalised words: "Right to Provide", "Fund for Wales". */
const CONNECTORS = new Set(['of', 'for', 'to', 'and', 'on', 'in', '&']);
/** Capitalised words that open a sentence or a phrase without being part of a name. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'our', 'their', 'his', 'her', 'new', 'every', 'each', 'any', 'no', 'some']);
const QUOTES = /^[‘’'"“”]+|[‘’'"“”]+$/g;
const MAX_NAME_WORDS = 8;
const MODIFIER_COMPOUND = /-(?:style|type|like|based|led|funded|backed|owned|run|wide)$/i;
// Made once: a regular expression literal with \p{…} inside a function is rebuilt on every call in the shipped bundle.
const STARTS_CAPITALISED = /^\p{Lu}/u;

/**
 * A mention of a thing, in the Entity shape the extractors read (span, canonical id, name). Its
 * `type` is only a placeholder: things live in ClaimContext.things, never among the document's
 * entities, and their ids start with "thing:".
 */
export interface ThingMention extends Entity {
  /** The head noun, singular and lower-case ("fund", "summit"). */
  head: string;
}

const isAsciiLowerCase = (code: number): boolean => code >= 97 && code <= 122;
const isCapitalised = (word: string): boolean => STARTS_CAPITALISED.test(word) || /^\d/.test(word);

export interface Word {
  word: string;
  start: number;
}

const NAME_WORD_UNIT = /^[\p{L}\p{N}’'‘“”"&-]$/u;
/** Whether each UTF-16 code unit may be part of a name's word, learnt on first sight: 0 unknown, 1 yes, 2 no. */
const nameWordUnits = new Uint8Array(0x10000);

function isNameWordUnit(code: number): boolean {
  let known = nameWordUnits[code];
  if (known === 0) nameWordUnits[code] = known = NAME_WORD_UNIT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** The word (letters, digits, quotes, "&", "-") ending before `end` across spaces on the same line, if any. */
function wordBefore(text: string, end: number): Word | undefined {
  let j = end;
  while (j > 0 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 0xa0)) j--;
  let k = j;
  while (k > 0 && isNameWordUnit(text.charCodeAt(k - 1))) k--;
  return k === j ? undefined : { word: text.slice(k, j), start: k };
}

/** The key of a thing named by `words` with head noun `head`: "thing:better-care-fund". */
function thingKey(words: readonly string[], head: string): string {
  return `thing:${[...words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')), head].join('-').replace(/-+/g, '-')}`;
}

/**
 * The same names seen as things when the recognisers made them organisations: "Better Care Fund"
 * tagged as an organisation in one text and not in another must still be one fund, so a name
 * ending in a head noun also counts as a thing (its value and dates are the thing's).
 */
export function thingsNamedAsOrganisations(organisations: readonly Entity[]): ThingMention[] {
  const out: ThingMention[] = [];
  for (const org of organisations) {
    if (!ENDS_IN_HEAD.test(org.text)) continue;
    const words = org.text.replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
    const last = words.pop();
    if (!last || !STARTS_CAPITALISED.test(org.text) || words.length === 0) continue;
    const head = singular(last.toLowerCase());
    if (!(head in THING_HEADS)) continue;
    const normalisedHead = head === 'program' ? 'programme' : head;
    out.push({ ...org, canonical: thingKey(words, normalisedHead), canonicalName: org.canonicalName ?? org.text, head: normalisedHead });
  }
  return out;
}

/**
 * The capitalised words of a name that ends at `headStart` (where its head noun begins), first
 * word first, or undefined when no name stands there: "Better Care" before "Fund", "Tanners Lane"
 * before "Museum" (not "The"), not "new" in "the new fund".
 */
export function nameBefore(text: string, headStart: number): Word[] | undefined {
  const words: Word[] = [];
  // Up to MAX_NAME_WORDS words before the head, nearest first, read one at a time: most heads
  // have an ordinary word in front and the look stops there.
  let w: Word | undefined;
  for (let n = 0, at = headStart; n < MAX_NAME_WORDS && (w = wordBefore(text, at)) !== undefined; n++, at = w.start) {
    // A lower-case word right before the head ("the new fund") is neither a capitalised word
    // nor a connector inside a name: the look ends, as below, without the tests.
    if (words.length === 0 && isAsciiLowerCase(w.word.charCodeAt(0))) break;
    // A possessive or a compound modifier ends the name: "the Government’s Pathfinder programme",
    // "a John Lewis-style ‘Right to Provide’ scheme".
    if (/['’]s$/.test(w.word) || MODIFIER_COMPOUND.test(w.word)) break;
    const bare = w.word.replace(QUOTES, '');
    const lower = bare.toLowerCase();
    if (isCapitalised(bare) && !DETERMINERS.has(lower)) words.unshift({ word: bare, start: w.start });
    else if (CONNECTORS.has(lower) && words.length > 0) words.unshift({ word: bare, start: w.start });
    else break;
    // a quoted name is whole: "‘Right to Provide’ scheme"
    if (/^[‘“"']/.test(w.word)) break;
  }
  // A name opens with a capitalised word: not a connector, not a figure ("£12m Better Care Fund").
  while (words.length && (CONNECTORS.has(words[0].word.toLowerCase()) || !STARTS_CAPITALISED.test(words[0].word))) words.shift();
  if (!words.some((w) => STARTS_CAPITALISED.test(w.word))) return undefined;
  return words;
}

/**
 * Named things in the text. `overlapsName(start, end)` tells whether a recognised organisation or
 * person overlaps a span: those names win, and no thing is made there.
 */
export function findThings(
  text: string,
  overlapsName: (start: number, end: number) => boolean,
  heads: readonly WordHit[] = findWords(text, HEAD_WORDS),
): ThingMention[] {
  const out: ThingMention[] = [];
  for (const hit of heads) {
    if (!(hit.word in THING_HEADS)) continue;
    const headStart = hit.start;
    const headEnd = hit.end;
    const written = text.slice(headStart, headEnd);
    const words = nameBefore(text, headStart);
    if (words === undefined) continue;
    const nameStart = words[0].start;
    if (overlapsName(nameStart, headEnd)) continue;
    const head = singular(hit.word);
    const normalisedHead = head === 'program' ? 'programme' : head;
    const key = thingKey(words.map((w) => w.word), normalisedHead);
    const display = `${words.map((w) => w.word).join(' ')} ${written}`;
    out.push({
      type: 'organisation',
      start: nameStart,
      end: headEnd,
      text: text.slice(nameStart, headEnd),
      canonical: key,
      canonicalName: display,
      head: normalisedHead,
    });
  }
  return out;
}
