// Role claims: the title a source gives a named person ("Health Secretary Andrew Lansley",
// "Ali Parsa, Managing Director at Circle Health Partnership"). The value keeps the title as
// written and an office key built from offices.json and the organisation named inside the title
// (see officeKey), so "Secretary General of Co-operatives UK" and "Co-operatives UK Secretary
// General" meet. Titles of the past ("former", "ex-") say nothing about the time of
// the source and are skipped.

import type { Claim, Entity } from '../../types';
import { Mood } from '../clauseMood';
import type { ClaimContext } from '../context';
import { organisationId, organisationKey } from '../../entities/nameKeys';
import { PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from '../../entities/lexicons/personWords';
import { boundedMemo } from '../../text/boundedMemo';
import { normaliseTitle, withoutFillers } from '../offices';
import { focusBodyOfBarePost, organisationOfTitle } from '../titles';
import { bodyOfShortName } from '../shortNames';
import { bodyOfMeetingList } from '../meetingHeading';
import type { ClaimExtractor } from './extractor';
import { deniedInCorrection } from './postCorrections';

/** A title's words as offices are looked up by; memoised, as the same few titles recur through a corpus. */
const postWordsOf = boundedMemo((words) => withoutFillers(normaliseTitle(words)));
const PAST_TITLE = /\b(?:former|ex|then|late|previous|past|one-time|onetime|erstwhile)\b|\bex-/i;
/**
 * A post still to come is not held: "X will become chief executive of Y", "X is to take over as
 * chair", "Y's incoming chair", "the chief executive designate", "president-elect". Read in the
 * words right before the title (its clause) and in the title itself.
 */
const FUTURE_BEFORE = /(?:\b(?:will|shall|(?:is|are)(?:[\s\u00a0]+(?:due|set|expected|going|poised))?[\s\u00a0]+to)[\s\u00a0]+(?:(?:also|then|soon|now)[\s\u00a0]+)?(?:become|be(?:[\s\u00a0]+(?:appointed|named|made))?(?:[\s\u00a0]+as)?|take[\s\u00a0]+over[\s\u00a0]+as|take[\s\u00a0]+up[\s\u00a0]+the[\s\u00a0]+post[\s\u00a0]+of|step[\s\u00a0]+up[\s\u00a0]+as)|\bincoming)[\s\u00a0]+(?:(?:the|its|their|our|a|an)[\s\u00a0]+)?(?:(?:new|next|permanent|first)[\s\u00a0]+)?$/i;
const FUTURE_TITLE = /\b(?:incoming|designate)\b|-elect\b/i;
const FUTURE_AFTER = /^(?:[\s\u00a0]+designate|-elect)\b/i;
/** How far from its title a person's name may stand ("chairman of ... — Dr Michael Dixon"). */
const PERSON_REACH = 200;
const POSSESSIVE_START = /^['’]s\b/;
/** Title words in a title's complement ("Minister of State") name no body. */
const ROLE_WORDS = new Set([...ROLE_HEADS, ...ROLE_MODIFIERS]);

/** The person a role belongs to: the role's own link, else a person right before or after it. */
function personOf(context: ClaimContext, role: Entity): Entity | undefined {
  const text = context.text;
  const near = context.within(context.people, Math.max(0, role.start - PERSON_REACH), role.end + PERSON_REACH);
  if (role.person) {
    const named = near.filter((p) => p.canonical === role.person);
    return firstAdjacent(text, role, named) ?? named.find((p) => p.start >= role.end) ?? named[named.length - 1];
  }
  return firstAdjacent(text, role, near);
}

/** The first of `people` written right next to the role: just after it, before it with a comma, or on the line above. */
function firstAdjacent(text: string, role: Entity, people: readonly Entity[]): Entity | undefined {
  for (const p of people) {
    if (
      (p.start >= role.end && p.start - role.end <= 3 && /^[\s\u00a0]*$/.test(text.slice(role.end, p.start))) ||
      (p.end <= role.start && /^[\s\u00a0]*,[\s\u00a0]*$/.test(text.slice(p.end, role.start))) ||
      // a signature: the name on one line, the title on the next
      (p.end <= role.start && /^[\s\u00a0]*\r?\n[\s\u00a0]*$/.test(text.slice(p.end, role.start)))
    )
      return p;
  }
  return undefined;
}

/**
 * The office key of a title: "office:<id>" for a unique office named by the whole title ("Health
 * Secretary", "Minister for the Cabinet Office"); "<post>@<org>" for a post in an organisation,
 * where the organisation is named in the title ("Co-operatives UK Secretary General") or around
 * it ("Its chief executive", "Director of Finance at X"; see titles.ts) and the post is an office
 * id or "title:<words>"; else the post alone.
 */
export function officeKey(context: ClaimContext, role: Entity): string {
  const whole = role.role?.startsWith('office:') ? role.role : context.offices.officeOf(role.text);
  if (whole && !context.rules.organisationOffices.includes(whole)) return whole;
  const leading = leadingBody(context, role);
  const inside = leading ?? context.within(context.organisations, role.start, role.end)[0];
  let words = role.text;
  let org = inside?.canonical;
  // The organisation's possessive goes with it: "Chair of the LGA’s housing board" is a "chair housing board" post.
  const named = !leading && inside ? nameOpeningBefore(role.text, inside.start - role.start, inside.end - role.start) : undefined;
  if (leading) words = role.text.slice(leading.end - leading.start);
  else if (named) {
    org = named.canonical;
    words = role.text.slice(0, named.start);
  } else if (inside) words = role.text.slice(0, inside.start - role.start) + ' ' + role.text.slice(inside.end - role.start).replace(POSSESSIVE_START, '');
  else {
    const around = organisationOfTitle(context, role.start, role.end);
    if (around) {
      org = around.organisation.canonical;
      words = `${words} ${around.words}`;
    } else {
      const short = shortNameEndingTitle(context, role);
      const body = short ? undefined : bodyNamedInTitle(role.text);
      if (short) {
        org = short.body.canonical;
        words = role.text.slice(0, short.start);
      } else if (body) {
        const nameStart = role.text.length - body.name.length;
        const opened = nameOpeningBefore(role.text, nameStart, role.text.length);
        org = opened?.canonical ?? organisationId(organisationKey(body.name));
        words = role.text.slice(0, opened?.start ?? body.start);
      } else {
        org = (possessiveNameBefore(context, role.start) ?? bodyOfMeetingList(context, role.start) ?? focusBodyOfBarePost(context, role.start, role.end))?.canonical;
      }
    }
  }
  const title = postWordsOf(words);
  const post = context.offices.officeOf(title) ?? (words === role.text && whole ? whole : `title:${title}`);
  return org ? `${post}@${org}` : post;
}

/**
 * The organisation a short name stands for: the one named last before `at` whose name starts
 * with it as whole words, else the first named after it ("Greystone" after "Greystone Housing
 * Association"). Names inside [at, end) are the short name's own and are skipped.
 */
function bodyByNamePrefix(context: ClaimContext, name: string, at: number, end: number): Entity | undefined {
  const prefix = name.toLowerCase();
  // An ASCII letter's two cases differ in one bit: a name whose first character cannot lower-case
  // to the prefix's is passed by without lower-casing it (the lookup runs for every title).
  const prefixFirst = prefix.charCodeAt(0);
  const cannotStartWith = (n: string): boolean => {
    const first = n.charCodeAt(0);
    return prefixFirst < 128 && first < 128 && (first | 32) !== (prefixFirst | 32);
  };
  const startsWithName = (o: Entity): boolean => {
    if (o.start >= at && o.end <= end) return false;
    for (const n of [o.text, o.canonicalName]) {
      if (!n || cannotStartWith(n)) continue;
      const lower = n.toLowerCase();
      if (lower.length > prefix.length && lower.startsWith(prefix) && /[\s\u00a0]/.test(lower[prefix.length]!)) return true;
    }
    return false;
  };
  let found: Entity | undefined;
  for (const o of context.organisations) {
    if (o.start >= at) {
      if (!found && startsWithName(o)) found = o;
      if (found) break;
    } else if (startsWithName(o)) found = o;
  }
  return found;
}

/** "Marlvale’s chief financial officer" with "Marlvale" untagged: the capitalised name in the possessive right before a title. */
const POSSESSIVE_NAME_BEFORE = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}&-]*[\s\u00a0]+){0,3}\p{Lu}[\p{L}&-]*)['’]s[\s\u00a0]+$/u;

function possessiveNameBefore(context: ClaimContext, start: number): Entity | undefined {
  const lead = context.text.slice(Math.max(0, start - 50), start);
  const m = POSSESSIVE_NAME_BEFORE.exec(lead);
  if (!m) return undefined;
  const name = m[1]!;
  const nameWords = name.toLowerCase().split(/[\s\u00a0]+/);
  if (nameWords.some((w) => ROLE_WORDS.has(w))) return undefined;
  const nameStart = start - lead.length + m.index + m[0].indexOf(name);
  if (!nameWords.some((w) => PORTFOLIO_WORDS.has(w))) {
    const found = bodyByNamePrefix(context, name, nameStart, start);
    if (found) return found;
  }
  // a remit ("Housing and Planning's"), not a body, when every word is a field of work
  return nameWords.every((w) => PORTFOLIO_WORDS.has(w) || w === 'and' || w === '&') ? undefined : untaggedPossessor(context, name, nameStart);
}

/**
 * "Halden Observatory's manager Priya Varma" with the name untagged: a name of two or more
 * capitalised words owning a post is the body the post is held at, by its merge key, as the same
 * name after "of" is ("director of Halden Observatory", bodyNamedInTitle). One word may be a
 * place or a party ("Labour's leader", "Britain's ambassador"); a person's name owns no post.
 */
function untaggedPossessor(context: ClaimContext, name: string, nameStart: number): Entity | undefined {
  if (!/[\s\u00a0]/.test(name)) return undefined;
  if (context.within(context.people, nameStart, nameStart + name.length).length) return undefined;
  return { type: 'organisation', text: name, start: nameStart, end: nameStart + name.length, canonical: organisationId(organisationKey(name)), canonicalName: name };
}

/** The capitalised words that open a title before its first title word: "Greystone" in "Greystone chief executive". */
const LEADING_NAME = /^(?:\p{Lu}[\p{L}’'&-]*[\s\u00a0]+)+/u;

/**
 * The body a title opens with, when the recognisers tagged none or only part of it ("Greystone
 * chief executive" after "Greystone Housing Association"; "Aldermoor Energy chief executive" with
 * only "Energy" tagged): the name is every capitalised word before the first title word, and it
 * stands for the organisation named last before it whose name starts with those words (the
 * first named after it, if none before). A remit ("Health Secretary", "Energy Consumers
 * Minister") is made of field words and names no body. Returned with the span of the title's
 * name (start, end) and the organisation's identity.
 */
function leadingBody(context: ClaimContext, role: Entity): Entity | undefined {
  const match = LEADING_NAME.exec(role.text);
  if (!match || match[0].length >= role.text.length) return undefined;
  const name = match[0].trim();
  const nameWords = name.toLowerCase().replace(/[’']s$/, '').split(/[\s\u00a0]+/);
  if (nameWords.every((w) => PORTFOLIO_WORDS.has(w) || ROLE_WORDS.has(w) || w === 'and' || w === '&') || ROLE_WORDS.has(nameWords[0]!)) return undefined;
  const tagged = context.within(context.organisations, role.start, role.end)[0];
  // a tag that already covers the whole name (or more) needs no help
  if (tagged && tagged.start === role.start && tagged.end >= role.start + name.length) return undefined;
  const found = bodyByNamePrefix(context, name, role.start, role.end);
  if (found?.canonical) return { ...found, start: role.start, end: role.start + name.length };
  // only the name's last words were tagged ("Energy" of "Aldermoor Energy"): the whole name is the body, by its merge key
  if (tagged && tagged.start > role.start && tagged.end <= role.start + name.length) {
    return { ...tagged, start: role.start, end: role.start + name.length, canonical: organisationId(organisationKey(name)), canonicalName: name };
  }
  return undefined;
}

/**
 * The office key of a post written apart from its organisation ("X, Y's chief executive", "X is
 * chair of Y"): the post's office id or "title:<words>", at the organisation, as officeKey gives
 * a recognised title; undefined for a unique office of state, which no organisation qualifies.
 */
export function postAtOrganisation(context: ClaimContext, title: string, organisation: string): string | undefined {
  const whole = context.offices.officeOf(title);
  if (whole && !context.rules.organisationOffices.includes(whole)) return undefined;
  const words = postWordsOf(title);
  return `${context.offices.officeOf(words) ?? `title:${words}`}@${organisation}`;
}

/**
 * "… of Acme Homes", "… at the Acme Foundation": capitalised words ending a title, after of/at,
 * or after a comma in a sign-off's title ("chief exec, Acme Homes"). Not after "for": a title
 * names its remit there ("Minister of State for Prisons and Probation", "Commissioner for Older
 * People"), not the body it is held at.
 */
const TRAILING_NAME = /(?:[\s\u00a0](?:of|at)[\s\u00a0]+(?:the[\s\u00a0]+)?|,[\s\u00a0]+)(\p{Lu}[\p{L}’'-]*(?:[\s\u00a0]+(?:and[\s\u00a0]+|&[\s\u00a0]+)?\p{Lu}[\p{L}’'-]*)+)$/u;

/**
 * The body a title names at its end when the recognisers did not tag it ("chair of Acme Homes",
 * "chief exec, Acme Homes":
 * no word of the name says "organisation"): two or more capitalised words of which one at least is
 * not a field of work ("Director of Adult Social Services" names a field, not a body). The post
 * is then compared within that body, whose identity is its name's merge key, as for any name.
 */
function bodyNamedInTitle(title: string): { name: string; start: number } | undefined {
  const match = TRAILING_NAME.exec(title);
  if (!match) return undefined;
  const name = match[1]!;
  const words = name.toLowerCase().replace(/[’']s\b/g, '').split(/[\s\u00a0]+/);
  if (words.every((word) => PORTFOLIO_WORDS.has(word) || word === 'and' || word === '&' || ROLE_WORDS.has(word))) return undefined;
  return { name, start: match.index };
}

/** "treasurer of the Friends of …": capitalised words and "of" between a title's "of" and the body tagged inside it. */
const NAME_OPENING = /[\s\u00a0](?:of|at)[\s\u00a0]+(?:the[\s\u00a0]+)?((?:\p{Lu}[\p{L}’'-]*[\s\u00a0]+)+(?:of|for)[\s\u00a0]+(?:the[\s\u00a0]+)?)$/u;

/**
 * A body named "Friends of X", "Trustees of Y", "Guild of Z" of which the recognisers tagged only
 * the end ("treasurer of the Friends of Brackenridge Park" with "Brackenridge Park" tagged): the
 * name runs from the capitalised words after the title's "of" to the tag's end, and is its own
 * body by its merge key, not the place or body its last words name. Returned with the offset in
 * the title where the post's words end.
 */
function nameOpeningBefore(title: string, nameStart: number, nameEnd: number): { canonical: string; start: number } | undefined {
  const head = title.slice(0, nameStart);
  const match = NAME_OPENING.exec(head);
  if (!match) return undefined;
  const opening = match[1]!;
  if (opening.toLowerCase().split(/[\s\u00a0]+/).some((w) => ROLE_WORDS.has(w) || PORTFOLIO_WORDS.has(w))) return undefined;
  const name = opening + title.slice(nameStart, nameEnd);
  return { canonical: organisationId(organisationKey(name)), start: match.index };
}

/** "… of Copperpot", "… at the Trust", "… of BDE": a short name (a few capitalised words or initials) ending a title. */
const TRAILING_SHORT_NAME = /[\s\u00a0](?:of|at)[\s\u00a0]+(?:the[\s\u00a0]+)?(\p{Lu}[\p{L}’'&-]*(?:[\s\u00a0]+\p{Lu}[\p{L}’'&-]*){0,2})$/u;

/**
 * The body a title ends with when its name there is a short form of a body the text names in
 * full ("managing director of Copperpot" after "Copperpot School Food Ltd"; "chair of BDE" after
 * "Brantmoor District Energy"): see shortNames.ts. A field of work ("Director of Finance") is no name.
 */
function shortNameEndingTitle(context: ClaimContext, role: Entity): { body: Entity; start: number } | undefined {
  const match = TRAILING_SHORT_NAME.exec(role.text);
  if (!match) return undefined;
  const name = match[1]!;
  const words = name.toLowerCase().replace(/[’']s\b/g, '').split(/[\s\u00a0]+/);
  if (words.every((word) => PORTFOLIO_WORDS.has(word) || ROLE_WORDS.has(word) || word === '&')) return undefined;
  const body = bodyOfShortName(context, name, role.start, role.end);
  return body?.canonical ? { body, start: match.index } : undefined;
}

// "is not the council leader", "deputy leader, not leader", "was never chair", "is no longer
// chief executive": a title right after a negation is one the person does not hold (now).
// ("not only chair but also ...", "not just a trustee" add a title; the negation is not right before it.)
const NEGATION_BEFORE = /(?:^|[^\p{L}])(?:not|never|no[\s\u00a0]+longer|isn['’]t|wasn['’]t|never[\s\u00a0]+been|not[\s\u00a0]+been)[\s\u00a0]+(?:(?:the|a|an|its|their)[\s\u00a0]+)?$/iu;
/** How far before a title its negation is read. */
const NEGATION_REACH = 24;

/** True when a negation stands right before the title at `start`. A cheap test for "n" or "r" among the words first. */
function deniedBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - NEGATION_REACH), start);
  return /n[o'’]|er|ger/i.test(before) && NEGATION_BEFORE.test(before);
}

/**
 * "Asked whether X was chair of Y", "it is unclear if X is chair of Y", "unless X is chair of Y":
 * a post told in a clause of "whether", "if" or "unless" that the person opens is asked about or
 * supposed, not held, so it meets no other holder of the post.
 */
/** "if X, chair of Y, agrees": a title set off by a comma is told of X, whatever the clause asks. */
const APPOSED = /^[\s\u00a0]*,/;
function askedOrSupposed(context: ClaimContext, person: Entity): boolean {
  return (context.moodAt(person.start) & Mood.Conditional) !== 0;
}

class RoleExtractor implements ClaimExtractor {
  readonly name = 'role';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    for (const role of context.roles) {
      if (PAST_TITLE.test(role.text)) continue;
      const before = context.text.slice(Math.max(0, role.start - 12), role.start);
      if (PAST_TITLE.test(before.split(/[,;.]/).pop() ?? '')) continue;
      if (FUTURE_TITLE.test(role.text) || FUTURE_AFTER.test(context.text.slice(role.end, role.end + 12)) || FUTURE_BEFORE.test(context.text.slice(Math.max(0, role.start - 48), role.start).split(/[,;.]/).pop() ?? '')) continue;
      const person = personOf(context, role);
      if (!person) continue;
      if (person.end <= role.start && !APPOSED.test(context.text.slice(person.end, role.start)) && askedOrSupposed(context, person)) continue;
      const denied = deniedBefore(context.text, role.start);
      const correction = denied ? undefined : deniedInCorrection(context, role.end);
      let office = officeKey(context, role);
      // "the chair, not the chief executive, of Y": both posts are Y's
      const shared = correction?.sharedOrganisation?.canonical;
      if (shared && !office.includes('@')) office = postAtOrganisation(context, role.text, shared) ?? office;
      claims.push(
        context.claim({
          subject: person,
          attribute: 'role',
          value: { kind: 'role', title: role.text, office, ...(denied ? { polarity: 'deny' as const } : {}) },
          start: Math.min(role.start, person.start),
          end: Math.max(role.end, person.end),
          timeFromSentence: true,
        }),
      );
      if (correction) {
        const at = office.indexOf('@');
        const organisation = at >= 0 ? office.slice(at + 1) : undefined;
        const words = postWordsOf(correction.title);
        const deniedOffice = organisation ? postAtOrganisation(context, correction.title, organisation) : (context.offices.officeOf(correction.title) ?? context.offices.officeOf(words) ?? `title:${words}`);
        if (deniedOffice) {
          claims.push(
            context.claim({
              subject: person,
              attribute: 'role',
              value: { kind: 'role', title: correction.title, office: deniedOffice, polarity: 'deny' },
              start: Math.min(role.start, person.start),
              end: Math.max(correction.end, person.end),
              timeFromSentence: true,
            }),
          );
        }
      }
    }
    return claims;
  }
}

export const roleExtractor: ClaimExtractor = new RoleExtractor();
