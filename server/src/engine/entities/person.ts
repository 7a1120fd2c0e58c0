import { Gap, Shape, type Token } from '../text/tokens';
import { headAfterBeatWords } from './beatTitles';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, FIRST_NAME_KEYS } from './lexicons/firstNames';
import { GENERIC_NAME_WORDS, ORGANISATION_HEADS, PLACE_NAMES } from './lexicons/organisationWords';
import { CALENDAR_WORDS, HONORIFICS, HONORIFIC_KEYS, PLURAL_HONORIFICS, POST_NOMINAL_KEYS, ROLE_HEADS, ROLE_HEAD_KEYS, ROLE_MODIFIERS, SPEECH_VERB_KEYS, THING_NAME_WORDS, TRADE_NAME_WORDS } from './lexicons/personWords';
import { SENTENCE_OPENERS } from './lexicons/sentenceOpeners';
import { keysWrittenInLowerCase } from './lowerCaseUses';
import { STREET_WORDS } from './organisationCues';
import { isCapitalised, tightNext, tightWithPrevious, type NameScan, type NameSpan } from './nameScan';

// People named in full: after an honorific ("Dr Michael Dixon", the honorific outside the span),
// by a known given name and a surname ("Andrew Lansley"), or by context when the given name is
// unknown: after a title ("Health Secretary X Y"), after "by" ("by Laird Ryan"), next to a
// verb of speech ("said X Y", "X Y told"), or before letters only people carry ("X Y MP").

const MAX_NAME_WORDS = 3;

function bareKey(token: Token): string {
  return token.bareEnd < token.end ? token.key.slice(0, token.bareEnd - token.start) : token.key;
}

/** A word that can be part of a surname: capitalised, and not a title, head noun, month or generic word. */
export function isSurnameLike(token: Token | undefined): boolean {
  if (!token || token.shape !== Shape.Capitalised) return false;
  const key = bareKey(token);
  return !(
    ORGANISATION_HEADS.has(key) ||
    GENERIC_NAME_WORDS.has(key) ||
    ROLE_HEADS.has(key) ||
    CALENDAR_WORDS.has(key) ||
    SENTENCE_OPENERS.has(key) ||
    HONORIFICS.has(key) ||
    PLURAL_HONORIFICS.has(key) ||
    PLACE_NAMES.has(key) ||
    THING_NAME_WORDS.has(key) ||
    TRADE_NAME_WORDS.has(key)
  );
}

/** Last index of up to `max` free surname-like words right after token i, or -1. */
function surnameEnd(scan: NameScan, i: number, max: number): number {
  let last = -1;
  for (let j = i; j < i + max && tightNext(scan.tokens, j); j++) {
    const next = scan.tokens[j + 1]!;
    if (!isSurnameLike(next) || scan.owner[j + 1] !== -1) break;
    last = j + 1;
    if (next.bareEnd < next.end) break;
  }
  return last;
}

export function findPeopleByHonorific(scan: NameScan): void {
  const { tokens, capitalised } = scan;
  /** Tokens before this one are read or taken. */
  let resumeAt = 0;
  for (let c = 0; c < capitalised.length; c++) {
    const i = capitalised[c]!;
    if (i < resumeAt) continue;
    const token = tokens[i]!;
    if (!HONORIFIC_KEYS.holds(token)) continue;
    // "Dr. Smith": skip the abbreviation's full stop; "Professor Sir Mike Richards": and a stacked title.
    let at = i;
    if (tokens[i + 1]?.text === '.' && tokens[i + 1]!.gapBefore === 0) at = i + 1;
    while (at - i < 3 && tightNext(tokens, at) && tokens[at + 1]!.shape === Shape.Capitalised && HONORIFICS.has(tokens[at + 1]!.key)) at++;
    const next = tokens[at + 1];
    if (!next || next.gapBefore !== 1 || !isNameWord(next)) continue;
    let last = at + 1;
    while (last - at < MAX_NAME_WORDS && tightNext(tokens, last) && isNameWord(tokens[last + 1]!) && isSurnameLike(tokens[last + 1])) last++;
    if (scan.isFree(at + 1, last)) scan.claim('person', at + 1, last, 'honorific');
    resumeAt = last + 1;
  }
}

