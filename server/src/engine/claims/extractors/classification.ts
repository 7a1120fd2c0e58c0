// Classification claims: what kind of organisation a source says something is, or is not.
//   copula      "X is (NOT) (strictly) a Y", "that it is Y", "X is structured as a Y"
//   apposition  "X, a Y", "X - an employee-owned social enterprise", "X – itself a Y –", ", which is a Y"
//   examples    "businesses, such as X", "corporations like X and Z"
//   hedges      "so-called Y X", "is not strictly a Y", "is arguably a Y"
// A clause reported as false ("the misinformation ... that X is a Y") is a denial of it.
// Categories are normalised through the rules' vocabulary; a short unknown noun after an article
// ("a hospital") becomes an open category "~hospital" so plain negations still meet.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import type { SentenceSpan } from '../sentences';
import { tokenise, type PhraseToken } from '../vocabulary';
import { anchorFormTest, matchesNearAnchors, type AnchoredPattern } from '../../text/anchoredMatches';
import { RARE_CUE_ANCHORS } from './cueAnchors';
import type { ClaimExtractor } from './extractor';
import { DENIAL_CUE, SPACE, isPrepositionalObject, phraseEnd } from './grammar';
import {
  isSpaceUnit,
  mayOpenApposition,
  mayOpenBracketedAside,
  mayOpenContractedCopula,
  mayOpenCopula,
  mayOpenLocative,
  mayOpenParenthetical,
} from './afterName';
import { wordsBefore } from './wordsBefore';

