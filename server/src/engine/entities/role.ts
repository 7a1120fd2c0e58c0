import { Gap, Shape, type Token } from '../text/tokens';
import { headAfterBeatWords, isBeatWord } from './beatTitles';
import { HONORIFICS, OCCUPATION_HEADS, PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODIFIERS, SPEECH_VERBS, VERBS_AFTER_NAME } from './lexicons/personWords';
import { SENTENCE_OPENERS } from './lexicons/sentenceOpeners';
import { isCapitalised, tightWithPrevious, type NameScan, type NameSpan } from './nameScan';
import { endsInField, isCrownPossessive, isHeadAt, isStatutorySectionAt, isPortfolioBefore, isTitleWordAt, MAX_FIELD_TOKENS, MAX_FIELD_WORDS, MAX_SIGN_OFF_BODY_WORDS, MAX_TITLE_WORDS, titleFrom } from './roleTitles';

// Roles: a title attached to a named person (RULES.md), found in these positions:
//  - before the name: "Health Secretary Andrew Lansley", "Co-operatives UK Secretary General Ed
//    Mayo", "Employee Ownership Association director Patrick Burns", "care minister Jo Bell";
//  - before it with a comma, after a possessive: "Its chief executive, Jo Bell", "the trust's chair, …";
//  - in apposition after it: "Ali Parsa, Managing Director at Circle Health Partnership", also after
//    a possessive ("Jo Bell, the union's regional secretary in the North West");
//  - after a copula: "Jane Doe is the chief executive of Acme Trust";
//  - on the line under a name in a signature block or byline ("Jo Bell" / "Chair");
//  - in brackets after a name in a list of members: "Jo Bell MP (Labour, Anytown) (Chair)";
//  - at a distance, when a parenthetical separates them: "the chairman of ‘the voice of primary
//    care’ — the NHS Alliance — Dr Michael Dixon".
// Titles take a field after "of" ("Director of Finance", "head of health") and the body they are
// held at ("at/of/for the X"), and a portfolio word in front ("care minister", "Health Reporter"):
// how a title reads is in roleTitles.ts, where it stands beside a name here.
// An organisation inside the title stays tagged on its own (the one nesting RULES.md allows).
// A title with no person next to it is not a role.

export interface RoleSpan {
  start: number;
  end: number;
  person: NameSpan;
}

/** The organisations inside a role's span ("Co-operatives UK" in "Co-operatives UK Secretary General"). */
export function organisationsWithin(scan: NameScan, role: RoleSpan): NameSpan[] {
  const found: NameSpan[] = [];
  for (let i = scan.firstTokenEndingAfter(role.start); i < scan.tokens.length && scan.tokens[i]!.start < role.end; i++) {
    const owner = scan.ownerOf(i);
    if (owner?.type === 'organisation' && owner.start >= role.start && owner.end <= role.end && !found.includes(owner)) found.push(owner);
  }
  return found;
}

/** Index of the first token of the name, moved left over an honorific ("Dr", "Dr.") that precedes it. */
const ROLE_CONNECTORS = new Set(['of', 'for', 'the', 'and', 'at', '&']);

const COPULAS = new Set(['is', 'was', 'becomes', 'became']);
function followedByCopula(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token !== undefined && (COPULAS.has(token.key) || (COMPOUND_COPULAS.has(token.key) && COPULA_PARTICIPLES.has(tokens[i + 1]?.key ?? '')));
}

/** "has been", "will be", "will become": the copula with its auxiliary ("Jo Bell has been chair of X since 2021"). */
const COMPOUND_COPULAS = new Set(['has', 'have', 'had', 'will', 'would']);
const COPULA_PARTICIPLES = new Set(['been', 'be', 'become']);
const ORDER_WORDS = new Set(['first', 'new', 'next']);

/** Members' letters for a seat in a parliament or assembly: before a name they are a title, not a role. */
const SEAT_LETTERS = new Set(['mp', 'mep', 'msp', 'mla']);

const MAX_DISTANCE = 30;

const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * "Children’s Minister", "Women’s Officer": a portfolio word in the possessive, right before the
 * next word, names whom the office serves and belongs to the title, unlike a body's possessive.
 */
function isPossessivePortfolio(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token || !next || token.bareEnd === token.end || next.gapBefore !== Gap.Space) return false;
  const bare = token.key.slice(0, token.bareEnd - token.start);
  return PORTFOLIO_WORDS.has(bare) || bare === 'women';
}