/** After an honorific, a given name may be any capitalised word that is not a title ("Lord Chancellor"). */
function isNameWord(token: Token): boolean {
  return token.shape === Shape.Capitalised && !ROLE_HEADS.has(token.key) && !ORGANISATION_HEADS.has(token.key) && !GENERIC_NAME_WORDS.has(token.key);
}

/** Capitalised words that may stand right before a person's name inside one capitalised run. */
function mayPrecedeName(token: Token, scan: NameScan, index: number): boolean {
  const key = token.key;
  // Function words are capitalised before a name in headings and bylines too: "| By Jo Bell".
  if (SENTENCE_OPENERS.has(key)) return true;
  if (ROLE_HEADS.has(key) || ROLE_MODIFIERS.has(key) || HONORIFICS.has(key) || PLURAL_HONORIFICS.has(key)) return true;
  // "Q114 Jo Bell:", "A12 Jo Bell": a question's or an item's number labels the line, it names nobody.
  if (holdsDigit(token.text)) return true;
  const owner = scan.ownerOf(index);
  return owner?.type === 'organisation' || endsTitleField(scan, index);
}

function holdsDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const FIELD_CONNECTORS = new Set(['of', 'for', 'and', '&', 'the']);
/** Words of a title's field after its head: "of State for Prisons and Probation" is 6. */
const MAX_TITLE_FIELD_TOKENS = 8;

/**
 * True when the capitalised word at `index` ends the field of a title written before a name in
 * one capitalised run: "Minister of State for Housing Jo Bell", "Director of Adult Social Services
 * Jo Bell". Official titles carry their portfolio in capitals after "of" or "for", and the name
 * follows the portfolio with no comma; the portfolio's last word is then no part of the name,
 * even though it is capitalised ("Housing Jo" is not a place-like "St Thomas").
 */
function endsTitleField(scan: NameScan, index: number): boolean {
  const { tokens } = scan;
  for (let k = index - 1; k > 0 && index - k <= MAX_TITLE_FIELD_TOKENS && tightWithPrevious(tokens, k + 1); k--) {
    const token = tokens[k]!;
    if ((token.key === 'of' || token.key === 'for') && token.shape === Shape.Lower && tightWithPrevious(tokens, k) && ROLE_HEADS.has(tokens[k - 1]!.key)) return true;
    const inField = (token.shape === Shape.Capitalised && scan.owner[k] === -1) || (token.shape === Shape.Lower && FIELD_CONNECTORS.has(token.key));
    if (!inField) return false;
  }
  return false;
}

function nameText(scan: NameScan, first: number, last: number): string {
  return scan.text.slice(scan.tokens[first]!.start, scan.tokens[last]!.bareEnd).toLowerCase();
}

/** The full names (two words or more) already found as people, in lower case. */
function personNames(scan: NameScan): Set<string> {
  const names = new Set<string>();
  for (const span of scan.spans) if (span.type === 'person' && span.last > span.first) names.add(nameText(scan, span.first, span.last));
  return names;
}

const ARTICLES_BEFORE_THINGS = new Set(['the', 'a', 'an']);

export function findPeopleByGivenName(scan: NameScan): void {
  const { tokens, capitalised } = scan;
  let known: Set<string> | undefined;
  /** Tokens before this one are read or taken. */
  let resumeAt = 0;
  for (let c = 0; c < capitalised.length; c++) {
    const i = capitalised[c]!;
    if (i < resumeAt || scan.owner[i] !== -1) continue;
    const token = tokens[i]!;
    if (!FIRST_NAME_KEYS.holds(token) && !isDoubleGivenName(token)) continue;
    const doubtful = AMBIGUOUS_FIRST_NAMES.has(token.key) && token.sentenceStart;
    // "St Thomas", "Fort William": a capitalised word before the given name makes it part of another name.
    if (tightWithPrevious(tokens, i) && isCapitalised(tokens[i - 1]) && !mayPrecedeName(tokens[i - 1]!, scan, i - 1)) continue;
    // "the Summer Reading Challenge", "a Grace Lane address": an article before a given name makes
    // the words the name of a thing; people are named without one.
    if (tightWithPrevious(tokens, i) && ARTICLES_BEFORE_THINGS.has(tokens[i - 1]!.key)) continue;
    const last = surnameEnd(scan, i, 2);
    if (last === -1) continue;
    if (isSecondVenueOfPair(tokens, i, last)) continue;
    // A given name that is also a word ("Bill", "Will") opening a sentence is a name only when the
    // document already names that person in full ("Cllr Bill Thornton … Bill Thornton said").
    if (doubtful && !(known ??= personNames(scan)).has(nameText(scan, i, last))) continue;
    scan.claim('person', i, last, 'given-name');
    resumeAt = last + 1;
  }
}

