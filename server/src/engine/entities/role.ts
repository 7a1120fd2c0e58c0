import { Gap, Shape, type Token } from '../text/tokens';
import { HONORIFICS, PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODIFIERS, SPEECH_VERBS, VERBS_AFTER_NAME } from './lexicons/personWords';
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

/** A portfolio word that qualifies the title word right after it: "care minister", "Health Reporter". */
function isPortfolioBefore(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return PORTFOLIO_WORDS.has(tokens[i]!.key) && next !== undefined && next.gapBefore === Gap.Space && (isRoleWord(next) || PORTFOLIO_WORDS.has(next.key));
}

const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const MAX_FIELD_WORDS = 3;

/** "of Finance", "of health", "of Adult Social Services": a field after a title word; its last token, or -1. */
function fieldEnd(scan: NameScan, of: number): number {
  const { tokens } = scan;
  if (tokens[of]?.key !== 'of') return -1;
  let end = -1;
  for (let k = of + 1; k < tokens.length && k - of <= MAX_FIELD_WORDS && tightWithPrevious(tokens, k); k++) {
    const token = tokens[k]!;
    const owner = scan.ownerOf(k);
    if (owner !== undefined) break;
    if (PORTFOLIO_WORDS.has(token.key) || (isCapitalised(token) && !HONORIFICS.has(token.key))) end = k;
    else if (!(token.key === 'and' && end > 0)) break;
    if (token.bareEnd < token.end) break;
  }
  return end;
}

/**
 * From the last title word: "of <field>", then "at/of/for (the) <organisation>" (and a body named
 * right after it: "the LGA Community Wellbeing Board"), or "in (the) <region>".
 */
