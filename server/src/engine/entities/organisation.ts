import { tokensHolding } from '../text/tokenCensus';
import { collapseWhiteSpace } from '../text/whiteSpace';
import { FormTest, Gap, Shape, type Token } from '../text/tokens';
import type { Gazetteer } from './gazetteer';
import { isReferenceCode } from './acronyms';
import {
  GENERIC_NAME_WORDS,
  NAME_MODIFIED_NOUNS,
  NEWSPAPER_WORDS,
  NOT_ORGANISATIONS,
  NOT_ORGANISATION_ACRONYMS,
  ORGANISATION_CLASS_NOUNS,
  ORGANISATION_HEADS,
  ORGANISATION_OPENERS,
  PERIODICAL_WORDS,
  PROGRAMME_GERUNDS,
  VENUE_WORDS,
} from './lexicons/organisationWords';
import { FIRST_NAMES } from './lexicons/firstNames';
import { CALENDAR_WORDS, HONORIFICS, PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicons/personWords';
import { NUMBER_WORDS } from './lexicons/quantityWords';
import { SENTENCE_OPENERS } from './lexicons/sentenceOpeners';
import { fundingPots, isFundingPot } from './fundingPots';
import { isCrownPossessive } from './roleTitles';
import { MAX_NAME_TOKENS, NAME_BLOCKED, NAME_CONNECTORS, continuesName, isCapitalised, isConnector, tightNext, tightWithPrevious, type NameScan } from './nameScan';
import { coreLength } from './nameKeys';
import { TRADE_WORDS, tradeNameStart } from './sectorNames';
import { PRACTICE_HEADS, practiceNameStart } from './practiceNames';

// Organisations named by their form: a capitalised run that ends in an organisational head noun
// ("Employee Ownership Association", "Circle Health Partnership", "Health Properties Ltd") or
// opens with one that takes a complement ("Department of Work and Pensions", "Royal Borough of
// Kensington and Chelsea", "National Coalition for Independent Action"). Plus the gazetteer of
// reference data and alias links, which runs first because it is the strongest evidence.

/** Heads that name a body outright, even before a title word ("Employee Ownership Association director"). */
const STRONG_HEADS = new Set([
  'ltd', 'limited', 'plc', 'llp', 'inc', 'trust', 'association', 'party', 'council', 'consortium', 'fund', 'alliance',
  'foundation', 'institute', 'society', 'union', 'agency', 'commission', 'authority', 'university', 'college',
  'federation', 'confederation', 'coalition', 'partnership', 'partnerships', 'group', 'uk', 'board', 'committee',
  'rovers', 'wanderers', 'fc', 'afc', 'inspectorate',
]);

/**
 * A nation right after a head belongs to the name: national bodies of the four nations are named
 * "Arts Council England", "Sport Council Wales", "Crafts Council Scotland".
 */
const NATIONS = new Set(['england', 'scotland', 'wales', 'cymru', 'ireland']);

/**
 * Services a town corporation ran under its own name: "Ravensmoor Corporation Transport",
 * "Glasgow Corporation Tramways", "Leeds Corporation Water". Right after "Corporation" such a word
 * names the undertaking (a body that could be sold or handed on), not a field the sentence goes on to.
 */
const MUNICIPAL_SERVICES = new Set(['transport', 'tramways', 'buses', 'omnibuses', 'trolleybuses', 'water', 'waterworks', 'electricity', 'gas', 'airport']);

/**
 * Also "Tarnside International Airport": an airport company takes "International" into its name
 * before "Airport", and the head word alone ("Tarnside International") would cut the name short.
 */
function isMunicipalUndertaking(tokens: readonly Token[], head: number, i: number): boolean {
  const headKey = tokens[head]!.key;
  const key = bare(tokens[i]!.key);
  return (headKey === 'corporation' && MUNICIPAL_SERVICES.has(key)) || (headKey === 'international' && key === 'airport');
}

/** Heads after which a head-word modifier is still a name: "Co-operatives UK", "Co-operative Party", "Care UK". */
const WEAK_FINAL_HEADS = new Set(['uk', 'international', 'group', 'party', 'ltd', 'limited', 'plc', 'llp', 'inc', 'cic', 'holdings']);

/**
 * "the bbc covered it", "nhs staff": a listed acronym typed in lower case is still that acronym when
 * the word could not be an English one (three letters or more and no vowel).
 */
function lowerCaseAcronymAt(scan: NameScan, gazetteers: readonly Gazetteer[], i: number): boolean {
  const token = scan.tokens[i]!;
  // "gmb_rep_north", "nhs_nurse_linds": a word glued to an underscore is part of a user name.
  if (isGluedToUnderscore(scan.tokens, i)) return false;
  for (const gazetteer of gazetteers) {
    if (!gazetteer.consonantAcronyms.has(token.key)) continue;
    const match = gazetteer.matchAt(scan.tokens, i, true);
    if (match && match.last === i && match.entry.firstWord === match.entry.firstWord.toUpperCase()) {
      scan.claim(match.entry.type, i, i, 'reference', { canonical: match.entry.canonical, canonicalName: match.entry.canonicalName });
      return true;
    }
  }
  return false;
}

function isGluedToUnderscore(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next !== undefined && next.text === '_' && next.gapBefore === Gap.None) return true;
  return i > 0 && tokens[i - 1]!.text === '_' && tokens[i]!.gapBefore === Gap.None;
}

/**
 * The tokens whose key a gazetteer lists as an acronym without a vowel, of three to six letters
 * ("bbc", "nhs"), in increasing order: found by the token census, so that no pass reads every
 * lower-case word for them.
 */
function consonantAcronymTokens(scan: NameScan, gazetteers: readonly Gazetteer[]): readonly number[] {
  const found: Array<readonly number[]> = [];
  for (const gazetteer of gazetteers) {
    const acronyms = gazetteer.lowerCaseAcronyms();
    if (acronyms) found.push(tokensHolding(scan.tokens, acronyms));
  }
  if (found.length <= 1) return found[0] ?? [];
  return [...new Set(found.flat())].sort((a, b) => a - b);
}

/**
 * The tokens findGazetteerNames looks at, in order: every word not in lower case (a listed name
 * starts with a capital or a digit), and the lower-case words a gazetteer lists as acronyms.
 */
