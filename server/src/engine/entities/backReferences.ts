import { joinCensus, tokensHolding } from '../text/tokenCensus';
import { Gap, KeyList, Shape, bareTextOf, type Token } from '../text/tokens';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, FIRST_NAME_KEYS } from './lexicons/firstNames';
import { CORPORATE_WORDS, GENERIC_NAME_WORDS, INSTITUTION_HEADS, LOCAL_PAPER_WORDS, NEWSPAPER_WORDS, ORGANISATION_CLASS_NOUNS, ORGANISATION_HEADS, PLACE_NAMES } from './lexicons/organisationWords';
import { NUMBER_WORDS } from './lexicons/quantityWords';
import { coreLength, withoutLegalForm } from './nameKeys';
import { LEGAL_SUFFIXES } from './lexicons/organisationWords';
import { bareKey, keysWrittenInLowerCase } from './lowerCaseUses';
import { VERBS_AFTER_NAME } from './lexicons/personWords';
import { SENTENCE_OPENERS } from './lexicons/sentenceOpeners';
import { isCapitalised, tightNext, tightWithPrevious, type NameScan, type NameSpan } from './nameScan';
import { isCrownPossessive } from './roleTitles';
import { wordsUsedAsPlaces } from './placeCues';
import { STREET_WORDS } from './organisationCues';

// Shorter mentions of names the document has already given in full: a surname or a given name
// alone ("Mayo" → Ed Mayo, "Ali" → Ali Parsa), and an organisation's brand without its descriptive
// words ("Circle" after "Circle Health Partnership"). Also a lone given name that acts in the
// sentence ("David is also talking …") when no fuller name is known.

/** The word without a possessive, apostrophes straightened (kept on its word form: see bareTextOf). */
function bareText(token: Token): string {
  return bareTextOf(token);
}

/** A mention that stands alone: no capitalised word glued to either side. */
function standsAlone(scan: NameScan, first: number, last: number, strictAtSentenceStart = false): boolean {
  const { tokens } = scan;
  const previous = tokens[first - 1];
  // A sentence's first word is capitalised anyway ("Later Dube wrote"). For a body's short form only
  // an opener ("The", "But") counts as capitalised for that alone: "Aldermoor Energy said" opening a
  // paragraph is one name, not a place and the short form "Energy" of "Energy UK".
  const capitalisedAnyway = previous?.sentenceStart === true && (!strictAtSentenceStart || SENTENCE_OPENERS.has(previous.key));
  if (tightWithPrevious(tokens, first) && isCapitalised(previous) && !capitalisedAnyway) {
    const owner = scan.ownerOf(first - 1);
    if (!owner) return false;
  }
  const next = tightNext(tokens, last);
  return !(next && isCapitalised(next) && scan.owner[last + 1] === -1);
}

/**
 * A given name alone refers back only to a person named shortly before ("Ali Parsa … Ali pointed
 * out"); public figures are not called by their given name pages later, so a "David" far from
 * "David Cameron" is someone else. Surnames refer back anywhere in the document.
 */
const GIVEN_NAME_REACH = 2000;

/**
 * Only a name with real evidence of being a person lends its words to shorter mentions: a given
 * name, an honorific, a title, a signature line. A capitalised pair found only because a verb of
 * speech followed it ("Healthwatch Harrow welcomed …") may be a body or a place, and letting its
 * last word ("Harrow") stand for a person elsewhere would spread one misreading through the text.
 */
function lendsShortForms(scan: NameScan, span: NameSpan): boolean {
  return span.via !== 'context' || FIRST_NAMES.has(scan.tokens[span.first]!.key);
}

/** Words used inside organisation names in this document ("Harrow" in "Harrow Borough Council"). */
function organisationWords(scan: NameScan): Set<string> {
  const words = new Set<string>();
  for (const span of scan.spans) {
    if (span.type !== 'organisation') continue;
    for (let i = span.first; i <= span.last; i++) words.add(bareText(scan.tokens[i]!));
  }
  return words;
}

/**
 * Records `form` as a short form of `span`. Two different people with the same surname make the
 * short form ambiguous, so it is left (null). A function of its own, not a closure in personForms:
 * the shipped bundle keeps function names, which costs a call per closure made.
 */
function addPersonForm(scan: NameScan, forms: Map<string, NameSpan | null>, form: string, span: NameSpan): void {
  const known = forms.get(form);
  if (known === undefined) forms.set(form, span);
  else if (known !== null && !sameNameIgnoringCase(scan.text, known, span)) forms.set(form, null);
}

/**
 * Whether two mentions read the same but for case. Most repeats of a name are written exactly
 * alike, which a compare of the text's characters tells without cutting and lower-casing both.
 */
function sameNameIgnoringCase(text: string, a: NameSpan, b: NameSpan): boolean {
  const length = a.end - a.start;
  if (b.end - b.start === length) {
    let i = 0;
    while (i < length && text.charCodeAt(a.start + i) === text.charCodeAt(b.start + i)) i++;
    if (i === length) return true;
  }
  return text.slice(a.start, a.end).toLowerCase() === text.slice(b.start, b.end).toLowerCase();
}

function personForms(scan: NameScan): Map<string, NameSpan | null> {
  const forms = new Map<string, NameSpan | null>();
  const inOrganisations = organisationWords(scan);
  for (const span of scan.spans) {
    if (span.type !== 'person' || span.last === span.first || span.antecedent || !lendsShortForms(scan, span)) continue;
    const first = scan.tokens[span.first]!;
    const surname = titleForm(bareText(scan.tokens[span.last]!));
    // A surname that also names a body here ("Calder" in "Calder Housing Trust") is not a safe short form.
    if (!inOrganisations.has(surname)) addPersonForm(scan, forms, surname, span);
    if (!AMBIGUOUS_FIRST_NAMES.has(first.key)) addPersonForm(scan, forms, titleForm(bareText(first)), span);
  }
  return forms;
}

/**
 * Knights and dames are called by their given name ("Sir Mark" after "Mark Bramley"), even one that
 * is also an ordinary word, so after Sir or Dame every full name lends its given name.
 */
function knightlyForms(scan: NameScan): Map<string, NameSpan> {
  const forms = new Map<string, NameSpan>();
  for (const span of scan.spans) {
    if (span.type !== 'person' || span.last === span.first || span.antecedent) continue;
    const given = titleForm(bareText(scan.tokens[span.first]!));
    if (!forms.has(given)) forms.set(given, span);
  }
  return forms;
}

const KNIGHTLY = new Set(['sir', 'dame']);