/**
 * "Dunmere Museum and Art Gallery", "Kelby Library and Rose Garden": after "and", a given name
 * whose "surname" is the kind word of a place names the second half of a venue, not a person.
 */
const PLACE_KIND_WORDS = new Set(['gallery', 'galleries', 'museum', 'library', 'theatre', 'garden', 'gardens', 'park', 'hall', 'archive', 'archives', 'centre']);

function isSecondVenueOfPair(tokens: readonly Token[], first: number, last: number): boolean {
  return first > 0 && tokens[first - 1]!.key === 'and' && PLACE_KIND_WORDS.has(tokens[last]!.key);
}

/**
 * "Kerry-Ann", "Mary-Jane", "Jean-Paul": two given names joined by a hyphen are one given name.
 * The first must be a known given name and the second capitalised.
 */
function isDoubleGivenName(token: Token): boolean {
  const hyphen = token.text.indexOf('-');
  if (hyphen < 2 || hyphen === token.text.length - 1) return false;
  const second = token.text.charCodeAt(hyphen + 1);
  return second >= 65 && second <= 90 && FIRST_NAMES.has(token.key.slice(0, hyphen));
}

const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'local']);

/** "the Anytown East MP", "The Anytown MP": a run that opens with or follows an article or determiner. */
function afterArticle(tokens: readonly Token[], runFirst: number): boolean {
  return ARTICLES.has(tokens[runFirst]!.key) || (tightWithPrevious(tokens, runFirst) && ARTICLES.has(tokens[runFirst - 1]!.key));
}

/**
 * `wholeRun`: the cue is on the run itself (a post-nominal), so an unknown word opening a sentence
 * or a line is part of the name; only a function word is left out ("Today Jo Bell MP said").
 */
function claimRunAsPerson(scan: NameScan, start: number, last: number, via: 'role-cue' | 'context', wholeRun = false): boolean {
  // "Later Dube wrote": a capitalised sentence opener is not part of the name unless it is a given name.
  const opener = scan.tokens[start]!;
  let first = opener.sentenceStart && !FIRST_NAMES.has(opener.key) && (!wholeRun || SENTENCE_OPENERS.has(opener.key)) ? start + 1 : start;
  // "9 Comments Ali Parsa, Managing Director …": a page's word glued before a known given name and a surname is no part of the name.
  if (last - first === 2 && !FIRST_NAMES.has(scan.tokens[first]!.key) && FIRST_NAME_KEYS.holds(scan.tokens[first + 1]!) && !AMBIGUOUS_FIRST_NAMES.has(scan.tokens[first + 1]!.key)) first++;
  const count = last - first + 1;
  if (count < 2 || count > MAX_NAME_WORDS || !scan.isFree(first, last)) return false;
  for (let i = first; i <= last; i++) if (!isSurnameLike(scan.tokens[i])) return false;
  scan.claim('person', first, last, via);
  return true;
}

