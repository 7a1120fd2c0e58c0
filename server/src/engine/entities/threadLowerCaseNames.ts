import { Gap, Shape, type Token } from '../text/tokens';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from './lexicons/firstNames';
import { ROLE_HEADS, ROLE_MODIFIERS, SPEECH_VERBS, VERBS_AFTER_NAME } from './lexicons/personWords';
import type { NameScan, NameSpan } from './nameScan';
import { isFunctionWord, sameWordsAnyCase } from './threadWords';

// People that the readers of a comment thread type in lower case, placed by a title beside them:
// "our MP rachel dunmore raised it", "the chair is ruth ames", "ask dorrance, shes the chair", and
// the surname alone of someone the page has named in full ("thought pettifer was chair?"). Only a
// thread (signature.ts finds where it starts) is read so: elsewhere lower case says a run is words.

/** A lower-case word that could be a surname: free, three letters or more, no function word. */
function isLowerCaseSurnameAt(scan: NameScan, i: number): boolean {
  const token = scan.tokens[i];
  return token !== undefined && scan.shapes[i] === Shape.Lower && scan.owner[i] === -1 && token.key.length >= 3 && !isFunctionWord(token.key) && !ROLE_HEADS.has(token.key);
}

/** A known given name (not one that is also a word) in lower case, then a surname: "rachel dunmore". */
function isLowerCaseFullNameAt(scan: NameScan, i: number): boolean {
  const given = scan.tokens[i];
  if (given === undefined || scan.shapes[i] !== Shape.Lower || scan.owner[i] !== -1) return false;
  if (!FIRST_NAMES.has(given.key) || AMBIGUOUS_FIRST_NAMES.has(given.key)) return false;
  return scan.tokens[i + 1]?.gapBefore === Gap.Space && isLowerCaseSurnameAt(scan, i + 1);
}

/** A title's head word in any case ("MP", "chair", "Chair"), or a modifier before one ("project manager"). */
function isTitleWord(tokens: readonly Token[], i: number): boolean {
  const key = tokens[i]?.key;
  return key !== undefined && ROLE_HEADS.has(key);
}

const COPULAS = new Set(['is', 'was', 'isnt', "isn't", 'wasnt', "wasn't"]);

/**
 * "our MP rachel dunmore raised it", "the chair is ruth ames": a known given name in lower case and
 * one more lower-case word, right after a title or after a title and "is", is the title's holder.
 */
export function findTitledLowerCaseNames(scan: NameScan, threadStart: number): void {
  const { tokens } = scan;
  for (let i = Math.max(threadStart, 1); i + 1 < tokens.length; i++) {
    if (!isLowerCaseFullNameAt(scan, i)) continue;
    let title = i - 1;
    if (COPULAS.has(tokens[title]!.key) && tokens[i]!.gapBefore === Gap.Space) title--;
    if (title < 0 || !isTitleWord(tokens, title) || tokens[title + 1]!.gapBefore !== Gap.Space) continue;
    scan.claim('person', i, i + 1, 'signature');
    i++;
  }
}

/** "shes", "she's", "hes", "he's", "who's": a pronoun and its copula in one word. */
const PRONOUN_COPULAS = new Set(['shes', "she's", 'hes', "he's", "who's", 'whos']);
const PRONOUNS = new Set(['she', 'he', 'who']);
const DETERMINERS = new Set(['the', 'a', 'an', 'their', 'our', 'its']);
const ARTICLES = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'this', 'that', 'no', 'any', 'every']);

/**
 * "ask dorrance, shes the chair", "whitlow, who is the chief exec": a lower-case word, a comma, then
 * "she" or "he" being a title, is a person's name: only a person is "she" and holds a title.
 */
export function findSurnamesWithPronounTitle(scan: NameScan, threadStart: number): void {
  const { tokens } = scan;
  for (let i = threadStart; i + 3 < tokens.length; i++) {
    if (tokens[i + 1]!.text !== ',' || tokens[i + 1]!.gapBefore !== Gap.None || !isLowerCaseSurnameAt(scan, i)) continue;
    // "isnt even the boss, shes the finance director": after an article or a possessive, a noun.
    if (AMBIGUOUS_FIRST_NAMES.has(tokens[i]!.key) || ARTICLES.has(tokens[i - 1]?.key ?? '')) continue;
    let j = i + 2;
    if (PRONOUN_COPULAS.has(tokens[j]!.key)) j++;
    else if (PRONOUNS.has(tokens[j]!.key) && COPULAS.has(tokens[j + 1]?.key ?? '')) j += 2;
    else continue;
    if (DETERMINERS.has(tokens[j]?.key ?? '')) j++;
    if (tokens[j] !== undefined && ROLE_MODIFIERS.has(tokens[j]!.key) && !ROLE_HEADS.has(tokens[j]!.key)) j++;
    const title = tokens[j];
    if (title === undefined || title.shape !== Shape.Lower || !(ROLE_HEADS.has(title.key) || ROLE_HEADS.has(tokens[j + 1]?.key ?? ''))) continue;
    scan.claim('person', i, i, 'context');
  }
}