function titleForm(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function findPersonBackReferences(scan: NameScan): void {
  const forms = personForms(scan);
  if (forms.size === 0) return;
  const { tokens } = scan;
  let knightly: Map<string, NameSpan> | undefined;
  // "Mr Mayo" after "Ed Mayo": the honorific found the name, the full mention gives its identity.
  for (const span of scan.spans) {
    if (span.type !== 'person' || span.first !== span.last || span.antecedent) continue;
    const word = bareText(tokens[span.first]!);
    let antecedent = forms.get(word);
    if (!antecedent && KNIGHTLY.has(tokens[span.first - 1]?.key ?? '')) antecedent = (knightly ??= knightlyForms(scan)).get(word);
    if (antecedent && antecedent !== span) span.antecedent = antecedent;
  }
  for (const i of scan.capitalised) {
    if (scan.owner[i] !== -1) continue;
    const token = tokens[i]!;
    const antecedent = forms.get(bareText(token));
    if (!antecedent || !standsAlone(scan, i, i)) continue;
    const byGivenName = bareText(token) !== bareText(tokens[antecedent.last]!);
    if (byGivenName && (token.start < antecedent.start || token.start - antecedent.end > GIVEN_NAME_REACH)) continue;
    scan.claim('person', i, i, 'back-reference', { antecedent });
  }
}

/** Marks that close a sentence: a name between a comma and one of them is addressed. */
const SENTENCE_CLOSERS = new Set(['.', '!', '?']);

/**
 * "Give franchising a chance, Dave.", "Thanks, Jo!": a given name set off by a comma after a
 * lower-case word (or the word opening the sentence) and closing its sentence addresses a person;
 * a list of capitalised names or places ("… to Pisa, Florence.") has a capital before the comma.
 */
export function isAddressed(tokens: readonly Token[], i: number): boolean {
  const comma = tokens[i - 1];
  const before = tokens[i - 2];
  const next = tokens[i + 1];
  if (comma?.text !== ',' || before === undefined || !(before.shape === Shape.Lower || before.sentenceStart)) return false;
  return next !== undefined && SENTENCE_CLOSERS.has(next.text) && tightWithPrevious(tokens, i) && next.gapBefore === Gap.None;
}

export function findLoneGivenNames(scan: NameScan): void {
  const { tokens } = scan;
  for (const i of scan.capitalised) {
    if (scan.owner[i] !== -1) continue;
    const token = tokens[i]!;
    if (!FIRST_NAME_KEYS.holds(token) || AMBIGUOUS_FIRST_NAMES.has(token.key)) continue;
    const next = tightNext(tokens, i);
    const beforeVerb = next !== undefined && next.shape === Shape.Lower && VERBS_AFTER_NAME.has(next.key);
    if (!beforeVerb && !isAddressed(tokens, i)) continue;
    if (!standsAlone(scan, i, i)) continue;
    scan.claim('person', i, i, 'context');
  }
}

/**
 * The short form a text may use for an organisation: its core words (see coreLength), so "Circle"
 * for "Circle Health Partnership", "Greywell" for "Greywell Capital LLP", "Northfield" for
 * "Northfield Community Interest Company". Nothing when only generic words or a place would remain.
 */
function brandForm(scan: NameScan, span: NameSpan): Token[] | undefined {
  const words = scan.tokens.slice(span.first, span.last + 1);
  if (words.length < 2) return undefined;
  const end = coreLength(words.map((word) => bareKey(word)));
  if (end === words.length) return undefined;
  const brand = words.slice(0, end);
  if (brand.every((word) => GENERIC_NAME_WORDS.has(word.key) || word.shape !== Shape.Capitalised)) return undefined;
  if (brand.length === 1 && PLACE_NAMES.has(brand[0]!.key)) return undefined;
  return brand;
}

export function findOrganisationBackReferences(scan: NameScan): void {
  let brands: ShortForm[] = [];
  let oneWordBrands: Set<string> | undefined;
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || span.antecedent) continue;
    // A listed body's short forms are listed with it ("Macmillan" for "Macmillan Cancer Support"):
    // what is left of its name without the descriptive words ("Reading" of "The Reading Agency") is
    // as often a place or a word, and the reference data already says which short forms it goes by.
    const brand = span.via === 'reference' ? undefined : brandForm(scan, span);
    if (brand) brands.push({ words: brand.map(bareText), antecedent: span });
    // A name only context revealed ("staff at Kelvale") is the same name where it stands alone elsewhere.
    else if (span.via === 'context') brands.push({ words: scan.tokens.slice(span.first, span.last + 1).map(bareText), antecedent: span });
  }
  brands.push(...leadingWordForms(scan));
  // "Caolsay Community Company" beside "the people of Caolsay", "the Calder estuary": a body named
  // after its place does not go by the place's name alone where the text uses it for the place.
  for (const brand of brands) if (brand.words.length === 1) (oneWordBrands ??= new Set()).add(brand.words[0]!);
  if (oneWordBrands) {
    const places = wordsUsedAsPlaces(scan, oneWordBrands);
    // The word stays the body's where only a body fits (see actsAsBody).
    if (places.size > 0) brands = brands.map((brand) => (brand.words.length === 1 && places.has(brand.words[0]!) ? { words: brand.words, antecedent: brand.antecedent, placeToo: true } : brand));
  }
  claimPaperShortForms(scan);
  if (brands.length === 0) return;
  const byFirstWord = new Map<string, ShortForm[]>();
  for (const brand of brands) {
    const list = byFirstWord.get(brand.words[0]!) ?? [];
    list.push(brand);
    byFirstWord.set(brand.words[0]!, list);
  }
  // The longest short form is tried first: "Circle Partnership" (of Circle Partnership Ltd) before "Circle".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const { tokens } = scan;
  // A short form that context already found as a name of its own ("a spokesperson for Kelmoor"
  // before or after "Kelmoor Facilities Services") is that same body, wherever the full name stands.
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || span.antecedent || span.via !== 'context') continue;
    const words = scan.tokens.slice(span.first, span.last + 1).map(bareText);
    // Only a fuller name lends its identity: two bare mentions pointing at each other would leave both without one.
    const match = byFirstWord
      .get(words[0]!)
      ?.find((brand) => brand.antecedent.last - brand.antecedent.first > span.last - span.first && sameWords(brand.words, words));
    if (match) span.antecedent = match.antecedent;
  }
  linkUniversityPlaces(scan);
  const { capitalised } = scan;
  /** Tokens before this one are read or taken. */
  let resumeAt = 0;
  for (let c = 0; c < capitalised.length; c++) {
    const i = capitalised[c]!;
    if (i < resumeAt || scan.owner[i] !== -1) continue;
    const candidates = byFirstWord.get(bareText(tokens[i]!));
    if (!candidates) continue;
    for (const { words, antecedent, placeToo } of candidates) {
      if (placeToo && !actsAsBody(tokens, i) && !joinsABody(scan, i)) continue;
      const last = i + words.length - 1;
      let matches = last < tokens.length && scan.isFree(i, last);
      for (let k = 1; matches && k < words.length; k++) matches = bareText(tokens[i + k]!) === words[k] && tightWithPrevious(tokens, i + k);
      if (!matches || !standsAlone(scan, i, last, true) || isSecondConjunct(scan, i) || modifiesWithAnother(scan, last) || namesABranch(tokens, last)) continue;
      scan.claim('organisation', i, last, 'back-reference', { antecedent });
      resumeAt = last + 1;
      break;
    }
  }
  if (scan.threadStart >= 0) claimThreadLowerCaseBrands(scan, brands);
  keepPossessivesOfNames(scan);
}