export function findPeopleByContext(scan: NameScan): void {
  const { tokens } = scan;
  for (const [runFirst, runLast] of scan.runs()) {
    // "Jo Bell MP", "Sam Lowe QC": a seat or a rank written after a name, inside its capitalised run.
    // After an article it is a seat's name: "the Anytown East MP".
    if (runLast > runFirst && POST_NOMINAL_KEYS.holds(tokens[runLast]!) && tokens[runLast]!.shape === Shape.AllCaps && !afterArticle(tokens, runFirst)) {
      if (claimRunAsPerson(scan, runFirst, runLast - 1, 'role-cue', true)) continue;
    }
    // "Health Secretary Andrew Lansley", "Secretary General Ed Mayo": the words after a title.
    for (let h = runLast - 1; h >= runFirst; h--) {
      const token = tokens[h]!;
      if (ROLE_HEAD_KEYS.holds(token) || (token.key === 'general' && h > runFirst && ROLE_HEAD_KEYS.holds(tokens[h - 1]!))) {
        if (claimRunAsPerson(scan, h + 1, runLast, 'role-cue')) break;
        if (nameAfterTitleField(scan, h, runLast)) break;
      }
    }
    const before = tokens[runFirst - 1];
    const after = tokens[runLast + 1];
    const tight = before !== undefined && tightWithPrevious(tokens, runFirst);
    const precededBy = tight ? before.key : '';
    // "director Patrick Burns", "chief executive Jane Doe": a lower-case title just before.
    if (tight && before.shape === Shape.Lower && ROLE_HEAD_KEYS.holds(before)) {
      if (claimRunAsPerson(scan, runFirst, runLast, 'role-cue')) continue;
    }
    // "Jo Bell, chair of Kelvale Homes, said": a lower-case title in apposition after the comma (the
    // cue is on the whole run, so a name opening a sentence keeps its first word). A
    // body takes no personal title ("Kelvale Homes, chair of …" is no sentence), and isSurnameLike
    // turns away the head and sector words a body's name would hold.
    if (after?.text === ',' && after.gapBefore === Gap.None && (isLowerCaseTitle(tokens, runLast + 2) || headAfterBeatWords(tokens, runLast + 2) >= 0)) {
      if (claimRunAsPerson(scan, runFirst, runLast, 'role-cue', true)) continue;
    }
    // "Jo Bell, our chair, said", "Jo Bell, Kelvale’s chair, will": a possessive before the title.
    if (after?.text === ',' && after.gapBefore === Gap.None && isOwnedLowerCaseTitle(tokens, runLast + 2)) {
      if (claimRunAsPerson(scan, runFirst, runLast, 'role-cue', true)) continue;
    }
    // "Present: …; Jo Bell, Director of Finance; …": an item of a list of officers, its title in capitals.
    if (after?.text === ',' && after.gapBefore === Gap.None && opensListItem(tokens, runFirst) && !STREET_WORDS.has(tokens[runLast]!.key) && isCapitalisedListTitle(tokens, runLast + 2)) {
      if (claimRunAsPerson(scan, runFirst, runLast, 'role-cue', true)) continue;
    }
    // "Jo Bell" / "Health reporter", "Jo Bell" / "Dispute Resolution Manager": a byline's or a
    // signature's name alone on its line, the post alone on the next.
    if (after !== undefined && after.gapBefore >= Gap.LineBreak && opensLine(tokens, runFirst) && titleLineAt(tokens, runLast + 1) && !writtenInLowerCase(scan, runFirst, runLast)) {
      if (claimRunAsPerson(scan, runFirst, runLast, 'role-cue', true)) continue;
    }
    // "Ravi Shah, Unison branch secretary, said": the title after the comma opens with the body's name.
    if (after?.text === ',' && after.gapBefore === Gap.None && isLowerCaseTitleAfterBody(scan, runLast + 2)) {
      if (claimRunAsPerson(scan, runFirst, runLast, 'role-cue', true)) continue;
    }
    // "Q45 Jo Bell: Ms Fry, what happens …": a member's speaker label in a committee's transcript.
    // The number joins the capitalised run, or stands just before it.
    if (after?.text === ':' && isQuestionNumber(tokens[runFirst]!) && tokens[runFirst]!.gapBefore >= Gap.LineBreak && opensSpeech(tokens, runLast + 2)) {
      if (claimRunAsPerson(scan, runFirst + 1, runLast, 'role-cue', true)) continue;
    }
    if (after?.text === ':' && before !== undefined && isQuestionNumber(before) && before.gapBefore >= Gap.LineBreak && opensSpeech(tokens, runLast + 2)) {
      if (claimRunAsPerson(scan, runFirst, runLast, 'role-cue', true)) continue;
    }
    // "Our chair, Bernie Walsh, thanked …", "Brenlow’s chairman, Conrad Vesey, will …": a name set
    // off by commas right after a title that a possessive or "the" opens.
    if (before?.text === ',' && isNameAfterOwnedTitle(scan, runFirst, runLast)) {
      if (claimRunAsPerson(scan, runFirst, runLast, 'role-cue', true)) continue;
    }
    // "Amina Rashid (Treasurer)", "Kamal Desai (Secretary)": a title alone in brackets after the
    // run, as lists of officers give them, on a line of its own or after a comma.
    if (after?.text === '(' && after.gapBefore === Gap.Space && opensListItem(tokens, runFirst) && isBracketedTitle(scan, runLast + 2)) {
      if (claimRunAsPerson(scan, runFirst, runLast, 'role-cue', true)) continue;
    }
    // "The Minister for Land Reform and Islands (Catriona Dewar):": a speaker label that gives the
    // office and its holder's name in brackets.
    if (before?.text === '(' && after?.text === ')' && tokens[runLast + 2]?.text === ':' && isOfficeLabel(tokens, runFirst - 1)) {
      if (claimRunAsPerson(scan, runFirst, runLast, 'role-cue', true)) continue;
    }
    // "said Acme Homes, which runs …": "which" after the comma refers to a thing, not a person
    // ("said Jo Bell, who …"), whatever verb stands before.
    if (after?.text === ',' && tokens[runLast + 2]?.key === 'which') continue;
    // "by Laird Ryan", "said Jane Doe", "according to Jane Doe".
    if (precededBy === 'by' || (tight && SPEECH_VERB_KEYS.holds(before)) || (precededBy === 'to' && tokens[runFirst - 2]?.key === 'according')) {
      if (claimRunAsPerson(scan, runFirst, runLast, 'context')) continue;
    }
    // "Jane Doe said", "Jane Doe, who …"
    if (after && after.gapBefore === 1 && SPEECH_VERB_KEYS.holds(after)) claimRunAsPerson(scan, runFirst, runLast, 'context');
  }
  findRepeatedNames(scan);
}

