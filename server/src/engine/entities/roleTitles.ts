import { Gap, Shape, type Token } from '../text/tokens';
import { HONORIFICS, MEMBER_BODIES, OFFICE_AREAS, PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicons/personWords';
import { isCapitalised, tightNext, tightWithPrevious, type NameScan } from './nameScan';

// How a title reads, wherever it stands beside a name (role.ts finds the positions): its head and
// modifier words ("Managing Director", "regional secretary"), a portfolio word in front ("care
// minister"), a field after "of" or "for" ("Director of Finance", "member for adult social care"),
// and the body it is held at ("at/of the X", "the LGA’s housing board").
// "Clerk to Millhaven Town Council", "Secretary to the Board": "to" names the body served, taken
// in only when a tagged body follows.
const AFTER_TITLE = new Set(['at', 'of', 'for', 'with', 'to']);
export const MAX_TITLE_WORDS = 9;

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
/**
 * "Section 151 Officer", "section 151 officer": an officer the law names by its section (Local
 * Government Act 1972, s.151: the chief finance officer; Local Government and Housing Act 1989,
 * s.5: the monitoring officer). At i, "section" with its number and a title head after it.
 */
export function isStatutorySectionAt(tokens: readonly Token[], i: number): boolean {
  const number = tokens[i + 1];
  return tokens[i]?.key === 'section' && number !== undefined && number.shape === Shape.Numeric && tightWithPrevious(tokens, i + 1) && tokens[i + 2] !== undefined && tightWithPrevious(tokens, i + 2) && ROLE_HEADS.has(tokens[i + 2]!.key);
}

export function isHeadAt(tokens: readonly Token[], i: number): boolean {
  return ROLE_HEADS.has(tokens[i]!.key) || isMemberOfBody(tokens, i);
}

/** Any word of a title's core: a head or modifier, or the body word of "cabinet member". */
export function isTitleWordAt(tokens: readonly Token[], i: number): boolean {
  return isRoleWord(tokens[i]!) || isMemberOfBody(tokens, i) || isBodyBeforeMember(tokens, i);
}

/**
 * "Her Majesty’s" at i: part of the names of Crown offices ("Her Majesty’s Chief Inspector",
 * "His Majesty’s Inspector of Constabulary"), not a possessive determiner to leave outside.
 */
export function isCrownPossessive(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  return token !== undefined && token.shape === Shape.Capitalised && (token.key === 'her' || token.key === 'his') && next !== undefined && next.key === "majesty's" && next.gapBefore === Gap.Space;
}

/**
 * Bodies whose leader is called by the body's kind: "council leader", "party leader", "union leader",
 * "Opposition leader". The word belongs to the title, as a portfolio word does.
 */
const LED_BODIES = new Set(['council', 'party', 'union', 'opposition']);

/** Kinds of body whose officers are called by the kind: "company secretary", "club treasurer", "parish clerk". */
const BODY_KINDS = new Set(['company', 'society', 'club', 'charity', 'parish', 'chapel', 'association', 'federation', 'cooperative', 'co-operative']);

/** A portfolio word that qualifies the title word right after it: "care minister", "Health Reporter", "council leader". */
export function isPortfolioBefore(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.gapBefore !== Gap.Space) return false;
  const key = tokens[i]!.key;
  return (
    (PORTFOLIO_WORDS.has(key) && (isTitleWordAt(tokens, i + 1) || PORTFOLIO_WORDS.has(next.key))) ||
    (LED_BODIES.has(key) && next.key === 'leader') ||
    // "Cabinet Secretary for Economy", "board secretary", "committee clerk": the body whose business the office serves.
    (MEMBER_BODIES.has(key) && ROLE_HEADS.has(next.key)) ||
    // "company secretary", "society secretary", "parish clerk": the kind of body the office is held at.
    (BODY_KINDS.has(key) && ROLE_HEADS.has(next.key)) ||
    (OFFICE_AREAS.has(key) && isHeadAt(tokens, i + 1))
  );
}