const S = SPACE;
// What an organisation says of itself is its claim: "describes itself as", "calls itself".
const SELF_DESCRIBES = `(?:describes|described|calls|called|bills|billed|presents|presented|markets|marketed|brands|branded)${S}+itself(?:${S}+as)?`;
const COPULA = new RegExp(
  `^(?:['’]s${S}+own${S}+)?(?:${S}+(?:itself|now|still|also|clearly|certainly|undoubtedly|effectively|essentially))*` +
    `${S}+(?<verb>is|was|are|were|remains|remained|became|becomes|has${S}+become|has${S}+been|had${S}+been|will${S}+be|would${S}+be|will${S}+remain|${SELF_DESCRIBES}|` +
    // "has never been a Y" denies as "is not a Y" does
    `(?<never>ha(?:s|d|ve)${S}+never${S}+been)|` +
    // a change of legal form or the form a body works in says what it is: "registered as a
    // charity", "converted to a CIC", "operates as a mutual"
    `(?:(?:registered|operates|operated)${S}+as|converted${S}+(?:in)?to)(?=${S}+an?${S})|` +
    `(?<contracted>isn['’]t|wasn['’]t|aren['’]t))` +
    // a quotation may open with the denial: the trust was “not independent of the council”;
    // "is no charity" denies as "is not a charity" does (the label must then be a known one)
    `(?<neg>${S}+[“"‘]?(?:not|never|no${S}+longer|no(?=${S})))?` +
    // "is not and has never been a Y": one denial said twice
    `(?:${S}*,?${S}+and${S}+(?:ha(?:s|ve)${S}+never|never${S}+ha(?:s|ve)|ha(?:s|ve)${S}+not|hasn['’]t|haven['’]t)${S}+been,?)?` +
    `(?<hedge>${S}+(?:strictly|really|truly|technically|exactly|quite|necessarily|entirely|wholly|fully|purely|arguably|nominally|supposedly|allegedly|ostensibly))?` +
    // "X is about as much a charity as Tesco is": the ironic comparison with a body plainly not one
    // denies the label (hedged: it is a figure of speech). Only with "about": a plain "as much a Y
    // as a Z" affirms both.
    `(?<ironic>${S}+(?:just${S}+)?about${S}+as${S}+much)?` +
    `(?:${S}+(?:simply|just|actually|in${S}+fact|now|formally|officially|legally|properly))?` +
    `(?:${S}+(?:(?:structured|registered|organised|organized|constituted|run|set${S}+up|incorporated|established|classed|classified|regarded|described|recognised|recognized|floated)${S}+as|converted${S}+(?:in)?to|turned${S}+into))?` +
    `${S}+`,
  'i',
);
/** A sentence's opening noun phrase and its comma, before a name in apposition: "The new owner, ", "Its operator, ". */
const APPOSED_TO_SUBJECT = /^[\s"“‘]*(?:the|its|their|our|his|her|this|that)[\s\u00a0]+(?:[\p{Ll}-]+[\s\u00a0]+){0,3}[\p{Ll}-]+,[\s\u00a0]*$/iu;
const THAT = /\bthat\b/gi;
/**
 * A participle that opens the sentence and gives the form of the body named after its comma: "Set
 * up as a community benefit society, X ...", "Registered as a charity in 2004, X ...". Group 1 is
 * the label, group 2 what stands between it and the name.
 */
const FRONTED_FORM = new RegExp(
  `^[\\s\\u00a0"“‘']*(?:(?:originally|first|later)${S}+)?(?:set${S}+up|established|founded|formed|registered|incorporated|constituted|re-?constituted|converted${S}+(?:in)?to|spun${S}+(?:out|off))${S}+(?:as${S}+)?` +
    `(an?${S}+[^,;:.()]{2,60}?)(${S}+(?:in|on)${S}+[^,;:.()]{2,20})?,${S}*(?:the${S}+)?$`,
  'i',
);
const REGISTERED_OR_CONVERTED = /\b(?:registered|converted)\b/i;
/** The form a body was founded in, told by a participle ("founded as a family business"). */
const ORIGIN_PARTICIPLE = /\b(?:set[\s\u00a0]+up|established|founded|formed|spun[\s\u00a0]+(?:out|off))\b/i;
/**
 * A change of owner or form told later in the sentence, the body sold or bought (not its shares),
 * merged or converted: "X, founded as a family business in 1988,
 * was sold to Y in 2016". The form it was founded in is then past, not what X is now.
 */
const LATER_CHANGE =
  /\b(?:(?:was|were|has[\s\u00a0]+been|had[\s\u00a0]+been)[\s\u00a0]+(?:sold|bought|acquired|taken[\s\u00a0]+over|floated|demutuali[sz]ed|nationali[sz]ed|privati[sz]ed|converted)|became|has[\s\u00a0]+become|converted|demutuali[sz]ed|merged|until|no[\s\u00a0]+longer)\b/i;
/** True when a comma stands right before `at` (white space and "the" aside): FRONTED_FORM's end. */
function afterComma(text: string, at: number, floor: number): boolean {
  while (at > floor && isSpaceUnit(text.charCodeAt(at - 1))) at--;
  if (at - 3 > floor && (text.charCodeAt(at - 1) | 0x20) === 0x65 && (text.charCodeAt(at - 2) | 0x20) === 0x68 && (text.charCodeAt(at - 3) | 0x20) === 0x74) {
    at -= 3;
    while (at > floor && isSpaceUnit(text.charCodeAt(at - 1))) at--;
  }
  return at > floor && text.charCodeAt(at - 1) === COMMA;
}

/** FRONTED_FORM's possible first words (after white space and quotes), lower-case. */
const FRONTED_FIRST_WORDS = new Set(['originally', 'first', 'later', 'set', 'established', 'founded', 'formed', 'registered', 'incorporated', 'constituted', 'reconstituted', 're', 'converted', 'spun']);
const LONGEST_FRONTED_WORD = 13;

/** A necessary condition for FRONTED_FORM at a sentence's start: its first word is one of FRONTED_FIRST_WORDS. */
function mayOpenFrontedForm(text: string, at: number): boolean {
  while (at < text.length && (isSpaceUnit(text.charCodeAt(at)) || text[at] === '"' || text[at] === '“' || text[at] === '‘' || text[at] === "'")) at++;
  let end = at;
  while (end < text.length && end - at <= LONGEST_FRONTED_WORD && isAsciiLetter(text.charCodeAt(end))) end++;
  return end > at && end - at <= LONGEST_FRONTED_WORD && FRONTED_FIRST_WORDS.has(text.slice(at, end).toLowerCase());
}
/** "set up X as a Y", "registered X as a Y": the verb that gives X its form, right before the name. */
const GIVEN_FORM_BEFORE = new RegExp(`\\b(set${S}+up|established|created|formed|incorporated|registered|re-registered|converted|reconstituted|constituted)${S}+(?:the${S}+)?$`, 'i');
const GIVEN_FORM_AFTER = new RegExp(`^${S}as${S}+(?=an?${S})`, 'i');
/** The second "as" of "about as much a Y as Z": where the label ends. */
const IRONIC_COMPARISON = new RegExp(`${S}as(?:${S}|$)`, 'i');
// "it’s a housing association": the contracted copula, read only after a pronoun ("Circle’s" is a possessive).
const CONTRACTED_COPULA = new RegExp(`^['’]s(?<neg>${S}+not)?${S}+`, 'i');
// What may stand between a name and its apposition: a bracketed short form ("(CSS)") and a place
// ("Northfield CIC in Calderbrook, an employee-owned social enterprise").
const BRACKETED_ASIDE = new RegExp(`^${S}*\\([^()]{1,40}\\)`);
const LOCATIVE = new RegExp(`^${S}+(?:in|at|from)${S}+(?:the${S}+)?\\p{Lu}[\\p{L}’'-]*(?:${S}+(?:and${S}+)?\\p{Lu}[\\p{L}’'-]*){0,3}(?=${S}*,)`, 'u');
// A comma-enclosed aside between a subject and its verb: "X, like every academy trust, is a Y",
// "X, according to its accounts, is a Y". Only taken when a copula follows it.
const PARENTHETICAL = new RegExp(`^${S}*,[^,;:.!?()\\[\\]\n]{2,60},(?=${S})`);
const LOCATIVE_BEFORE = new RegExp(`^${S}+(?:in|at|from)${S}+(?:the${S}+)?$`);
// "X is a Y, not a Z": the second label is denied.
const CONTRASTED_DENIAL = new RegExp(`^,?${S}*(?:(?:and${S}+|but${S}+)?not|rather${S}+than|instead${S}+of)${S}+(?=(?:an?|the)${S})`, 'i');
/** "a Y rather than a Z" in one phrase: the label ends before the contrast, which CONTRASTED_DENIAL reads. */
const CONTRAST_INSIDE = new RegExp(`${S}(?:rather${S}+than|instead${S}+of)${S}+(?:an?|the)${S}`, 'i');
// Words that strengthen a denial without narrowing it: "isn’t a charity at all".
const TRAILING_INTENSIFIER = new RegExp(`${S}+(?:at${S}+all|any${S}+more|anymore|any${S}+longer|whatsoever|either|in${S}+(?:any|the)${S}+(?:(?:real|true|meaningful|proper|usual|normal|strict|legal)${S}+)?(?:sense|way)(?:${S}+of${S}+the${S}+(?:word|term))?|as${S}+such)$`, 'i');
/** The last words TRAILING_INTENSIFIER may end with, lower-case. */
const INTENSIFIER_LAST_WORDS = ['all', 'more', 'anymore', 'longer', 'whatsoever', 'either', 'sense', 'way', 'word', 'term', 'such'];
const DANGLING_CONJUNCTION = /[\s\u00a0](?:and|or|but|nor)$/i;
const COMMA = 44;

/**
 * A necessary condition for TRAILING_INTENSIFIER on text[max(start, end - 45), end): the run of
 * ASCII letters that ends there is one of the words the pattern ends with, in any case. (Anchored
 * at the end, the pattern is otherwise tried from each of the 45 positions.)
 */
function mayEndInIntensifier(text: string, start: number, end: number): boolean {
  let wordStart = end;
  while (wordStart > start && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  const length = end - wordStart;
  if (length < 3) return false;
  for (const word of INTENSIFIER_LAST_WORDS) {
    if (word.length !== length) continue;
    let k = 0;
    while (k < length && (text.charCodeAt(wordStart + k) | 0x20) === word.charCodeAt(k)) k++;
    if (k === length) return true;
  }
  return false;
}

/** How far before a clause its denial cue may stand ("the misinformation repeated by ... that"). */
const DENIAL_REACH = 300;
/** How far before "– itself a Y" its organisation may stand. */
const APPOSITION_REACH = 200;
const NEGATION_HEDGES = /strictly|really|truly|technically|exactly|quite|necessarily|entirely|wholly|fully|purely/i;
const AFFIRMATION_HEDGES = /arguably|technically|nominally|supposedly|allegedly|ostensibly/i;

const APPOSITION = new RegExp(
  `^${S}*(?:,|[-–—(])${S}*(?:(?<marker>itself|also|now|still|` +
    // "X, which is registered as a Y, ...": the form the body is given, said in a relative clause
    `(?:which|that)${S}+(?:is|was)${S}+(?:registered|incorporated|constituted|structured|set${S}+up)${S}+as|` +
    `which${S}+is|which${S}+was|that${S}+is|which${S}+(?:became|has${S}+become)|` +
    // "X, set up as a charity, ...": the form it was given
    `(?:originally${S}+)?(?:set${S}+up|established|founded|formed|registered|incorporated|constituted)${S}+as|` +
    // "X, which is not a Y, ...", "X, which has never been a Y": a denial in apposition
    `(?<denial>which${S}+(?:is|was)${S}+(?:not|never)|which${S}+ha(?:s|d)${S}+never${S}+been|which${S}+(?:isn|wasn)['’]t))${S}+)?(?=(?:an?|the|so[-${S.slice(1, -1)}]called)${S})`,
  'i',
);
const DETACHED_APPOSITION = new RegExp(
  `(?:(?:,|[-–—(])${S}*(?:itself|which${S}+is|which${S}+was)${S}+(?=(?:an?|the)${S})|\\b(?:which|that)${S}+${SELF_DESCRIBES}${S}+)`,
  'gi',
);
/**
 * DETACHED_APPOSITION read near its anchors: every match holds "itself" or "which" (in any case),
 * and starts either at the punctuation before its first anchor, white space between, or at the
 * "which" or "that" before the verb before "itself": at most two runs of ASCII letters and three
 * of white space, and one character more, before the anchor.
 */
const DETACHED_ANCHORS = /itself|which/gi;
const DETACHED_NEAR_ANCHORS = RARE_CUE_ANCHORS.add<AnchoredPattern>({
  sticky: new RegExp(DETACHED_APPOSITION.source, 'iy'),
  anchorForms: anchorFormTest(DETACHED_ANCHORS),
  anchors: DETACHED_ANCHORS,
  earliestStart: (text, anchor) => {
    let at = anchor;
    at = backOver(text, at, isSpaceUnit);
    at = backOver(text, at, isAsciiLetter);
    at = backOver(text, at, isSpaceUnit);
    at = backOver(text, at, isAsciiLetter);
    at = backOver(text, at, isSpaceUnit);
    return at - 1;
  },
  // The punctuation that opens the apposition, or the first letter of "which" or "that" at a word boundary.
  mayStartAt: (text, at) => {
    const code = text.charCodeAt(at);
    if (code === 44 || code === 45 || code === 0x2013 || code === 0x2014 || code === 40) return true;
    if (code !== 119 && code !== 87 && code !== 116 && code !== 84) return false;
    return at === 0 || !isWordCharacter(text.charCodeAt(at - 1));
  },
});

/** What \w matches. */
function isWordCharacter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 95;
}

function backOver(text: string, at: number, test: (code: number) => boolean): number {
  while (at > 0 && test(text.charCodeAt(at - 1))) at--;
  return at;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * The matches of DETACHED_APPOSITION and of SO_CALLED in the text, in order: near their anchors,
 * found in one pass over the tokens, when the tokens are known.
 */
function rareCueMatches(context: ClaimContext): { detached: RegExpExecArray[]; soCalled: RegExpExecArray[] } {
  if (context.tokens) {
    const { text, tokens } = context;
    return {
      detached: matchesNearAnchors(text, DETACHED_NEAR_ANCHORS, RARE_CUE_ANCHORS.positions(tokens, DETACHED_NEAR_ANCHORS)),
      soCalled: matchesNearAnchors(text, SO_CALLED_NEAR_ANCHORS, RARE_CUE_ANCHORS.positions(tokens, SO_CALLED_NEAR_ANCHORS)),
    };
  }
  return { detached: allMatches(DETACHED_APPOSITION, context.text), soCalled: allMatches(SO_CALLED, context.text) };
}

function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) matches.push(m);
  return matches;
}