/** A body's name already found at token k, then a lower-case title: "Unison branch secretary". */
function isLowerCaseTitleAfterBody(scan: NameScan, k: number): boolean {
  const body = scan.ownerOf(k);
  if (body === undefined || body.type !== 'organisation' || body.first !== k || scan.tokens[body.last + 1]?.gapBefore !== Gap.Space) return false;
  return isLowerCaseTitle(scan.tokens, body.last + 1) || headAfterBeatWords(scan.tokens, body.last + 1) >= 0;
}

/**
 * After a speaker's label the words spoken open as a sentence does ("Q12 Marit Osei: Thank you"); a
 * topic's label runs on in lower case ("Q3 Budget Update: the clerk summarised the figures").
 */
function opensSpeech(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i];
  return first === undefined || first.shape !== Shape.Lower;
}

/** "Q45": the number a committee's transcript gives each question, before the speaker's name. */
function isQuestionNumber(token: Token): boolean {
  return token.text.length >= 2 && token.text.length <= 5 && token.text.charCodeAt(0) === 81 /* Q */ && /^Q\d+$/.test(token.text);
}

const OWNING_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', 'the', 'whose']);
const COPULA_KEYS = new Set(['is', 'was', 'becomes', 'became']);
/** Titles a body holds as often as a person ("Our partner, Harlow Vale,", "Its auditor, Brakewell Morrow,"): no cue to a person. */
const BODY_HELD_TITLE_KEYS = new Set(['partner', 'partners', 'auditor', 'auditors', 'regulator', 'owner', 'owners']);
const AFTER_SET_OFF_NAME = new Set([',', '.', ';', ':', ')']);

/**
 * Whether the run first..last follows "<possessive or the> <lower-case title>," and is closed by a
 * comma, a full stop or a verb of speech: the title's holder named in apposition.
 */
function isNameAfterOwnedTitle(scan: NameScan, first: number, last: number): boolean {
  const { tokens } = scan;
  const comma = first - 1;
  const head = tokens[comma - 1];
  if (tokens[comma]!.gapBefore !== Gap.None || tokens[first]!.gapBefore !== Gap.Space || head === undefined || head.shape !== Shape.Lower || !ROLE_HEAD_KEYS.holds(head) || BODY_HELD_TITLE_KEYS.has(head.key)) return false;
  const after = tokens[last + 1];
  if (!(after === undefined || (after.gapBefore === Gap.None && AFTER_SET_OFF_NAME.has(after.text)) || (after.gapBefore === Gap.Space && SPEECH_VERB_KEYS.holds(after)))) return false;
  // Back over the title's other lower-case words ("chief", "finance", "section 151") to what owns it.
  for (let k = comma - 2; k >= comma - 5 && k >= 0 && tokens[k + 1]!.gapBefore === Gap.Space; k--) {
    const token = tokens[k]!;
    // "Morag is the company secretary, Iain Beaton chairs it": a copula's title is its subject's.
    if (OWNING_DETERMINERS.has(token.key) || token.bareEnd < token.end || token.text === '\u2019' || token.text === "'") return !COPULA_KEYS.has(tokens[k - 1]?.key ?? '');
    if (token.shape !== Shape.Lower && token.shape !== Shape.Numeric) return false;
  }
  return false;
}