/** Words of a field ("and" not counted): "of Adult Social Services", "for children and young people". */
export const MAX_FIELD_WORDS = 3;

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
  // "the minister responsible for buses": "responsible for" opens a field as "for" does.
  if (tokens[opener]?.key === 'responsible' && tokens[opener + 1]?.key === 'for' && tightWithPrevious(tokens, opener + 1)) opener++;
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
  let limit = MAX_FIELD_WORDS;
  for (let k = opener + 1; k < tokens.length && words < limit && (tightWithPrevious(tokens, k) || isGluedComma(tokens[k]!)); k++) {
    const token = tokens[k]!;
    const owner = scan.ownerOf(k);
    if (owner !== undefined) break;
    // "Director of Finance and Section 151 Officer": the statutory officer is the field's second member
    if (isStatutorySectionAt(tokens, k)) {
      end = k + 2;
      k += 2;
      words += 3;
      if (tokens[k]!.bareEnd < tokens[k]!.end) break;
      continue;
    }
    if (PORTFOLIO_WORDS.has(token.key) || closesCoordinatedField(tokens, k, end) || isFieldOfWork(token, k === opener + 1) || isGoverningBody(token, k === opener + 1)) end = k;
    else if (isCapitalised(token) && !HONORIFICS.has(token.key)) {
      end = k;
      namesBody = true;
    } else if (token.text === ',' && end === k - 1 && limit === MAX_FIELD_WORDS && fieldListGoesOn(scan, k)) {
      // "for Children, Young People and Education": the portfolio's fields listed, closed by "and".
      limit += MAX_FIELD_WORDS;
      continue;
    } else if (!((token.key === 'and' || token.text === '&') && end > 0)) break;
    if (token.key !== 'and' && token.text !== '&') words++;
    if (token.bareEnd < token.end) break;
  }
  // A field does not end on "and": "director of finance and" stops at "finance".
  return end > 0 ? { end, namesBody } : undefined;
}

const CLAUSE_PUNCTUATION = new Set([',', '.', ';', ':', ')']);

/**
 * After a comma in a field: more field words, then "and" or "&" and one more ("for Environment,
 * Food and Rural Affairs", "for Housing, Communities and Local Government"). Not a person's name
 * ("Director of Finance, Jo Bell and …"): words another recogniser owns end the list.
 */
function isGluedComma(token: Token): boolean {
  return token.text === ',' && token.gapBefore === Gap.None;
}

function fieldListGoesOn(scan: NameScan, comma: number): boolean {
  const { tokens } = scan;
  for (let k = comma + 1; k < tokens.length && k - comma <= 4 && tightWithPrevious(tokens, k); k++) {
    const token = tokens[k]!;
    if ((token.key === 'and' || token.text === '&') && k > comma + 1) return isFieldListWord(scan, k + 1) && tightWithPrevious(tokens, k + 1);
    if (!isFieldListWord(scan, k)) return false;
  }
  return false;
}

function isFieldListWord(scan: NameScan, k: number): boolean {
  const token = scan.tokens[k];
  return token !== undefined && scan.owner[k] === -1 && ((isCapitalised(token) && !HONORIFICS.has(token.key)) || PORTFOLIO_WORDS.has(token.key));
}

/** Those who govern a body together, whose chair or clerk a post is: "chair of trustees", "clerk to the governors". */
const GOVERNING_BODIES = new Set(['trustees', 'governors', 'directors']);

/** "chair of trustees", "vice-chair of governors": the governing body as the field, right after "of". */
function isGoverningBody(token: Token, first: boolean): boolean {
  return first && token.shape === Shape.Lower && GOVERNING_BODIES.has(token.key);
}

/** "-thing" words end in "-ing" but are pronouns: "director of something" names no field. */
const INDEFINITE_THINGS = new Set(['something', 'anything', 'nothing', 'everything']);

/**
 * "officer for shipbuilding", "head of nursing", "director of engineering", "minister for policing":
 * trades and fields of work are named by a noun in "-ing", which no list of portfolios holds in
 * full. Only as the field's first word, in lower case and without a possessive.
 */