// Checked on the last characters before a name only, so the scan stays linear.
const EXAMPLE_CUE = new RegExp(`(?:such${S}+as|like|including)${S}+$`, 'i');
const EXAMPLE_CUE_REACH = 16;

/**
 * A cheap necessary condition for EXAMPLE_CUE before `offset`: white space, and before it the last
 * letter of "as", "like" or "including" (s, e or g in either case). Most names fail it at once.
 */
function mayFollowExampleCue(text: string, offset: number): boolean {
  let i = offset - 1;
  if (i < 0 || !isSpaceUnit(text.charCodeAt(i))) return false;
  while (i > 0 && isSpaceUnit(text.charCodeAt(i - 1))) i--;
  const last = text.charCodeAt(i - 1) | 0x20;
  return last === 0x73 || last === 0x65 || last === 0x67;
}

const LIST_JOIN = new RegExp(`^(?:,${S}*(?:and${S}+|or${S}+)?|${S}+(?:and|or)${S}+)$`);
const SO_CALLED = new RegExp(`\\bso[-${S.slice(1, -1)}]called${S}+`, 'gi');
/** SO_CALLED read near its anchor: "called" in any case, three characters after the match's start. */
const SO_CALLED_ANCHOR = /called/gi;
const SO_CALLED_NEAR_ANCHORS = RARE_CUE_ANCHORS.add<AnchoredPattern>({
  sticky: new RegExp(SO_CALLED.source, 'iy'),
  anchorForms: anchorFormTest(SO_CALLED_ANCHOR),
  anchors: SO_CALLED_ANCHOR,
  earliestStart: (_text, anchor) => anchor - 3,
  mayStartAt: (text, at) => {
    const code = text.charCodeAt(at);
    return (code === 115 || code === 83) && (at === 0 || !isWordCharacter(text.charCodeAt(at - 1)));
  },
});