/** Most tokens of an office before its holder's bracket: "The Minister for Land Reform and Islands" is 7. */
const MAX_LABEL_TOKENS = 12;

/** Whether the line up to the bracket at `open` is an office in capitals: "The Deputy Presiding Officer (". */
function isOfficeLabel(tokens: readonly Token[], open: number): boolean {
  let hasHead = false;
  for (let k = open - 1; k >= 0 && open - k <= MAX_LABEL_TOKENS; k--) {
    const token = tokens[k]!;
    if (token.shape === Shape.Capitalised) hasHead ||= ROLE_HEAD_KEYS.holds(token);
    else if (!(token.shape === Shape.Lower && FIELD_CONNECTORS.has(token.key))) return false;
    if (k === 0 || token.gapBefore >= Gap.LineBreak) return hasHead;
  }
  return false;
}

/**
 * A run that opens a line or follows a comma, a semicolon or a list's colon ("Present: Jo Bell
 * (Chair); Sam Lowe (Treasurer)"), or the "and" before a list's last item: an item of a list.
 */
function opensListItem(tokens: readonly Token[], first: number): boolean {
  const token = tokens[first]!;
  if (token.gapBefore >= Gap.LineBreak || first === 0) return true;
  const before = tokens[first - 1]!;
  if (before.key === 'and' && before.shape === Shape.Lower) return tokens[first - 2]?.text === ',' || tokens[first - 2]?.text === ';';
  return (before.text === ',' || before.text === ':' || before.text === ';') && token.gapBefore === Gap.Space;
}

/** A heading's words ("Contact Details") are the language's and stand in lower case elsewhere; a name's do not. */
function writtenInLowerCase(scan: NameScan, first: number, last: number): boolean {
  const keys = new Set<string>();
  for (let k = first; k <= last; k++) keys.add(bareKey(scan.tokens[k]!));
  return keysWrittenInLowerCase(scan, keys).size > 0;
}

function opensLine(tokens: readonly Token[], i: number): boolean {
  return i === 0 || tokens[i]!.gapBefore >= Gap.LineBreak;
}

/**
 * A line that holds a post and little else: its head after beat words ("Health reporter",
 * "Country Manager"), or a title in capitals that opens with its head ("Director of Finance").
 */
function titleLineAt(tokens: readonly Token[], i: number): boolean {
  const head = headAfterBeatWords(tokens, i);
  if (head >= 0) return tokens[head + 1] === undefined || tokens[head + 1]!.gapBefore >= Gap.LineBreak || tokens[head + 1]!.text === ',';
  return isCapitalisedListTitle(tokens, i, true);
}

/** Words that join a capitalised title to its field: "Director of Finance", "Clerk to the Governors". */
const LIST_TITLE_CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'to']);
const MAX_LIST_TITLE_TOKENS = 7;

/**
 * "Director of Finance;", "Chief Executive, Kelvale Homes;", "Clerk to the Governors\n": a title in
 * capitals that opens with its head or a modifier and closes the list item (a comma, a semicolon, a
 * bracket or the line's end). A body's or a place's name does not open with a title word.
 */
function isCapitalisedListTitle(tokens: readonly Token[], i: number, ownLine = false): boolean {
  const first = tokens[i];
  if (!first || first.shape !== Shape.Capitalised || (ownLine ? first.gapBefore < Gap.LineBreak : first.gapBefore !== Gap.Space) || !(ROLE_HEAD_KEYS.holds(first) || ROLE_MODIFIERS.has(first.key))) return false;
  let hasHead = false;
  for (let k = i; k < i + MAX_LIST_TITLE_TOKENS; k++) {
    const token = tokens[k];
    if (token === undefined) return hasHead;
    if (k > i && token.gapBefore >= Gap.LineBreak) return hasHead && tokens[k - 1]!.shape === Shape.Capitalised;
    if (k > i && token.gapBefore === Gap.None && (token.text === ',' || token.text === ';')) return hasHead && tokens[k - 1]!.shape === Shape.Capitalised;
    if (k > i && token.gapBefore === Gap.Space && token.text === '(') return hasHead && tokens[k - 1]!.shape === Shape.Capitalised;
    if (token.shape === Shape.Capitalised) hasHead ||= ROLE_HEAD_KEYS.holds(token);
    else if (!(k > i && token.shape === Shape.Lower && LIST_TITLE_CONNECTORS.has(token.key))) return false;
    if (k > i && token.gapBefore !== Gap.Space) return false;
  }
  return false;
}