function gazetteerCandidates(scan: NameScan, gazetteers: readonly Gazetteer[]): ArrayLike<number> {
  const acronyms = consonantAcronymTokens(scan, gazetteers).filter((i) => scan.shapes[i] === Shape.Lower);
  if (acronyms.length === 0) return scan.nonLowerWords;
  const words = scan.nonLowerWords;
  const merged: number[] = [];
  let a = 0;
  for (let w = 0; w < words.length; w++) {
    while (a < acronyms.length && acronyms[a]! < words[w]!) merged.push(acronyms[a++]!);
    merged.push(words[w]!);
  }
  while (a < acronyms.length) merged.push(acronyms[a++]!);
  return merged;
}

export function findGazetteerNames(scan: NameScan, gazetteers: readonly Gazetteer[]): void {
  const { tokens } = scan;
  // Lower-case words and punctuation start no listed name, and almost no lower-case word is a listed
  // acronym: the candidates leave them out without reading them.
  const candidates = gazetteerCandidates(scan, gazetteers);
  /** Tokens before this one are read or taken. */
  let resumeAt = 0;
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c]!;
    if (i < resumeAt || scan.owner[i] !== -1) continue;
    if (scan.shapes[i] === Shape.Lower) {
      lowerCaseAcronymAt(scan, gazetteers, i);
      continue;
    }
    let best: ReturnType<Gazetteer['matchAt']>;
    for (let g = 0; g < gazetteers.length; g++) {
      const match = gazetteers[g]!.matchAt(tokens, i);
      if (match && (!best || match.last > best.last)) best = match;
    }
    if (!best || !scan.isFree(best.first, best.last) || isPartOfLongerName(scan, best.first, best.last, best.entry.ambiguous)) continue;
    // "CAB/2025/118": a listed acronym opening a reference is the series' code.
    if (best.first === best.last && scan.shapes[best.first] === Shape.AllCaps && isReferenceCode(tokens, best.first)) continue;
    if (isPortfolio(scan, best.first)) {
      blockScheme(scan, best.first, best.last);
      resumeAt = best.last + 1;
      continue;
    }
    const { entry } = best;
    const branchFirst = entry.type === 'organisation' ? localBranchStart(scan, best.first) : -1;
    if (branchFirst >= 0) {
      scan.claim('organisation', branchFirst, best.last, 'suffix', { end: best.end });
      resumeAt = best.last + 1;
      continue;
    }
    const branchLast = entry.type === 'organisation' && best.end === tokens[best.last]!.end ? localBranchEnd(scan, best.last) : -1;
    if (branchLast > best.last) {
      // A local branch is a body of its own: its identity comes from its full name, not the national entry.
      scan.claim('organisation', best.first, branchLast, 'suffix');
      resumeAt = branchLast + 1;
      continue;
    }
    scan.claim(entry.type, best.first, best.last, 'reference', {
      end: best.end,
      canonical: entry.canonical,
      canonicalName: entry.canonicalName,
    });
    resumeAt = best.last + 1;
  }
}

/** Titles whose "for" names what the office holder answers for: "Minister for …", "Secretary of State for …". */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'state', 'commissioner', 'spokesperson', 'spokesman', 'spokeswoman']);

/**
 * "the Minister for Civil Society", "Secretary of State for Health": words right after a title and
 * "for", without an article, name the office's field, not a body, even when they spell a listed
 * name. A body in that place takes its article ("Minister for the Cabinet Office"), and stays a body.
 */
function isPortfolio(scan: NameScan, first: number): boolean {
  const { tokens } = scan;
  const preposition = tokens[first - 1];
  const title = tokens[first - 2];
  if (!(preposition?.key === 'for' && title !== undefined && PORTFOLIO_TITLES.has(title.key) && tightWithPrevious(tokens, first) && tightWithPrevious(tokens, first - 1))) return false;
  // "a spokesperson for Acme": one of a body's spokespeople speaks for the body; a portfolio's
  // spokesperson is someone's ("the party's spokesperson for Health").
  const article = tokens[first - 3]?.key;
  return !(SPOKESPEOPLE.has(title.key) && (article === 'a' || article === 'an'));
}

const SPOKESPEOPLE = new Set(['spokesperson', 'spokesman', 'spokeswoman']);

/** Words after a known body's name that cannot be a place: titles, heads, people, dates, openers. */
function isPlaceLike(scan: NameScan, i: number): boolean {
  const token = scan.tokens[i];
  if (!token || token.shape !== Shape.Capitalised || scan.owner[i] !== -1) return false;
  const key = bare(token.key);
  return !(
    ORGANISATION_HEADS.has(key) ||
    GENERIC_NAME_WORDS.has(key) ||
    NAME_MODIFIED_NOUNS.has(key) ||
    ROLE_HEADS.has(key) ||
    ROLE_MODIFIERS.has(key) ||
    HONORIFICS.has(key) ||
    CALENDAR_WORDS.has(key) ||
    SENTENCE_OPENERS.has(key) ||
    NUMBER_WORDS.has(key) ||
    FIRST_NAMES.has(key)
  );
}

/**
 * Lower-case nouns after "body + place" that describe a part of the body rather than close a
 * name: in "the Unison Dunmere branch secretary" the body named is Unison, and "Dunmere branch"
 * says which of its branches (unions and federations name their branches this way).
 */
const PART_NOUNS = new Set(['branch', 'branches', 'region', 'regional']);

/**
 * "Age UK Dorset", "Citizens Advice Exeter", "NHS Bedford": a known body followed by a place is its
 * local branch (or, for NHS, a local NHS body), a body of its own, and the longer name wins. Up to
 * two place words, and the capitalised run must end there ("NHS Pension Scheme" is no branch), and
 * no part noun may follow ("Unison Dunmere branch": the body is Unison, see PART_NOUNS).
 * Returns the branch's last token, or -1.
 */
/**
 * The English regions named by two compass words or a compass word and "Midlands" ("North West",
 * "South East", "East Midlands"): national bodies name their regional arms this way ("BBC North
 * West", "Age UK East Midlands"), though each word alone is too generic to be a place.
 */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west']);

