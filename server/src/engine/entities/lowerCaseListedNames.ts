import { Gap, Shape, type Token } from '../text/tokens';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { GENERIC_NAME_WORDS } from './lexicons/organisationWords';
import { PORTFOLIO_WORDS } from './lexicons/personWords';
import { NUMBER_WORDS } from './lexicons/quantityWords';
import type { NameScan, NameSpan } from './nameScan';

// Bodies that readers of a comment thread type in lower case ("ask transport focus", "unite say",
// "the fca"): which lower-case runs in a thread are the names of listed bodies, and which are the
// words of the language they are spelled with. Only a thread (signature.ts finds where it starts)
// is read so: elsewhere, lower case says a run is words.

/**
 * Words before a lower-case run that make it a phrase of the language, not a name: an article that
 * introduces something new ("a transport focus") or a possessive ("my home office").
 */
const PHRASE_DETERMINERS = new Set(['a', 'an', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'this', 'that', 'every', 'any', 'some']);

/** Lower-case words that join the words of a phrase ("save the children", "action for children"). */
const PHRASE_JOINERS = new Set(['the', 'of', 'for', 'and', 'in', 'on', 'at', 'to', 'with', 'by', 'from']);

/**
 * "ask transport focus what passengers think": readers of a comment thread type the names of
 * bodies in lower case. In the thread, a run of lower-case words that spells a listed body's name
 * of two words or more, whatever the case, is that body: two or more content words that together
 * spell one listed name are rarely a phrase of the language. A run joined by a lower-case function
 * word ("save the children") and one after an indefinite article or a possessive ("a transport
 * focus", "my home office") read as phrases and stay words, as do names that are phrases of the
 * language in lower case (see isOrdinaryPhrase) and names listed as ordinary words ("Turning
 * Point": "the turning point"). A listed name of one word typed in
 * lower case ("unite", "monitor", "capita") is most often the word: see lowerCaseCopyOfListedWord.
 */
export function findLowerCaseListedNames(scan: NameScan, threadStart: number, gazetteers: readonly Gazetteer[]): void {
  const { tokens, shapes } = scan;
  const oneWordNames = capitalisedOneWordListedNames(scan);
  for (let i = threadStart; i + 1 < tokens.length; i++) {
    if (shapes[i] !== Shape.Lower || scan.owner[i] !== -1 || PHRASE_JOINERS.has(tokens[i]!.key)) continue;
    const before = tokens[i - 1];
    if (isBodyBeforeItsMember(scan, gazetteers, i)) continue;
    if (before && PHRASE_DETERMINERS.has(before.key)) continue;
    const listed = oneWordNames?.get(tokens[i]!.key);
    if (listed && isLowerCaseCopyOfListedWord(tokens, i)) {
      scan.claim('organisation', i, i, 'reference', { canonical: listed.canonical, canonicalName: listed.canonicalName });
      continue;
    }
    const single = oneWordListedBody(scan, gazetteers, i);
    if (single && isUnpronounceableAcronym(tokens[i]!, single)) {
      scan.claim('organisation', i, i, 'reference', { end: tokens[i]!.bareEnd, canonical: single.canonical, canonicalName: single.canonicalName });
      continue;
    }
    if (single && isLowerCaseCopyOfListedWord(tokens, i, true) && isCoordinatedWithBody(scan, gazetteers, i, single.ambiguous)) {
      scan.claim('organisation', i, i, 'reference', { end: tokens[i]!.bareEnd, canonical: single.canonical, canonicalName: single.canonicalName });
      continue;
    }
    for (const gazetteer of gazetteers) {
      const match = gazetteer.matchAt(tokens, i, true);
      if (!match || match.last === i || match.entry.type !== 'organisation' || match.entry.ambiguous || !isLowerCaseContentRun(scan, i, match.last)) continue;
      if (isOrdinaryPhrase(tokens, i, match.last)) break;
      if (scan.isFree(i, match.last)) {
        scan.claim('organisation', i, match.last, 'reference', { end: match.end, canonical: match.entry.canonical, canonicalName: match.entry.canonicalName });
        i = match.last;
      }
      break;
    }
  }
}