/** Words after which a clause opens: a name there needs no article, a noun usually has one. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'cos', 'because', 'though', 'or']);
const NEGATIONS = new Set(['not', 'even', 'still', 'now', 'just', 'only', 'actually']);

/**
 * "castell is the chair, not the MD", "Dave. harker was the manager then": a lower-case word opening
 * a clause, "is" or "was", and a title with its article, ending there ("the chair,", "the finance
 * director."), is the title's holder: a noun that opens a clause takes an article ("the money is
 * the chief problem"), and a title's head ends the phrase.
 */
export function findSurnamesBeforeTitle(scan: NameScan, threadStart: number): void {
  const { tokens } = scan;
  for (let i = Math.max(threadStart, 1); i + 3 < tokens.length; i++) {
    if (!isLowerCaseSurnameAt(scan, i) || FIRST_NAMES.has(tokens[i]!.key)) continue;
    const before = tokens[i - 1]!;
    const opensClause = tokens[i]!.sentenceStart || tokens[i]!.gapBefore >= Gap.LineBreak || (before.shape === Shape.Punct && before.text !== '@' && before.text !== "'") || CLAUSE_OPENERS.has(before.key);
    if (!opensClause || !COPULAS.has(tokens[i + 1]!.key)) continue;
    let j = i + 2;
    while (NEGATIONS.has(tokens[j]?.key ?? '')) j++;
    if (!DETERMINERS.has(tokens[j]?.key ?? '')) continue;
    // Up to two words before the head: "the new chair", "the site manager", "the finance director".
    const modifiersEnd = j + 3;
    for (j++; j < modifiersEnd && tokens[j] !== undefined && tokens[j]!.shape === Shape.Lower && !ROLE_HEADS.has(tokens[j]!.key); j++);
    const head = tokens[j];
    if (head === undefined || head.shape !== Shape.Lower || !ROLE_HEADS.has(head.key)) continue;
    const after = tokens[j + 1];
    if (after !== undefined && after.gapBefore <= Gap.Space && after.shape === Shape.Lower && !PHRASE_ENDERS.has(after.key)) continue;
    scan.claim('person', i, i, 'context');
  }
}

/** Words that may follow a title's head without extending it: "the chair of", "the manager not". */
const PHRASE_ENDERS = new Set(['of', 'at', 'for', 'and', 'not', 'but', 'there', 'then', 'now', 'here', 'anyway', 'though']);

/**
 * "thought pettifer was chair?" on a page that names "graham pettifer": the surname alone, in lower
 * case, of one person the page names in full, followed by a verb as a subject is, is that person.
 * A surname shared by two people, or that is a function word, is left alone.
 */
export function findLowerCaseSurnames(scan: NameScan, threadStart: number): void {
  const { tokens } = scan;
  let bySurname: Map<string, NameSpan | null> | undefined;
  for (const span of scan.spans) {
    if (span.type !== 'person' || span.last === span.first || span.via === 'context') continue;
    const surname = tokens[span.last]!;
    if (surname.key.length < 4 || (surname.shape !== Shape.Lower && surname.shape !== Shape.Capitalised) || isFunctionWord(surname.key)) continue;
    bySurname ??= new Map();
    const other = bySurname.get(surname.key);
    bySurname.set(surname.key, other === undefined || other === span ? span : other !== null && sameWordsAnyCase(scan, other, span) ? other : null);
  }
  if (!bySurname) return;
  for (let i = threadStart; i + 1 < tokens.length; i++) {
    if (scan.shapes[i] !== Shape.Lower || scan.owner[i] !== -1) continue;
    const person = bySurname.get(tokens[i]!.key);
    if (!person) continue;
    const next = tokens[i + 1]!;
    if (next.gapBefore !== Gap.Space || !(VERBS_AFTER_NAME.has(next.key) || SPEECH_VERBS.has(next.key))) continue;
    scan.claim('person', i, i, 'back-reference', { antecedent: person });
  }
}