function regionEnd(tokens: readonly Token[], first: number): number {
  const compass = tokens[first];
  const second = tokens[first + 1];
  if (!compass || !second || compass.shape !== Shape.Capitalised || second.shape !== Shape.Capitalised || !COMPASS_WORDS.has(compass.key)) return -1;
  if (!tightNext(tokens, first)) return -1;
  const key = bare(second.key);
  if (key === 'midlands' ? compass.key === 'east' || compass.key === 'west' : (compass.key === 'north' || compass.key === 'south') && (key === 'east' || key === 'west')) return first + 1;
  return -1;
}

function localBranchEnd(scan: NameScan, last: number): number {
  const { tokens } = scan;
  let end = tightNext(tokens, last) && scan.owner[last + 1] === -1 && scan.owner[last + 2] === -1 ? regionEnd(tokens, last + 1) : -1;
  if (end > 0) {
    const after = tightNext(tokens, end);
    return after && (isCapitalised(after) || NAME_MODIFIED_NOUNS.has(after.key) || PART_NOUNS.has(after.key)) ? -1 : end;
  }
  for (let j = last + 1; j <= last + 2 && tightNext(tokens, j - 1) && isPlaceLike(scan, j); j++) {
    end = j;
    if (tokens[j]!.bareEnd < tokens[j]!.end) break;
  }
  if (end < 0) return -1;
  const after = tightNext(tokens, end);
  return after && (isCapitalised(after) || NAME_MODIFIED_NOUNS.has(after.key) || PART_NOUNS.has(after.key)) ? -1 : end;
}

/**
 * "Kelbrook Citizens Advice", "Dunmere Samaritans": a place written before a known body names its
 * local branch the other way round, a body of its own. One place word inside a sentence (a
 * sentence's first word is capitalised anyway), glued to the name, and no capitalised word before
 * it (a longer name or a person's name would be read wrongly). Returns the branch's first token, or -1.
 */
const BRANCH_BLOCKERS = new Set(['of', 'for', 'and', '&', '-']);

/** "Join GMB", "Support Age UK", "Contact Citizens Advice": a page's calls to act before a body, in menus and buttons, are verbs, not its branch's place. */
const CALLS_TO_ACT = new Set(['join', 'support', 'contact', 'follow', 'visit', 'donate', 'about', 'back', 'email', 'call', 'ask', 'thank', 'thanks']);

function localBranchStart(scan: NameScan, first: number): number {
  const { tokens } = scan;
  const place = first - 1;
  if (place < 0 || !tightWithPrevious(tokens, first) || tokens[place]!.sentenceStart || tokens[place]!.bareEnd < tokens[place]!.end) return -1;
  if (!isPlaceLike(scan, place) || CALLS_TO_ACT.has(bare(tokens[place]!.key))) return -1;
  const before = tokens[place - 1];
  if (before !== undefined && tightWithPrevious(tokens, place) && (isCapitalised(before) || BRANCH_BLOCKERS.has(before.key))) return -1;
  return place;
}

/**
 * A listed name that is only part of a longer one yields to it: "Third Sector" in "Third Sector
 * Consortium", "Fabians" in "Tyneside Fabians", "Independent" in "Coalition for Independent Action".
 */
function isPartOfLongerName(scan: NameScan, first: number, last: number, ambiguous: boolean): boolean {
  const { tokens } = scan;
  const next = tightNext(tokens, last);
  if (next && isCapitalised(next) && ORGANISATION_HEADS.has(next.key)) return true;
  if (next && endsInHeadAfterPlace(scan, last)) return true;
  const previous = tightWithPrevious(tokens, first) ? tokens[first - 1] : undefined;
  if (!previous) return false;
  // A sentence's first word is capitalised anyway: an opener or a class noun there ("Watchdog Care
  // Quality Commission found …") is no part of the name.
  // A capitalised "The" ("run by The Reading Agency") is the article some bodies write with their
  // name, which the reference data lists without it: no longer name.
  const previousIsName =
    isCapitalised(previous) &&
    previous.key !== 'the' &&
    !(previous.sentenceStart && (SENTENCE_OPENERS.has(previous.key) || ORGANISATION_CLASS_NOUNS.has(previous.key)));
  if (previousIsName && ORGANISATION_HEADS.has(bare(tokens[last]!.key))) return true;
  // A one-word listed name that is also an ordinary word needs to stand on its own.
  return ambiguous && first === last && (previousIsName || isConnector(previous) || (next !== undefined && isCapitalised(next)));
}

/**
 * "NHS Marlow Clinical Commissioning Group", "Age UK Dunmere Trust": a listed name, then a place,
 * then capitalised words ending in a public body's head (LOCAL_BODY_HEADS: "Group", "Trust", not
 * a field such as "Care", nor a company's "Ltd") is one local body named after the national one (NHS
 * commissioners and trusts are named this way), and the longer name wins; a capitalised word after
 * the head ("Unison Ethical Care Charter") makes the whole something else. The place must be a
 * plain word (no possessive, no head or title) and the run must stay tight and short, so that "the
 * NHS Dunmere said" or "NHS England Chief Executive" stay as they are.
 */
const MAX_LOCAL_BODY_WORDS = 4;
/** Heads of public bodies named after a national one and a place (NHS groups, trusts and boards). */
const LOCAL_BODY_HEADS = new Set(['group', 'trust', 'board', 'authority', 'partnership', 'committee', 'council']);

function endsInHeadAfterPlace(scan: NameScan, last: number): boolean {
  const { tokens } = scan;
  const place = last + 1;
  // A listed name with a head of its own ("Co-operative Party") is whole: what follows is another name.
  if (ORGANISATION_HEADS.has(bare(tokens[last]!.key))) return false;
  if (!isPlaceLike(scan, place) || tokens[place]!.bareEnd < tokens[place]!.end) return false;
  // "NHS Aldermoor and Tarnside Integrated Care Board": a body may cover two areas joined by "and".
  let from = place + 1;
  if (tokens[from]?.key === 'and' && tightWithPrevious(tokens, from) && tightWithPrevious(tokens, from + 1) && isPlaceLike(scan, from + 1)) from += 2;
  for (let j = from; j <= from + MAX_LOCAL_BODY_WORDS - 1 && j < tokens.length && tightWithPrevious(tokens, j); j++) {
    const token = tokens[j]!;
    if (token.shape !== Shape.Capitalised || scan.owner[j] !== -1) return false;
    if (LOCAL_BODY_HEADS.has(bare(token.key))) return !isCapitalised(tightNext(tokens, j));
    if (token.bareEnd < token.end) return false;
  }
  return false;
}