/** Markdown's emphasis marks glued to a name ("**Jo Bell**", "*Jo Bell*"). */
const EMPHASIS_MARKS = new Set(['*', '_']);

/** The first token after the emphasis marks closing a name at i, or i. */
function afterEmphasis(tokens: readonly Token[], i: number): number {
  while (tokens[i] !== undefined && tokens[i]!.gapBefore === Gap.None && EMPHASIS_MARKS.has(tokens[i]!.text)) i++;
  return i;
}

/** The first emphasis mark opening a name at `first` ("*" in "*Jo Bell*"), or `first`. */
function beforeEmphasis(tokens: readonly Token[], first: number): number {
  while (first > 0 && tokens[first]!.gapBefore === Gap.None && EMPHASIS_MARKS.has(tokens[first - 1]!.text)) first--;
  return first;
}

/** Adverbs of time between a copula and a post: "X is still artistic director", "is now chair of". */
const COPULA_ADVERBS = new Set(['still', 'now', 'currently', 'also', 'already']);

function afterCopulaAdverb(tokens: readonly Token[], i: number): number {
  return tokens[i] !== undefined && COPULA_ADVERBS.has(tokens[i]!.key) && tokens[i]!.shape === Shape.Lower ? i + 1 : i;
}

function beforeHonorific(tokens: readonly Token[], first: number): number {
  let start = first;
  // Honorifics stack: "Professor Sir Mike Richards".
  for (let n = 0; n < 3; n++) {
    let i = start - 1;
    if (tokens[i]?.text === '.' && tokens[i]!.gapBefore === 0) i--;
    if (!(tokens[i] && HONORIFICS.has(tokens[i]!.key) && isCapitalised(tokens[i]))) break;
    start = i;
  }
  return start;
}

/**
 * The title right before the name, or right before `nameStart` when that is not the name's first
 * token (the bracket of "The Minister for Housing (Jo Bell)"); `glued` when that token is a mark
 * written against the title (the comma before a department).
 */
/**
 * "Cabinet member 🪦Jo Bell": social posts glue an emoji to the front of a name; the emoji stands
 * where a space would, so the title before it is the name's. The emoji's token, or `first`.
 */
function beforeGluedPictograph(tokens: readonly Token[], first: number): number {
  const mark = tokens[first - 1];
  if (mark === undefined || tokens[first]!.gapBefore !== Gap.None || mark.gapBefore !== Gap.Space || mark.shape !== Shape.Punct) return first;
  // Astral pictographs only (a surrogate pair, with or without U+FE0F): "•" or "–" are not glued emoji.
  const code = mark.text.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdbff ? first - 1 : first;
}

function titleBefore(scan: NameScan, person: NameSpan, nameStart = beforeGluedPictograph(scan.tokens, beforeHonorific(scan.tokens, person.first)), glued = false): RoleSpan | undefined {
  const { tokens } = scan;
  if (!glued && !tightWithPrevious(tokens, nameStart)) return undefined;
  let first = nameStart;
  let hasHead = false;
  for (let i = nameStart - 1; i >= 0 && nameStart - i <= MAX_TITLE_WORDS; i--) {
    const token = tokens[i]!;
    const owner = scan.ownerOf(i);
    if (owner?.type === 'person') break;
    const fits =
      isCapitalised(token) ||
      isTitleWordAt(tokens, i) ||
      isPortfolioBefore(tokens, i) ||
      (token.shape === Shape.Lower && (ROLE_CONNECTORS.has(token.key) || PORTFOLIO_WORDS.has(token.key))) ||
      owner?.type === 'organisation';
    if (!fits) break;
    // "Tarnside MP Jo Bell": a seat's letters name no office held at a body (RULES.md: a title, like Cllr).
    if (isHeadAt(tokens, i) && !SEAT_LETTERS.has(token.key)) hasHead = true;
    first = i;
    if ((!tightWithPrevious(tokens, i) && !isPossessivePortfolio(tokens, i - 1)) || token.sentenceStart) break;
  }
  // Trim what cannot open a title: connectors, articles, sentence openers.
  while (first < nameStart && (ROLE_CONNECTORS.has(tokens[first]!.key) || SENTENCE_OPENERS.has(tokens[first]!.key))) first++;
  if (!hasHead || first >= nameStart) return undefined;
  // The title must end with a title word, an organisation or a field ("Cabinet member for adult
  // social care Cllr Jo Bell"), not with a stray word.
  const lastTitle = tokens[nameStart - 1]!;
  if (!isTitleWordAt(tokens, nameStart - 1) && lastTitle.key !== 'general' && !isCapitalised(lastTitle) && !endsInField(scan, first, nameStart - 1)) return undefined;
  return { start: tokens[first]!.start, end: tokens[nameStart - 1]!.end, person };
}

