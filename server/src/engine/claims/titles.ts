// Which organisation a title belongs to when the title does not name it: "Its chief executive",
// "the trust’s chief executive", "Director of Finance at Northfield" (with only "Director"
// recognised as the title), or, in an organisation's own document, a bare "the Chief Executive".
// Role claims need it to compare posts in one organisation; pay claims to know whose pay it is.

import type { Entity } from '../types';
import type { ClaimContext } from './context';
import { fixedBodyOfTitle } from './publicOffices';
import { isMedia } from './referents';
import { bodyOfShortName } from './shortNames';
import { organisationId, organisationKey } from '../entities/nameKeys';
import { PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from '../entities/lexicons/personWords';

const S = '[\\s\\u00a0]';
const POSSESSIVE_GAP = new RegExp(`^(?:['’]s)?${S}+$`);
// "chair of the board of Y" is Y's chair: a body's board is the body's own
const OF_ORGANISATION = new RegExp(`^${S}+(?:of|at|for)${S}+(?:the${S}+)?(?:(?:board|governing${S}+body|trustees)${S}+of${S}+(?:the${S}+)?)?$`);
/** "Director of Finance at X": the rest of a title cut short, then its organisation. */
const TITLE_TAIL = new RegExp(`^${S}+(?:of|for)${S}+(?<words>\\p{Lu}[\\p{L}-]*(?:${S}+(?:and${S}+)?\\p{Lu}[\\p{L}-]*){0,3})${S}+(?:at|of)${S}+(?:the${S}+)?`, 'u');
/** A bare title: at the start of a line (a signature), or after "the" / "our". */
const BARE_TITLE_BEFORE = new RegExp(`(?:^|\\n[\\s\\u00a0]*|(?:^|${S})(?:the|our)${S}+)$`, 'i');

const COMMA_GAP = new RegExp(`^${S}*,${S}*$`);
/** Between a name and its title in a list: a comma, or the bracket of "Name (Post, Body)". */
const PERSON_COMMA = new RegExp(`^${S}*[,(]${S}*$`);
/** What may follow the body that ends a "name, title, body" chain: the clause's end. */
const CHAIN_END = /^[\s\u00a0]*(?:[,.;:)]|\r?\n|$)/;

/**
 * "Dr Nadia Farouk, Chief Executive, Tarnside Health Federation": a name, its title and the
 * body, each set off by a comma, as in a signature or a list of those present. The body is the
 * title's when a person stands right before the title and the body ends the clause.
 */
function signatureChain(context: ClaimContext, titleStart: number, body: Entity): boolean {
  const text = context.text;
  if (!CHAIN_END.test(text.slice(body.end, body.end + 4))) return false;
  const people = context.within(context.people, Math.max(0, titleStart - 80), titleStart);
  const person = people[people.length - 1];
  return person !== undefined && PERSON_COMMA.test(text.slice(person.end, titleStart));
}

/**
 * ", Friends of Brackenridge Park" after a title, to the clause's end: the capitalised words of a
 * name, joined by little words, ending the chain "Name, Post, Body" or "Name (Post, Body)".
 */
const CHAIN_BODY = /^,[\s\u00a0]*(\p{Lu}[\p{L}’'&.-]*(?:[\s\u00a0]+(?:(?:of|for|and|the|&)[\s\u00a0]+)*\p{Lu}[\p{L}’'&.-]*)+)(?=[\s\u00a0]*(?:[,.;:)]|\r?\n|$))/u;

/**
 * The body ending a "Name, Post, Body" chain when the recognisers tagged none of it (an
 * attendance list's "Peter Ansell, Chair, Friends of Brackenridge Park"), or tagged only a part
 * ("Brackenridge Park"): the name's merge key is its identity, as for any name. A field of work
 * ("Head of Service, Adult Social Care") names no body.
 */