/**
 * "Ashby and Trent Valley NHS Foundation Trust", "Roads and Bridges Agency": capitalised words
 * joined by "and" to a name that ends in a head noun belong to it, as long as they are not a name
 * in their own right (owned by another recogniser, or ending in a head noun themselves: "Bristol
 * Community Health and Your Healthcare" are two bodies). Returns the new first token.
 */
function conjunctStart(scan: NameScan, first: number, runFirst: number): number {
  const { tokens } = scan;
  const and = first - 1;
  if (and - 1 < runFirst || tokens[and]!.key !== 'and' || !tightWithPrevious(tokens, first) || !tightWithPrevious(tokens, and)) return first;
  let start = and;
  for (let i = and - 1; i >= runFirst && and - i <= 3; i--) {
    const token = tokens[i]!;
    // "NHS Aldermoor and Tarnside …": the national body's letters open a local NHS body's name.
    const nhs = token.key === 'nhs' && token.shape === Shape.AllCaps && i < and - 1;
    if ((token.shape !== Shape.Capitalised && !nhs) || scan.owner[i] !== -1 || token.bareEnd < token.end) break;
    if (token.sentenceStart && SENTENCE_OPENERS.has(token.key)) break;
    start = i;
    if (!tightWithPrevious(tokens, i)) break;
  }
  if (start === and || ORGANISATION_HEADS.has(bare(tokens[and - 1]!.key)) || VENUE_WORDS.has(bare(tokens[and - 1]!.key))) return first;
  if (opensAnotherName(scan, start, and)) return first;
  // "Patients of Ashby and …": the conjunct starts after the last connector, which stopped the walk.
  return start;
}

/**
 * "The council holds 51% of Meadway and Corvell Capital …" after "Meadway Enterprises": words
 * that are the short form of an organisation the document has already named (its name without
 * the corporate or legal words a brand drops, see coreLength) are a name in their own right, so
 * "and" joins two bodies there. A place that opens a body's name ("Calderbrook" of "Calderbrook
 * Borough Council") is no short form of it, and may still open a joint name.
 */
function opensAnotherName(scan: NameScan, from: number, to: number): boolean {
  const { tokens } = scan;
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || span.last - span.first < to - from) continue;
    let same = true;
    for (let i = 0; same && i < to - from; i++) same = tokens[span.first + i]!.key === tokens[from + i]!.key;
    if (!same) continue;
    const keys: string[] = [];
    for (let i = span.first; i <= span.last; i++) keys.push(bare(tokens[i]!.key));
    if (coreLength(keys) === to - from) return true;
  }
  return false;
}

/** "… and Social Care Partnership": only sector words before the next head, so the halves are one name. */
function onlyGenericUntilHead(scan: NameScan, from: number, runLast: number): boolean {
  for (let i = from; i <= runLast; i++) {
    const key = bare(scan.tokens[i]!.key);
    if (!isCapitalised(scan.tokens[i])) return false;
    if (ORGANISATION_HEADS.has(key)) return true;
    if (!GENERIC_NAME_WORDS.has(key)) return false;
  }
  return false;
}

function isGenericOrHead(key: string): boolean {
  return GENERIC_NAME_WORDS.has(key) || ORGANISATION_HEADS.has(key);
}

/** A name needs one word that tells this body apart from others of its kind. */
function hasDistinguishingWord(scan: NameScan, first: number, last: number, head: number, complementStart: number): boolean {
  const { tokens } = scan;
  const finalKey = bare(tokens[last]!.key);
  for (let i = first; i <= last; i++) {
    const token = tokens[i]!;
    if (isConnector(token) || i === head) continue;
    const key = bare(token.key);
    if (i >= complementStart && !GENERIC_NAME_WORDS.has(key)) return true;
    if (token.shape === Shape.AllCaps && !GENERIC_NAME_WORDS.has(key) && !NOT_ORGANISATION_ACRONYMS.has(key)) return true;
    if (!isGenericOrHead(key) && !ROLE_MODIFIERS.has(key) && !ROLE_HEADS.has(key)) return true;
    if (i < last && WEAK_FINAL_HEADS.has(finalKey) && !GENERIC_NAME_WORDS.has(key)) return true;
  }
  return false;
}

function bare(key: string): string {
  return key.endsWith("'s") ? key.slice(0, -2) : key;
}

function isNotAnOrganisation(scan: NameScan, first: number, last: number): boolean {
  const phrase = collapseWhiteSpace(scan.text.slice(scan.tokens[first]!.start, scan.tokens[last]!.bareEnd).toLowerCase());
  return NOT_ORGANISATIONS.has(phrase);
}

/**
 * An organisation word after "and" opens a second name unless a plain capitalised word follows it
 * that is no head of its own ("College Leaders" goes on; "University College Leeds" and "Institute
 * for …" start anew).
 */
function startsAnotherName(tokens: readonly Token[], i: number): boolean {
  if (!ORGANISATION_OPENERS.has(tokens[i]?.key ?? '')) return false;
  const after = tokens[i + 1];
  if (after === undefined || !isCapitalised(after) || !tightWithPrevious(tokens, i + 1)) return true;
  return ORGANISATION_HEADS.has(bare(after.key)) || ORGANISATION_OPENERS.has(after.key);
}

/** Extends over "of/for (the) Capitalised (and Capitalised)…" after an opener word; returns the new last token. */
function complementEnd(scan: NameScan, head: number, runLast: number): number {
  const { tokens } = scan;
  let i = head + 1;
  if (i > runLast || !(tokens[i]!.key === 'of' || tokens[i]!.key === 'for')) return head;
  let end = head;
  for (; i <= runLast; i++) {
    const token = tokens[i]!;
    // "the Royal Borough of Greenwich and the Institute for …": "and the", or "and" before another
    // organisation word with a complement of its own, joins two names, it does not continue this
    // one. "Society of Archive and Museum Curators" goes on: "Museum" is a word of the complement.
    if (token.key === 'and' && (tokens[i + 1]?.key === 'the' || startsAnotherName(tokens, i + 1))) break;
    if (isCapitalised(token)) {
      end = i;
      // A person's name after a title ends the complement: "Minister for the Cabinet Office Francis Maude".
      if (scan.owner[i] !== -1 && scan.ownerOf(i)!.type === 'person') return i - 1;
    } else if (!isConnector(token)) break;
  }
  return end;
}

