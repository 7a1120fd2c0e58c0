import { Gap, Shape, type Token } from '../text/tokens';
import { HONORIFICS, MEMBER_BODIES, PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODIFIERS, SPEECH_VERBS, VERBS_AFTER_NAME } from './lexicons/personWords';
import { SENTENCE_OPENERS } from './lexicons/sentenceOpeners';
import { isCapitalised, tightNext, tightWithPrevious, type NameScan, type NameSpan } from './nameScan';

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
// held at ("at/of/for the X"), and a portfolio word in front ("care minister", "Health Reporter").
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

const ROLE_CONNECTORS = new Set(['of', 'for', 'the', 'and', 'at', '&']);
const AFTER_TITLE = new Set(['at', 'of', 'for', 'with']);
const COPULAS = new Set(['is', 'was', 'becomes', 'became']);
const MAX_TITLE_WORDS = 9;
const MAX_DISTANCE = 30;

function isRoleWord(token: Token): boolean {
  return ROLE_HEADS.has(token.key) || ROLE_MODIFIERS.has(token.key);
}

/** "member" right after a body its holder sits on: "cabinet member", "board member". */
function isMemberOfBody(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.key === 'member' && i > 0 && MEMBER_BODIES.has(tokens[i - 1]!.key) && tokens[i]!.gapBefore === Gap.Space;
}

/** "cabinet" in "cabinet member": the body word that makes the "member" after it a title. */
function isBodyBeforeMember(tokens: readonly Token[], i: number): boolean {
  return MEMBER_BODIES.has(tokens[i]!.key) && tokens[i + 1] !== undefined && isMemberOfBody(tokens, i + 1);
}

/** The noun a title is built on: a head noun, or "member" of a body (a council's "cabinet member for housing"). */
function isHeadAt(tokens: readonly Token[], i: number): boolean {
  return ROLE_HEADS.has(tokens[i]!.key) || isMemberOfBody(tokens, i);
}

/** Any word of a title's core: a head or modifier, or the body word of "cabinet member". */
function isTitleWordAt(tokens: readonly Token[], i: number): boolean {
  return isRoleWord(tokens[i]!) || isMemberOfBody(tokens, i) || isBodyBeforeMember(tokens, i);
}

/**
 * "Her Majesty’s" at i: part of the names of Crown offices ("Her Majesty’s Chief Inspector",
 * "His Majesty’s Inspector of Constabulary"), not a possessive determiner to leave outside.
 */
function isCrownPossessive(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  return token !== undefined && token.shape === Shape.Capitalised && (token.key === 'her' || token.key === 'his') && next !== undefined && next.key === "majesty's" && next.gapBefore === Gap.Space;
}

/** A portfolio word that qualifies the title word right after it: "care minister", "Health Reporter". */
function isPortfolioBefore(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return PORTFOLIO_WORDS.has(tokens[i]!.key) && next !== undefined && next.gapBefore === Gap.Space && (isTitleWordAt(tokens, i + 1) || PORTFOLIO_WORDS.has(next.key));
}

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

const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Words of a field ("and" not counted): "of Adult Social Services", "for children and young people". */
const MAX_FIELD_WORDS = 3;

interface Field {
  /** Last token of the field. */
  end: number;
  /** True when a word of it is a proper name rather than a field of work: "of Millbrook Homes", not "of Finance". */
  namesBody: boolean;
}

/** Lower-case words that may follow a field: the title goes on, or the sentence does. */
const AFTER_FIELD = new Set(['at', 'of', 'for', 'in', 'and', 'with', 'to', 'on']);

/**
 * "of Finance", "of health", "for adult social care", "for children and young people": a field
 * after a title word, lower-case field words or capitalised words; undefined when there is none.
 * Also the body's own board or committee after "the", in capitals: "Chair of the Board", "Chair of
 * the Governing Body" (not "chair of the Anytown branch", where the capitals only qualify a noun).
 */