const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'another']);
const NOT_MODIFIERS = new Set([
  'of', 'in', 'with', 'for', 'to', 'by', 'at', 'on', 'from', 'about', 'against', 'under', 'over', 'one', 'part',
  'member', 'home', 'working', 'going', 'not', 'no', 'way', 'kind', 'type', 'form', 'sort', 'lot', 'number', 'group',
  // what a body was, may be or wants to be is not what it is: "a former charity", "a would-be mutual"
  'former', 'ex', 'erstwhile', 'would', 'prospective', 'aspiring', 'proposed', 'planned', 'future', 'potential',
]);
const OPEN_CATEGORY_STOP = new Set([
  'way', 'thing', 'lot', 'number', 'matter', 'question', 'problem', 'issue', 'case', 'bit', 'time', 'start', 'fact',
  'idea', 'result', 'example', 'sign', 'point', 'chance', 'need', 'part', 'one', 'member', 'reason', 'step',
]);

interface Predicate {
  start: number;
  end: number;
  negated: boolean;
  hedged: boolean;
}

interface FoundCategory {
  id: string;
  /** True when every word of the phrase (after its article) belongs to a category. */
  covers: boolean;
}

/**
 * tokenise(text, start, end), kept for the phrase last asked: predicateAt reads a phrase's words
 * and categoriesOf then reads the same phrase's. The tokens are shared: no caller changes them.
 */
let lastPhrase: { text: string; start: number; end: number; tokens: PhraseToken[] } | undefined;
function phraseTokensOf(text: string, start: number, end: number): PhraseToken[] {
  if (lastPhrase !== undefined && lastPhrase.start === start && lastPhrase.end === end && lastPhrase.text === text) return lastPhrase.tokens;
  const tokens = tokenise(text, start, end);
  lastPhrase = { text, start, end, tokens };
  return tokens;
}

/** The categories a predicate phrase names, or none if it is not a classification. */
function categoriesOf(context: ClaimContext, predicate: Predicate): FoundCategory[] {
  const tokens = phraseTokensOf(context.text, predicate.start, predicate.end);
  if (tokens.length === 0) return [];
  let lead = 0;
  const startsWithArticle = ARTICLES.has(tokens[0].norm);
  if (startsWithArticle) lead = 1;
  // A category with a possessive names the owner of what follows: "a charity’s trading arm" is a company.
  // So does a category before a noun that it only describes: "a charity shop", "a social enterprise partner".
  const matches = context.vocabulary.categories
    .findAll(tokens)
    .filter((m) => !isPossessor(context.text, tokens, m.to) && !MODIFIED_HEADS.has(tokens[m.to]?.norm ?? ''));
  if (matches.length > 0) {
    const first = matches[0];
    // In a coordination ("“John Lewis-style” and employee-owned") only the words of the category's
    // own conjunct modify it.
    let conjunct = lead;
    for (let i = lead; i < first.from; i++) if (tokens[i].norm === 'and' || tokens[i].norm === 'or') conjunct = i + 1;
    const modifiers = tokens.slice(conjunct, first.from);
    const modifierLimit = startsWithArticle ? 4 : 1;
    if (modifiers.length > modifierLimit || modifiers.some((t) => NOT_MODIFIERS.has(t.norm))) return [];
    const covered = matches.reduce((n, m) => n + (m.to - m.from), 0);
    const joiners = tokens.filter((t) => t.norm === 'and').length;
    const covers = covered + joiners === tokens.length - lead;
    return [...new Set(matches.map((m) => m.id))].map((id) => ({ id, covers }));
  }
  return openCategory(context.text, tokens, startsWithArticle);
}

/**
 * Nouns that a category word before them only describes: a charity shop is a shop, a co-operative
 * partner is a partner. Nouns a body may be named by, not the body's own kind.
 */
const MODIFIED_HEADS = new Set([
  'shop', 'trustee', 'sector', 'partner', 'arm', 'fund', 'worker', 'appeal', 'event', 'model', 'movement', 'champion',
  'consultant', 'adviser', 'advisor', 'lawyer', 'regulator', 'commission', 'law', 'register', 'unit', 'division', 'number',
  'status', 'principle', 'value', 'volunteer', 'donor', 'campaign', 'network', 'forum', 'umbrella',
]);