/** Short forms, however found, that end on a possessive the full name holds inside it (see possessiveInName). */
function keepPossessivesOfNames(scan: NameScan): void {
  const { tokens } = scan;
  for (const span of scan.spans) {
    // Only a span that stops short of its last word's possessive is asked about: few are.
    if (span.type !== 'organisation' || span.end === tokens[span.last]!.end) continue;
    const length = span.last - span.first + 1;
    const holds = (name: NameSpan | undefined): boolean =>
      name !== undefined && name !== span && name.type === 'organisation' && possessiveInName(tokens, name, length) && sameLeadingWords(tokens, span, name, length);
    if (holds(span.antecedent) || scan.spans.some(holds)) span.end = tokens[span.last]!.end;
  }
}

function sameLeadingWords(tokens: readonly Token[], span: NameSpan, name: NameSpan, length: number): boolean {
  for (let k = 0; k < length; k++) if (bareKey(tokens[span.first + k]!) !== bareKey(tokens[name.first + k]!)) return false;
  return true;
}

/**
 * "St Wenna’s" of "St Wenna’s Hospice", "Barnardo’s" of "Barnardo’s Trust": a possessive inside the
 * full name belongs to the name, so the short form that ends on that word keeps it.
 */
function possessiveInName(tokens: readonly Token[], antecedent: NameSpan, length: number): boolean {
  const word = tokens[antecedent.first + length - 1]!;
  return antecedent.first + length - 1 < antecedent.last && word.bareEnd < word.end;
}

/**
 * Where a town's name also names a body (see ShortForm), the mentions that only a body fits: a
 * possessive of what a body has ("Wexby’s board", "Wexby’s 2,900 members", "Wexby’s loans"), or
 * the subject of a copula and a class noun ("Wexby was a small credit union"). "Wexby said …" or
 * "Wexby schools" may be the town's council or its people, and stay the place.
 */
function actsAsBody(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.bareEnd < token.end) {
    // Up to two words or a figure between: "Wexby’s own board", "Wexby’s 2,900 members".
    for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
      const word = tokens[k]!;
      if (word.shape === Shape.Lower && BODY_BELONGINGS.has(word.key)) return true;
      const inFigure = word.gapBefore === Gap.None && (word.text === ',' || word.text === '.');
      if (word.shape !== Shape.Numeric && word.shape !== Shape.Lower && !inFigure) return false;
    }
    return false;
  }
  const copula = tokens[i + 1];
  if (copula === undefined || (copula.key !== 'is' && copula.key !== 'was') || !ARTICLES.has(tokens[i + 2]?.key ?? '')) return false;
  for (let k = i + 3; k <= i + 6 && k < tokens.length; k++) {
    const word = tokens[k]!;
    if (word.shape !== Shape.Lower) return false;
    if (ORGANISATION_CLASS_NOUNS.has(word.key)) return true;
  }
  return false;
}

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * "Tollbar and Kelby will merge", "Kelby and Tollbar Homes": a word joined by "and" to a body's
 * name is a body too; a town is not coordinated with a landlord.
 */
function joinsABody(scan: NameScan, i: number): boolean {
  const { tokens } = scan;
  const before = tokens[i - 1];
  if (before?.key === 'and' && before.shape === Shape.Lower && scan.ownerOf(i - 2)?.type === 'organisation') return true;
  const after = tokens[i + 1];
  if (after?.key !== 'and' || after.shape !== Shape.Lower || tokens[i]!.bareEnd !== tokens[i]!.end) return false;
  const next = tokens[i + 2]?.key === 'the' ? i + 3 : i + 2;
  const body = scan.ownerOf(next);
  return body?.type === 'organisation' && body.first === next;
}

/** What a body has and a town does not: its board, staff, members, accounts and returns. */
const BODY_BELONGINGS = new Set([
  'board', 'staff', 'members', 'membership', 'loans', 'loan', 'accounts', 'return', 'returns', 'reserves', 'finances', 'directors',
  'trustees', 'management', 'shareholders', 'employees', 'workforce', 'customers', 'savers', 'auditors', 'owners', 'chief', 'chair',
  'tenants', 'chairman', 'chairwoman', 'governors', 'pupils', 'patients', 'policyholders',
]);

/** "the Gazette", also with a reader's emoji between ("the 👍 Gazette"): one pictograph and its variation selector at most. */
function afterThe(tokens: readonly Token[], i: number): boolean {
  let before = i - 1;
  if (tokens[before]?.text === '\ufe0f') before--;
  if (before < i - 1 || isPictograph(tokens[before])) before--;
  return tokens[before]?.key === 'the' && tokens[i]!.gapBefore === Gap.Space && tokens[before + 1]!.gapBefore === Gap.Space;
}

/** A mark outside the letters and ordinary punctuation: an emoji or a symbol ("👍", "✈"). */
function isPictograph(token: Token | undefined): boolean {
  return token !== undefined && token.shape === Shape.Punct && token.text.codePointAt(0)! >= 0x2190;
}

/** The words that close a newspaper's title and stand for the paper after "the" ("the Gazette", "the Echo"). */
const PAPER_TITLE_WORDS = new Set([...LOCAL_PAPER_WORDS, ...NEWSPAPER_WORDS, 'gazette', 'herald', 'journal', 'observer', 'guardian']);

/**
 * "Tarn Gazette … the Gazette got that wrong": a paper is called by the last word of its title
 * after "the", once the text has named it in full. Only when one paper of the text ends in that
 * word (two would make it either), and only the capitalised word standing alone after "the".
 */