/** "Harbour Evening Post", "Wessex Daily Echo": a periodical word before a newspaper word names a paper. */
function isNewspaperTitle(scan: NameScan, k: number): boolean {
  const previous = scan.tokens[k - 1];
  return NEWSPAPER_WORDS.has(scan.tokens[k]!.key) && previous !== undefined && PERIODICAL_WORDS.has(previous.key) && tightWithPrevious(scan.tokens, k);
}

/**
 * Words before "Centre" that make it a building rather than a body: "Dunmere Civic Centre",
 * "Corrow Leisure Centre", "Dunmere Health Centre" (the building GP practices and clinics work
 * from), "Corrow Community Centre" are where things happen (RULES.md: venues are not
 * organisations), while "Centre for Ageing Better" or "Dunmere Carers Centre" are bodies.
 */
const VENUE_CENTRE_MODIFIERS = new Set(['civic', 'leisure', 'conference', 'exhibition', 'shopping', 'sports', 'convention', 'visitor', 'visitors', 'health', 'medical', 'community']);

function isVenueName(scan: NameScan, first: number, last: number): boolean {
  const head = bare(scan.tokens[last]!.key);
  return (head === 'centre' || head === 'center') && last > first && VENUE_CENTRE_MODIFIERS.has(scan.tokens[last - 1]!.key);
}

/**
 * A capitalised document, scheme or event word after a theme that is also a head ("the Ethical Care
 * Charter", "the Dunmere Health Strategy", "the Northern Care Summit") makes the whole the name of
 * that document, not of a body. Only after a theme word (care, health …), which names a field as
 * often as a body; after any other head ("Kelmoor Support Services Review", "Local Government
 * Association Charter") a body is named and the document is its own, and the name is left as found.
 */
const DOCUMENT_WORDS = new Set([...NAME_MODIFIED_NOUNS, 'charter', 'pledge', 'compact', 'covenant', 'code', 'standard', 'standards', 'manifesto', 'concordat']);
const THEME_HEADS = new Set(['care', 'health', 'healthcare', 'business']);

function namesADocument(scan: NameScan, last: number, following: Token | undefined): boolean {
  return (
    following !== undefined &&
    following.shape === Shape.Capitalised &&
    THEME_HEADS.has(bare(scan.tokens[last]!.key)) &&
    DOCUMENT_WORDS.has(bare(following.key))
  );
}

/**
 * "the Bus Services Act 2017", "the Co-operative and Community Benefit Societies Act 2014": Acts
 * of Parliament are named by their field, and words that would name a body by their head ("Bus
 * Services", "Societies") name the law's subject when "Act" follows (RULES.md: Acts are not bodies).
 */
function namesAnAct(following: Token | undefined): boolean {
  return following !== undefined && following.shape === Shape.Capitalised && bare(following.key) === 'act';
}

/** A programme named by what it sets out to do: "Transforming Community Services" (see PROGRAMME_GERUNDS). */
export function isProgrammeName(scan: NameScan, first: number): boolean {
  const token = scan.tokens[first]!;
  return token.shape === Shape.Capitalised && PROGRAMME_GERUNDS.has(token.key);
}

/**
 * "Offender Learning and Skills Service", "Adult Learning and Skills Service": a service named only
 * by the fields it provides (two or more portfolio words, perhaps after one word for whom) is what
 * a body delivers under contract, not a body; a service named by a word of its own ("Probation
 * Service", "Tarn Ambulance Service") is one.
 */
function isServiceNamedByFields(scan: NameScan, first: number, last: number): boolean {
  const { tokens } = scan;
  if (bare(tokens[last]!.key) !== 'service') return false;
  let fields = 0;
  let others = 0;
  for (let i = first; i < last; i++) {
    const token = tokens[i]!;
    if (isConnector(token)) continue;
    if (PORTFOLIO_WORDS.has(token.key)) fields++;
    else if (++others > 1 || i !== first) return false;
  }
  return fields >= 2;
}

/** Marks the words of a scheme's name as taken, so no other recogniser rebuilds a body from them. */
function blockScheme(scan: NameScan, first: number, last: number): void {
  for (let i = first; i <= last; i++) if (scan.owner[i] === -1) scan.owner[i] = NAME_BLOCKED;
}

/**
 * "the Royal Harbour Infirmary", "Wessex General Hospital": a capitalised name ending in a venue
 * word names a building (RULES.md: venues are not organisations). Its words are blocked so that no
 * context rule builds a body from them.
 */
/** A venue word, possessive or not ("Infirmary", "Hospital’s"): asked of every word of every capitalised run, so kept on the form. */
const VENUE_WORD = new FormTest((_text, key) => VENUE_WORDS.has(bare(key)));

/** Whether blockVenues ends a venue's name at this token (exported for the test that holds it to the plain look-up). */
export function isVenueWord(token: Token): boolean {
  return VENUE_WORD.holds(token);
}

/**
 * Words that end the name of a scheme, a programme or a campaign ("the Summer Reading Challenge",
 * "the Tarn Pathway Programme"): what a body runs, not a body or a person, whatever the words before.
 */
const SCHEME_WORDS = new Set(['programme', 'program', 'scheme', 'challenge', 'initiative', 'campaign']);

function isSchemeEnd(tokens: readonly Token[], k: number, runLast: number): boolean {
  const token = tokens[k]!;
  return k === runLast && token.shape === Shape.Capitalised && SCHEME_WORDS.has(bare(token.key));
}

/**
 * "the Children’s Social Care Innovation Programme": after a theme word (see THEME_HEADS), a
 * capitalised run that goes on to a scheme word at its end names the scheme, whose field the theme
 * words are. Returns the scheme word's token, or -1.
 */
function schemeEndAfter(scan: NameScan, last: number, runLast: number): number {
  const { tokens } = scan;
  for (let j = last + 1; j <= runLast && j - last <= 3 && tightWithPrevious(tokens, j); j++) {
    const token = tokens[j]!;
    if (token.shape !== Shape.Capitalised || scan.owner[j] !== -1) return -1;
    if (isSchemeEnd(tokens, j, runLast)) return j;
  }
  return -1;
}