const TITLE_OWNERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', 'the']);

/**
 * "our chair", "the society's secretary", "Kelvale’s chair": a lower-case title after what owns it,
 * right after the comma that follows a name. The owner is a determiner or one word in the possessive.
 */
function isOwnedLowerCaseTitle(tokens: readonly Token[], i: number): boolean {
  const owner = tokens[i];
  if (!owner || owner.gapBefore !== Gap.Space) return false;
  if (owner.shape === Shape.Lower && TITLE_OWNERS.has(owner.key)) {
    // "the society’s secretary": a common noun in the possessive after "the".
    const noun = tokens[i + 1];
    if (owner.key === 'the' && noun && noun.shape === Shape.Lower && noun.bareEnd < noun.end && noun.gapBefore === Gap.Space) return isLowerCaseTitle(tokens, i + 2);
    return isLowerCaseTitle(tokens, i + 1);
  }
  return owner.shape === Shape.Capitalised && owner.bareEnd < owner.end && isLowerCaseTitle(tokens, i + 1);
}

/** "(Treasurer)", "(Monitoring Officer)", "(Director of Place)": capitalised title words only, then ")". */
function isBracketedTitle(scan: NameScan, i: number): boolean {
  const { tokens } = scan;
  let hasHead = false;
  for (let k = i; k < i + 6 && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.text === ')') return hasHead && k > i && token.gapBefore === Gap.None;
    if (token.shape === Shape.Capitalised && ROLE_HEAD_KEYS.holds(token)) hasHead = true;
    else if (!(token.shape === Shape.Capitalised || (k > i && FIELD_CONNECTORS.has(token.key)))) return false;
  }
  return false;
}

/** "chair of", "chief executive of", "director": a lower-case title, a modifier or two before its head allowed. */
function isLowerCaseTitle(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < i + 3; j++) {
    const token = tokens[j];
    if (!token || token.shape !== Shape.Lower || (j > i && token.gapBefore !== Gap.Space)) return false;
    if (ROLE_HEAD_KEYS.holds(token)) return true;
    if (!ROLE_MODIFIERS.has(token.key)) return false;
  }
  return false;
}

/**
 * "Minister of State for Ports and Harbours Jo Bell said": a run that holds a title, its field in
 * capitals and then a name the lexicon does not know. The name is the run's last two words when a
 * verb of speech or a comma follows it and the words before them close the title's field; the
 * portfolio words of a field are names of sectors and bodies, which isSurnameLike turns away, so
 * a field alone ("Secretary of State for Health and Social Care,") yields no person.
 */
function nameAfterTitleField(scan: NameScan, head: number, runLast: number): boolean {
  const { tokens } = scan;
  const opener = tokens[head + 1]?.key;
  const first = runLast - 1;
  if ((opener !== 'of' && opener !== 'for') || first <= head + 2) return false;
  const after = tokens[runLast + 1];
  const cue = after !== undefined && ((after.text === ',' && after.gapBefore === Gap.None) || (after.gapBefore === Gap.Space && SPEECH_VERB_KEYS.holds(after)));
  if (!cue || tokens[first - 1]!.shape !== Shape.Capitalised || scan.owner[first - 1] !== -1 || !endsTitleField(scan, first - 1)) return false;
  return claimRunAsPerson(scan, first, runLast, 'role-cue');
}

/**
 * A full name that a cue showed to be a person ("Jo Bell MP", "said Jo Bell") is that person
 * wherever the same words stand again in the text without a cue ("Members present: …, Jo Bell"):
 * a writer does not give a second body or place a person's two-word name. Only names read from
 * evidence lend themselves (not a pair found because a verb of speech followed it), and the
 * repeat must stand alone, not inside a longer capitalised run.
 */