/** Nouns for a body's members and officers: "a unison rep", "the gmb branch", "a unite steward". */
const MEMBERSHIP_NOUNS = new Set(['rep', 'reps', 'steward', 'stewards', 'member', 'members', 'branch', 'official', 'officials', 'organiser', 'convenor']);

/**
 * "Speaking as a unite rep": a lower-case listed body of one word right before a noun for its
 * members or officers is the body those belong to, the article being the noun's; read so, no
 * ordinary word fits the place ("a unite rep" is no verb). Claims it and says whether it did.
 */
function isBodyBeforeItsMember(scan: NameScan, gazetteers: readonly Gazetteer[], i: number): boolean {
  const { tokens } = scan;
  const next = tokens[i + 1];
  if (next === undefined || next.gapBefore !== Gap.Space || !MEMBERSHIP_NOUNS.has(next.key) || tokens[i]!.bareEnd !== tokens[i]!.end) return false;
  const body = oneWordListedBody(scan, gazetteers, i);
  // A name that is also a word may be a phrase's with "member" ("a mind member"): only officers' nouns then.
  if (!body || (body.ambiguous && (next.key === 'member' || next.key === 'members'))) return false;
  scan.claim('organisation', i, i, 'reference', { canonical: body.canonical, canonicalName: body.canonicalName });
  return true;
}

/**
 * The listed bodies of one word that the text itself names capitalised (not at a sentence's start,
 * where a capital says nothing), by lower-case key, or undefined when there are none: "Unite" in
 * "well done to Unite".
 */
function capitalisedOneWordListedNames(scan: NameScan): Map<string, NameSpan> | undefined {
  let names: Map<string, NameSpan> | undefined;
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || span.via !== 'reference' || span.first !== span.last || span.canonical === undefined) continue;
    const token = scan.tokens[span.first]!;
    if (token.shape !== Shape.Capitalised || token.sentenceStart || token.bareEnd !== token.end) continue;
    (names ??= new Map()).set(token.key, span);
  }
  return names;
}

/** Words before a verb that make it one: "to unite", "we unite", "will unite". */
const VERB_MARKERS = new Set([
  'to', 'i', 'we', 'you', 'they', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', "let's", 'and', 'or', 'not', "don't", "didn't",
]);
const COORDINATORS = new Set(['and', 'or', '&']);

/** Words after a verb that make it one: its object ("unite the workforce", "monitor us"). */
const VERB_OBJECTS = new Set(['the', 'a', 'an', 'us', 'them', 'it', 'him', 'her', 'me', 'you', 'our', 'their', 'his', 'its', 'my', 'your', 'this', 'these', 'those', 'behind', 'against']);

/**
 * `inList`: the word is known to stand in a list of bodies, so "and" before it joins it to one.
 *
 * "unite say every driver transfers", "did unite say anything" beside "well done to Unite": a
 * listed body of one word that is also a word of the language ("Unite", "Monitor") is the body in
 * lower case too, in a comment thread, when the same text names the body capitalised in mid
 * sentence (its readers mean the body by it) and the lower-case word is not used as a verb: after
 * "to", a pronoun, a modal or a conjunction, or before an object, it is the verb ("we must unite
 * the workforce").
 */
function isLowerCaseCopyOfListedWord(tokens: readonly Token[], i: number, inList = false): boolean {
  const token = tokens[i]!;
  if (token.bareEnd !== token.end) return true;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before && before.gapBefore <= Gap.Space && token.gapBefore <= Gap.Space && VERB_MARKERS.has(before.key) && !(inList && COORDINATORS.has(before.key))) return false;
  return !(after && after.gapBefore <= Gap.Space && VERB_OBJECTS.has(after.key));
}