function claimPaperShortForms(scan: NameScan): void {
  const { tokens } = scan;
  let papers: Map<string, NameSpan | null> | undefined;
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || span.antecedent || span.last === span.first) continue;
    const key = bareKey(tokens[span.last]!);
    if (!PAPER_TITLE_WORDS.has(key) || tokens[span.last]!.shape !== Shape.Capitalised) continue;
    papers ??= new Map();
    const known = papers.get(key);
    papers.set(key, known === undefined || (known !== null && fullKey(scan, known) === fullKey(scan, span)) ? (known ?? span) : null);
  }
  if (!papers) return;
  for (const i of scan.capitalised) {
    if (scan.owner[i] !== -1 || !afterThe(tokens, i)) continue;
    const paper = papers.get(bareKey(tokens[i]!));
    if (paper && standsAlone(scan, i, i)) scan.claim('organisation', i, i, 'back-reference', { antecedent: paper });
  }
}

/**
 * "the Unison Kelmoor branch", "its Kelmoor region": a word right before a part noun names where
 * the branch or region is, a place, even when a body's name starts with the same word.
 */
const PART_NOUNS = new Set(['branch', 'branches', 'region', 'regional', 'division']);

function namesABranch(tokens: readonly Token[], last: number): boolean {
  const next = tightNext(tokens, last);
  return next !== undefined && next.shape === Shape.Lower && PART_NOUNS.has(next.key);
}

/**
 * "the Severn and Fenby contract", "probation across Tarn and Fenby": a word joined by "and" to a
 * capitalised word that names no body is the second half of a pair of names (two places, one
 * area's double name), not a body's short form. After a body ("Kelmoor and Tarn said …") it may be one.
 */
function isSecondConjunct(scan: NameScan, i: number): boolean {
  const { tokens } = scan;
  const and = tokens[i - 1];
  const before = tokens[i - 2];
  return (
    and !== undefined &&
    and.key === 'and' &&
    before !== undefined &&
    tightWithPrevious(tokens, i) &&
    tightWithPrevious(tokens, i - 1) &&
    before.shape === Shape.Capitalised &&
    !before.sentenceStart &&
    scan.owner[i - 2] === -1
  );
}

/**
 * "across the Kelmoor and Exe valleys", "the Kelmoor and Tarn estates": a word joined to another
 * unknown capitalised word before a plural common noun qualifies that noun with it, as places
 * do; a body's short form is the subject or object itself ("Kelmoor and Unison agreed").
 */
function modifiesWithAnother(scan: NameScan, last: number): boolean {
  const { tokens } = scan;
  const and = tokens[last + 1];
  if (and === undefined || and.key !== 'and' || !tightNext(tokens, last)) return false;
  const other = tokens[last + 2];
  const noun = tokens[last + 3];
  if (other === undefined || other.shape !== Shape.Capitalised || scan.owner[last + 2] !== -1 || !tightNext(tokens, last + 1) || !tightNext(tokens, last + 2)) return false;
  return noun !== undefined && noun.shape === Shape.Lower && noun.key.length > 3 && noun.key.endsWith('s') && !noun.key.endsWith('ss') && !VERBS_AFTER_NAME.has(noun.key);
}

/**
 * "Stourmead to merge with Wrenfield": a university named "University of X" is called X, as one
 * named "X University" is (brandForm). Only a mention some rule already found as a body takes the
 * university's identity: X alone elsewhere is as often the town, and stays untagged.
 */
function linkUniversityPlaces(scan: NameScan): void {
  const { tokens } = scan;
  let byPlace: Map<string, NameSpan | null> | undefined;
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || span.antecedent || span.last < span.first + 2) continue;
    if (tokens[span.first]!.key !== 'university' || tokens[span.first + 1]!.key !== 'of') continue;
    const place = tokens.slice(span.first + 2, span.last + 1).map(bareText).join(' ');
    byPlace ??= new Map();
    byPlace.set(place, byPlace.has(place) && byPlace.get(place) !== span ? null : span);
  }
  if (!byPlace) return;
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || span.antecedent || span.via === 'reference') continue;
    const university = byPlace.get(tokens.slice(span.first, span.last + 1).map(bareText).join(' '));
    if (university && university !== span) span.antecedent = university;
  }
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/**
 * Words that follow a place in the name of a public body ("Ashgrove County Council", "Ashgrove CCG"):
 * the word in front of them is the place, and alone it names the place, not the body.
 */
const AREA_WORDS = new Set(['county', 'city', 'borough', 'district', 'council', 'metropolitan', 'parish', 'town', 'ccg', 'nhs', 'police', 'fire', 'and']);

/**
 * The last words of a local public body named after its area: "Ashgrove and Tarn Combined
 * Authority", "North Fenby District Council", "Kelby City Region". Councils, combined authorities
 * and city regions across the UK are named this way, so the words in front of such a tail, however
 * many, are the area's name ("North Fenby", "Ashgrove and Tarn"), which a text uses for the place
 * ("buses in North Fenby", "the Mayor of North Fenby") at least as often as for the body.
 */
const AREA_TAIL_WORDS = new Set(['county', 'city', 'borough', 'district', 'metropolitan', 'parish', 'town', 'combined', 'mayoral', 'unitary', 'council', 'authority', 'region']);
/** The words that close such a tail: a bare "Authority" ("Financial Conduct Authority") needs an area word before it. */
const AREA_TAIL_ENDS = new Set(['council', 'region']);

/** The number of words before a local body's area tail, or 0 when the name has no such tail. */
function areaNameLength(scan: NameScan, span: NameSpan): number {
  const { tokens } = scan;
  const head = bareKey(tokens[span.last]!);
  let i = span.last;
  while (i > span.first && AREA_TAIL_WORDS.has(bareKey(tokens[i - 1]!)) && tokens[i - 1]!.shape === Shape.Capitalised) i--;
  if (i === span.last ? !AREA_TAIL_ENDS.has(head) : !(AREA_TAIL_ENDS.has(head) || head === 'authority')) return 0;
  return i - span.first;
}

/**
 * "Aldermoor and Tarnside Local Medical Committee", "NHS Aldermoor and Tarnside Integrated Care
 * Board": a body named for two single words joined by "and" before its own words serves two areas,
 * and both words are places ("GP cover in Tarnside", "News › Tarnside").
 */