function fieldAfter(scan: NameScan, opener: number): Field | undefined {
  const { tokens } = scan;
  const key = tokens[opener]?.key;
  if (key !== 'of' && key !== 'for') return undefined;
  const afterArticle = tokens[opener + 1]?.key === 'the' && tightWithPrevious(tokens, opener + 1);
  if (afterArticle) {
    const end = capitalisedField(scan, opener + 2);
    return end > 0 ? { end, namesBody: true } : undefined;
  }
  let end = -1;
  let namesBody = false;
  let words = 0;
  for (let k = opener + 1; k < tokens.length && words < MAX_FIELD_WORDS && tightWithPrevious(tokens, k); k++) {
    const token = tokens[k]!;
    const owner = scan.ownerOf(k);
    if (owner !== undefined) break;
    if (PORTFOLIO_WORDS.has(token.key) || closesCoordinatedField(tokens, k, end)) end = k;
    else if (isCapitalised(token) && !HONORIFICS.has(token.key)) {
      end = k;
      namesBody = true;
    } else if (!(token.key === 'and' && end > 0)) break;
    if (token.key !== 'and') words++;
    if (token.bareEnd < token.end) break;
  }
  // A field does not end on "and": "director of finance and" stops at "finance".
  return end > 0 ? { end, namesBody } : undefined;
}

const CLAUSE_PUNCTUATION = new Set([',', '.', ';', ':', ')']);

/**
 * "for culture and leisure,": the lower-case word after "and" that closes a field at punctuation
 * or at the end of the line is the field's second member whatever the word, as councils and boards
 * name portfolios by pairs ("regeneration and skills", "parks and cemeteries") no list can hold.
 */
function closesCoordinatedField(tokens: readonly Token[], k: number, fieldEnd: number): boolean {
  const token = tokens[k]!;
  if (fieldEnd < 0 || token.shape !== Shape.Lower || tokens[k - 1]?.key !== 'and' || token.bareEnd < token.end) return false;
  const next = tokens[k + 1];
  return next === undefined || next.gapBefore >= Gap.LineBreak || (next.gapBefore === 0 && CLAUSE_PUNCTUATION.has(next.text));
}

/** Last token of up to MAX_FIELD_WORDS capitalised words from `first` that nobody owns and that end a phrase; -1 if none. */
function capitalisedField(scan: NameScan, first: number): number {
  const { tokens } = scan;
  let end = -1;
  for (let k = first; k < tokens.length && k - first < MAX_FIELD_WORDS && tightWithPrevious(tokens, k); k++) {
    const token = tokens[k]!;
    if (token.shape !== Shape.Capitalised || scan.owner[k] !== -1 || HONORIFICS.has(token.key)) break;
    end = k;
    if (token.bareEnd < token.end) return -1;
  }
  const next = tokens[end + 1];
  if (end < 0 || (next !== undefined && next.shape === Shape.Lower && next.gapBefore === Gap.Space && !AFTER_FIELD.has(next.key))) return -1;
  return end;
}

/** The bodies an organisation sets up inside itself, which a title may chair or sit on. */
const INNER_BODIES = new Set(['board', 'committee', 'panel', 'forum', 'group', 'council', 'commission', 'network']);

/**
 * "chair of the LGA’s children and young people board": a body's possessive, then lower-case words
 * closed by one of its inner bodies (a board, a committee), is the post's full place; the title runs
 * to the inner body. Without one the title ends with the body's name. Returns the new last token.
 */
function bodyOfOrganisationEnd(scan: NameScan, end: number): number {
  const { tokens } = scan;
  if (tokens[end]!.bareEnd === tokens[end]!.end) return end;
  for (let k = end + 1; k < tokens.length && k - end <= MAX_FIELD_TOKENS && tokens[k]!.gapBefore === Gap.Space; k++) {
    const token = tokens[k]!;
    if (token.shape !== Shape.Lower || token.bareEnd < token.end) return end;
    if (INNER_BODIES.has(token.key)) return k;
  }
  return end;
}