/** Pairs of consonants that open English words ("bl" of "blue", "str" starts with "st"). */
const ENGLISH_ONSETS = new Set(
  'bl br ch cl cr dr dw fl fr gh gl gn gr kh kl kn kr ph pl pn pr ps qu rh sc sh sk sl sm sn sp sq st sv sw th tr ts tw wh wr'.split(' '),
);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * "the fca", "ask the lga": a listed acronym of three to six letters typed in lower case is the
 * body when its first two letters are consonants that open no English word, so it cannot be read
 * as one ("fc", "lg", "df", "cm"). Acronyms without a vowel are read so anywhere (organisation.ts).
 */
function isUnpronounceableAcronym(token: Token, entry: GazetteerEntry): boolean {
  const key = token.bareEnd === token.end ? token.key : token.key.slice(0, token.bareEnd - token.start);
  if (key.length < 3 || key.length > 6 || entry.firstWord !== entry.firstWord.toUpperCase() || !/^[a-z]+$/.test(key)) return false;
  return !VOWELS.has(key[0]!) && !VOWELS.has(key[1]!) && !ENGLISH_ONSETS.has(key.slice(0, 2));
}

/** The listed body whose whole name is the lower-case word at token i, if any. */
function oneWordListedBody(scan: NameScan, gazetteers: readonly Gazetteer[], i: number): GazetteerEntry | undefined {
  if (scan.shapes[i] !== Shape.Lower) return undefined;
  for (const gazetteer of gazetteers) {
    const match = gazetteer.matchAt(scan.tokens, i, true);
    if (match && match.last === i && match.entry.type === 'organisation') return match.entry;
  }
  return undefined;
}

/**
 * "stagecoach and arriva must be laughing", "unison and Unite": a lower-case listed name joined by
 * "and" or "or" to a body is a body too, since a list coordinates things of one kind. The other
 * side is a body already found, or a listed name of one word in lower case itself; two such words
 * are bodies only when neither is listed as also being an ordinary word (a listed name like
 * "Crisis" or "Reform" in "crisis and reform" is the words).
 */
function isCoordinatedWithBody(scan: NameScan, gazetteers: readonly Gazetteer[], i: number, ambiguous: boolean): boolean {
  const { tokens } = scan;
  const next = tokens[i + 1];
  const partner = tokens[i + 2];
  if (next && partner && COORDINATORS.has(next.key) && next.gapBefore <= Gap.Space && partner.gapBefore <= Gap.Space) {
    if (scan.ownerOf(i + 2)?.type === 'organisation') return true;
    const other = ambiguous ? undefined : oneWordListedBody(scan, gazetteers, i + 2);
    if (other && !other.ambiguous && isLowerCaseCopyOfListedWord(tokens, i + 2, true)) return true;
  }
  // "the fca and the pra": the article of the second body stands between "and" and its name.
  const at = tokens[i - 1]?.key === 'the' && tokens[i - 1]!.gapBefore <= Gap.Space ? i - 1 : i;
  const before = tokens[at - 1];
  const left = tokens[at - 2];
  return before !== undefined && left !== undefined && COORDINATORS.has(before.key) && tokens[at]!.gapBefore <= Gap.Space && before.gapBefore <= Gap.Space && scan.ownerOf(at - 2)?.type === 'organisation';
}

/**
 * Listed names that are also phrases of the language in lower case: one opening with an ordinary
 * modifier or a number ("local partnerships", "civil society", "the first bus", "third sector"),
 * or made only of such words and the names of fields ("health committee", "housing justice"). A
 * name with a word of its own ("transport focus") or a body's own head ("charity commission") is no
 * such phrase.
 */
function isOrdinaryPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  const opener = tokens[first]!.key;
  if (GENERIC_NAME_WORDS.has(opener) || NUMBER_WORDS.has(opener)) return true;
  for (let i = first; i <= last; i++) {
    const key = tokens[i]!.key;
    if (!(GENERIC_NAME_WORDS.has(key) || PORTFOLIO_WORDS.has(key) || NUMBER_WORDS.has(key))) return false;
  }
  return true;
}

/** Whether tokens first..last are all lower-case words and none is a function word that joins a phrase. */
function isLowerCaseContentRun(scan: NameScan, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (scan.shapes[i] !== Shape.Lower || PHRASE_JOINERS.has(scan.tokens[i]!.key)) return false;
  return true;
}
