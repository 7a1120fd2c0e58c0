// What referring words stand for. Policy texts name an organisation once and then say "the
// organisation", "the Trust", "it", "its" or, in its own documents, "we" and "our"; funds and
// events become "the fund", "the summit". Each such word that can be resolved becomes a mention of
// its antecedent, so every extractor sees "the organisation, which has 770 staff" as a claim about
// the organisation meant, not about the newspaper named just before.
//   the <kind-word>   "the Trust", "the council", "the fund": the most recent mention whose name
//                     contains that word ("Ashworth Housing Trust", "Community Care Innovation Fund")
//   the <class noun>  "the organisation", "the company", "the charity": the most recent organisation
//   it, its           the nearest organisation or thing before it in the sentence that is a
//                     clause's subject; opening a sentence, the previous sentence's subject, or its
//                     only organisation
//   we, our           outside quotes, the document's author organisation (author.ts)
// Media outlets ("Care Provider News", "the Post") and the audience of a reporting verb ("told X
// that") are never antecedents: they report, they are not what is reported on.

import { LOCAL_PAPER_WORDS } from '../entities/lexicons/organisationWords';
import { ownCopy } from '../text/ownCopy';
import type { Entity } from '../types';
import { definedReferent, findDefinedTerms, type DefinedTerm } from './definedTerms';
import { isSpaceUnit } from './extractors/afterName';
import { isPrepositionalObject } from './extractors/grammar';
import { groupMember, groupPairs, groupRoleBefore, type GroupRole } from './groupRoles';
import { quoteAt, type QuotedRange } from './quotes';
import type { SentenceSpan } from './sentences';
import type { ThingMention } from './things';
import { singular } from './vocabulary';
import { findWords, type WordHit } from './wordScan';
import { hasCompanyDesignator } from './companyNames';
import { ANTECEDENT_REACH, isApostropheAt, previousContentOffset, type Antecedent } from './antecedent';
import { COMPANY_NOUNS, headNoun, KIND_SEARCH_NAMES, OTHER_KIND_HEADS, qualifiesOrgan } from './bodyKinds';
import { fitsModifiers, modifiedLead } from './modifiedKinds';
import { isOfKindUnnamed, UNNAMED_KINDS } from './kindMembers';
import { findHeadline, headlineTopic, type Headline } from './headlineTopic';
import { clauseSubject, previousSentenceSubject, pronounChain, sentenceOpeningReference } from './sentenceSubjects';

/** Nouns that name a kind of body and appear in the names of such bodies. */
const NAME_HEADS = [
  'trust', 'council', 'union', 'association', 'society', 'party', 'department', 'agency', 'commission', 'federation',
  'foundation', 'partnership', 'consortium', 'institute', 'authority', 'board', 'committee', 'network', 'alliance',
  'fund', 'programme', 'program', 'scheme', 'pilot', 'initiative', 'project', 'strategy', 'summit', 'conference',
  'forum', 'festival', 'campaign', 'review', 'inquiry',
  // "the university", "the college": a body named "University of X", "X College" (HEAD_ONLY)
  'university', 'college',
  // "the club": a football, rugby or golf club, named "X Football Club", "X Rovers FC"
  'club',
  // bodies named by their kind as often as by name: "X Development Corporation", "St Y's Hospice",
  // "X Museum", "X Community Energy Co-operative"
  'corporation', 'hospice', 'museum', 'co-operative', 'cooperative',
];
/**
 * Kind words that stand for a body only when they are its name's head, its last word or its first
 * before "of": "the university" is the University of X or X University, never the University and
 * College Union.
 */
const HEAD_ONLY = new Set(['university', 'college']);
/** NAME_HEADS as a set: asked of every kind word in the text and of every definite reference. */
const NAME_HEAD_SET = new Set(NAME_HEADS);
const HEAD_WORD = /^(?:the[\s\u00a0]+)?(\p{L}+)[\s\u00a0]+of[\s\u00a0]|(\p{L}+)[^\p{L}]*$/iu;

/** Whether a name is the first words of its sentence, but for "The". */
function opensSentence(input: ReferentInput, e: Entity): boolean {
  const sentence = input.sentenceAt(e.start);
  return sentence !== undefined && /^[\s\u00a0]*(?:the[\s\u00a0]+)?$/i.test(input.text.slice(sentence.start, e.start));
}