/**
 * From the last title word: "of <field>", then "at/of/for (the) <organisation>" (and a body named
 * right after it: "the LGA Community Wellbeing Board"), or "in (the) <region>".
 */
function completeTitle(scan: NameScan, last: number): number {
  const { tokens } = scan;
  // Fields chain: "Minister of State for Housing".
  let namesBody = false;
  for (let n = 0; n < 2; n++) {
    const field = fieldAfter(scan, last + 1);
    if (!field) break;
    last = field.end;
    namesBody ||= field.namesBody;
  }
  let j = last + 1;
  if (tokens[j] && AFTER_TITLE.has(tokens[j]!.key)) {
    j++;
    if (tokens[j]?.key === 'the') j++;
    const owner = scan.ownerOf(j);
    if (owner?.type === 'organisation' && owner.first === j) {
      let end = owner.last;
      const next = tightNext(tokens, end) ? scan.ownerOf(end + 1) : undefined;
      if (next?.type === 'organisation' && next.first === end + 1) end = next.last;
      return bodyOfOrganisationEnd(scan, end);
    }
    if (tokens[last + 1]!.key === 'at') {
      const untagged = untaggedWorkplaceEnd(scan, j);
      if (untagged > 0) return untagged;
    }
  } else if (tokens[j]?.key === 'in' && !namesBody) {
    // "regional secretary in the North West": a region qualifies a title; after a body's name it
    // says where the body is ("chair of Acme Homes in Anytown"), and the title ends with the name.
    j++;
    if (tokens[j]?.key === 'the') j++;
    let end = -1;
    for (let k = j; k < tokens.length && k - j < MAX_FIELD_WORDS && tokens[k]!.shape === Shape.Capitalised && scan.owner[k] === -1; k++) {
      end = k;
      if (!tightNext(tokens, k)) break;
    }
    if (end > 0) return end;
  }
  return last;
}

/**
 * "senior researcher at Anytown Policy Unit, where …": after "at", a post names where it is held,
 * so two or more capitalised words there that no recogniser tagged, ending the phrase, are the
 * body's name and part of the title (a single word may be a town: "a lecturer at Oxford").
 * Returns the name's last token, or -1.
 */
function untaggedWorkplaceEnd(scan: NameScan, first: number): number {
  const { tokens } = scan;
  let last = -1;
  for (let k = first; k < tokens.length && k - first < MAX_SIGN_OFF_BODY_WORDS; k++) {
    const token = tokens[k]!;
    if (token.shape !== Shape.Capitalised || scan.owner[k] !== -1 || HONORIFICS.has(token.key)) break;
    last = k;
    if (!tightNext(tokens, k)) break;
  }
  if (last <= first) return -1;
  const next = tokens[last + 1];
  return next === undefined || next.gapBefore !== Gap.Space || next.shape === Shape.Lower ? last : -1;
}

/** Words of a body's name at the end of a sign-off: "Anytown Community Housing Trust" is 4. */
const MAX_SIGN_OFF_BODY_WORDS = 5;

/** Index of the first token of the name, moved left over an honorific ("Dr", "Dr.") that precedes it. */
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
 * token (the bracket of "The Minister for Housing (Jo Bell)").
 */