/** Letters that open a prison's name ("HMP Durham", "HMYOI Tarnside"): the words after them name a building. */
const PRISON_LETTERS = new Set(['hmp', 'hmyoi', 'hmpyoi', 'yoi']);

/**
 * "HMP Tarnside", "HMYOI Fenby": prisons are places where things happen (venues, RULES.md), named
 * by the letters and the prison's own words. Both are blocked, so that neither the letters (an
 * acronym's shape) nor the name (a capitalised pair) is taken for a body.
 */
function blockPrison(scan: NameScan, letters: number, runLast: number): void {
  const { tokens } = scan;
  let last = letters;
  while (last + 1 <= runLast && tightWithPrevious(tokens, last + 1)) {
    const next = tokens[last + 1]!;
    // "HMP YOI Kelby": a second set of letters for the young offenders' part of the prison.
    if (next.shape !== Shape.Capitalised && !(next.shape === Shape.AllCaps && PRISON_LETTERS.has(next.key))) break;
    last++;
  }
  if (last > letters) blockScheme(scan, letters, last);
}

/**
 * "Registered office: Terminal Building, Tarn Airport, Tarn TN1 2AB": the capitalised words on a
 * line that opens with an address label are the address's parts (buildings, sites, towns), not
 * bodies; names already found on it (a company's, by its form) keep their tags.
 */
function blockAddressLine(scan: NameScan, label: number): void {
  const { tokens } = scan;
  let colon = label + 1;
  if (tokens[label]!.key === 'registered' && (tokens[colon]?.key === 'office' || tokens[colon]?.key === 'address')) colon++;
  else if (tokens[label]!.key !== 'address') return;
  if (tokens[colon]?.text !== ':' || (label > 0 && tokens[label]!.gapBefore < Gap.LineBreak)) return;
  for (let k = colon + 1; k < tokens.length && tokens[k]!.gapBefore < Gap.LineBreak; k++) {
    if (isCapitalised(tokens[k]) && scan.owner[k] === -1) scan.owner[k] = NAME_BLOCKED;
  }
}

export function blockVenues(scan: NameScan): void {
  const { tokens } = scan;
  for (const [runFirst, runLast] of scan.runs()) {
    const opening = tokens[runFirst]!.key;
    if (opening === 'registered' || opening === 'address') blockAddressLine(scan, runFirst);
    for (let k = runFirst; k <= runLast; k++) {
      if (scan.shapes[k] === Shape.AllCaps && PRISON_LETTERS.has(tokens[k]!.key)) blockPrison(scan, k, runLast);
      if (!(isVenueWord(tokens[k]!) || isSchemeEnd(tokens, k, runLast)) || scan.owner[k] !== -1) continue;
      let first = k;
      while (first > runFirst && k - first < MAX_NAME_TOKENS && isCapitalised(tokens[first - 1]) && scan.owner[first - 1] === -1) first--;
      if (first < k) blockScheme(scan, first, k);
    }
  }
}

/**
 * Whether a word form may be where findOrganisationsByForm starts a name: a head or an opener
 * (without a possessive), or a newspaper word. Every word of every capitalised run is asked, and
 * the answer depends on the form alone, so it is kept as a bit on the form: most words then cost
 * a bit test instead of a possessive cut and three set look-ups.
 */
const MAY_ANCHOR_NAME = new FormTest(
  (_text, key) =>
    ORGANISATION_HEADS.has(bare(key)) ||
    ORGANISATION_OPENERS.has(bare(key)) ||
    NEWSPAPER_WORDS.has(key) ||
    COMMUNITY_FIELDS.has(bare(key)) ||
    TRADE_WORDS.has(bare(key)) ||
    PRACTICE_HEADS.has(bare(key)),
);

/**
 * "Tarnside Community Energy", "Kelby Community Transport": community-owned enterprises (co-operative
 * and community benefit societies, charities) are conventionally named by their place, "Community"
 * and the field they work in, with no legal head word after it. "Community" before such a field
 * word makes it a head; alone ("the Community Energy sector") the words name the field, and a name
 * still needs a distinguishing word in front (see hasDistinguishingWord).
 */
const COMMUNITY_FIELDS = new Set(['energy', 'transport']);

function isCommunityEnterpriseHead(scan: NameScan, k: number): boolean {
  const token = scan.tokens[k]!;
  const previous = scan.tokens[k - 1];
  return COMMUNITY_FIELDS.has(bare(token.key)) && token.shape === Shape.Capitalised && previous?.key === 'community' && isCapitalised(previous) && tightWithPrevious(scan.tokens, k);
}

/** Whether findOrganisationsByForm looks further at this token (exported for the test that holds it to the plain look-ups). */
export function mayAnchorName(token: Token): boolean {
  return MAY_ANCHOR_NAME.holds(token);
}

/**
 * "Haysmith & Vale LLP", "Barlow & Penn Solicitors": firms of partners join their names with an
 * ampersand, which a name may hold where "and" would join two names. Only between two capitalised
 * words on one line, glued by single spaces.
 */
function isPartnersAmpersand(scan: NameScan, i: number, runFirst: number): boolean {
  const { tokens } = scan;
  return (
    i - 1 >= runFirst &&
    tokens[i]!.text === '&' &&
    tightWithPrevious(tokens, i) &&
    tightWithPrevious(tokens, i + 1) &&
    isCapitalised(tokens[i - 1]) &&
    scan.owner[i - 1] === -1 &&
    tokens[i - 1]!.bareEnd === tokens[i - 1]!.end
  );
}

/**
 * "Children's Services Weekly", "Care Home Gazette": trade titles are named by their field and a
 * word of periodical publication, and that word, right after the field's head, closes the title.
 */
const PUBLICATION_WORDS = new Set(['weekly', 'monthly', 'quarterly', 'gazette', 'journal', 'bulletin', 'chronicle', 'review', 'digest']);

/**
 * "the Kelmoor Support Services Review": after "the", a review is a document the body made; a trade
 * title goes without the article ("Heat Network Review is published by …", a masthead).
 */
function isReviewOfBody(tokens: readonly Token[], first: number, token: Token): boolean {
  return bare(token.key) === 'review' && tokens[first - 1]?.key === 'the';
}

function isPublicationWord(token: Token): boolean {
  return token.shape === Shape.Capitalised && PUBLICATION_WORDS.has(bare(token.key));
}