/** True when the name (after any honorific) opens its line and nothing but the name is on it. */
function aloneOnLine(tokens: readonly Token[], nameStart: number, last: number): boolean {
  const next = tokens[last + 1];
  return tokens[nameStart]!.gapBefore >= Gap.LineBreak && next !== undefined && next.gapBefore === Gap.LineBreak;
}

/** Verbs of taking up a post, in the passive after "has been" or "is": "has been appointed", "is named". */
const APPOINTING_VERBS = new Set(['appointed', 'named', 'made', 'confirmed']);

/**
 * "Jo Bell, who has been appointed the trust’s chief executive", "Jo Bell, who is chair of …": a
 * relative clause in the present or perfect that gives the post the person holds or takes up now
 * (a past "who was" gives a former post, and is left). Returns the token after the verbs, or `i`
 * when no such clause opens there.
 */
function afterRelativeCopula(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.key !== 'who') return i;
  let j = i + 1;
  const verb = tokens[j]?.key;
  if (verb === 'is' || verb === 'becomes') j++;
  else if ((verb === 'has' || verb === 'will') && tokens[j + 1]?.key === (verb === 'has' ? 'been' : 'be')) j += 2;
  else return i;
  if (tokens[j] && APPOINTING_VERBS.has(tokens[j]!.key)) j++;
  if (tokens[j]?.key === 'as') j++;
  return j;
}

function titleAfter(scan: NameScan, person: NameSpan): RoleSpan | undefined {
  const { tokens } = scan;
  let i = afterEmphasis(tokens, person.last + 1);
  const onNextLine = aloneOnLine(tokens, beforeHonorific(tokens, person.first), person.last);
  if (onNextLine) {
    // A signature block or byline: the title is the whole of the next line.
  } else if (tokens[i]?.text === ',') i = afterRelativeCopula(tokens, i + 1);
  else if (tokens[i] && COPULAS.has(tokens[i]!.key)) i = afterCopulaAdverb(tokens, i + 1);
  else if (tokens[i] && COMPOUND_COPULAS.has(tokens[i]!.key) && COPULA_PARTICIPLES.has(tokens[i + 1]?.key ?? '')) i = afterCopulaAdverb(tokens, i + 2);
  else return undefined;
  // "Baroness X, a former head of …", "X is the chief executive of …": the article stays outside,
  // and so does a possessive ("X, the union's regional secretary"), also a body's name in the
  // possessive ("X, Acme’s chief executive"): it says whose post it is, as "its" would, and stays
  // tagged as the organisation it is.
  const indefinite = tokens[i]?.key === 'a' || tokens[i]?.key === 'an';
  if (tokens[i] && (tokens[i]!.key === 'the' || indefinite)) {
    i++;
    // "will be the first chief executive of X": the order of holders is no part of the post.
    if (ORDER_WORDS.has(tokens[i]?.key ?? '') && tokens[i]!.shape === Shape.Lower) i++;
  }
  if (tokens[i] && !onNextLine && !isCrownPossessive(tokens, i)) {
    if (POSSESSIVE_DETERMINERS.has(tokens[i]!.key) || isPossessiveNoun(scan, i)) i++;
    // "GMB’s", "DFTO’s": an acronym's possessive has a plural's shape.
    else if ((isCapitalised(tokens[i]) || isCapitalisedPossessive(tokens[i]!)) && scan.ownerOf(i)?.type === 'organisation') {
      const owner = scan.ownerOf(i)!;
      if (owner.first === i && isPossessiveOrganisation(scan, owner.last)) i = owner.last + 1;
      // "Kelby Homes’ finance director": a plural name's possessive is an apostrophe of its own.
      else if (owner.first === i && isPluralPossessiveMark(tokens, owner.last + 1)) i = owner.last + 2;
    }
    // "Jo Bell, Kelvale’s chair,": a short name in the possessive no recogniser tagged says whose post it is.
    else if (isCapitalisedPossessive(tokens[i]!) && scan.owner[i] === -1 && tokens[i + 1]?.shape === Shape.Lower) i++;
  }
  let last = titleFrom(scan, i);
  if (last < 0) {
    const head = headAfterBeatWords(tokens, i);
    if (head < 0) return undefined;
    last = titleFrom(scan, head);
  }
  if (last < 0) return undefined;
  // "has been a nurse for years": an occupation, not a post.
  if (indefinite && last === i && OCCUPATION_HEADS.has(tokens[i]!.key)) return undefined;
  if (!onNextLine && tokens[beforeHonorific(tokens, person.first)]!.gapBefore >= Gap.LineBreak) last = bodyEndingSignOff(scan, last);
  if (onNextLine && tokens[last + 1] !== undefined && tokens[last + 1]!.gapBefore < Gap.LineBreak && !bodyEndsLine(scan, last + 1)) return undefined;
  return { start: tokens[i]!.start, end: tokens[last]!.bareEnd, person };
}