function titleBefore(scan: NameScan, person: NameSpan, nameStart = beforeHonorific(scan.tokens, person.first)): RoleSpan | undefined {
  const { tokens } = scan;
  if (!tightWithPrevious(tokens, nameStart)) return undefined;
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
    if (isHeadAt(tokens, i)) hasHead = true;
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

/** True when tokens first..last hold a head whose field runs to exactly `last` ("member for adult social care"). */
function endsInField(scan: NameScan, first: number, last: number): boolean {
  for (let h = first; h < last - 1; h++) {
    if (isHeadAt(scan.tokens, h) && fieldAfter(scan, h + 1)?.end === last) return true;
  }
  return false;
}

/** Reads "Managing Director at Circle Health Partnership" from token i; -1 when there is no title. */
function titleFrom(scan: NameScan, i: number): number {
  const { tokens } = scan;
  let last = -1;
  let hasHead = false;
  let openedByOrganisation = false;
  let k = i;
  for (; k < tokens.length && k - i < MAX_TITLE_WORDS; k++) {
    const token = tokens[k]!;
    // A title is one run of words: a line break or a wide gap ends it.
    if (scan.ownerOf(k)?.type === 'person' || (k > i && !tightWithPrevious(tokens, k) && !(k === i + 2 && isCrownPossessive(tokens, i)))) break;
    if (k === i && isCrownPossessive(tokens, k)) {
      // "Her Majesty’s Chief Inspector": the title starts at "Her"; its words follow.
      k++;
    } else if (isTitleWordAt(tokens, k) || isPortfolioBefore(tokens, k)) {
      // A portfolio word anywhere before a title word: "Senior Research Fellow", "care minister".
      if (isHeadAt(tokens, k)) hasHead = true;
      last = k;
    } else if (isCapitalised(token) && token.key === 'general' && last === k - 1) {
      last = k;
    } else if (isCapitalised(token) && scan.ownerOf(k)?.type === 'organisation' && last === -1) {
      // "Acme Trust director": an organisation that opens the title.
      const owner = scan.ownerOf(k)!;
      k = owner.last;
      openedByOrganisation = true;
    } else if (openedByOrganisation && last === -1 && token.shape === Shape.Capitalised && scan.owner[k] === -1) {
      // "Unison North West regional secretary": the organisation's region before the title word.
    } else break;
  }
  if (!hasHead || last === -1) return -1;
  return completeTitle(scan, last);
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
  let i = person.last + 1;
  const onNextLine = aloneOnLine(tokens, beforeHonorific(tokens, person.first), person.last);
  if (onNextLine) {
    // A signature block or byline: the title is the whole of the next line.
  } else if (tokens[i]?.text === ',') i = afterRelativeCopula(tokens, i + 1);
  else if (tokens[i] && COPULAS.has(tokens[i]!.key)) i++;
  else return undefined;
  // "Baroness X, a former head of …", "X is the chief executive of …": the article stays outside,
  // and so does a possessive ("X, the union's regional secretary"), also a body's name in the
  // possessive ("X, Acme’s chief executive"): it says whose post it is, as "its" would, and stays
  // tagged as the organisation it is.
  if (tokens[i] && (tokens[i]!.key === 'the' || tokens[i]!.key === 'a' || tokens[i]!.key === 'an')) i++;
  if (tokens[i] && !onNextLine && !isCrownPossessive(tokens, i)) {
    if (POSSESSIVE_DETERMINERS.has(tokens[i]!.key) || isPossessiveNoun(scan, i)) i++;
    else if (isCapitalised(tokens[i]) && scan.ownerOf(i)?.type === 'organisation') {
      const owner = scan.ownerOf(i)!;
      if (owner.first === i && isPossessiveOrganisation(scan, owner.last)) i = owner.last + 1;
    }
  }
  let last = titleFrom(scan, i);
  if (last < 0) return undefined;
  if (!onNextLine && tokens[beforeHonorific(tokens, person.first)]!.gapBefore >= Gap.LineBreak) last = bodyEndingSignOff(scan, last);
  if (onNextLine && tokens[last + 1] !== undefined && tokens[last + 1]!.gapBefore < Gap.LineBreak) return undefined;
  return { start: tokens[i]!.start, end: tokens[last]!.bareEnd, person };
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
/** Tokens between a title word and the comma after its field: "of the LGA’s housing board,". */
const MAX_FIELD_TOKENS = 6;

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
  const nameStart = beforeHonorific(tokens, person.first);
  const comma = nameStart - 1;
  if (tokens[comma]?.text !== ',') return undefined;
  const headIndex = headBeforeField(scan, comma);
  if (headIndex < 0) return undefined;
  let first = headIndex;
  while (first - 1 >= 0 && comma - first < MAX_TITLE_WORDS && tightWithPrevious(tokens, first)) {
    if (!(isTitleWordAt(tokens, first - 1) || isPortfolioBefore(tokens, first - 1))) break;
    first--;
  }
  const determiner = tokens[first - 1];
  const opensSentence = tokens[first]!.sentenceStart && isCapitalised(tokens[first]);
  if (
    !opensSentence &&
    !(determiner && (POSSESSIVE_DETERMINERS.has(determiner.key) || determiner.key === 'whose' || isPossessiveNoun(scan, first - 1) || determiner.key === 'the' || isCapitalisedPossessive(determiner)))
  )
    return undefined;
  return { start: tokens[first]!.start, end: tokens[comma - 1]!.end, person };
}

/** Capitalised words after a name that are letters after it, not more name: "MP", "QC", "OBE". */
function afterPostNominals(tokens: readonly Token[], i: number): number {
  while (tokens[i] !== undefined && tokens[i]!.shape === Shape.AllCaps && tokens[i]!.gapBefore === Gap.Space && !tokens[i]!.sentenceStart) i++;
  return i;
}

/**
 * The end of a title in brackets: right before the ")", or after a portfolio the writer gave after
 * a comma ("cabinet member, adult social care)"); -1 when the bracket holds more than that.
 */
function bracketedTitleEnd(tokens: readonly Token[], last: number): number {
  if (tokens[last + 1]?.text === ')') return last;
  if (tokens[last + 1]?.text !== ',') return -1;
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
    const last = title >= 0 ? bracketedTitleEnd(tokens, title) : -1;
    if (last >= 0) return { start: tokens[open + 1]!.start, end: tokens[last]!.bareEnd, person };
    let close = open + 1;
    while (close < tokens.length && close - open <= MAX_TITLE_WORDS && tokens[close]!.text !== ')' && tokens[close]!.gapBefore < Gap.LineBreak) close++;
    if (tokens[close]?.text !== ')') return undefined;
    open = close + 1;
  }
  return undefined;
}