/**
 * Whether `body` is named in `other`'s sentence before it, by its name or a short form of it
 * ("Stourmead" for the University of Stourmead), or that sentence is its own.
 */
function actsIn(input: ReferentInput, seen: readonly Antecedent[], body: Antecedent, other: Entity): boolean {
  const sentence = input.sentenceAt(other.start);
  if (sentence === undefined || sentence === input.sentenceAt(body.mention.start)) return true;
  return seen.some(
    (s) =>
      s.mention.start >= sentence.start &&
      s.mention.end <= other.start &&
      (s.mention.canonical === body.mention.canonical || [...s.nameWords].every((w) => body.nameWords.has(w))),
  );
}

function isNameHead(e: Entity, noun: string): boolean {
  const m = HEAD_WORD.exec(e.canonicalName ?? e.text);
  return m !== null && singular((m[1] ?? m[2] ?? '').toLowerCase()) === noun;
}
/** Nouns that refer to an organisation of any name. */
const CLASS_NOUNS = ['organisation', 'organization', 'charity', 'company', 'firm', 'provider', 'business', 'social enterprise', 'enterprise', 'body', 'group', 'operator', 'employer'];

// The referring words, found in one pass (wordScan.ts) and then checked in place.
export const REFERRING_WORDS = [...CLASS_NOUNS, ...NAME_HEADS, 'it', 'its', 'we', 'our'];
const REFERRING_SET = new Set(REFERRING_WORDS);
const DETERMINER_BEFORE = /(?:^|[^\p{L}-])(?:[Tt]he|[Tt]his|[Tt]hat)[\s\u00a0]+$/u;