/**
 * "Jo Bell" / "Chair, Anytown Airport Ltd": a signature's title line may name the body after a
 * comma. The title is the post alone (the body is tagged on its own), when a tagged organisation
 * closes the line right after the comma.
 */
function bodyEndsLine(scan: NameScan, comma: number): boolean {
  const { tokens } = scan;
  const owner = scan.ownerOf(comma + 1);
  if (tokens[comma]!.text !== ',' || tokens[comma]!.gapBefore !== Gap.None || owner?.type !== 'organisation' || owner.first !== comma + 1) return false;
  const after = tokens[owner.last + 1];
  return after === undefined || after.gapBefore >= Gap.LineBreak;
}

/**
 * "Jo Bell, chief executive, Anytown Trust" on a line of its own: a sign-off names the writer, the
 * post and then the body it is held at, each after a comma, and the body ends the line. The title
 * takes the body in, tagged or not (capitalised words that end the line). Returns the title's new
 * last token, or `last` when no body follows.
 */
function bodyEndingSignOff(scan: NameScan, last: number): number {
  const { tokens } = scan;
  if (tokens[last + 1]?.text !== ',' || tokens[last + 1]!.gapBefore !== Gap.None) return last;
  const first = last + 2;
  let end = -1;
  for (let k = first; k < tokens.length && k - first < MAX_SIGN_OFF_BODY_WORDS; k++) {
    const token = tokens[k]!;
    const owner = scan.ownerOf(k);
    if (k > first && token.gapBefore !== Gap.Space) break;
    if (owner?.type === 'person' || !isCapitalised(token) || HONORIFICS.has(token.key)) return last;
    end = owner?.type === 'organisation' ? owner.last : k;
    k = end;
  }
  const next = tokens[end + 1];
  return end > 0 && (next === undefined || next.gapBefore >= Gap.LineBreak) ? end : last;
}

/** The apostrophe after a plural, glued to it and followed by a word: "Homes’ finance director". */
function isPluralPossessiveMark(tokens: readonly Token[], i: number): boolean {
  const mark = tokens[i];
  return mark !== undefined && mark.shape === Shape.Punct && (mark.text === '’' || mark.text === "'") && mark.gapBefore === Gap.None && tokens[i - 1]!.key.endsWith('s') && tokens[i + 1]?.gapBefore === Gap.Space;
}

/** "Ashgrove Trust's", "the LGA’s": an organisation's name ending in a possessive. */
function isPossessiveOrganisation(scan: NameScan, i: number): boolean {
  const token = scan.tokens[i]!;
  return token.bareEnd < token.end && scan.ownerOf(i)?.type === 'organisation';
}

/**
 * "the trust's", "the council’s", "The Trust’s": a noun with a possessive standing for a body, in
 * lower case or, after "the", capitalised as an anaphoric name of the body ("the Trust", "the Council").
 */
function isPossessiveNoun(scan: NameScan, i: number): boolean {
  const token = scan.tokens[i]!;
  if (token.bareEnd === token.end) return false;
  return token.shape === Shape.Lower || (token.shape === Shape.Capitalised && scan.owner[i] === -1 && scan.tokens[i - 1]?.key === 'the');
}

const FIELD_OPENERS = new Set(['of', 'for']);