/** An apostrophe token as the tokenizer leaves one after a plural ("Prisoners", "’"). */
function isLoneApostrophe(token: Token | undefined): boolean {
  return token !== undefined && token.shape === Shape.Punct && (token.key === "'" || token.key === '\u2019');
}

/**
 * "Prisoners’ Education Trust", "Teachers' Pension Fund": bodies are named for whom they serve in
 * the plural possessive, whose apostrophe the tokenizer leaves as a mark of its own and so ends a
 * capitalised run. A capitalised plural glued to that mark, one space before the name's next
 * word, opens the name; so do the capitalised words before it. Returns the name's new first token.
 */
function overPluralPossessives(scan: NameScan, first: number, k: number): number {
  const { tokens } = scan;
  let start = first;
  while (k - start < MAX_NAME_TOKENS && tokens[start]!.gapBefore === Gap.Space && isLoneApostrophe(tokens[start - 1]) && tokens[start - 1]!.gapBefore === Gap.None) {
    const plural = tokens[start - 2];
    if (plural === undefined || plural.shape !== Shape.Capitalised || !plural.key.endsWith('s') || scan.owner[start - 2] !== -1 || scan.owner[start - 1] !== -1) break;
    start -= 2;
    while (k - start < MAX_NAME_TOKENS && isCapitalised(tokens[start - 1]) && tightWithPrevious(tokens, start) && scan.owner[start - 1] === -1) start--;
  }
  return start;
}

/**
 * "Kelby United Supporters’ Trust", "Tarn Housing Tenants’ Federation Ltd": a body's name may go on
 * after a head word with the plural possessive of whom it serves and a head of its own; the
 * apostrophe ends the capitalised run, so the walk to the right stops at the plural. A capitalised
 * plural glued to that mark, then capitalised words one space apart ending in a head, continue the
 * name: no second name starts with a possessive glued to the first. Returns the name's new last token.
 */
function overPluralPossessiveTail(scan: NameScan, last: number): number {
  const { tokens } = scan;
  const plural = tokens[last + 1];
  if (plural === undefined || plural.shape !== Shape.Capitalised || !plural.key.endsWith('s') || plural.bareEnd < plural.end) return last;
  if (!tightWithPrevious(tokens, last + 1) || !isLoneApostrophe(tokens[last + 2]) || tokens[last + 2]!.gapBefore !== Gap.None) return last;
  let end = last;
  for (let j = last + 3; j < tokens.length && j - last <= MAX_NAME_TOKENS && tokens[j]!.gapBefore === Gap.Space; j++) {
    const token = tokens[j]!;
    if (token.shape !== Shape.Capitalised || scan.owner[j] !== -1) break;
    if (ORGANISATION_HEADS.has(bare(token.key))) end = j;
    if (token.bareEnd < token.end) break;
  }
  return end > last && scan.isFree(last + 1, end) ? end : last;
}

/**
 * "KFM: THE FACTS THE TRUST LEFT OUT": in a heading in capitals every word looks like a name's, so
 * the walk to the left runs over a whole clause. An article in capitals that no connector ("OF
 * THE", "FOR THE") holds inside a name opens the name after it.
 */
function afterShoutedArticle(tokens: readonly Token[], first: number, k: number): number {
  for (let j = k - 1; j > first; j--) {
    const token = tokens[j]!;
    const before = tokens[j - 1]!;
    if (token.key === 'the' && token.shape === Shape.AllCaps && !(NAME_CONNECTORS.has(before.key) || before.text === '&')) return j + 1;
  }
  return first;
}

/**
 * "Kenmarsh Police and Crime Panel": "Police and Crime" is one statutory phrase (the panels, plans
 * and commissioners of every force area in England and Wales), not a force and a second body.
 */
function isPoliceAndCrime(tokens: readonly Token[], and: number): boolean {
  return tokens[and + 1]?.key === 'crime' && bare(tokens[and - 1]!.key) === 'police';
}

/**
 * "CREDIT UNION NEWS" on a line of its own: a heading in capitals whose every word the text also
 * writes in ordinary case ("Credit union news" in the contents) is a section's title, not a body;
 * a body's name in capitals keeps a word of its own ("KELBY HOMES").
 */
function isShoutedHeading(scan: NameScan, first: number, last: number): boolean {
  const { tokens, text } = scan;
  if (first === last || tokens[first]!.gapBefore < Gap.LineBreak || (tokens[last + 1] !== undefined && tokens[last + 1]!.gapBefore < Gap.LineBreak)) return false;
  for (let i = first; i <= last; i++) if (scan.shapes[i] !== Shape.AllCaps) return false;
  for (let i = first; i <= last; i++) {
    const key = tokens[i]!.key;
    if (!hasLowerCaseUse(text, key) && !hasLowerCaseUse(text, key.charAt(0).toUpperCase() + key.slice(1))) return false;
  }
  return true;
}