function findRepeatedNames(scan: NameScan): void {
  const { tokens } = scan;
  let byFirstWord: Map<string, NameSpan[]> | undefined;
  for (const span of scan.spans) {
    if (span.type !== 'person' || span.last === span.first || span.via === 'context' || span.via === 'signature') continue;
    // Names with a known given name are found wherever they stand by the given-name pass already.
    if (FIRST_NAMES.has(tokens[span.first]!.key)) continue;
    byFirstWord ??= new Map();
    const key = tokens[span.first]!.key;
    const list = byFirstWord.get(key);
    if (list) list.push(span);
    else byFirstWord.set(key, [span]);
  }
  if (!byFirstWord) return;
  for (const i of scan.capitalised) {
    if (scan.owner[i] !== -1) continue;
    const names = byFirstWord.get(tokens[i]!.key);
    if (!names) continue;
    for (const name of names) {
      const last = i + name.last - name.first;
      if (!sameWords(tokens, name.first, i, name.last - name.first + 1) || !scan.isFree(i, last)) continue;
      if (tightWithPrevious(tokens, i) && isCapitalised(tokens[i - 1]) && !mayPrecedeName(tokens[i - 1]!, scan, i - 1)) continue;
      const next = tokens[last + 1];
      if (next && next.gapBefore === Gap.Space && tokens[last]!.bareEnd === tokens[last]!.end && next.shape === Shape.Capitalised) continue;
      scan.claim('person', i, last, 'role-cue');
      break;
    }
  }
}

/** The `count` tokens from a and from b have the same words (a possessive on the last aside). */
function sameWords(tokens: readonly Token[], a: number, b: number, count: number): boolean {
  for (let k = 0; k < count; k++) {
    const x = tokens[a + k];
    const y = tokens[b + k];
    if (!x || !y || bareKey(x) !== bareKey(y)) return false;
    if (k > 0 && y.gapBefore !== Gap.Space) return false;
  }
  return true;
}

/** Separators between the names of a list: ", ", "; ", " and ". */
function isListSeparator(token: Token | undefined): boolean {
  return token !== undefined && (token.text === ',' || token.text === ';' || (token.key === 'and' && token.shape === Shape.Lower));
}

/**
 * "Present: Councillors Jane Orrell, Stig Halloran, Mair Prothero and David Yeadon": in a list of
 * names, two capitalised words that stand between people found by other evidence name a person
 * too, though neither word is a known given name. Only between people: a list that goes on to a
 * street or a town ("Jane Orrell, Market Street, Kelby") has no person after the candidate.
 */
export function findPeopleInNameLists(scan: NameScan): void {
  const { tokens } = scan;
  /** Free pairs of name-like words since the last person of the current list. */
  let pending: number[] = [];
  let personBefore = false;
  for (let c = 0; c < scan.capitalised.length; c++) {
    const i = scan.capitalised[c]!;
    const owner = scan.ownerOf(i);
    if (owner?.type === 'person' && owner.first === i) {
      // A person closes the pending pairs when the list runs on to it from the last of them.
      if (personBefore && pending.length > 0 && isListSeparator(tokens[i - 1])) for (const first of pending) scan.claim('person', first, first + 1, 'context');
      pending = [];
      const close = closingBracketOfRole(tokens, owner.last);
      personBefore = isListSeparator(tokens[owner.last + 1]) || close > 0;
      // The bracketed title's own capitalised words are no item of the list.
      if (close > 0) while (c + 1 < scan.capitalised.length && scan.capitalised[c + 1]! < close) c++;
      continue;
    }
    // The rest of a person's name.
    if (owner?.type === 'person') continue;
    if (!personBefore || owner !== undefined || scan.owner[i] !== -1 || !isListSeparator(tokens[i - 1])) {
      personBefore = false;
      pending = [];
      continue;
    }
    // The list item must be exactly two name-like words, then a separator.
    const last = i + 1;
    if (!tightNext(tokens, i) || !isSurnameLike(tokens[i]) || !isSurnameLike(tokens[last]) || scan.owner[last] !== -1 || !isListSeparator(tokens[last + 1])) {
      personBefore = false;
      pending = [];
      continue;
    }
    pending.push(i);
    c++;
  }
}

/** "Rosalind Tebb (Chair), Tunde Okoye": a bracketed title after a name, then the list goes on; the bracket's index, or -1. */
function closingBracketOfRole(tokens: readonly Token[], last: number): number {
  if (tokens[last + 1]?.text !== '(') return -1;
  for (let k = last + 2; k < tokens.length && k < last + 8; k++) if (tokens[k]!.text === ')') return isListSeparator(tokens[k + 1]) ? k : -1;
  return -1;
}