// "it" is a subject when a verb follows, or the object of "of" ("60% of it").
const VERB_AFTER_IT = /^(?:['’]s|[\s\u00a0]+(?:is|was|has|had|have|will|would|could|can|may|might|must|should|shall|remains|remained|became|becomes|isn['’]t|wasn['’]t|doesn['’]t|hasn['’]t|does|did|now|still|also|currently|already|then|only|never|always|employs|employed|owns|owned|runs|ran|holds|held|said|says|pays|paid|\p{Ll}+(?:s|ed)))(?![\p{L}])/u;
// "It is time to", "it is important that", "it's worth": "it" stands for nothing.
const EXPLETIVE = /^(?:['’]s|[\s\u00a0]+(?:is|was|will[\s\u00a0]+be|would[\s\u00a0]+be|has[\s\u00a0]+been|seems|seemed|remains))(?:[\s\u00a0]+not)?(?:[\s\u00a0]+(?:so|very|quite|too|more|less|also|now|still|not|really|clearly|simply))*[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?(?:that|to|for|whether|how|why|if|when|time|worth|as|because)(?![\p{L}])/u;
const OF_BEFORE = /(?:^|[\s\u00a0])of[\s\u00a0]+$/;
// "it" as the one given a sum, or denied any: "the council will pay it £1.4m", "which granted it
// $2m", "has not lent it a single pound", "owes it nothing".
const GIVING_VERB_BEFORE = /(?:^|[^\p{L}])(?:pay|pays|paid|paying|give|gives|gave|giving|grant|grants|granted|award|awards|awarded|lend|lends|lent|owe|owes|owed)[\s\u00a0]+$/iu;
/** Between a giver and its giving verb: auxiliaries, adverbs and a negation only. */
const GIVER_TO_VERB = /^(?:[\s\u00a0]+(?:has|have|had|will|would|shall|did|does|do|is|was|not|never|also|now|then|already|still|to|agreed|plans|hasn['’]t|didn['’]t|won['’]t))*[\s\u00a0]+$/i;
const SUM_AFTER = /^[\s\u00a0]+(?:(?:(?:a|an)[\s\u00a0]+(?:grant|sum|total|loan|contract)[\s\u00a0]+of[\s\u00a0]+)?(?:up[\s\u00a0]+to[\s\u00a0]+|about[\s\u00a0]+|around[\s\u00a0]+|almost[\s\u00a0]+|nearly[\s\u00a0]+|over[\s\u00a0]+)?[£$€]|(?:a[\s\u00a0]+(?:single[\s\u00a0]+)?(?:penny|pound)|any[\s\u00a0]+money|nothing|anything)(?![\p{L}]))/u;

/** The verbs EXPLETIVE opens with after white space (in lower case: the pattern has no flag 'i'). */
const EXPLETIVE_VERBS = new Set(['is', 'was', 'will', 'would', 'has', 'seems', 'seemed', 'remains']);

/**
 * A necessary condition for EXPLETIVE: "'s", or white space and then one of its verbs, read as the
 * run of ASCII lower-case letters there. Most "it" that a verb follows is no expletive ("it
 * employs", "it said"), and the pattern would otherwise be tried on each.
 */
function mayOpenExpletive(after: string): boolean {
  const first = after.charCodeAt(0);
  if (first === 39 || first === 0x2019) return true;
  if (!isSpaceUnit(first)) return false;
  let start = 1;
  while (start < after.length && isSpaceUnit(after.charCodeAt(start))) start++;
  let end = start;
  while (end < after.length && after.charCodeAt(end) >= 97 && after.charCodeAt(end) <= 122) end++;
  return end - start >= 2 && end - start <= 7 && EXPLETIVE_VERBS.has(after.slice(start, end));
}

/**
 * A necessary condition for SUM_AFTER: a currency sign stands in the text, or its first word opens
 * one of the sums that are words ("a single pound", "any money", "nothing", "anything").
 */
function mayHoldSum(text: string): boolean {
  let first = 0;
  while (first < text.length && isSpaceUnit(text.charCodeAt(first))) first++;
  const initial = text.charCodeAt(first);
  if (initial === 97 || initial === 110) return true;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xa3 || code === 36 || code === 0x20ac) return true;
  }
  return false;
}

const MEDIA_LAST_WORDS = new Set([
  'news', 'post', 'times', 'guardian', 'telegraph', 'herald', 'gazette', 'echo', 'journal', 'mirror', 'mail', 'express',
  'observer', 'chronicle', 'standard', 'magazine', 'radio', 'television', 'tv', 'bbc', 'itv', 'reuters', 'press',
  // the last words of local and regional newspapers' names, beyond those that make a town's name a paper's
  'recorder', 'tribune', 'bulletin', 'dispatch', 'messenger',
  ...LOCAL_PAPER_WORDS,
]);
const AGENT_BEFORE = /(?:^|[\s\u00a0])by[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;
const AUDIENCE_BEFORE = /\b(?:told|tells?|telling|wrote[\s\u00a0]+to|writ(?:es|ing)[\s\u00a0]+to|said[\s\u00a0]+to|speaking[\s\u00a0]+to|spoke[\s\u00a0]+to|talking[\s\u00a0]+to|interview[\s\u00a0]+with|according[\s\u00a0]+to)[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;

export interface ResolvedMentions {
  /** Named organisations and the references resolved to them, by start offset. */
  organisations: Entity[];
  /** Named things and the references resolved to them, by start offset. */
  things: ThingMention[];
  /** The mentions made here from referring words ("it", "the Trust", "we"). */
  references: Set<Entity>;
}

/**
 * A name in the text as a possible antecedent. What it is (reporter, agent, its words) is read
 * from the text around it only when a referring word first asks: many names are never asked about.
 */
class NamedAntecedent implements Antecedent {
  private reporterMemo: boolean | undefined;
  private agentMemo: boolean | undefined;
  private nameWordsMemo: Set<string> | undefined;

  constructor(
    readonly mention: Entity,
    readonly thing: boolean,
    private readonly text: string,
  ) {}

  /** The words just before the name, where a reporting verb or a passive's "by" would stand. */
  private before(): string {
    return this.text.slice(Math.max(0, this.mention.start - 40), this.mention.start);
  }

  get reporter(): boolean {
    if (this.reporterMemo === undefined) {
      // cheap word checks first: the end-anchored patterns are tried only when their words are there
      const before = this.thing ? '' : this.before();
      this.reporterMemo = !this.thing && (isMedia(this.mention) || (/t[oe]l|to|with/i.test(before) && AUDIENCE_BEFORE.test(before)));
    }
    return this.reporterMemo;
  }

  get agent(): boolean {
    if (this.agentMemo === undefined) {
      const before = this.thing ? '' : this.before();
      this.agentMemo = !this.thing && /by/i.test(before) && AGENT_BEFORE.test(before);
    }
    return this.agentMemo;
  }

  get nameWords(): Set<string> {
    this.nameWordsMemo ??= this.thing ? new Set([(this.mention as ThingMention).head, ...nameWords(this.mention)]) : nameWords(this.mention);
    return this.nameWordsMemo;
  }
}

/**
 * Caches by canonical name, then by the mention's text: every mention of a name would otherwise
 * build, lower-case and hash a new joined string before the look-up. Both answers depend on
 * those two strings only, so a cache that is emptied now and then changes nothing.
 */
const CACHE_LIMIT = 10_000;
const nameWordCache = new Map<string, Map<string, Set<string>>>();
let nameWordCount = 0;

// Made once: a regular expression literal with \p{…} inside a function is rebuilt on every call in the shipped bundle.
const LETTER_RUNS = /\p{L}+/gu;
const LAST_LETTER_RUN = /(\p{L}+)[^\p{L}]*$/u;
const HYPHENATED = /\p{L}+(?:-\p{L}+)+/gu;
/** After a definite noun: a capital, "of" or "for" + capital makes it part of a name. */
const NAME_GOES_ON = /^[\s\u00a0]+(?:\p{Lu}|of[\s\u00a0]|for[\s\u00a0]\p{Lu})/u;

/** The words of an entity's names, singular and lower-case; cached, as names repeat. */
function nameWords(e: Entity): Set<string> {
  const canonicalName = e.canonicalName ?? '';
  let byText = nameWordCache.get(canonicalName);
  let words = byText?.get(e.text);
  if (!words) {
    const name = ownCopy(`${canonicalName} ${e.text}`.toLowerCase());
    words = new Set((name.match(LETTER_RUNS) ?? []).map(singular));
    // "the co-operative" is a hyphenated kind word: its whole form is a word of the name too
    if (name.includes('-')) for (const compound of name.match(HYPHENATED) ?? []) words.add(singular(compound));
    // "Tarnby Rovers FC" is a club by its initials: "the club" may stand for it
    if (words.has('fc') || words.has('afc')) words.add('club');
    if (nameWordCount >= CACHE_LIMIT) {
      nameWordCache.clear();
      nameWordCount = 0;
      byText = undefined;
    }
    // Keys of their own: a name cut from a document would keep that document's text alive.
    if (!byText) nameWordCache.set(ownCopy(canonicalName), (byText = new Map()));
    byText.set(ownCopy(e.text), words);
    nameWordCount++;
  }
  return words;
}

const mediaCache = new Map<string, boolean>();

/** A news outlet, by the last word of its name ("Care Provider News", "the Kelbury Advertiser"). */
export function isMedia(e: Entity): boolean {
  const name = e.canonicalName ?? e.text;
  let media = mediaCache.get(name);
  if (media === undefined) {
    const last = LAST_LETTER_RUN.exec(name);
    media = last !== null && MEDIA_LAST_WORDS.has(last[1].toLowerCase());
    if (mediaCache.size > CACHE_LIMIT) mediaCache.clear();
    mediaCache.set(ownCopy(name), media);
  }
  return media;
}

export interface ReferentInput {
  text: string;
  sentenceAt: (offset: number) => SentenceSpan | undefined;
  /** Recognised organisations (with canonical ids), by start offset. */
  organisations: readonly Entity[];
  /** Spans of every recognised entity: a referring word inside a name is part of the name. */
  insideEntity: (start: number, end: number) => boolean;
  things: readonly ThingMention[];
  /** The text's quoted ranges (quotes.ts): asked for only when a first-person word needs them, as most texts have none. */
  quotes: () => readonly QuotedRange[];
  author?: Entity;
  /**
   * The organisation a quote between the offsets speaks for, from its introduction or the
   * attribution after it (quoteSpeaker.ts); without it, a "we" inside quotation marks stands for no one.
   */
  quoteSpeaker?: (quoteStart: number, quoteEnd: number) => Entity | undefined;
  /** The body a transcript's or chat's turn at the offset speaks for (turnSpeaker.ts). */
  turnSpeaker?: (offset: number) => Entity | undefined;
  /** The text's referring words, when already found (findWords over REFERRING_WORDS or a superset). */
  words?: readonly WordHit[];
}

/** "the local authority", "the local union": the modifier every body of those kinds fits. */
const isLocal = (modifier: string): boolean => modifier === 'local';

const byStart = (a: Entity, b: Entity): number => a.start - b.start || b.end - a.end;

/**
 * The document's headline, found when first asked. Made by a function, not bound to a name of its
 * own: the shipped bundle keeps names, which wraps every named closure in a call that costs more.
 */
function headlineOnce(input: ReferentInput, named: Parameters<typeof findHeadline>[1]): () => Headline | undefined {
  let memo: { value: Headline | undefined } | undefined;
  return () => (memo ??= { value: findHeadline(input, named) }).value;
}

export function resolveReferents(input: ReferentInput): ResolvedMentions {
  const { text } = input;
  const named = namesInOrder(input.organisations, input.things, text);
  const headline = headlineOnce(input, named);

  // `speaker`: the organisation a quoted "we" speaks for, instead of the author
  type Referring = { start: number; end: number; kind: 'definite' | 'pronoun' | 'first-person' | 'group'; noun?: string; speaker?: Entity; capitalised?: boolean; role?: GroupRole; modifiers?: string[] };
  const referring: Referring[] = [];
  for (const hit of input.words ?? findWords(text, REFERRING_WORDS)) {
    if (!REFERRING_SET.has(hit.word)) continue;
    if (hit.word === 'it' || hit.word === 'its') {
      if (isApostropheAt(text, hit.start - 1)) continue;
      const after = text.slice(hit.end, hit.end + 40);
      if (hit.word === 'it') {
        const ofIt = mayFollowOf(text, hit.start) && OF_BEFORE.test(text.slice(Math.max(0, hit.start - 4), hit.start));
        const givenIt = !ofIt && mayHoldSum(after) && SUM_AFTER.test(after) && GIVING_VERB_BEFORE.test(text.slice(Math.max(0, hit.start - 12), hit.start));
        if (!ofIt && !givenIt && (!VERB_AFTER_IT.test(after) || (mayOpenExpletive(after) && EXPLETIVE.test(after)))) continue;
      }
      referring.push({ start: hit.start, end: hit.end, kind: 'pronoun' });
      continue;
    }
    if (hit.word === 'we' || hit.word === 'our') {
      if (!input.author && !input.quoteSpeaker && !input.turnSpeaker) continue;
      if (isApostropheAt(text, hit.start - 1) || isApostropheAt(text, hit.end)) continue;
      // Inside quotation marks "we" is the speaker's organisation, when the quote's introduction names it.
      const quote = quoteAt(input.quotes(), hit.start);
      if (quote) {
        const speaker = input.quoteSpeaker?.(quote.start, quote.end);
        if (speaker) referring.push({ start: hit.start, end: hit.end, kind: 'first-person', speaker });
        continue;
      }
      // A turn of a transcript or a chat speaks for its speaker's body (turnSpeaker.ts).
      const turn = input.turnSpeaker?.(hit.start);
      if (turn) {
        referring.push({ start: hit.start, end: hit.end, kind: 'first-person', speaker: turn });
        continue;
      }
      if (!input.author) continue;
      referring.push({ start: hit.start, end: hit.end, kind: 'first-person' });
      continue;
    }
    const lead = mayFollowDeterminer(text, hit.start) ? DETERMINER_BEFORE.exec(text.slice(Math.max(0, hit.start - 6), hit.start)) : null;
    if (!lead) {
      // "the operating company", "the parent company": a group's member by its role (groupRoles.ts)
      const role = hit.word === 'company' ? groupRoleBefore(text, hit.start) : undefined;
      if (role && !input.insideEntity(hit.start, hit.end)) referring.push({ start: groupPhraseStart(text, hit.start), end: hit.end, kind: 'group', role });
      // "the merged credit union", "the district council" (modifiedKinds.ts)
      const modified = !role && NAME_HEAD_SET.has(hit.word) ? modifiedLead(text, hit.start) : undefined;
      if (modified && !NAME_GOES_ON.test(text.slice(hit.end, hit.end + 6)) && !input.insideEntity(modified.start, hit.end)) {
        referring.push({ start: modified.start, end: hit.end, kind: 'definite', noun: singular(hit.word), capitalised: false, modifiers: modified.words });
      }
      continue;
    }
    const start = hit.start - lead[0].length + (lead[0].search(/[Tt]h/));
    // "the Trust Board", "the company's" are fine; "the Trust for Wales" is a name.
    if (NAME_GOES_ON.test(text.slice(hit.end, hit.end + 6))) continue;
    if (input.insideEntity(hit.start, hit.end)) continue;
    referring.push({ start, end: hit.end, kind: 'definite', noun: singular(hit.word), capitalised: isUpperAt(text, hit.start) });
  }
  referring.sort((a, b) => a.start - b.start);

  // Walk names and referring words in document order; a resolved word is itself a mention that
  // later words may refer back to ("The fund ... It will ...").
  const seen: Antecedent[] = [];
  const terms = findDefinedTerms(text, input.organisations);
  let pairs: ReturnType<typeof groupPairs> | undefined;
  const references = new Set<Entity>();
  const resolvedOrgs: Entity[] = [];
  const resolvedThings: ThingMention[] = [];
  let next = 0;
  for (const r of referring) {
    while (next < named.length && named[next].mention.start < r.start) seen.push(named[next++]);
    const antecedent =
      r.kind === 'group' ? groupAntecedent((pairs ??= groupPairs(input.organisations)), r.role!, r.start) : resolve(input, seen, r, terms, headline);
    if (!antecedent) continue;
    const a = antecedent.mention;
    const mention: Entity = {
      type: a.type,
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      canonical: a.canonical,
      canonicalName: a.canonicalName ?? a.text,
    };
    references.add(mention);
    if (antecedent.thing) {
      // the mention's fields written out: a spread copies them one by one, slowly
      const thing: ThingMention = {
        type: mention.type,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        canonical: mention.canonical,
        canonicalName: mention.canonicalName,
        head: (a as ThingMention).head,
      };
      references.add(thing);
      references.delete(mention);
      resolvedThings.push(thing);
      seen.push({ mention: thing, thing: true, reporter: false, agent: false, nameWords: antecedent.nameWords });
    } else {
      resolvedOrgs.push(mention);
      seen.push({ mention, thing: false, reporter: false, agent: false, nameWords: antecedent.nameWords, firstPerson: r.kind === 'first-person' });
    }
  }
  return {
    // both already in that order: merged, not sorted again
    organisations: mergeInOrder(input.organisations, resolvedOrgs, byStart),
    things: [...input.things, ...resolvedThings].sort(byStart),
    references,
  };
}

/**
 * The names as antecedents, by start; at one place the organisation comes before the thing, so
 * "the fund" finds the fund. Both lists are sorted by start, so they are merged (as a stable sort
 * of the two lists one after the other would order them).
 */
function namesInOrder(organisations: readonly Entity[], things: readonly ThingMention[], text: string): Antecedent[] {
  const named: Antecedent[] = [];
  let o = 0;
  let t = 0;
  while (o < organisations.length || t < things.length) {
    if (t === things.length || (o < organisations.length && organisations[o]!.start <= things[t]!.start)) named.push(new NamedAntecedent(organisations[o++]!, false, text));
    else named.push(new NamedAntecedent(things[t++]!, true, text));
  }
  return named;
}

/** Two lists each sorted by `order`, as one: what a stable sort of `first` then `second` gives. */
function mergeInOrder<T>(first: readonly T[], second: readonly T[], order: (a: T, b: T) => number): T[] {
  if (second.length === 0) return first.slice();
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) merged.push(order(first[i]!, second[j]!) <= 0 ? first[i++]! : second[j++]!);
  while (i < first.length) merged.push(first[i++]!);
  while (j < second.length) merged.push(second[j++]!);
  return merged;
}

/** Where "the" of "the operating company" starts, for the company word at `nounStart`. */
function groupPhraseStart(text: string, nounStart: number): number {
  const at = text.slice(Math.max(0, nounStart - 16), nounStart).search(/[Tt]he[\s\u00a0]+\p{L}+[\s\u00a0]+$/u);
  return at < 0 ? nounStart : Math.max(0, nounStart - 16) + at;
}

function groupAntecedent(pairs: ReturnType<typeof groupPairs>, role: GroupRole, offset: number): Antecedent | undefined {
  const member = groupMember(pairs, role, offset);
  return member ? { mention: member, thing: false, reporter: false, agent: false, nameWords: nameWords(member) } : undefined;
}

function isUpperAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  return code >= 65 && code <= 90;
}

/** White space (as \s has it, or a no-break space). */
function isSpaceAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  return code === 32 || code === 0xa0 || (code >= 9 && code <= 13) || (code > 127 && SPACE_UNIT.test(text[offset]!));
}
const SPACE_UNIT = /\s/;
/** "it", not "its" nor "it's"; and a letter (module-level, as the \p{…} literals above). */
const IT_ALONE = /^it(?![\p{L}'’])/iu;
const FIRST_LETTER = /\p{L}/u;

/**
 * A necessary condition for DETERMINER_BEFORE before `offset`: white space there, and before the
 * white space an "e", "s" or "t" (the last letters of "the", "this", "that"). Most head nouns
 * follow another word and fail it before any slice or pattern.
 */
function mayFollowDeterminer(text: string, offset: number): boolean {
  let at = offset - 1;
  if (at < 0 || !isSpaceAt(text, at)) return false;
  while (at > 0 && isSpaceAt(text, at - 1)) at--;
  const last = text.charCodeAt(at - 1);
  return last === 101 || last === 115 || last === 116;
}

/** A necessary condition for OF_BEFORE before `offset` (four characters "of" and white space): an "f" one or two before the last. */
function mayFollowOf(text: string, offset: number): boolean {
  return text.charCodeAt(offset - 2) === 102 || text.charCodeAt(offset - 3) === 102;
}

function resolve(
  input: ReferentInput,
  seen: readonly Antecedent[],
  r: { start: number; kind: string; noun?: string; speaker?: Entity; capitalised?: boolean; modifiers?: string[] },
  terms: readonly DefinedTerm[],
  headline: () => Headline | undefined,
): Antecedent | undefined {
  if (r.kind === 'first-person') {
    const author = r.speaker ?? input.author!;
    return { mention: author, thing: false, reporter: false, agent: false, nameWords: nameWords(author) };
  }
  const floor = r.start - ANTECEDENT_REACH;
  if (r.kind === 'definite') {
    const noun = r.noun!;
    // A term the text defined ("(“the Company”)") means its body wherever it recurs (definedTerms.ts).
    const defined = definedReferent(terms, noun, r.start, r.capitalised === true);
    if (defined) return { mention: defined, thing: false, reporter: false, agent: false, nameWords: nameWords(defined) };
    const byName = NAME_HEAD_SET.has(noun) || noun === 'programme';
    // "Y will own 75% of the company", "the council will keep a share in the company": a class
    // noun in a clause does not stand for that clause's own subject (which would be "itself"),
    // nor for another mention of the same body.
    const ownSubject = byName ? undefined : clauseSubject(input, seen, r.start);
    // A company's own report calls itself "the company" throughout, whatever it named last.
    const author = input.author;
    if (author && COMPANY_NOUNS.has(noun) && author.canonical !== ownSubject && hasCompanyDesignator(author.canonicalName ?? author.text)) {
      return { mention: author, thing: false, reporter: false, agent: false, nameWords: nameWords(author) };
    }
    // "The firm" opening a sentence continues the sentence before, as "It" does: when a body
    // opens that sentence as its subject, it is meant, not whichever body its last clause
    // happened to name ("X says it pays £2m to Y. The firm employs 240 staff" is about X).
    if (!byName) {
      const opening = sentenceOpeningReference(input, seen, r.start);
      if (opening) return opening;
    }
    // "the group" is more likely the body named "... Group" than whatever was named last.
    let latest: Antecedent | undefined;
    // "The University of X will merge with Y University. … The university plans to cut 240 posts":
    // of two bodies of the kind, the one that opened its sentence as the subject is meant, not
    // the other it acted on; the latest of the kind when none did.
    let latestOfKind: Antecedent | undefined;
    let looked = 0;
    // "the union" after "Unison", "the authority" after "X District Council": a body of the kind
    // whose name does not say so, taken when none named with the word is in reach (kindMembers.ts)
    let unnamed: Antecedent | undefined;
    const unnamedKind = byName && UNNAMED_KINDS.has(noun) && (!r.modifiers || r.modifiers.every(isLocal));
    // The cheap test that rules most names out comes first: whether a name is a reporter, read
    // from the words before it, is worked out only for a name that would do.
    for (let i = seen.length - 1; i >= 0 && seen[i].mention.start >= floor; i--) {
      // a body named as the noun's kind is sought among the last few names only
      if (latest && ++looked > KIND_SEARCH_NAMES) break;
      const a = seen[i];
      if (unnamedKind && unnamed === undefined && !a.thing && !a.reporter && !a.nameWords.has(noun) && isOfKindUnnamed(noun, a.mention.canonical, a.nameWords)) unnamed = a;
      if (byName ? !a.nameWords.has(noun) || (HEAD_ONLY.has(noun) && !isNameHead(a.mention, noun)) : a.thing) continue;
      if (r.modifiers && !fitsModifiers(a.nameWords, r.modifiers, singular)) continue;
      if (ownSubject !== undefined && a.mention.canonical === ownSubject) continue;
      // past the latest candidate only a body named as the noun's kind is of use
      const head = byName ? undefined : headNoun(a.mention);
      if (latest && head !== noun) continue;
      if (a.reporter || (!byName && a.agent)) continue;
      if (byName && HEAD_ONLY.has(noun) && !opensSentence(input, a.mention)) {
        latestOfKind ??= a;
        continue;
      }
      // the subject wins only over a body it acted on, in the sentence that named that body: not over
      // one named later in a sentence it has no part in ("X was rated good. Y signed a deal with
      // Z College. The college")
      if (byName && latestOfKind !== undefined && HEAD_ONLY.has(noun) && !actsIn(input, seen, a, latestOfKind.mention)) return latestOfKind;
      if (byName || head === noun) return a;
      // "the company" is not "the council" nor "the Trust": a body named as another kind of body.
      if (COMPANY_NOUNS.has(noun) && head !== undefined && OTHER_KIND_HEADS.has(head)) continue;
      latest ??= a;
    }
    return latest ?? latestOfKind ?? unnamed;
  }
  // it / its
  const sentence = input.sentenceAt(r.start);
  if (!sentence) return undefined;
  // "the X board transferred it to its staff, and it is now ...": a name that only qualifies one
  // of its own organs or people is not the subject of its clause, so the body the paragraph was
  // about is preferred; the qualifying name is kept for when there is none.
  let qualifier: Antecedent | undefined;
  // "The council has not lent it a single pound": the one given to is not the giver, the subject
  // right before the giving verb, so an "it" given something passes over that name.
  const giving = IT_ALONE.test(input.text.slice(r.start, r.start + 3)) ? GIVING_VERB_BEFORE.exec(input.text.slice(Math.max(0, r.start - 12), r.start)) : null;
  const verbStart = giving ? r.start - giving[0].length + giving[0].search(FIRST_LETTER) : -1;
  for (let i = seen.length - 1; i >= 0 && seen[i].mention.start >= sentence.start; i--) {
    const a = seen[i];
    if (giving && a.mention.end <= verbStart && GIVER_TO_VERB.test(input.text.slice(a.mention.end, verbStart))) continue;
    if (a.reporter || a.firstPerson || isPrepositionalObject(input.text, a.mention, sentence.start)) continue;
    if (!a.thing && qualifiesOrgan(input.text, a.mention)) {
      qualifier ??= a;
      continue;
    }
    return a;
  }
  const previous = sentence.start > 0 ? input.sentenceAt(sentence.start - 1) ?? input.sentenceAt(previousContentOffset(input.text, sentence.start)) : undefined;
  // Only across one sentence of the same paragraph.
  if (!previous || previous === sentence || /\n[\s\u00a0]*\r?\n/.test(input.text.slice(previous.end, sentence.start))) return qualifier ?? headlineTopic(input, seen, r.start, headline());
  const fromPrevious = previousSentenceSubject(input, seen, previous);
  return fromPrevious ?? pronounChain(input, seen, r.start, previous) ?? qualifier ?? headlineTopic(input, seen, r.start, headline());
}