function addJointAreas(scan: NameScan, span: NameSpan, places: Set<string>): void {
  const { tokens } = scan;
  let a = span.first;
  if (tokens[a]!.key === 'nhs') a++;
  if (a + 3 > span.last || tokens[a + 1]!.key !== 'and') return;
  const first = tokens[a]!;
  const second = tokens[a + 2]!;
  if (first.shape !== Shape.Capitalised || second.shape !== Shape.Capitalised || first.bareEnd < first.end || second.bareEnd < second.end) return;
  places.add(bareKey(first));
  places.add(bareKey(second));
}

const LOCATIVES = new KeyList(new Set(['in', 'across', 'around', 'near', 'throughout']));
// Found by the token census: the pass reads only the words after these, not every capitalised word.
joinCensus(LOCATIVES);

/** Nouns of owning part of a body: what they are "in" is a company, not a place. */
const HOLDING_NOUNS = new Set(['shares', 'share', 'stake', 'stakes', 'shareholding', 'shareholdings', 'holding', 'holdings', 'equity']);

/** "no shares in Kelmoor", "a 30% stake in Kelmoor": this "in" names what is owned, not where. */
function isHoldingIn(tokens: readonly Token[], locative: number): boolean {
  return tokens[locative]!.key === 'in' && HOLDING_NOUNS.has(tokens[locative - 1]?.key ?? '');
}

/**
 * Which of `candidates` (word keys) this document shows to be a place ("in Ashgrove", "across
 * Ashgrove") or an ordinary word (written in lower case somewhere: "care"). A name's first word that
 * is one of these ("Ashgrove Support Services", "Care Quality Commission") does not stand for the
 * body on its own. Only the candidates are looked for: a set of every word of the text would cost
 * an insertion per word.
 */
function placesAndCommonWords(scan: NameScan, candidates: ReadonlySet<string>, lowerCaseHits: number[], placedOnly?: Set<string>): Set<string> {
  if (candidates.size === 0) return new Set<string>();
  const { tokens, shapes } = scan;
  const everywhere = keysWrittenInLowerCase(scan, candidates);
  // What the copies are looked for by: every lower-case use. What makes a word ordinary: see threadAwareLowerCaseKeys.
  const keys = scan.threadStart < 0 || everywhere.size === 0 ? everywhere : threadAwareLowerCaseKeys(scan, everywhere);
  // Where those lower-case words stand, for claimLowerCaseCopies: a second walk, only in a text that
  // writes a name's own (not generic) first word in lower case, which few texts do.
  let copyKeys: Set<string> | undefined;
  for (const key of everywhere) if (mayBeOwnWord(key)) (copyKeys ??= new Set()).add(key);
  if (copyKeys) {
    // By the text's own search, not a walk over the tokens: most such words are ordinary ones
    // ("health", "employee"), and a token walk in every text that has one cost more than the pass.
    for (const key of copyKeys) {
      const { text } = scan;
      for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) {
        if (isWordCharacter(text.charCodeAt(at - 1)) || isWordCharacter(text.charCodeAt(at + key.length))) continue;
        const i = scan.firstTokenEndingAfter(at);
        if (i < tokens.length && tokens[i]!.start === at && shapes[i] === Shape.Lower && bareKey(tokens[i]!) === key) lowerCaseHits.push(i);
      }
    }
    if (copyKeys.size > 1) lowerCaseHits.sort((a, b) => a - b);
  }
  // A place: a capitalised word right after a locative ("in Ashgrove"), and the place joined to it
  // by "and" ("across Ashgrove and Fenmoor": areas are named in pairs, and both are places).
  for (const locative of tokensHolding(tokens, LOCATIVES)) {
    const i = locative + 1;
    if (isHoldingIn(tokens, locative)) continue;
    if (shapes[i] === Shape.Capitalised && tightWithPrevious(tokens, i)) {
      const key = bareKey(tokens[i]!);
      if (candidates.has(key) && !keys.has(key)) {
        keys.add(key);
        placedOnly?.add(key);
      }
      const and = tokens[i + 1];
      const second = tokens[i + 2];
      if (and?.key === 'and' && second && isCapitalised(second) && tightWithPrevious(tokens, i + 1) && tightWithPrevious(tokens, i + 2)) {
        const secondKey = bareKey(second);
        if (candidates.has(secondKey)) keys.add(secondKey);
      }
    }
  }
  return keys;
}

/**
 * The candidates the text writes in lower case (see keysWrittenInLowerCase). Readers in a comment
 * thread write names as they like ("nobody from orwell has met the union"), so there a lower-case
 * use of a word that may be a name's own (see mayBeOwnWord) says nothing of the word; generic
 * and head words count as ordinary wherever they stand.
 */
function threadAwareLowerCaseKeys(scan: NameScan, candidates: ReadonlySet<string>): Set<string> {
  const keys = keysWrittenInLowerCase(scan, candidates, 0, scan.threadStart);
  let ordinary: Set<string> | undefined;
  for (const key of candidates) if (!keys.has(key) && !mayBeOwnWord(key)) (ordinary ??= new Set()).add(key);
  if (ordinary) for (const key of keysWrittenInLowerCase(scan, ordinary, scan.threadStart)) keys.add(key);
  return keys;
}

/** Words after which a lower-case word in a thread may be a name: prepositions and conjunctions, not an article or a noun. */
const BEFORE_LOWER_CASE_NAME = new Set([
  'from', 'to', 'by', 'with', 'at', 'for', 'and', 'or', 'of', 'than', 'like', 'about', 'against',
  // Verbs of owning, dealing with and working for a body, whose object is a name more often than a word.
  'owns', 'own', 'owned', 'bought', 'buy', 'buys', 'sold', 'sell', 'sells', 'joined', 'join', 'trust', 'blame', 'ask', 'asked',
]);

/**
 * "nobody from orwell has met the union" beside "Orwell" standing for Orwell Harbour Partners: in
 * a comment thread, a one-word short form the text uses for a body, typed in lower case, is that
 * body when it follows a preposition or a conjunction or opens a sentence (after an article or a
 * noun it is a word of a phrase: "the car park") and may be a name's own word (see mayBeOwnWord).
 * `brands`: the short forms, by their words.
 */
