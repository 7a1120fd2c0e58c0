// The kind of body a name names, read off its last word ("... Group", "... Council"), and the class
// nouns that can only mean a company: "the company" is not "the council" nor "the Trust".

import { ownCopy } from '../text/ownCopy';
import type { Entity } from '../types';
import { singular } from './vocabulary';

const CACHE_LIMIT = 10_000;
// Made once: a regular expression literal with \p{…} inside a function is rebuilt on every call in the shipped bundle.
const LAST_LETTER_RUN = /(\p{L}+)[^\p{L}]*$/u;

/** Class nouns for a company, which a body named as a public, civic or charitable kind of body is not. */
export const COMPANY_NOUNS = new Set(['company', 'firm', 'business']);
export const OTHER_KIND_HEADS = new Set([
  'council', 'union', 'party', 'department', 'ministry', 'agency', 'commission', 'authority', 'committee', 'trust', 'foundation',
  'society', 'association', 'federation', 'institute', 'charity', 'inspectorate', 'government', 'parliament',
]);

/** An organisation's own organs and people, which its name may qualify ("the X board", "X governors"). */
const ORGAN_AFTER_NAME = /^[ \u00a0](?:board|trustees|governors|directors|management|leadership|executive|team|staff|workforce|chair|chairman|chairwoman|spokesperson|spokesman|spokeswoman|shareholders)(?![\p{L}])/u;

/** True when the name stands before one of its organs or people, as a modifier of that noun. */
export function qualifiesOrgan(text: string, mention: Entity): boolean {
  const next = text.charCodeAt(mention.end);
  return (next === 32 || next === 0xa0) && ORGAN_AFTER_NAME.test(text.slice(mention.end, mention.end + 16));
}

/** How many names back from the latest one a body named as the class noun's kind is sought. */
export const KIND_SEARCH_NAMES = 12;
const headNounCache = new Map<string, string | undefined>();

/** The last word of a body's name, singular and lower-case: the kind of body it names ("... Group"); cached, as names repeat. */
export function headNoun(mention: Entity): string | undefined {
  const name = mention.canonicalName ?? mention.text;
  if (headNounCache.has(name)) return headNounCache.get(name);
  const last = LAST_LETTER_RUN.exec(name);
  const head = last ? singular(last[1].toLowerCase()) : undefined;
  if (headNounCache.size > CACHE_LIMIT) headNounCache.clear();
  headNounCache.set(ownCopy(name), head);
  return head;
}

const MODIFIER_CACHE_LIMIT = 1_000;
const nameWordsCache = new Map<string, ReadonlySet<string>>();

/** The lower-case words of a body's name, cached, as names repeat. */
function nameWords(mention: Entity): ReadonlySet<string> {
  const name = mention.canonicalName ?? mention.text;
  let words = nameWordsCache.get(name);
  if (!words) {
    words = new Set(name.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean));
    if (nameWordsCache.size > MODIFIER_CACHE_LIMIT) nameWordsCache.clear();
    nameWordsCache.set(ownCopy(name), words);
  }
  return words;
}

/**
 * The latest body before `offset` named as the kind `noun` ("the hospice" → "St Wenna's Hospice";
 * "the town council" → "Millhaven Town Council", the modifier in its name too), among the last
 * KIND_SEARCH_NAMES names: `organisations` sorted by start. None when another body of that kind is
 * named within RIVAL_REACH characters before it: the kind word could stand for either.
 */
export function latestOfKind(organisations: readonly Entity[], offset: number, noun: string, modifier?: string): Entity | undefined {
  let lo = 0;
  let hi = organisations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (organisations[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  let found: Entity | undefined;
  for (let i = lo - 1, looked = 0; i >= 0 && looked < KIND_SEARCH_NAMES; i--, looked++) {
    const o = organisations[i]!;
    if (found && found.start - o.end > RIVAL_REACH) break;
    if (headNoun(o) !== noun) continue;
    if (modifier && !nameWords(o).has(modifier)) continue;
    if (!found) found = o;
    // another body of the kind named just before it: "the hospice" could be either
    else if (o.canonical !== found.canonical) return undefined;
  }
  return found;
}
/** How close before the latest body of a kind another of that kind makes "the <kind>" ambiguous. */
const RIVAL_REACH = 300;