/**
 * The title word before a comma, or before a field that ends at the comma ("director of finance,",
 * "director for older people,", "Chair of the LGA’s housing board,": a body's own board or
 * committee, after the body's possessive); -1 when neither is there.
 */
function headBeforeField(scan: NameScan, comma: number): number {
  const { tokens } = scan;
  if (tokens[comma - 1] && isHeadAt(tokens, comma - 1)) return comma - 1;
  for (let k = comma - 2; k >= 1 && comma - k <= MAX_FIELD_TOKENS; k--) {
    const token = tokens[k]!;
    const possessiveBody = isPossessiveOrganisation(scan, k);
    // One run of words; a possessive may end a body's name inside it ("the LGA’s housing board").
    if (!tightWithPrevious(tokens, k + 1) && !(possessiveBody && tokens[k + 1]!.gapBefore === Gap.Space)) return -1;
    if (FIELD_OPENERS.has(token.key)) return isHeadAt(tokens, k - 1) && tightWithPrevious(tokens, k) ? k - 1 : -1;
    if (token.shape !== Shape.Lower && token.shape !== Shape.Capitalised && !possessiveBody) return -1;
    if (token.bareEnd < token.end && !possessiveBody) return -1;
  }
  return -1;
}

/**
 * "Acme’s", "ACME’s": a capitalised word in the possessive, a body's name tagged or not (the
 * writer may use a short form no recogniser knows); like "its", it says whose post follows.
 */
function isCapitalisedPossessive(token: Token): boolean {
  // The possessive's letters may give an all-capitals name a mixed shape ("CILIP’s"): the first letter tells.
  const first = token.text.charCodeAt(0);
  return token.bareEnd < token.end && first >= 65 && first <= 90;
}

/**
 * "Its chief executive, Jo Bell", "the trust's director of finance, Jo Bell", "…, whose chair, Jo
 * Bell, said": title words between a possessive and a comma. A title that opens its sentence needs
 * no determiner ("Chair of the Acme board, Jo Bell, said").
 */
function titleBeforeComma(scan: NameScan, person: NameSpan): RoleSpan | undefined {
  const { tokens } = scan;
  const nameStart = beforeHonorific(tokens, beforeEmphasis(tokens, person.first));
  const comma = nameStart - 1;
  if (tokens[comma]?.text !== ',') return undefined;
  const headIndex = headBeforeField(scan, comma);
  if (headIndex < 0) return undefined;
  let first = headIndex;
  let beatWords = 0;
  while (first - 1 >= 0 && comma - first < MAX_TITLE_WORDS && tightWithPrevious(tokens, first)) {
    if (isTitleWordAt(tokens, first - 1) || isPortfolioBefore(tokens, first - 1)) first--;
    // "The college’s principal and chief executive, Jo Bell": two posts joined, one title.
    else if (first >= 2 && tokens[first - 1]!.key === 'and' && isTitleWordAt(tokens, first - 2) && tokens[first - 2]!.shape === tokens[first]!.shape && tightWithPrevious(tokens, first - 1)) first -= 2;
    // "Its section 151 officer, Jo Bell": the section and its number open the title.
    else if (first >= 2 && isStatutorySectionAt(tokens, first - 2)) first -= 2;
    // "The council’s monitoring officer, Jo Bell": words of the post's brief before its head (see
    // beatTitles.ts); the possessive or determiner asked for below must still open the title.
    else if (beatWords < 2 && isBeatWord(tokens[first - 1]!)) {
      first--;
      beatWords++;
    } else break;
  }
  // "GMB regional organiser for the South West, Jo Bell, said": a body's name that opens the
  // sentence and then its post, before the comma, is one title with the body inside it.
  const body = scan.ownerOf(first - 1);
  if (body?.type === 'organisation' && body.last === first - 1 && tokens[body.first]!.sentenceStart && tightWithPrevious(tokens, first) && isPossessiveFree(tokens, first - 1)) {
    return { start: tokens[body.first]!.start, end: tokens[comma - 1]!.end, person };
  }
  const determiner = tokens[first - 1];
  // "Morag is the company secretary, Iain Beaton chairs it": a title after a copula is its
  // subject's; the name after the comma opens another clause.
  if (COPULAS.has(tokens[first - 2]?.key ?? '')) return undefined;
  const opensSentence = tokens[first]!.sentenceStart && isCapitalised(tokens[first]);
  if (
    !opensSentence &&
    !(determiner && (POSSESSIVE_DETERMINERS.has(determiner.key) || determiner.key === 'whose' || isPossessiveNoun(scan, first - 1) || determiner.key === 'the' || isCapitalisedPossessive(determiner))) &&
    !(isPluralPossessiveMark(tokens, first - 1) && isCapitalised(tokens[first - 2]))
  )
    return undefined;
  return { start: tokens[first]!.start, end: tokens[comma - 1]!.end, person };
}