function untaggedChainBody(context: ClaimContext, start: number, end: number, next: Entity | undefined): Entity | undefined {
  const text = context.text;
  if (text.charCodeAt(end) !== 44) return undefined;
  const m = CHAIN_BODY.exec(text.slice(end, end + 120));
  if (!m) return undefined;
  const name = m[1]!;
  const bodyStart = end + m[0].length - name.length;
  const bodyEnd = end + m[0].length;
  // a tag that is the whole name was read by signatureChain; one outside the name is another thing
  if (next && next.start < bodyEnd && (next.start < bodyStart || next.end > bodyEnd || (next.start === bodyStart && next.end === bodyEnd))) return undefined;
  const words = name.toLowerCase().replace(/[’']s\b/g, '').split(/[\s\u00a0]+/);
  if (words.every((w) => PORTFOLIO_WORDS.has(w) || ROLE_WORDS.has(w) || LITTLE_WORDS.has(w))) return undefined;
  if (!signatureChain(context, start, { type: 'organisation', start: bodyStart, end: bodyEnd, text: name })) return undefined;
  return { type: 'organisation', start: bodyStart, end: bodyEnd, text: name, canonical: organisationId(organisationKey(name)), canonicalName: name };
}
const LITTLE_WORDS = new Set(['of', 'for', 'and', 'the', '&']);
const ROLE_WORDS = new Set([...ROLE_HEADS, ...ROLE_MODIFIERS]);

const LINE_BREAK = /^[ \t\u00a0]*\r?\n[ \t\u00a0]*$/;
const LINE_START_BEFORE = /(?:^|\n)[ \t\u00a0]*$/;

/**
 * An address or signature block, a line each: "Ms Karin Solberg / Managing Director / Brantmoor
 * District Energy Ltd". A title alone on its line, under a name alone on the line above, is held
 * at the body named alone on the line below.
 */
function bodyOnNextLine(context: ClaimContext, start: number, end: number): Entity | undefined {
  const text = context.text;
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0 || !/^[ \t\u00a0\r]*$/.test(text.slice(end, lineEnd)) || !LINE_START_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  const body = context.within(context.organisations, lineEnd, Math.min(text.length, lineEnd + 100))[0];
  if (!body || !LINE_BREAK.test(text.slice(end, body.start)) || !CHAIN_END.test(text.slice(body.end, body.end + 4))) return undefined;
  const people = context.within(context.people, Math.max(0, start - 80), start);
  const person = people[people.length - 1];
  if (!person || !LINE_BREAK.test(text.slice(person.end, start)) || !LINE_START_BEFORE.test(text.slice(Math.max(0, person.start - 12), person.start).replace(/(?:Ms|Mr|Mrs|Miss|Dr|Cllr|Prof|Professor|Sir|Dame)\.?[ \u00a0]+$/, ''))) return undefined;
  return body;
}

export interface TitleOrganisation {
  organisation: Entity;
  /** Words of the title that followed it in the text ("Finance" in "Director of Finance at X"). */
  words: string;
}

/** The organisation of the title at [start, end), read from the words around it. */
export function organisationOfTitle(context: ClaimContext, start: number, end: number): TitleOrganisation | undefined {
  const text = context.text;
  const before = context.within(context.organisations, Math.max(0, start - 60), start).filter((o) => POSSESSIVE_GAP.test(text.slice(o.end, start)));
  if (before.length) return { organisation: before[before.length - 1], words: '' };
  const sentence = context.sentenceAt(start);
  const limit = sentence ? sentence.end : Math.min(text.length, end + 80);
  const after = context.within(context.organisations, end, Math.min(limit, end + 80));
  const next = after[0];
  if (next) {
    const gap = text.slice(end, next.start);
    if (OF_ORGANISATION.test(gap)) return { organisation: next, words: '' };
    const tail = TITLE_TAIL.exec(gap);
    if (tail && tail[0].length === gap.length) return { organisation: next, words: tail.groups!.words };
    if (COMMA_GAP.test(gap) && signatureChain(context, start, next)) return { organisation: next, words: '' };
  }
  const addressed = bodyOnNextLine(context, start, end);
  if (addressed) return { organisation: addressed, words: '' };
  const untagged = untaggedChainBody(context, start, end, next);
  if (untagged) return { organisation: untagged, words: '' };
  const owner = possessiveOwner(context, start);
  if (owner) return { organisation: owner, words: '' };
  // A minister's or a council member's body is fixed by the post, not by what the text is about (publicOffices.ts).
  const fixed = fixedBodyOfTitle(text.slice(start, end), context.organisations);
  if (fixed) return fixed.kind === 'council' && fixed.council ? { organisation: fixed.council, words: '' } : undefined;
  if (!BARE_TITLE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return undefined;
  // A newspaper writes about other bodies' officers: a bare title in its story ("Chief executive
  // X said ...") is not a post at the paper, as it would be in an organisation's own report.
  if (context.author && !isMedia(context.author)) return { organisation: context.author, words: '' };
  // A news story about one organisation names its officers by bare title ("Chief executive X
  // said the trust ..."): the post is that organisation's, when the story is plainly about it.
  const focus = focusOf(context);
  return focus ? { organisation: focus, words: '' } : undefined;
}

/** "Its chief executive", "their chair", "the hospice’s medical director": a possessive right before a title. */
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:[Ii]ts|[Tt]heir|[Tt]he[\s\u00a0]+(?:(\p{Ll}+)|(\p{Lu}{2,6}))['’]s?)[\s\u00a0]+$/u;
const NOT_A_KIND = new Set(['government', 'country', 'nation', 'state', 'city', 'town', 'village', 'region', 'county', 'borough', 'area', 'island', 'sector', 'industry', 'public', 'minister', 'prime', 'king', 'queen']);
/** How far back the body a possessive stands for may have been named. */
const OWNER_REACH = 1500;
const OPENS_SENTENCE = /^[\s\u00a0“"‘'(]*(?:the[\s\u00a0]+)?$/i;

/**
 * The body a possessive before a title stands for when the referents left it unresolved (the
 * sentence before named no body: "The purchase completed in July. Its chair, X, said …"; or the
 * kind word is not one referents know: "the hospice’s", "the pub’s"). A post is held at a body,
 * so "its" is the body last named as a sentence's subject, and "the <kind>’s" the body last
 * named with that word in its name; the body the text is about when none is.
 */
function possessiveOwner(context: ClaimContext, start: number): Entity | undefined {
  const lead = context.text.slice(Math.max(0, start - 24), start);
  if (!/its|their|['’]s?[\s\u00a0]+$/i.test(lead)) return undefined;
  const m = POSSESSIVE_BEFORE.exec(lead);
  if (!m) return undefined;
  // "the ICB’s": initials of a body the text names in full
  if (m[2]) return bodyOfShortName(context, m[2], start - m[0].length, start);
  const kind = m[1]?.toLowerCase();
  // "the government’s chief adviser", "the city’s mayor": a polity or a place, not a body named with the word
  if (kind && NOT_A_KIND.has(kind)) return undefined;
  const earlier = context.within(context.organisations, Math.max(0, start - OWNER_REACH), start - m[0].length);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const o = earlier[i]!;
    if (isMedia(o) || !o.canonical) continue;
    if (kind) {
      if (nameHasWord(o.canonicalName ?? o.text, kind) || nameHasWord(o.text, kind)) return o;
      continue;
    }
    const sentence = context.sentenceAt(o.start);
    if (sentence && OPENS_SENTENCE.test(context.text.slice(sentence.start, o.start))) return o;
  }
  const focus = focusOf(context);
  if (!focus) return undefined;
  return !kind || nameHasWord(focus.canonicalName ?? focus.text, kind) ? focus : undefined;
}

function nameHasWord(name: string, word: string): boolean {
  const lower = name.toLowerCase();
  let at = lower.indexOf(word);
  while (at >= 0) {
    const before = at === 0 ? '' : lower[at - 1]!;
    const after = lower[at + word.length] ?? '';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
    at = lower.indexOf(word, at + 1);
  }
  return false;
}

/** A list's entry: "Name (Post)" or "Name, Post;" / "Name, Post" at a line's end. */
const LIST_ENTRY_BEFORE = /(?:\(|,)[ \u00a0]*$/;
const LIST_ENTRY = /^[ \u00a0]*(?:\)|;|\r?\n|$)/;
const PRESS_POST = /(?:reporter|correspondent|editor|journalist|writer|columnist|photographer|presenter)$/i;

/**
 * A post given with no body in a list in a text plainly about one body ("The society is run by a board of
 * volunteers: Helen Marchbank (Chair), Tom Ruskin (Secretary)"; "Present: Jo Bloggs, Chair;
 * Sam Roe, Treasurer"): the post is that body's, when its sentence names no other body (a post beside
 * another body's name may be that body's). Seats (trustee, member) are placed the same way: they
 * conflict with no other post at the body (conflicts/role.ts).
 */
export function focusBodyOfBarePost(context: ClaimContext, start: number, end: number): Entity | undefined {
  if (!LIST_ENTRY.test(context.text.slice(end, end + 3)) || !LIST_ENTRY_BEFORE.test(context.text.slice(Math.max(0, start - 3), start))) return undefined;
  // a byline's post is at the outlet, not at the body the story is about
  if (PRESS_POST.test(context.text.slice(start, end))) return undefined;
  const focus = focusOf(context);
  if (!focus) return undefined;
  const sentence = context.sentenceAt(start);
  const from = sentence ? sentence.start : Math.max(0, start - 200);
  const to = sentence ? Math.max(sentence.end, end) : end + 200;
  for (const o of context.within(context.organisations, from, to)) if (o.canonical !== focus.canonical && !isMedia(o)) return undefined;
  return focus;
}

/** Mentions (names and resolved references) the focus needs, and how far it must lead the next. */
const FOCUS_MIN_MENTIONS = 3;
const FOCUS_LEAD = 2;
const focusCache = new WeakMap<ClaimContext, Entity | null>();

/**
 * The organisation a text is about: the one mentioned most, at least FOCUS_MIN_MENTIONS times and
 * FOCUS_LEAD times as often as any other; none when two organisations share the story.
 */
function focusOf(context: ClaimContext): Entity | undefined {
  const cached = focusCache.get(context);
  if (cached !== undefined) return cached ?? undefined;
  const counts = new Map<string, { first: Entity; n: number }>();
  for (const org of context.organisations) {
    // the paper that prints the story is not what the story is about
    if (!org.canonical || isMedia(org)) continue;
    const entry = counts.get(org.canonical);
    if (entry) entry.n++;
    else counts.set(org.canonical, { first: org, n: 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const [top, second] = ranked;
  const focus = top && top.n >= FOCUS_MIN_MENTIONS && top.n >= FOCUS_LEAD * (second?.n ?? 0) ? top.first : undefined;
  focusCache.set(context, focus ?? null);
  return focus;
}