function claimThreadLowerCaseBrands(scan: NameScan, brands: ReadonlyArray<{ words: string[]; antecedent: NameSpan }>): void {
  const { tokens, shapes } = scan;
  let byWord: Map<string, NameSpan | null> | undefined;
  for (const brand of brands) {
    if (brand.words.length !== 1) continue;
    const key = brand.words[0]!.toLowerCase();
    if (!mayBeOwnWord(key)) continue;
    byWord ??= new Map();
    const known = byWord.get(key);
    byWord.set(key, known === undefined || known === brand.antecedent ? brand.antecedent : null);
  }
  if (!byWord) return;
  for (let i = scan.threadStart; i < tokens.length; i++) {
    if (shapes[i] !== Shape.Lower || scan.owner[i] !== -1) continue;
    const antecedent = byWord.get(bareKey(tokens[i]!));
    if (!antecedent) continue;
    const before = tokens[i - 1];
    // A reader's emoji stands where punctuation would ("🚌 kelby has more staff").
    const opensSentence = tokens[i]!.sentenceStart || before === undefined || before.gapBefore >= Gap.LineBreak || isPictograph(before) || isPictograph(tokens[i - 2]);
    if (!opensSentence && !(before.shape === Shape.Lower && BEFORE_LOWER_CASE_NAME.has(before.key) && tightWithPrevious(tokens, i))) continue;
    if (!endsLikeAName(tokens[i + 1])) continue;
    scan.claim('organisation', i, i, 'back-reference', { antecedent });
  }
}

/**
 * Words after which a lower-case word in a thread may still be a name: a verb of a body's doing
 * ("orwell has met", "kelby said"), a conjunction or a preposition that does not join a noun to
 * it ("to", "for", "about"; not "of"), an adverb that closes the clause.
 */
const AFTER_LOWER_CASE_NAME = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'cant', 'did', 'does', 'didnt', 'doesnt', 'wont', 'isnt', 'wasnt', 'never', 'just', 'also', 'still', 'only', 'always',
  'said', 'says', 'say', 'told', 'bought', 'sold', 'lost', 'won', 'made', 'got', 'kept', 'paid', 'runs', 'ran', 'owns', 'wants', 'knows',
  'and', 'or', 'but', 'to', 'for', 'from', 'about', 'with', 'at', 'in', 'on', 'by', 'than', 'because', 'who', 'which', 'that', 'themselves', 'itself',
  // adverbs that close a clause ("who owns orwell anyway?")
  'anyway', 'now', 'again', 'too', 'though', 'then', 'either', 'lol',
]);

/**
 * Whether what follows a lower-case word lets it be a name: the end of its sentence or line, or a
 * word of AFTER_LOWER_CASE_NAME or a past tense ("kelby promised"). A noun after it makes it the
 * first word of a compound ("beacon hill", "harbour wall", "summit meetings").
 */
function endsLikeAName(next: Token | undefined): boolean {
  if (next === undefined || next.gapBefore >= Gap.LineBreak || next.shape === Shape.Punct) return true;
  if (next.shape !== Shape.Lower) return false;
  return AFTER_LOWER_CASE_NAME.has(next.key) || (next.key.length > 4 && next.key.endsWith('ed'));
}

/**
 * "westmarch care services just kept saying no" in a comment beside "Westmarch Care Services is a
 * private company": a writer who ignores case writes a name the text gives capitalised in lower
 * case, word for word. The copy is that body when every lower-case use of the name's first word in
 * the text is such a copy (so the word is the name's own, not an ordinary word) and that word is no
 * generic one ("social care partnership" is a phrase); after "a" or "an" the words are a phrase too.
 * `hits`: the lower-case tokens whose key is the first word of a longer name of the text.
 */
function claimLowerCaseCopies(scan: NameScan, hits: readonly number[]): void {
  const { tokens } = scan;
  const names = new Map<string, NameSpan[]>();
  for (const span of scan.spans) {
    if (!isShortenable(span) || span.via === 'reference') continue;
    const first = bareKey(tokens[span.first]!);
    if (GENERIC_NAME_WORDS.has(first)) continue;
    const list = names.get(first);
    if (list) list.push(span);
    else names.set(first, [span]);
  }
  const copies: Array<[number, number, NameSpan]> = [];
  const ordinary = new Set<string>();
  for (const i of hits) {
    const key = bareKey(tokens[i]!);
    const list = names.get(key);
    if (!list) continue;
    const name = list.find((candidate) => isLowerCaseCopy(scan, i, candidate));
    if (name) copies.push([i, i + name.last - name.first, name]);
    else ordinary.add(key);
  }
  for (const [first, last, name] of copies) {
    if (ordinary.has(bareKey(tokens[first]!)) || !scan.isFree(first, last)) continue;
    scan.claim('organisation', first, last, 'back-reference', { antecedent: name });
  }
}

/** Whether the lower-case words from token i copy the name word for word (and follow no "a" or "an"). */
function isLowerCaseCopy(scan: NameScan, i: number, name: NameSpan): boolean {
  const { tokens, shapes } = scan;
  const last = i + name.last - name.first;
  if (last >= tokens.length || tokens[i - 1]?.key === 'a' || tokens[i - 1]?.key === 'an') return false;
  for (let k = 1; i + k <= last; k++) {
    if (shapes[i + k] !== Shape.Lower || bareKey(tokens[i + k]!) !== bareKey(tokens[name.first + k]!) || !tightWithPrevious(tokens, i + k)) return false;
  }
  return true;
}

/** A letter or a digit (NaN, off either end of the text, is neither). */
function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code > 127;
}

/**
 * A first word that may be a name's own rather than a word of the language: not a generic, head,
 * class, belonging or number word ("health", "employee", "third"), which texts write in lower case
 * all the time.
 */
function mayBeOwnWord(key: string): boolean {
  return !(GENERIC_NAME_WORDS.has(key) || ORGANISATION_HEADS.has(key) || ORGANISATION_CLASS_NOUNS.has(key) || BELONGING_MODIFIERS.has(key) || NUMBER_WORDS.has(key));
}

/** The name's words' keys, without possessives, joined by spaces: what tells two names apart. */
function fullKey(scan: NameScan, span: NameSpan): string {
  let key = bareKey(scan.tokens[span.first]!);
  for (let i = span.first + 1; i <= span.last; i++) key += ` ${bareKey(scan.tokens[i]!)}`;
  return key;
}

/**
 * The name's key without its legal form: "Northlight Energy Ltd" and "Northlight Energy" in one text
 * are one company, so they do not compete for "Northlight".
 */
function registeredKey(scan: NameScan, span: NameSpan): string {
  const keys: string[] = [];
  for (let i = span.first; i <= span.last; i++) keys.push(bareKey(scan.tokens[i]!));
  return keys.slice(0, withoutLegalForm(keys)).join(' ');
}

/** Organisation names the leading words of which may stand for them: of more than one word, and not themselves short forms. */
function isShortenable(span: NameSpan): boolean {
  return span.type === 'organisation' && !span.antecedent && span.last !== span.first;
}