/** Whether the word has no possessive ("GMB", not "GMB’s", which stays outside as "its" would). */
function isPossessiveFree(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.bareEnd === tokens[i]!.end;
}

/** Capitalised words after a name that are letters after it, not more name: "MP", "QC", "OBE". */
function afterPostNominals(tokens: readonly Token[], i: number): number {
  while (tokens[i] !== undefined && tokens[i]!.shape === Shape.AllCaps && tokens[i]!.gapBefore === Gap.Space && !tokens[i]!.sentenceStart) i++;
  return i;
}

/**
 * The end of a title in brackets: right before the ")", or after a portfolio the writer gave after
 * a comma ("cabinet member, adult social care)"), or before the body after a comma; -1 when the
 * bracket holds more than that.
 */
function bracketedTitleEnd(scan: NameScan, last: number): number {
  const { tokens } = scan;
  if (tokens[last + 1]?.text === ')') return last;
  if (tokens[last + 1]?.text !== ',') return -1;
  // "(Head of Reablement, Norland County Council)": the post, then the body it is held at.
  const body = scan.ownerOf(last + 2);
  if (body?.type === 'organisation' && body.first === last + 2 && tokens[body.last + 1]?.text === ')') return last;
  let words = 0;
  for (let k = last + 2; k < tokens.length && words <= MAX_FIELD_WORDS; k++) {
    const token = tokens[k]!;
    if (token.text === ')') return words > 0 && k > last + 2 ? k - 1 : -1;
    if (!(PORTFOLIO_WORDS.has(token.key) || (token.key === 'and' && words > 0))) return -1;
    if (token.key !== 'and') words++;
  }
  return -1;
}

/**
 * "Jo Bell MP (Labour, Anytown) (Chair)", "Jo Bell (Treasurer)", "– Jo (cabinet member, housing)":
 * a title alone in brackets after a name, possibly after another bracket on the same line (party
 * and seat in a list of members).
 */
function titleInBrackets(scan: NameScan, person: NameSpan): RoleSpan | undefined {
  const { tokens } = scan;
  let open = afterPostNominals(tokens, person.last + 1);
  for (let group = 0; group < 2; group++) {
    if (tokens[open]?.text !== '(' || tokens[open]!.gapBefore >= Gap.LineBreak) return undefined;
    const title = titleFrom(scan, open + 1);
    const last = title >= 0 ? bracketedTitleEnd(scan, title) : capitalisedBeatTitleEnd(tokens, open + 1);
    if (last >= 0) return { start: tokens[open + 1]!.start, end: tokens[last]!.bareEnd, person };
    let close = open + 1;
    while (close < tokens.length && close - open <= MAX_TITLE_WORDS && tokens[close]!.text !== ')' && tokens[close]!.gapBefore < Gap.LineBreak) close++;
    if (tokens[close]?.text !== ')') return undefined;
    open = close + 1;
  }
  return undefined;
}

/**
 * "(Monitoring Officer)", "(Programme Director)": in brackets after a name, capitalised words of
 * the post's brief before its head (see beatTitles.ts), the head closing the bracket. The head's
 * index, or -1.
 */
function capitalisedBeatTitleEnd(tokens: readonly Token[], first: number): number {
  for (let k = first; k < first + 3; k++) {
    const token = tokens[k];
    if (token === undefined || token.shape !== Shape.Capitalised || (k > first && token.gapBefore !== Gap.Space)) return -1;
    if (k > first && ROLE_HEADS.has(token.key)) return tokens[k + 1]?.text === ')' && tokens[k + 1]!.gapBefore === Gap.None ? k : -1;
  }
  return -1;
}

/**
 * "The Minister for Housing (Mr Jo Bell)": a title with its holder's name in brackets after it,
 * as parliamentary reports name a minister who speaks by office and the member in brackets.
 */