/**
 * "The Minister for Housing (Mr Jo Bell)": a title with its holder's name in brackets after it,
 * as parliamentary reports name a minister who speaks by office and the member in brackets.
 */
function titleBeforeBracketedName(scan: NameScan, person: NameSpan): RoleSpan | undefined {
  const { tokens } = scan;
  const open = beforeHonorific(tokens, person.first) - 1;
  if (tokens[open]?.text !== '(' || tokens[afterPostNominals(tokens, person.last + 1)]?.text !== ')') return undefined;
  return titleBefore(scan, person, open);
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
    if (!isTitleWordAt(tokens, i) && !(token.text === '-' && token.gapBefore === Gap.None)) return undefined;
    if (isHeadAt(tokens, i)) hasHead = true;
    first = i;
    if (token.gapBefore >= Gap.LineBreak || i === 0) break;
    if (token.gapBefore > Gap.Space) return undefined;
  }
  if (!hasHead || first === colon || (first > 0 && tokens[first]!.gapBefore < Gap.LineBreak)) return undefined;
  return { start: tokens[first]!.start, end: tokens[colon - 1]!.end, person };
}

export function findRoles(scan: NameScan): RoleSpan[] {
  const roles: RoleSpan[] = [];
  for (const person of scan.spans) {
    if (person.type !== 'person') continue;
    const role =
      titleBefore(scan, person) ?? titleBeforeComma(scan, person) ?? titleAfter(scan, person) ?? titleInBrackets(scan, person) ?? titleBeforeBracketedName(scan, person) ?? titleBeforeColon(scan, person) ?? titleAtDistance(scan, person);
    if (role) roles.push(wholeOrganisations(scan, role));
  }
  return roles;
}