/**
 * Bodies that belong to another body and take its name: "Kelmoor Employee Trust" holds shares for
 * Kelmoor's staff, "Kelmoor Pension Scheme" pays its pensions, "Kelmoor Trustees" runs that scheme.
 * Texts call them by their full name; the leading words alone ("Kelmoor") name the body they belong
 * to, never them. Keys: the final word, then the words that may stand before it in such a suffix.
 */
const BELONGING_HEADS = new Set(['trust', 'fund', 'scheme', 'plan', 'trustees', 'trustee']);
const BELONGING_MODIFIERS = new Set([
  'employee', 'employees', "employee's", "employees'", 'staff', 'ownership', 'benefit', 'share', 'shareholder', 'pension',
  'pensions', 'benevolent', 'retirement', 'superannuation', 'savings',
]);
/**
 * Bodies of another body's tenants, residents, members or users: "Kelmoor Tenants' Federation"
 * speaks for Kelmoor's tenants, "Kelmoor Residents' Association" for those who live in its homes.
 * They belong to the body (or place) whose name they take; that name alone never means them.
 */
const MEMBER_MODIFIERS = new Set([
  'tenants', 'tenant', 'residents', 'resident', 'leaseholders', 'members', 'member', 'supporters', 'users', 'patients', 'parents',
  'customers', 'passengers', 'pensioners', 'shareholders',
]);
const MEMBER_BODY_HEADS = new Set(['federation', 'association', 'associations', 'union', 'forum', 'panel', 'council', 'committee', 'network', 'group', 'club', 'alliance']);

/**
 * Bodies named after another body or a person: "Kelmoor Foundation", "Kelmoor Charitable Trust".
 * Alone in a text their leading words may stand for them; beside a body that bears the same name
 * those words name that body, and the foundation is called a foundation.
 */
const NAMED_AFTER_HEADS = new Set(['foundation', 'trust', 'fund']);
const NAMED_AFTER_MODIFIERS = new Set(['charitable', 'educational']);

/** How a name relates to the body its leading words name: its own, belonging to it, or named after it. */
const enum Lineage {
  Own,
  Belonging,
  NamedAfter,
  Holding,
}

/**
 * Where a name's suffix of belonging starts (its token index), and of what kind: "Employee Trust" in
 * "Kelmoor Employee Trust", "Foundation" in "Kelmoor Foundation". A name that is only such a suffix
 * has none: it names no other body.
 */
function lineageOf(scan: NameScan, span: NameSpan): { from: number; lineage: Lineage } {
  const { tokens } = scan;
  const head = bareKey(tokens[span.last]!);
  let from = span.last;
  let belonging = false;
  let namedAfter = false;
  let members = false;
  for (let i = span.last - 1; i > span.first; i--) {
    const key = bareKey(tokens[i]!);
    // The plural possessive's apostrophe is a token of its own: "Tenants ’ Federation".
    if (key === '’' || key === "'") continue;
    if (BELONGING_MODIFIERS.has(key)) belonging = true;
    else if (MEMBER_MODIFIERS.has(key) && MEMBER_BODY_HEADS.has(head)) members = true;
    else if (NAMED_AFTER_MODIFIERS.has(key)) namedAfter = true;
    else break;
    from = i;
  }
  // "Kelmoor College Group": a group formed around a college and named after it (INSTITUTION_HEADS).
  // "Kelmoor" alone may stand for it, but for a body that owns the word ("Kelmoor Learning") first.
  if (CORPORATE_WORDS.has(head) && span.last - 1 > span.first && INSTITUTION_HEADS.has(bareKey(tokens[span.last - 1]!))) {
    return { from: span.last - 1, lineage: Lineage.NamedAfter };
  }
  // "Kelmoor Water Holdings Ltd": a holding company is named after the company it holds. Alone in
  // a text "Kelmoor" may stand for it; beside "Kelmoor Water Ltd", "Kelmoor" and "Kelmoor Water"
  // name the company held, as texts call the parent by its full name.
  const holdings = LEGAL_SUFFIXES.has(head) && span.last - 1 > span.first ? span.last - 1 : span.last;
  if (holdings > span.first && bareKey(tokens[holdings]!) === 'holdings') return { from: holdings, lineage: Lineage.Holding };
  // "Kelmoor Tenants' Federation", "Kelmoor Residents' Association": belongs to Kelmoor.
  if (members && !namedAfter) return { from, lineage: Lineage.Belonging };
  // "Kelmoor Employee Trust", "Kelmoor Pension Fund", "Kelmoor Trustees": belongs to Kelmoor.
  if (BELONGING_HEADS.has(head) && (belonging || head === 'trustees' || head === 'trustee') && !namedAfter) return { from, lineage: Lineage.Belonging };
  // "Kelmoor Foundation", "Kelmoor Charitable Trust": named after Kelmoor.
  if ((head === 'foundation' && !belonging) || (NAMED_AFTER_HEADS.has(head) && namedAfter && !belonging)) return { from, lineage: Lineage.NamedAfter };
  return { from: span.last + 1, lineage: Lineage.Own };
}

interface PrefixOwner {
  words: string[];
  antecedent: NameSpan;
  name: string;
  /** The one word is also the text's name of a place (see ShortForm). */
  placeToo?: boolean;
}

/**
 * A shorter mention of a body. `placeToo`: the one word also names the town the text says things
 * happen "in" ("the office in Oldfield", "Oldfield has transferred"): it stands for the body only
 * where it is in no place's position itself.
 */
interface ShortForm {
  words: string[];
  antecedent: NameSpan;
  placeToo?: boolean;
}

/**
 * The names that may lend one prefix, by lineage: `own` from names whose own words the prefix is,
 * `dependent` from bodies belonging to or named after the body the prefix names. Each is null when
 * two different names compete for it.
 */
interface PrefixCandidates {
  own?: PrefixOwner | null;
  dependent?: PrefixOwner | null;
  /** Whether every dependent candidate is named after the prefix (may stand for it alone), none belonging. */
  dependentLends: boolean;
  /** Whether a name from reference data starts with the prefix: then it lends nothing. */
  listed: boolean;
}

function offer(known: PrefixOwner | null | undefined, candidate: PrefixOwner): PrefixOwner | null {
  if (known === undefined) return candidate;
  return known !== null && known.name !== candidate.name ? null : known;
}

/** The body a prefix stands for: a name of its own, else a body named after it, else nothing. */
function lender(candidates: PrefixCandidates): PrefixOwner | null | undefined {
  if (candidates.listed) return null;
  if (candidates.own !== undefined) return candidates.own;
  return candidates.dependentLends ? candidates.dependent : null;
}

