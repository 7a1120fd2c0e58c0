// Who a quotation's "we" is. A quote introduced by its speaker, named with a role held at an
// organisation ("Jo Bloggs, chief executive of Acme Widgets, said: “We are a charity …”"), speaks
// for that organisation: its first person plural is the organisation, not the document's author.
// Only this introduction is read (role, then an optional person, then a speech verb and a colon
// or comma right before the opening mark), or the same attribution right after the closing mark
// ("“We are a charity,” said Jo Bloggs, chief executive of Acme Widgets" or "“…,” Acme chief
// executive Jo Bloggs said"): a speaker named without an organisation in the role, or an
// organisation merely mentioned near the quote, says nothing about whom "we" stands for.

import type { Entity } from '../types';
import { HONORIFICS } from '../entities/lexicons/personWords';
import { isSpaceUnit } from './extractors/afterName';
import { firstStartingFrom } from './sortedEntities';

/** Verbs that introduce the words quoted after them. */
const SPEECH_VERBS = new Set(['said', 'says', 'added', 'adds', 'explained', 'explains', 'commented', 'comments', 'stated', 'states', 'told']);
/** How many characters of space (a paragraph break and indentation) may stand between "said:" and the quote. */
const SPACE_REACH = 8;
/** The longest speech verb, for the word read back from the colon. */
const LONGEST_VERB = 9;

const COLON = 58;
const COMMA = 44;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Steps back over space from `at`, at most `reach` code units; the new offset. */
function backOverSpace(text: string, at: number, reach: number): number {
  const floor = Math.max(0, at - reach);
  while (at > floor && isSpaceUnit(text.charCodeAt(at - 1))) at--;
  return at;
}

/** "Acme chief executive Professor Jo Bloggs said:": the role ends before the title, not at the name. */
function backOverHonorific(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start <= 10 && (isLetter(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 46)) start--;
  const word = text.slice(start, at).replace(/\.$/, '').toLowerCase();
  return start < at && HONORIFICS.has(word) ? backOverSpace(text, start, 2) : at;
}

/** The last entity of `sorted` (by start) that ends exactly at `end`, among those starting before it. */
function endingAt(sorted: readonly Entity[], end: number): Entity | undefined {
  const lo = firstStartingFrom(sorted, end);
  // a few entities may start after the one wanted and still before `end` (a name inside a role)
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (sorted[i].end === end) return sorted[i];
  return undefined;
}

/** The first organisation with a canonical id inside [start, end), from `organisations` sorted by start. */
function organisationWithin(organisations: readonly Entity[], start: number, end: number): Entity | undefined {
  for (let i = firstStartingFrom(organisations, start); i < organisations.length && organisations[i].start < end; i++) {
    const org = organisations[i];
    if (org.end <= end && org.canonical) return org;
  }
  return undefined;
}

/**
 * The organisation a quote opening at `quoteStart` speaks for, from the introduction before it
 * ("NAME, ROLE at ORG, said:" or "ROLE at ORG NAME said:"); undefined when there is none. `roles`,
 * `people` and `organisations` are sorted by start.
 */
export function quoteSpeakerOrganisation(
  text: string,
  quoteStart: number,
  roles: readonly Entity[],
  people: readonly Entity[],
  organisations: readonly Entity[],
): Entity | undefined {
  let at = backOverSpace(text, quoteStart, SPACE_REACH);
  const mark = text.charCodeAt(at - 1);
  if (mark !== COLON && mark !== COMMA) return undefined;
  at = backOverSpace(text, at - 1, 2);
  const verbEnd = at;
  while (at > 0 && verbEnd - at <= LONGEST_VERB && isLetter(text.charCodeAt(at - 1))) at--;
  if (!SPEECH_VERBS.has(text.slice(at, verbEnd).toLowerCase())) return undefined;
  at = backOverSpace(text, at, 2);
  if (text.charCodeAt(at - 1) === COMMA) at--;
  // "Jo Bloggs, chief executive of Acme, said:" ends in the role; "Acme chief executive Jo Bloggs said:" in the person
  let role = endingAt(roles, at);
  if (!role) {
    const person = endingAt(people, at);
    if (!person) return undefined;
    role = endingAt(roles, backOverHonorific(text, backOverSpace(text, person.start, 2)));
    if (!role) return undefined;
  }
  return organisationWithin(organisations, role.start, role.end);
}

/** The entity of `sorted` (by start) that starts exactly at `start`, the longest there. */
function startingAt(sorted: readonly Entity[], start: number): Entity | undefined {
  const i = firstStartingFrom(sorted, start);
  return i < sorted.length && sorted[i].start === start ? sorted[i] : undefined;
}

/** The speech verb that starts at `at`, if one does: the offset after it, else -1. */
function speechVerbEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at <= LONGEST_VERB && isLetter(text.charCodeAt(end))) end++;
  return end > at && SPEECH_VERBS.has(text.slice(at, end).toLowerCase()) ? end : -1;
}

/** Steps forward over space from `at`, at most `reach` code units, and over one comma first when `comma`. */
function forwardOverSpace(text: string, at: number, reach: number, comma = false): number {
  if (comma && text.charCodeAt(at) === COMMA) at++;
  const limit = Math.min(text.length, at + reach);
  while (at < limit && isSpaceUnit(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The organisation a quote that closes at `quoteEnd` speaks for, from the attribution right after
 * it: "said NAME, ROLE at ORG", "NAME, ROLE at ORG, said" or "ROLE at ORG NAME said". Undefined
 * when there is none. `roles`, `people` and `organisations` are sorted by start.
 */
export function quoteSpeakerAfter(
  text: string,
  quoteEnd: number,
  roles: readonly Entity[],
  people: readonly Entity[],
  organisations: readonly Entity[],
): Entity | undefined {
  let at = forwardOverSpace(text, quoteEnd, 2);
  let role: Entity | undefined;
  const verbFirst = speechVerbEnd(text, at);
  if (verbFirst >= 0) {
    // "said Jo Bloggs, chief executive of Acme" or "said the chief executive of Acme, Jo Bloggs"
    at = forwardOverSpace(text, verbFirst, 2);
    if (text.startsWith('the ', at)) at += 4;
    role = startingAt(roles, at);
    if (!role) {
      const person = startingAt(people, at);
      if (person) role = startingAt(roles, forwardOverSpace(text, person.end, 2, true));
    }
  } else {
    // "Jo Bloggs, chief executive of Acme, said" or "Acme chief executive Jo Bloggs said"
    const person = startingAt(people, at);
    const first = person ? startingAt(roles, forwardOverSpace(text, person.end, 2, true)) : startingAt(roles, at);
    const named = person ? undefined : first && startingAt(people, forwardOverSpace(text, first.end, 2, true));
    const last = person ? first : named;
    if (first && last && speechVerbEnd(text, forwardOverSpace(text, last.end, 2, true)) >= 0) role = first;
  }
  return role ? organisationWithin(organisations, role.start, role.end) : undefined;
}