/** True when the token at `next` is the "s" of a possessive on the token before it ("charity’s", "charities’" is not read). */
function isPossessor(text: string, tokens: PhraseToken[], next: number): boolean {
  const s = tokens[next];
  if (!s || s.norm !== 's' || s.end - s.start !== 1) return false;
  const quote = text.charCodeAt(s.start - 1);
  return (quote === 39 || quote === 0x2019) && s.start - 1 === tokens[next - 1]!.end;
}

// Made once: a regular expression literal with \p{…} inside a function is rebuilt on every call in the shipped bundle.
const HAS_CAPITAL = /\p{Lu}/u;
const STARTS_LOWER_CASE = /^\p{Ll}/u;
const A_LETTER = /\p{L}/u;
/** A name joined to the next word by a hyphen ("John Lewis-style"). */
const HYPHEN_THEN_LETTER = /^-\p{L}/u;
/** "the Y and Z" with a name right after the article. */
const ARTICLE_THEN_NAME = /^(?:an?|the)[\s\u00a0]+\p{Lu}/u;
// ("limited by guarantee" is a legal form's own wording, not an agent)
const OTHER_PARTY = /[\s\u00a0](?:of|(?<!owned[\s\u00a0]|held[\s\u00a0]|controlled[\s\u00a0]|limited[\s\u00a0])by)[\s\u00a0]/i;

/** "a hospital", "a housing association": a short lower-case noun phrase after an article. */
function openCategory(text: string, tokens: PhraseToken[], startsWithArticle: boolean): FoundCategory[] {
  if (!startsWithArticle || tokens.length < 2 || tokens.length > 3) return [];
  const words = tokens.slice(1);
  if (words.some((t) => NOT_MODIFIERS.has(t.norm) || /\d/.test(t.norm) || HAS_CAPITAL.test(text[t.start]))) return [];
  const head = words[words.length - 1].norm;
  if (OPEN_CATEGORY_STOP.has(head) || head.length < 3) return [];
  return [{ id: `~${head}`, covers: words.length === 1 }];
}

/** True when the clause holding `offset` is reported as false ("the myth that ..."). */
function reportedAsFalse(text: string, sentence: SentenceSpan, offset: number): boolean {
  const before = text.slice(Math.max(sentence.start, offset - DENIAL_REACH), offset);
  let that = -1;
  THAT.lastIndex = 0;
  for (let m = THAT.exec(before); m; m = THAT.exec(before)) that = m.index;
  if (that < 0) return false;
  return DENIAL_CUE.test(before.slice(0, that));
}

/** Whether a wording from `start` to `end` holds the name and more words besides. */
function coversMore(start: number, end: number, name: Entity): boolean {
  return start <= name.start && end >= name.end && (start < name.start || end > name.end);
}