/**
 * The leading words of a longer name the document gives in full, when they point at that one name
 * only: "Kelmoor" or "Kelmoor Facilities" for "Kelmoor Facilities Services", "Ashgrove" for
 * "Ashgrove Learning Trust". Texts shorten invented names this way before or after the full name
 * (a headline first, the full name in the body). A prefix shared by two different names ("Ashgrove"
 * of "Ashgrove Learning Trust" and "Ashgrove Housing Association") is ambiguous and lends nothing,
 * nor does one made only of generic words or a place, known or shown by the text ("in Ashgrove",
 * "Ashgrove Council"). A body that belongs to or is named after another ("Kelmoor Employee Trust",
 * "Kelmoor Foundation") does not compete with it for their shared words: those name the other body.
 */
/** Features of the land and water that bodies are named after and care for (canals, rivers, parks, moors). */
/** Words for a site or a property after a street in a company's name ("Mill Lane Ground Ltd", "Quarry Road Depot Ltd"). */
const SITE_WORDS = new Set(['ground', 'stadium', 'depot', 'hall', 'market', 'arena', 'park', 'site', 'yard', 'works', 'estate', 'estates', 'property', 'properties', 'buildings']);
const LAND_FEATURES = new Set(['canal', 'river', 'lock', 'reservoir', 'valley', 'estuary', 'bay', 'moor', 'forest', 'park', 'hills', 'harbour', 'beach', 'common', 'heath', 'marshes', 'wood', 'woods']);

function leadingWordForms(scan: NameScan): ShortForm[] {
  const byPrefix = new Map<string, PrefixCandidates>();
  const firstWords = new Set<string>();
  const { tokens } = scan;
  /** First words that stand before an area word in some name here ("Ashgrove" of "Ashgrove Council"): places. */
  const places = new Set<string>();
  /** Areas of more than one word in front of a local body's tail ("West Fenby" of "West Fenby Combined Authority"), as joined words. */
  const areaNames = new Set<string>();
  for (const span of scan.spans) {
    if (!isShortenable(span)) continue;
    const first = bareKey(tokens[span.first]!);
    firstWords.add(first);
    const second = bareKey(tokens[span.first + 1]!);
    if (second !== 'and' && AREA_WORDS.has(second)) places.add(first);
    addJointAreas(scan, span, places);
    // "Kelby Advertiser", "Kelby Gazette": a local paper is named after its town, which its first word names.
    if (span.last === span.first + 1 && PAPER_TITLE_WORDS.has(second)) places.add(first);
    const areaLength = areaNameLength(scan, span);
    if (areaLength > 1) areaNames.add(tokens.slice(span.first, span.first + areaLength).map(bareText).join(' '));
  }
  const lowerCaseHits: number[] = [];
  const placedOnly = new Set<string>();
  const notABrand = placesAndCommonWords(scan, firstWords, lowerCaseHits, placedOnly);
  if (lowerCaseHits.length > 0) claimLowerCaseCopies(scan, lowerCaseHits);
  for (const span of scan.spans) {
    // "His Majesty's Courts and Tribunals Service": "His Majesty" is the Crown, not a brand of the body.
    if (!isShortenable(span) || isCrownPossessive(tokens, span.first)) continue;
    // A listed body's short forms are listed with it ("Treasury" for "HM Treasury"); its other
    // leading words are ordinary words ("Teach" of "Teach First"), not a brand the text coined, and
    // they stay too uncertain to stand for another body that shares them.
    const listed = span.via === 'reference';
    const { from, lineage } = lineageOf(scan, span);
    // The prefixes grow a word at a time, so their tests and keys are carried along, not redone.
    let name: string | undefined;
    let allGeneric = true;
    let key = '';
    const texts: string[] = [];
    for (let length = 1; length <= span.last - span.first; length++) {
      const word = tokens[span.first + length - 1]!;
      // Words before a lower-case connector open a phrase ("Save" of "Save the Children", "Business"
      // of "Business in the Community"): a verb or a noun, not a brand.
      if (word.shape !== Shape.Capitalised || tokens[span.first + length]!.shape === Shape.Lower) break;
      allGeneric &&= GENERIC_NAME_WORDS.has(word.key);
      const text = bareText(word);
      texts.push(text);
      key = length === 1 ? text : `${key} ${text}`;
      if (allGeneric) continue;
      if (areaNames.has(key)) continue;
      if (length === 1 && (PLACE_NAMES.has(word.key) || places.has(bareKey(word)) || AREA_WORDS.has(bareKey(tokens[span.first + 1]!)))) continue;
      // "Tessford Canal" of "Tessford Canal Restoration Trust": words that end in a feature of the land name the feature.
      if (length > 1 && LAND_FEATURES.has(bareKey(word))) continue;
      // "Mill Lane" of "Mill Lane Ground Ltd": a street before a word for a site names the site the company
      // holds, a place; a street before the body's own words ("Castle Street Medical Practice") is its brand.
      if (length > 1 && STREET_WORDS.has(bareKey(word)) && SITE_WORDS.has(bareKey(tokens[span.first + length]!))) continue;
      const placeToo = length === 1 && notABrand.has(bareKey(word));
      if (placeToo && !placedOnly.has(bareKey(word))) continue;
      name ??= registeredKey(scan, span);
      let candidates = byPrefix.get(key);
      if (!candidates) byPrefix.set(key, (candidates = { dependentLends: true, listed: false }));
      if (listed) {
        candidates.listed = true;
        continue;
      }
      const owner: PrefixOwner = placeToo ? { words: texts.slice(), antecedent: span, name, placeToo } : { words: texts.slice(), antecedent: span, name };
      // The words before the suffix of belonging name the other body ("Kelmoor" of "Kelmoor Employee
      // Trust"); a prefix reaching into the suffix ("Kelmoor Employee") names this one. A foundation
      // is named after all the words before "Foundation": "Kelmoor" of "Kelmoor Community
      // Foundation" may be the place the foundation serves, and competes as usual.
      const ownerWords = lineage === Lineage.Belonging || lineage === Lineage.Holding ? span.first + length <= from : span.first + length === from;
      if (lineage === Lineage.Own || !ownerWords) candidates.own = offer(candidates.own, owner);
      else {
        candidates.dependent = offer(candidates.dependent, owner);
        if (lineage === Lineage.Belonging) candidates.dependentLends = false;
      }
    }
  }
  const forms: ShortForm[] = [];
  for (const candidates of byPrefix.values()) {
    const form = lender(candidates);
    if (form) forms.push(form.placeToo ? { words: form.words, antecedent: form.antecedent, placeToo: true } : { words: form.words, antecedent: form.antecedent });
  }
  return forms;
}
