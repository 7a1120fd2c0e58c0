import { Shape, type Token } from '../text/tokens';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, SPEECH_VERBS, VERBS_AFTER_NAME } from './lexicons/personWords';
import { SENTENCE_OPENERS } from './lexicons/sentenceOpeners';
import { isCapitalised, tightWithPrevious, type NameScan, type NameSpan } from './nameScan';

// Roles: a title attached to a named person (RULES.md), found in four positions:
//  - before the name: "Health Secretary Andrew Lansley", "Co-operatives UK Secretary General Ed
//    Mayo", "Employee Ownership Association director Patrick Burns";
//  - in apposition after it: "Ali Parsa, Managing Director at Circle Health Partnership";
//  - after a copula: "Jane Doe is the chief executive of Acme Trust";
//  - at a distance, when a parenthetical separates them: "the chairman of ‘the voice of primary
//    care’ — the NHS Alliance — Dr Michael Dixon".
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

/** Index of the first token of the name, moved left over an honorific ("Dr", "Dr.") that precedes it. */
function beforeHonorific(tokens: readonly Token[], first: number): number {
  let i = first - 1;
  if (tokens[i]?.text === '.' && tokens[i]!.gapBefore === 0) i--;
  return tokens[i] && HONORIFICS.has(tokens[i]!.key) && isCapitalised(tokens[i]) ? i : first;
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
    const fits = isCapitalised(token) || isRoleWord(token) || (token.shape === Shape.Lower && ROLE_CONNECTORS.has(token.key)) || owner?.type === 'organisation';
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
  let k = i;
  for (; k < tokens.length && k - i < MAX_TITLE_WORDS; k++) {
    const token = tokens[k]!;
    if (scan.ownerOf(k)?.type === 'person') break;
    if (isRoleWord(token)) {
      if (ROLE_HEADS.has(token.key)) hasHead = true;
      last = k;
    } else if (isCapitalised(token) && token.key === 'general' && last === k - 1) {
      last = k;
    } else if (isCapitalised(token) && scan.ownerOf(k)?.type === 'organisation' && last === -1) {
      // "Acme Trust director": an organisation that opens the title.
      const owner = scan.ownerOf(k)!;
      k = owner.last;
    } else break;
    if (k > i && !tightWithPrevious(tokens, k)) break;
  }
  if (!hasHead || last === -1) return -1;
  // "… at/of/for (the) Organisation" completes the title.
  let j = last + 1;
  if (tokens[j] && AFTER_TITLE.has(tokens[j]!.key)) {
    j++;
    if (tokens[j]?.key === 'the') j++;
    const owner = scan.ownerOf(j);
    if (owner?.type === 'organisation' && owner.first === j) return owner.last;
  }
  return last;
}

function titleAfter(scan: NameScan, person: NameSpan): RoleSpan | undefined {
  const { tokens } = scan;
  let i = person.last + 1;
  if (tokens[i]?.text === ',') i++;
  else if (tokens[i] && COPULAS.has(tokens[i]!.key)) i++;
  else return undefined;
  // "Baroness X, a former head of …", "X is the chief executive of …": the article stays outside.
  if (tokens[i] && (tokens[i]!.key === 'the' || tokens[i]!.key === 'a' || tokens[i]!.key === 'an')) i++;
  const last = titleFrom(scan, i);
  if (last < 0) return undefined;
  return { start: tokens[i]!.start, end: tokens[last]!.bareEnd, person };
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

export function findRoles(scan: NameScan): RoleSpan[] {
  const roles: RoleSpan[] = [];
  for (const person of scan.spans) {
    if (person.type !== 'person') continue;
    const role = titleBefore(scan, person) ?? titleAfter(scan, person) ?? titleAtDistance(scan, person);
    if (role) roles.push(role);
  }
  return roles;
}