function isFieldOfWork(token: Token, first: boolean): boolean {
  const key = token.key;
  return first && token.shape === Shape.Lower && key.length > 5 && key.endsWith('ing') && token.bareEnd === token.end && !INDEFINITE_THINGS.has(key);
}

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
  // "official for the Northern region": a region's name and its noun in lower case are the field.
  if (end >= 0 && tokens[end + 1] !== undefined && AREA_NOUNS.has(tokens[end + 1]!.key) && tightWithPrevious(tokens, end + 1)) end++;
  const next = tokens[end + 1];
  if (end < 0 || (next !== undefined && next.shape === Shape.Lower && next.gapBefore === Gap.Space && !AFTER_FIELD.has(next.key))) return -1;
  return end;
}

/** Nouns that follow the name of the area a post covers: "for the Northern region", "for the Tarn area". */
const AREA_NOUNS = new Set(['region', 'area', 'district', 'division']);

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
    // "Clerk to the Corporation", "Secretary to the Trustees": the body served, by its kind in capitals.
    if (tokens[last + 1]!.key === 'to' && tokens[j - 1]!.key === 'the' && isServedBody(tokens, j)) return j;
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

/** The kinds of governing body a clerk or a secretary serves ("Clerk to the Governors"). */
const SERVED_BODIES = new Set(['board', 'corporation', 'governors', 'trustees', 'committee', 'council', 'commission', 'panel', 'authority', 'justices', 'directors']);

function isServedBody(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (token === undefined || token.shape !== Shape.Capitalised || token.gapBefore !== Gap.Space || !SERVED_BODIES.has(token.key)) return false;
  const next = tokens[j + 1];
  return next === undefined || next.gapBefore !== Gap.Space || next.shape === Shape.Lower;
}

/** Words of a body's name at the end of a sign-off: "Anytown Community Housing Trust" is 4. */
export const MAX_SIGN_OFF_BODY_WORDS = 5;

/** True when tokens first..last hold a head whose field runs to exactly `last` ("member for adult social care"). */
export function endsInField(scan: NameScan, first: number, last: number): boolean {
  for (let h = first; h < last - 1; h++) {
    if (isHeadAt(scan.tokens, h) && fieldAfter(scan, h + 1)?.end === last) return true;
  }
  return false;
}

/**
 * "and" at k between two title words written alike ("Principal and Chief Executive", "principal and
 * chief executive"): the posts one person holds together. Not "chair and Jo Bell", nor "the chair
 * and the treasurer" (two people).
 */
function joinsTitles(tokens: readonly Token[], k: number, last: number): boolean {
  const and = tokens[k]!;
  const before = tokens[k - 1];
  const next = tokens[k + 1];
  if (and.key !== 'and' && and.text !== '&') return false;
  if (last !== k - 1 || before === undefined || next === undefined || next.gapBefore !== Gap.Space || before.bareEnd < before.end) return false;
  return next.shape === before.shape && isTitleWordAt(tokens, k + 1);
}

/** Reads "Managing Director at Circle Health Partnership" from token i; -1 when there is no title. */
export function titleFrom(scan: NameScan, i: number): number {
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
    } else if (isStatutorySectionAt(tokens, k)) {
      // "Its section 151 officer, Jo Bell": the section and its number open the title
      k += 2;
      hasHead = true;
      last = k;
    } else if (isTitleWordAt(tokens, k) || isPortfolioBefore(tokens, k)) {
      // A portfolio word anywhere before a title word: "Senior Research Fellow", "care minister".
      if (isHeadAt(tokens, k)) hasHead = true;
      last = k;
    } else if (isCapitalised(token) && token.key === 'general' && last === k - 1) {
      last = k;
    } else if (joinsTitles(tokens, k, last)) {
      // "Principal and Chief Executive", "chair and founder": one person's two posts are one title.
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

/** Tokens between a title word and the comma after its field: "of the LGA’s housing board,". */
export const MAX_FIELD_TOKENS = 6;