function completeTitle(scan: NameScan, last: number): number {
  const { tokens } = scan;
  const field = fieldEnd(scan, last + 1);
  if (field > 0) last = field;
  let j = last + 1;
  if (tokens[j] && AFTER_TITLE.has(tokens[j]!.key)) {
    j++;
    if (tokens[j]?.key === 'the') j++;
    const owner = scan.ownerOf(j);
    if (owner?.type === 'organisation' && owner.first === j) {
      let end = owner.last;
      const next = tightNext(tokens, end) ? scan.ownerOf(end + 1) : undefined;
      if (next?.type === 'organisation' && next.first === end + 1) end = next.last;
      return end;
    }
  } else if (tokens[j]?.key === 'in') {
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

function titleBefore(scan: NameScan, person: NameSpan): RoleSpan | undefined {
  const { tokens } = scan;
  const nameStart = beforeHonorific(tokens, person.first);
  if (!tightWithPrevious(tokens, nameStart)) return undefined;
  let first = nameStart;
  let hasHead = false;
  for (let i = nameStart - 1; i >= 0 && nameStart - i <= MAX_TITLE_WORDS; i--) {
    const token = tokens[i]!;
    const owner = scan.ownerOf(i);
    if (owner?.type === 'person') break;
    const fits =
      isCapitalised(token) ||
      isRoleWord(token) ||
      isPortfolioBefore(tokens, i) ||
      (token.shape === Shape.Lower && ROLE_CONNECTORS.has(token.key)) ||
      owner?.type === 'organisation';
    if (!fits) break;
    if (ROLE_HEADS.has(token.key)) hasHead = true;
    first = i;
    if (!tightWithPrevious(tokens, i) || token.sentenceStart) break;
  }
  // Trim what cannot open a title: connectors, articles, sentence openers.
  while (first < nameStart && (ROLE_CONNECTORS.has(tokens[first]!.key) || SENTENCE_OPENERS.has(tokens[first]!.key))) first++;
  if (!hasHead || first >= nameStart) return undefined;
  // The title must end with a title word or organisation, not with a stray capitalised word.
  const lastTitle = tokens[nameStart - 1]!;
  if (!isRoleWord(lastTitle) && lastTitle.key !== 'general' && !isCapitalised(lastTitle)) return undefined;
  return { start: tokens[first]!.start, end: tokens[nameStart - 1]!.end, person };
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
    if (scan.ownerOf(k)?.type === 'person' || (k > i && !tightWithPrevious(tokens, k))) break;
    if (isRoleWord(token) || (last === -1 && isPortfolioBefore(tokens, k))) {
      if (ROLE_HEADS.has(token.key)) hasHead = true;
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

function titleAfter(scan: NameScan, person: NameSpan): RoleSpan | undefined {
  const { tokens } = scan;
  let i = person.last + 1;
  const onNextLine = aloneOnLine(tokens, beforeHonorific(tokens, person.first), person.last);
  if (onNextLine) {
    // A signature block or byline: the title is the whole of the next line.
  } else if (tokens[i]?.text === ',') i++;
  else if (tokens[i] && COPULAS.has(tokens[i]!.key)) i++;
  else return undefined;
  // "Baroness X, a former head of …", "X is the chief executive of …": the article stays outside,
  // and so does a possessive ("X, the union's regional secretary").
  if (tokens[i] && (tokens[i]!.key === 'the' || tokens[i]!.key === 'a' || tokens[i]!.key === 'an')) i++;
  if (tokens[i] && !onNextLine && (POSSESSIVE_DETERMINERS.has(tokens[i]!.key) || isPossessiveNoun(scan, i))) i++;
  const last = titleFrom(scan, i);
  if (last < 0) return undefined;
  if (onNextLine && tokens[last + 1] !== undefined && tokens[last + 1]!.gapBefore < Gap.LineBreak) return undefined;
  return { start: tokens[i]!.start, end: tokens[last]!.bareEnd, person };
}

/** "Ashgrove Trust's", "the LGA’s": an organisation's name ending in a possessive. */
function isPossessiveOrganisation(scan: NameScan, i: number): boolean {
  const token = scan.tokens[i]!;
  return token.bareEnd < token.end && scan.ownerOf(i)?.type === 'organisation';
}

/** "the trust's", "the council’s": a lower-case noun with a possessive, standing for a body. */
function isPossessiveNoun(scan: NameScan, i: number): boolean {
  const token = scan.tokens[i]!;
  return token.shape === Shape.Lower && token.bareEnd < token.end;
}

const FIELD_OPENERS = new Set(['of', 'for']);

/**
 * The title word before a comma, or before a field that ends at the comma ("director of finance,",
 * "director for older people,"); -1 when neither is there.
 */
function headBeforeField(tokens: readonly Token[], comma: number): number {
  if (tokens[comma - 1] && ROLE_HEADS.has(tokens[comma - 1]!.key)) return comma - 1;
  for (let k = comma - 2; k >= 1 && comma - k <= MAX_FIELD_WORDS + 1; k--) {
    const token = tokens[k]!;
    if (!tightWithPrevious(tokens, k + 1)) return -1;
    if (FIELD_OPENERS.has(token.key)) return ROLE_HEADS.has(tokens[k - 1]!.key) && tightWithPrevious(tokens, k) ? k - 1 : -1;
    if (token.shape !== Shape.Lower && token.shape !== Shape.Capitalised) return -1;
    if (token.bareEnd < token.end) return -1;
  }
  return -1;
}

/** "Its chief executive, Jo Bell", "the trust's director of finance, Jo Bell": title words between a possessive and a comma. */
function titleBeforeComma(scan: NameScan, person: NameSpan): RoleSpan | undefined {
  const { tokens } = scan;
  const nameStart = beforeHonorific(tokens, person.first);
  const comma = nameStart - 1;
  if (tokens[comma]?.text !== ',') return undefined;
  const headIndex = headBeforeField(tokens, comma);
  if (headIndex < 0) return undefined;
  let first = headIndex;
  while (first - 1 >= 0 && comma - first < MAX_TITLE_WORDS && tightWithPrevious(tokens, first)) {
    const previous = tokens[first - 1]!;
    if (!(isRoleWord(previous) || isPortfolioBefore(tokens, first - 1))) break;
    first--;
  }
  const determiner = tokens[first - 1];
  if (!determiner || !(POSSESSIVE_DETERMINERS.has(determiner.key) || isPossessiveNoun(scan, first - 1) || determiner.key === 'the' || isPossessiveOrganisation(scan, first - 1)))
    return undefined;
  return { start: tokens[first]!.start, end: tokens[comma - 1]!.end, person };
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

export function findRoles(scan: NameScan): RoleSpan[] {
  const roles: RoleSpan[] = [];
  for (const person of scan.spans) {
    if (person.type !== 'person') continue;
    const role = titleBefore(scan, person) ?? titleBeforeComma(scan, person) ?? titleAfter(scan, person) ?? titleAtDistance(scan, person);
    if (role) roles.push(wholeOrganisations(scan, role));
  }
  return roles;
}