function titleBeforeBracketedName(scan: NameScan, person: NameSpan): RoleSpan | undefined {
  const { tokens } = scan;
  const open = beforeHonorific(tokens, person.first) - 1;
  if (tokens[open]?.text !== '(' || tokens[afterPostNominals(tokens, person.last + 1)]?.text !== ')') return undefined;
  const title = titleBefore(scan, person, open) ?? titleReadUpTo(scan, person, open);
  if (title) return title;
  // "The Parliamentary Under-Secretary of State, Home Office (Lord Jo Bell)": the Lords' reports
  // give a junior minister's department after the office and a comma.
  const department = scan.ownerOf(open - 1);
  const comma = department && department.type === 'organisation' && department.last === open - 1 ? department.first - 1 : -1;
  if (comma < 1 || tokens[comma]!.text !== ',' || tokens[comma]!.gapBefore !== Gap.None) return undefined;
  const office = titleBefore(scan, person, comma, true);
  return office && { start: office.start, end: department!.end, person };
}

/**
 * "The Minister for Food, Farming and Fisheries (Jo Bell)": a title whose field lists its words
 * with commas, which the walk back from the bracket stops at. Read forward from the line's first
 * title word (after "The"), the title must run to the bracket.
 */
function titleReadUpTo(scan: NameScan, person: NameSpan, open: number): RoleSpan | undefined {
  const { tokens } = scan;
  let lineStart = open - 1;
  while (lineStart > 0 && open - lineStart <= MAX_TITLE_WORDS + MAX_FIELD_TOKENS && tokens[lineStart]!.gapBefore < Gap.LineBreak) lineStart--;
  if (tokens[lineStart]!.gapBefore < Gap.LineBreak && lineStart > 0) return undefined;
  const first = tokens[lineStart]!.key === 'the' ? lineStart + 1 : lineStart;
  if (first >= open || !isTitleWordAt(tokens, first) || titleFrom(scan, first) !== open - 1) return undefined;
  return { start: tokens[first]!.start, end: tokens[open - 1]!.end, person };
}

/** "the chairman of … — Dr Michael Dixon": a title before a parenthetical that ends at the name. */
function titleAtDistance(scan: NameScan, person: NameSpan): RoleSpan | undefined {
  const { tokens } = scan;
  const nameStart = beforeHonorific(tokens, person.first);
  const separator = tokens[nameStart - 1];
  if (!separator || !/^[—–,-]$/.test(separator.text)) return undefined;
  for (let i = nameStart - 2; i > 0 && nameStart - i <= MAX_DISTANCE; i--) {
    const token = tokens[i]!;
    if (/^[.!?;]$/.test(token.text) || SPEECH_VERBS.has(token.key) || VERBS_AFTER_NAME.has(token.key) || token.gapBefore >= 3) return undefined;
    if (!ROLE_HEADS.has(token.key) || tokens[i + 1]?.key !== 'of') continue;
    let first = i;
    while (first > 0 && ROLE_MODIFIERS.has(tokens[first - 1]!.key)) first--;
    const article = tokens[first - 1]?.key;
    if (article !== 'the' && article !== 'its' && article !== 'their') return undefined;
    // "the chairman of the NHS Alliance, Dr X": the organisation right after "of" joins the title, and
    // so does a capitalised complement ("The Secretary of State for Education, X").
    let last = i;
    let j = i + 2;
    if (tokens[j]?.key === 'the') j++;
    const owner = scan.ownerOf(j);
    if (owner?.type === 'organisation' && owner.first === j) last = owner.last;
    else last = capitalisedComplementEnd(tokens, i + 1, nameStart - 2, i);
    return { start: tokens[first]!.start, end: tokens[last]!.bareEnd, person };
  }
  return undefined;
}

/** End of "of State for Education" after a title word: capitalised words and connectors, up to `limit`. */
function capitalisedComplementEnd(tokens: readonly Token[], from: number, limit: number, fallback: number): number {
  let last = fallback;
  for (let k = from; k <= limit; k++) {
    const token = tokens[k]!;
    if (isCapitalised(token)) last = k;
    else if (!(token.shape === Shape.Lower && ROLE_CONNECTORS.has(token.key))) break;
  }
  return last;
}

/**
 * A role may contain an organisation but never cut one: "The King’s Fund chairman X" is a title
 * that starts at "King’s", not at "Fund". The edges move out to the organisations they fall in.
 */