function hasLowerCaseUse(text: string, key: string): boolean {
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    if (!isLetterCode(text.charCodeAt(at - 1)) && !isLetterCode(text.charCodeAt(at + key.length))) return true;
  }
  return false;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function findOrganisationsByForm(scan: NameScan): void {
  const { tokens } = scan;
  let pots: ReadonlySet<string> | undefined;
  /** Whether the text names a practice ("Millbrook Surgery"), and the health centres it names, as first and last token pairs. */
  let namesPractice = false;
  let practiceCentres: number[] | undefined;
  for (const [runFirst, runEnd] of scan.runs()) {
    let k = runFirst;
    while (k <= runEnd) {
      // Neither head nor opener: the tests below would say so at greater cost (isNewspaperTitle needs a newspaper word).
      if (!mayAnchorName(tokens[k]!)) {
        k++;
        continue;
      }
      // No name is longer than MAX_NAME_TOKENS words: bounding every walk keeps the scan linear
      // even on a text that is one endless capitalised run.
      const runLast = Math.min(runEnd, k + MAX_NAME_TOKENS);
      const key = bare(tokens[k]!.key);
      const isHead = ORGANISATION_HEADS.has(key) || isNewspaperTitle(scan, k) || isCommunityEnterpriseHead(scan, k);
      const isOpener = ORGANISATION_OPENERS.has(key);
      if (!(isHead || isOpener) || scan.owner[k] !== -1) {
        const tradeFirst = TRADE_WORDS.has(key) && scan.owner[k] === -1 ? tradeNameStart(scan, k, runFirst) : -1;
        if (tradeFirst >= 0) scan.claim('organisation', tradeFirst, k, 'suffix');
        const practiceFirst = PRACTICE_HEADS.has(key) && scan.owner[k] === -1 ? practiceNameStart(scan, k, runFirst) : -1;
        if (practiceFirst >= 0) {
          scan.claim('organisation', practiceFirst, k, 'suffix');
          namesPractice = true;
        }
        k++;
        continue;
      }
      // Left: capitalised words up to a connector or the run start.
      let first = k;
      while (first - 1 >= Math.max(runFirst, k - MAX_NAME_TOKENS) && scan.owner[first - 1] === -1) {
        if (isCapitalised(tokens[first - 1])) first--;
        else if (isPartnersAmpersand(scan, first - 1, runFirst)) first -= 2;
        else break;
      }
      first = overPluralPossessives(scan, first, k);
      first = afterShoutedArticle(tokens, first, k);
      while (first < k && ((tokens[first]!.sentenceStart && SENTENCE_OPENERS.has(tokens[first]!.key)) || tokens[first]!.key === 'the')) first++;
      // "Calderbrook and Wyremoor Fire and Rescue Service": a name joined inside by "and" may open
      // with two areas joined by "and" too, so the conjunct is looked for once more.
      const conjunct = conjunctStart(scan, first, runFirst);
      first = conjunct < first ? conjunctStart(scan, conjunct, runFirst) : first;
      // "Her Majesty’s Courts and Tribunals Service", "HM Land Registry": the Crown's possessive opens the names of its bodies.
      if (first >= 2 && isCrownPossessive(tokens, first - 2) && scan.owner[first - 2] === -1 && scan.owner[first - 1] === -1 && tokens[first]!.gapBefore === Gap.Space) first -= 2;
      else if (first >= 1 && tokens[first - 1]!.text === 'HM' && scan.owner[first - 1] === -1 && tightWithPrevious(tokens, first)) first -= 1;
      // Right: an "of/for" complement, then any further capitalised words that end in a head.
      let last = isOpener ? complementEnd(scan, k, runLast) : k;
      const complementStart = last > k ? k + 1 : Number.MAX_SAFE_INTEGER;
      for (let j = last + 1; j <= runLast && scan.owner[j] === -1; j++) {
        const token = tokens[j]!;
        // "Greater Manchester Health and Social Care Partnership": "and" after a head word may join
        // two halves of one name; it only counts if the name then ends in a head word too.
        const joins =
          token.key === 'and' &&
          ORGANISATION_HEADS.has(bare(tokens[j - 1]!.key)) &&
          !SENTENCE_OPENERS.has(tokens[j + 1]?.key ?? '') &&
          (onlyGenericUntilHead(scan, j + 1, runLast) || isPoliceAndCrime(tokens, j));
        if (!continuesName(token) && !joins) break;
        if (ORGANISATION_HEADS.has(bare(token.key)) || (j === last + 1 && (NATIONS.has(bare(token.key)) || (isPublicationWord(token) && !isReviewOfBody(tokens, first, token)) || isMunicipalUndertaking(tokens, last, j)))) last = j;
        if (token.bareEnd < token.end) break;
      }
      if (isHead) last = overPluralPossessiveTail(scan, last);
      // "Health Secretary", "Education Minister": a sector word before a title names an office, not a body.
      const following = tightNext(tokens, last);
      const isTitle = following !== undefined && ROLE_HEADS.has(following.key) && !STRONG_HEADS.has(bare(tokens[last]!.key));
      if (
        !isTitle &&
        (last > k || isHead) &&
        scan.isFree(first, last) &&
        hasDistinguishingWord(scan, first, last, k, complementStart) &&
        !isNotAnOrganisation(scan, first, last)
      ) {
        const lastKey = bare(tokens[last]!.key);
        if (isProgrammeName(scan, first) || (lastKey === 'fund' && isFundingPot(scan, last, (pots ??= fundingPots(scan)))) || isServiceNamedByFields(scan, first, last)) {
          blockScheme(scan, first, last);
        } else if (isPracticeCentre(scan, first, last)) (practiceCentres ??= []).push(first, last);
        else if (isVenueName(scan, first, last) || isShoutedHeading(scan, first, last)) blockScheme(scan, first, last);
        // The document's word too, so that no context rule takes "Charter" for a name of its own.
        else if (namesADocument(scan, last, following) || namesAnAct(following)) blockScheme(scan, first, last + 1);
        else {
          const schemeEnd = THEME_HEADS.has(lastKey) ? schemeEndAfter(scan, last, runLast) : -1;
          if (schemeEnd > last) blockScheme(scan, first, schemeEnd);
          else scan.claim('organisation', first, last, 'suffix');
        }
        k = last + 1;
      } else {
        k++;
      }
    }
  }
  if (practiceCentres) settlePracticeCentres(scan, practiceCentres, namesPractice);
}

/**
 * "Hollinsford Health Centre", "Dunmere Medical Centre": the building GP practices work from, and
 * as often the practice named after it. In a text that names practices by their own names
 * ("Millbrook Surgery", "Castle Street Medical Practice") the centre is one of them, a body ("the
 * contracts for Millbrook Surgery and Hollinsford Health Centre", "Hollinsford Health Centre will
 * close and its patients transfer to Millbrook Surgery"); elsewhere ("panels on 23 buildings, among
 * them Ravensmoor Health Centre") it is a venue.
 */
function settlePracticeCentres(scan: NameScan, centres: readonly number[], namesPractice: boolean): void {
  for (let c = 0; c < centres.length; c += 2) {
    const first = centres[c]!;
    const last = centres[c + 1]!;
    if (!scan.isFree(first, last)) continue;
    if (namesPractice) scan.claim('organisation', first, last, 'suffix');
    else blockScheme(scan, first, last);
  }
}

/** "… Health Centre", "… Medical Centre" with a word of its own in front (see settlePracticeCentres). */
function isPracticeCentre(scan: NameScan, first: number, last: number): boolean {
  const head = bare(scan.tokens[last]!.key);
  const kind = scan.tokens[last - 1]?.key;
  return (head === 'centre' || head === 'center') && last - 1 > first && (kind === 'health' || kind === 'medical');
}