function predicateAt(context: ClaimContext, start: number, sentence: SentenceSpan, negated: boolean, hedged: boolean): Predicate {
  const text = context.text;
  let end = phraseEnd(text, start, sentence.end);
  // A name inside the phrase starts a list or a new clause: the predicate stops before it.
  const names = [...context.within(context.organisations, start, end), ...context.within(context.people, start, end)];
  // ... unless a category's own wording runs through it: in "independent of the council" the
  // referring words "the council" are part of the label, not a second party's name.
  const phraseTokens = names.length ? phraseTokensOf(text, start, end) : [];
  const wordings = names.length ? context.vocabulary.categories.findAll(phraseTokens) : [];
  for (const e of names) {
    // A name joined to a word by a hyphen is a modifier ("a John Lewis-style mutual", "NHS-owned").
    if (HYPHEN_THEN_LETTER.test(text.slice(e.end, e.end + 2))) continue;
    // (or opens it: in "an NHS hospital" the name is the label's first word)
    if (wordings.some((w) => coversMore(phraseTokens[w.from]!.start, phraseTokens[w.to - 1]!.end, e))) continue;
    if (e.start < end) end = e.start;
  }
  // "a Y rather than a Z": Z is denied (CONTRASTED_DENIAL), not part of the label
  const contrast = CONTRAST_INSIDE.exec(text.slice(start, end));
  if (contrast) end = start + contrast.index;
  // Words after "of" or an agent's "by" describe another party: "a subsidiary of a private
  // equity firm", "a federation of charities", "the trust set up by outsourcing firm X" are not a
  // firm, a charity, a business. ("owned by its staff" is itself a category's wording.) The
  // phrase is cut there only when a category stands after it, so its extent is otherwise kept.
  const otherParty = OTHER_PARTY.exec(text.slice(start, end));
  if (otherParty) {
    const cut = start + otherParty.index;
    if (context.vocabulary.categories.findAll(phraseTokensOf(text, cut, end)).length > 0) end = cut;
  }
  // A dangling conjunction belongs to what follows ("a \"co-op\" and that ..."); an intensifier adds no words.
  for (;;) {
    const intensifier = mayEndInIntensifier(text, start, end) ? TRAILING_INTENSIFIER.exec(text.slice(Math.max(start, end - 45), end)) : null;
    if (intensifier) end -= intensifier[0].length;
    while (end > start && (isSpaceUnit(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === COMMA)) end--;
    // "and", "or", "but", "nor" end in d, r or t
    const last = text.charCodeAt(end - 1) | 0x20;
    const dangling = last === 100 || last === 114 || last === 116 ? DANGLING_CONJUNCTION.exec(text.slice(Math.max(start, end - 5), end)) : null;
    if (!dangling) break;
    end -= dangling[0].length;
  }
  const soCalled = /^(?:(?:an?|the)[\s\u00a0]+)?so[-\s\u00a0]called[\s\u00a0]+/i.exec(text.slice(start, end));
  if (soCalled) {
    // "a so-called Y" distances the writer from the label: a hedged denial.
    return { start: start + soCalled[0].length, end, negated: !negated, hedged: true };
  }
  return { start, end, negated, hedged };
}

/**
 * How a copula tells when a body took its form: "became", "registered as", "converted to" name the
 * change ("in 2004"); "has been a Y since 2004" names the day the state began. Either is one event,
 * date:became:<category>, so sources that date a registration or a conversion differently disagree.
 */
type ChangeOfForm = 'became' | 'since';
const STATE_ENDED = /[\s\u00a0](?:until|till)[\s\u00a0]/i;
const CHANGE_VERB = /\b(?:became|(?:has|have|had)[\s\u00a0]+become|registered[\s\u00a0]+as|converted|turned[\s\u00a0]+into)\b/i;
const STATE_SINCE = /\b(?:has|have|had)[\s\u00a0]+been\b/i;
const CHANGE_DATE_BEFORE = /(?:^|[\s\u00a0])(?:in|on)[\s\u00a0]+$/i;
const SINCE_DATE_BEFORE = /(?:^|[\s\u00a0])since[\s\u00a0]+$/i;
/** "In 2004 X became a charity": a date that opens the sentence, then the body. */
const OPENING_DATE = /^[\s\u00a0]*(?:in|on)[\s\u00a0]+$/i;
/** How far after the label its date may stand ("a registered charity in England in 2004" is too far). */
const CHANGE_DATE_REACH = 12;

function changeOfForm(copula: string): ChangeOfForm | undefined {
  if (CHANGE_VERB.test(copula)) return 'became';
  if (STATE_SINCE.test(copula)) return 'since';
  return undefined;
}

/** The date a change of form is told with: the first date after the label, or one opening the sentence. */
function dateOfChange(context: ClaimContext, subject: Entity, predicate: Predicate, sentence: SentenceSpan, change: ChangeOfForm): Entity | undefined {
  const text = context.text;
  const before = change === 'became' ? CHANGE_DATE_BEFORE : SINCE_DATE_BEFORE;
  const after = context
    .within(context.dates, predicate.start, Math.min(sentence.end, predicate.end + CHANGE_DATE_REACH))
    .find((d) => d.value?.kind === 'date' && d.value.precision !== 'day-month')
    ;
  if (after && before.test(text.slice(Math.max(predicate.start, after.start - 8), after.start))) return after;
  if (change !== 'became' || after) return undefined;
  const opening = context.within(context.dates, sentence.start, subject.start).find((d) => d.value?.kind === 'date' && d.value.precision !== 'day-month');
  return opening && OPENING_DATE.test(text.slice(sentence.start, opening.start)) && /^,?[\s\u00a0]+$/.test(text.slice(opening.end, subject.start)) ? opening : undefined;
}

function becameClaim(context: ClaimContext, subject: Entity, category: string, claimStart: number, date: Entity): Claim {
  const value = date.value as { kind: 'date'; iso: string; precision: 'day' | 'month' | 'year' | 'financial-year' };
  const claim = context.claim({
    subject,
    attribute: `date:became:${category}`,
    value: { kind: 'date', iso: value.iso, precision: value.precision },
    start: Math.min(claimStart, date.start),
    end: Math.max(date.end, claimStart),
  });
  claim.time = value.iso;
  return claim;
}

class ClassificationExtractor implements ClaimExtractor {
  readonly name = 'classification';

  extract(context: ClaimContext): Claim[] {
    const claims: Claim[] = [];
    const text = context.text;
    const emit = (subject: Entity, claimStart: number, predicate: Predicate, sentence: SentenceSpan, knownOnly = false, change?: ChangeOfForm): void => {
      if (predicate.end <= predicate.start) return;
      // A pronoun or a detached phrase may be misread: only the rules' own categories are trusted there.
      const found = categoriesOf(context, predicate).filter((c) => !c.id.startsWith('~') || !(knownOnly || context.isReference(subject)));
      if (found.length === 0) return;
      const denied = predicate.negated !== reportedAsFalse(text, sentence, claimStart);
      // "a charity until 2010" was one and is no longer: neither claim holds now
      if (!denied && STATE_ENDED.test(text.slice(predicate.start, predicate.end))) return;
      for (const category of found) {
        // "not a large charity" denies the size, not the category: only deny what the phrase is made of.
        if (denied && !category.covers && !predicate.hedged) continue;
        if (category.id.startsWith('~') && predicate.hedged) continue;
        claims.push(
          context.claim({
            subject,
            attribute: 'category',
            value: {
              kind: 'category',
              category: category.id,
              polarity: denied ? 'deny' : 'affirm',
              ...(predicate.hedged ? { hedged: true } : {}),
            },
            start: claimStart,
            end: predicate.end,
          }),
        );
        if (change && !denied && !predicate.hedged && !category.id.startsWith('~')) {
          const date = dateOfChange(context, subject, predicate, sentence, change);
          if (date) claims.push(becameClaim(context, subject, category.id, claimStart, date));
        }
      }
      // "X is a Y, not a Z"
      const contrast = CONTRASTED_DENIAL.exec(text.slice(predicate.end, Math.min(sentence.end, predicate.end + 20)));
      if (contrast && !predicate.negated) {
        const next = predicateAt(context, predicate.end + contrast[0].length, sentence, true, false);
        emit(subject, claimStart, next, sentence, true);
      }
    };

    const handledAppositions = new Set<number>();
    const organisations = context.organisations;
    // Most sentences name no organisation: a walk through the names (sorted by start) in step with
    // the sentences tells so without a search or a list.
    let firstFrom = 0;
    let previousSentenceStart = -1;
    for (const sentence of context.sentences) {
      if (sentence.start < previousSentenceStart) firstFrom = 0;
      previousSentenceStart = sentence.start;
      while (firstFrom < organisations.length && organisations[firstFrom]!.start < sentence.start) firstFrom++;
      if (firstFrom === organisations.length || organisations[firstFrom]!.start >= sentence.end) continue;
      // The sentence's names, read on from the first one in it (what within() finds with a search).
      const orgs: Entity[] = [];
      for (let i = firstFrom; i < organisations.length && organisations[i]!.start < sentence.end; i++) if (organisations[i]!.end <= sentence.end) orgs.push(organisations[i]!);
      if (orgs.length === 0) continue;

      let previous: Entity | undefined;
      for (const org of orgs) {
        // "X in Calderbrook, a Y": the place is not what the apposition describes.
        // Each pattern below is tried only where its first characters may follow (see afterName).
        const placeOfPrevious =
          previous !== undefined &&
          previous.end <= org.start &&
          mayOpenLocative(text, previous.end, org.start) &&
          LOCATIVE_BEFORE.test(text.slice(previous.end, org.start));
        previous = org;
        if (placeOfPrevious) continue;
        let nameEnd = org.end;
        const asideLimit = Math.min(sentence.end, nameEnd + 50);
        const aside = mayOpenBracketedAside(text, nameEnd, asideLimit) ? BRACKETED_ASIDE.exec(text.slice(nameEnd, asideLimit)) : null;
        if (aside) nameEnd += aside[0].length;
        const locativeLimit = Math.min(sentence.end, nameEnd + 80);
        const locative = mayOpenLocative(text, nameEnd, locativeLimit) ? LOCATIVE.exec(text.slice(nameEnd, locativeLimit)) : null;
        if (locative) nameEnd += locative[0].length;
        const afterEnd = Math.min(sentence.end, nameEnd + 160);
        const after = text.slice(nameEnd, afterEnd);
        const contracted = mayOpenContractedCopula(text, nameEnd, afterEnd) && context.isReference(org) ? CONTRACTED_COPULA.exec(after) : null;
        let copula = contracted ?? (mayOpenCopula(text, nameEnd, afterEnd) ? COPULA.exec(after) : null);
        let copulaFrom = nameEnd;
        if (!copula && mayOpenParenthetical(text, nameEnd, afterEnd)) {
          const parenthetical = PARENTHETICAL.exec(after);
          const behindIt = parenthetical && mayOpenCopula(text, nameEnd + parenthetical[0].length, afterEnd) ? COPULA.exec(after.slice(parenthetical[0].length)) : null;
          if (parenthetical && behindIt) {
            copulaFrom += parenthetical[0].length;
            copula = behindIt;
          }
        }
        // "The new owner, X, is a Y": the name in apposition to the clause's subject, a common noun
        // phrase that opens the sentence, is what the copula describes.
        if (!copula && org === orgs[0] && text.charCodeAt(nameEnd) === 44 && APPOSED_TO_SUBJECT.test(text.slice(sentence.start, org.start))) {
          const behindIt = mayOpenCopula(text, nameEnd + 1, afterEnd) ? COPULA.exec(after.slice(1)) : null;
          if (behindIt) {
            copulaFrom += 1;
            copula = behindIt;
          }
        }
        // Only a name in subject position takes a copula: asked last, as most names have none.
        if (copula && isPrepositionalObject(text, org, sentence.start)) copula = null;
        if (copula?.groups) {
          const ironic = copula.groups.ironic !== undefined;
          const negated = Boolean(copula.groups.neg || copula.groups.contracted || copula.groups.never) !== ironic;
          const hedge = copula.groups.hedge ?? '';
          const hedged = ironic || (hedge !== '' && (negated ? NEGATION_HEDGES.test(hedge) : AFFIRMATION_HEDGES.test(hedge)));
          const start = copulaFrom + copula[0].length;
          const predicate = predicateAt(context, start, sentence, negated, hedged);
          // the label ends where the comparison's second "as" begins
          const comparison = ironic ? IRONIC_COMPARISON.exec(text.slice(predicate.start, predicate.end)) : null;
          const change = negated || ironic ? undefined : changeOfForm(copula[0]);
          if (!ironic || comparison) emit(org, org.start, comparison ? { ...predicate, end: predicate.start + comparison.index } : predicate, sentence, locative !== null, change);
        }
        // "Set up as a community benefit society, X ...": the form told before the name
        if (org === orgs[0] && !copula && afterComma(text, org.start, sentence.start)) {
          const opening = mayOpenFrontedForm(text, sentence.start) ? FRONTED_FORM.exec(text.slice(sentence.start, org.start)) : null;
          if (opening) {
            const start = sentence.start + opening[0].indexOf(opening[1]!);
            const change = REGISTERED_OR_CONVERTED.test(opening[0]) ? 'became' : undefined;
            const pastOrigin = !change && ORIGIN_PARTICIPLE.test(opening[0]) && LATER_CHANGE.test(text.slice(org.end, sentence.end));
            if (!pastOrigin) emit(org, sentence.start + opening.index, { start, end: start + opening[1]!.length, negated: false, hedged: false }, sentence, true, change);
          }
        }
        // "the council set up X as a company limited by guarantee": the form it was given
        if (!copula && text.startsWith(' as ', nameEnd)) {
          const given = GIVEN_FORM_AFTER.exec(after);
          const verbBefore = given ? GIVEN_FORM_BEFORE.exec(text.slice(Math.max(sentence.start, org.start - 40), org.start)) : null;
          if (given && verbBefore) {
            const start = nameEnd + given[0].length;
            emit(org, org.start, predicateAt(context, start, sentence, false, false), sentence, true, /^(?:registered|converted|reconstituted|re-registered)/i.test(verbBefore[1]!) ? 'became' : undefined);
          }
        }
        const apposition = mayOpenApposition(text, nameEnd, afterEnd) ? APPOSITION.exec(after) : null;
        if (apposition) {
          const start = nameEnd + apposition[0].length;
          const predicate = predicateAt(context, start, sentence, apposition.groups?.denial !== undefined, false);
          // "X, the Y and Z" with a name right after the article is a list, not an apposition.
          if (!ARTICLE_THEN_NAME.test(text.slice(start, start + 40)) || /^an?[\s\u00a0]/i.test(text.slice(start, start + 3))) {
            const marker = apposition.groups?.marker ?? '';
            // a participle's object may be anything ("set up as a pilot"): only known forms are read
            const participle = /[\s\u00a0]as$/i.test(marker);
            const change = /^which[\s\u00a0]+(?:became|has)/i.test(marker) || (participle && REGISTERED_OR_CONVERTED.test(marker)) ? 'became' : undefined;
            const pastOrigin = participle && ORIGIN_PARTICIPLE.test(marker) && LATER_CHANGE.test(text.slice(predicate.end, sentence.end));
            if (!pastOrigin) emit(org, org.start, predicate, sentence, locative !== null || participle, change);
            handledAppositions.add(start);
          }
        }
      }

      this.examples(context, sentence, orgs, claims);
    }

    // These cues are rare: one scan of the whole text, then only their sentences are read.
    // "..., Managing Director at X – itself a Y": the apposition is about the nearest organisation.
    const rare = rareCueMatches(context);
    for (const m of rare.detached) {
      const start = m.index + m[0].length;
      const sentence = context.sentenceAt(m.index);
      if (!sentence || start >= sentence.end || handledAppositions.has(start)) continue;
      const subject = context.organisationBefore(m.index, Math.max(sentence.start, m.index - APPOSITION_REACH));
      if (!subject) continue;
      // the claim starts at "itself" / "which", after the punctuation that opens the apposition
      emit(subject, m.index + m[0].search(A_LETTER), predicateAt(context, start, sentence, false, false), sentence);
    }

    this.soCalled(context, rare.soCalled, claims);
    lastPhrase = undefined;
    return claims;
  }

  /** "businesses, such as X", "corporations like X and Y": each listed organisation is one of those. */
  private examples(context: ClaimContext, sentence: SentenceSpan, orgs: Entity[], claims: Claim[]): void {
    const text = context.text;
    let listHead: { start: number; end: number } | undefined;
    let previous: Entity | undefined;
    for (const org of orgs) {
      if (previous && listHead && LIST_JOIN.test(text.slice(previous.end, org.start))) {
        // continues the list of examples
      } else {
        listHead = undefined;
        const cue = mayFollowExampleCue(text, org.start) ? EXAMPLE_CUE.exec(text.slice(Math.max(sentence.start, org.start - EXAMPLE_CUE_REACH), org.start)) : null;
        if (cue) {
          const cueStart = org.start - (Math.min(EXAMPLE_CUE_REACH, org.start - sentence.start) - cue.index);
          const words = wordsBefore(text, Math.max(sentence.start, cueStart - 60), cueStart);
          if (words) {
            const head = text.slice(words.lastWordStart, words.end);
            // Only a plural noun introduces examples ("firms like X"); "a model like X" compares.
            if (/[^s]s$/i.test(head) || /ies$/i.test(head)) listHead = { start: words.start, end: words.end };
          }
        }
      }
      previous = org;
      if (!listHead) continue;
      const tokens = tokenise(text, listHead.start, listHead.end);
      const match = context.vocabulary.categories.findAll(tokens).pop();
      const headToken = tokens[tokens.length - 1];
      let category: string | undefined;
      if (match && match.to === tokens.length) category = match.id;
      else if (headToken && !OPEN_CATEGORY_STOP.has(headToken.norm) && STARTS_LOWER_CASE.test(text[headToken.start])) category = `~${headToken.norm}`;
      if (!category) continue;
      claims.push(
        context.claim({
          subject: org,
          attribute: 'category',
          value: { kind: 'category', category, polarity: 'affirm' },
          start: listHead.start,
          end: org.end,
        }),
      );
    }
  }

  /** "the so-called social enterprise X": the writer doubts the label. */
  private soCalled(context: ClaimContext, matches: readonly RegExpExecArray[], claims: Claim[]): void {
    const text = context.text;
    for (const m of matches) {
      const start = m.index + m[0].length;
      const sentence = context.sentenceAt(m.index);
      if (!sentence) continue;
      const org = context.within(context.organisations, start, Math.min(sentence.end, start + 60))[0];
      if (!org || /[,;:.!?()]/.test(text.slice(start, org.start))) continue;
      const predicate: Predicate = { start, end: org.start, negated: true, hedged: true };
      for (const found of categoriesOf(context, predicate)) {
        if (found.id.startsWith('~')) continue;
        claims.push(
          context.claim({
            subject: org,
            attribute: 'category',
            value: { kind: 'category', category: found.id, polarity: 'deny', hedged: true },
            start: m.index,
            end: org.end,
          }),
        );
      }
    }
  }
}

export const classificationExtractor: ClaimExtractor = new ClassificationExtractor();

/** The patterns read right after a name, for the tests that hold afterName's conditions to them. */
export const AFTER_NAME_PATTERNS = { BRACKETED_ASIDE, LOCATIVE, LOCATIVE_BEFORE, COPULA, CONTRACTED_COPULA, PARENTHETICAL, APPOSITION };

/** The pattern for a label's trailing intensifier and its precheck, for the test that holds one to the other. */
export const TRAILING_INTENSIFIER_CHECK = { TRAILING_INTENSIFIER, mayEndInIntensifier };