function wholeOrganisations(scan: NameScan, role: RoleSpan): RoleSpan {
  const first = scan.ownerOf(scan.firstTokenEndingAfter(role.start));
  const last = scan.ownerOf(scan.firstTokenEndingAfter(role.end - 1));
  const start = first?.type === 'organisation' && first.start < role.start ? first.start : role.start;
  const end = last?.type === 'organisation' && last.end > role.end ? last.end : role.end;
  return start === role.start && end === role.end ? role : { start, end, person: role.person };
}

/**
 * "Chair: Jo Bell", "Vice-chair: Sam Lowe" on lines of their own: a list of officers (trustees,
 * board members) puts the post before a colon and the holder after it. The whole line before the
 * colon must be title words, so that "Contact: Jo Bell" or "Bankers: Acme Bank" give no role.
 */
function titleBeforeColon(scan: NameScan, person: NameSpan): RoleSpan | undefined {
  const { tokens } = scan;
  const nameStart = beforeHonorific(tokens, person.first);
  const colon = nameStart - 1;
  if (tokens[colon]?.text !== ':' || tokens[colon]!.gapBefore !== Gap.None || tokens[nameStart]!.gapBefore !== Gap.Space) return undefined;
  let first = colon;
  let hasHead = false;
  for (let i = colon - 1; i >= 0 && colon - i <= 4; i--) {
    const token = tokens[i]!;
    if (!isTitleWordAt(tokens, i) && !(token.text === '-' && token.gapBefore === Gap.None)) return titleWithFieldBeforeColon(scan, person, colon);
    if (isHeadAt(tokens, i)) hasHead = true;
    first = i;
    if (token.gapBefore >= Gap.LineBreak || i === 0) break;
    if (token.gapBefore > Gap.Space) return undefined;
  }
  if (!hasHead || first === colon || (first > 0 && tokens[first]!.gapBefore < Gap.LineBreak)) return undefined;
  return { start: tokens[first]!.start, end: tokens[colon - 1]!.end, person };
}

/** "of the committee", "of Trustees", "to the Governors": a preposition and a few words of a body, ending at `end`. */
function fieldOfBodyTo(tokens: readonly Token[], from: number, end: number): boolean {
  const of = tokens[from];
  if (of === undefined || (of.key !== 'of' && of.key !== 'to' && of.key !== 'for') || end - from < 2 || end - from > 5) return false;
  for (let k = from + 1; k < end; k++) if (tokens[k]!.shape !== Shape.Lower && tokens[k]!.shape !== Shape.Capitalised) return false;
  return true;
}

/**
 * "Chair of the committee: Cllr Jo Bell", "Head of Finance: Sam Lowe": a post with its field on a
 * line of its own before the colon. The line must be one title, head first, running to the colon.
 */
function titleWithFieldBeforeColon(scan: NameScan, person: NameSpan, colon: number): RoleSpan | undefined {
  const { tokens } = scan;
  let first = colon - 1;
  while (first > 0 && colon - first <= MAX_FIELD_TOKENS + 2 && tokens[first]!.gapBefore < Gap.LineBreak) first--;
  if (first > 0 && tokens[first]!.gapBefore < Gap.LineBreak) return undefined;
  if (!isHeadAt(tokens, first)) return undefined;
  if (titleFrom(scan, first) !== colon - 1 && !fieldOfBodyTo(tokens, first + 1, colon)) return undefined;
  return { start: tokens[first]!.start, end: tokens[colon - 1]!.end, person };
}

export function findRoles(scan: NameScan): RoleSpan[] {
  const roles: RoleSpan[] = [];
  for (const person of scan.spans) {
    if (person.type !== 'person') continue;
    const role =
      titleBefore(scan, person) ?? titleBeforeComma(scan, person) ?? titleAfter(scan, person) ?? titleInBrackets(scan, person) ?? titleBeforeBracketedName(scan, person) ?? titleBeforeColon(scan, person) ?? titleAtDistance(scan, person);
    if (role) roles.push(wholeOrganisations(scan, role));
    // "Kelby chief executive Jo Bell will be the first chief executive of X": a post before the name
    // and another the copula gives it after.
    if (role && role.end <= scan.tokens[person.first]!.start && followedByCopula(scan.tokens, person.last + 1)) {
      const after = titleAfter(scan, person);
      if (after) roles.push(wholeOrganisations(scan, after));
    }
  }
  return roles;
}
