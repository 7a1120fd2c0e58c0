import { joinCensus, tokensHolding } from '../text/tokenCensus';
import { Gap, KeyList, Shape, type Token } from '../text/tokens';
import { FIRST_NAMES } from './lexicons/firstNames';
import { NAME_MODIFIED_NOUNS, PLACE_NAMES } from './lexicons/organisationWords';
import { HONORIFICS, ROLE_HEADS } from './lexicons/personWords';
import { SENTENCE_OPENERS } from './lexicons/sentenceOpeners';
import { isProgrammeName } from './organisation';
import { type NameScan, type NameSpan } from './nameScan';

// Organisations a text states plainly, whatever their words: a website's name above its menu, and
// a body's own statement of what it legally is ("Kelvale Reads is a registered charity", "Tarn
// Review is published by Fenmoor Media Ltd"). Such names need no head noun ("Explore Tarnbury",
// "Kelvale Policy Unit"), which is why the form and context rules miss them. Their other mentions
// follow as short forms of a name found by context (backReferences.ts).

/** Most words a masthead or a stated name may have. */
const MAX_WORDS = 5;

/** A sentence's subject that refers back ("It is a registered charity") names nothing itself. */
const PRONOUNS = new Set(['it', 'this', 'that', 'which', 'she', 'he', 'we', 'they', 'who', 'there']);

/** A capitalised word that may be part of a stated name: no honorific, and not a possessive inside. */
function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && (token.shape === Shape.Capitalised || token.shape === Shape.AllCaps) && !HONORIFICS.has(token.key);
}

/**
 * The capitalised run ending at token `last` (on one line, at most MAX_WORDS words, connectors
 * inside allowed), as its first token, or -1 when none or when a word is taken or a first name
 * opens it (a person, not a body).
 */
function runEndingAt(scan: NameScan, last: number): number {
  const { tokens } = scan;
  if (!isNameWord(tokens[last]) || scan.owner[last] !== -1) return -1;
  let first = last;
  while (first > 0 && last - first + 1 < MAX_WORDS && tokens[first]!.gapBefore <= Gap.Space) {
    const previous = tokens[first - 1]!;
    if (scan.owner[first - 1] !== -1 || previous.bareEnd < previous.end) break;
    if (isNameWord(previous)) first--;
    else if ((previous.key === 'of' || previous.key === 'and' || previous.key === 'for') && isNameWord(tokens[first - 2])) first -= 2;
    else break;
  }
  if (tokens[first]!.key === 'the') first++;
  while (first <= last && tokens[first]!.sentenceStart && (SENTENCE_OPENERS.has(tokens[first]!.key) || PRONOUNS.has(tokens[first]!.key))) first++;
  if (first > last || !isNameWord(tokens[first]) || FIRST_NAMES.has(tokens[first]!.key) || isProgrammeName(scan, first)) return -1;
  return first;
}

/**
 * The words the statements turn on: those that end a body's statement of its legal form ("… is a
 * registered charity", "… a company limited by guarantee", "… is published by"), and "which"
 * opening a clause about running a service (see isRunningClause).
 */
const STATEMENT_WORDS = new KeyList(new Set(['charity', 'guarantee', 'published', 'which']));
joinCensus(STATEMENT_WORDS);

/**
 * Verbs of running services and employing staff: "X, which took over our library service", "X,
 * which runs 14 libraries". "Which" (not "who") says X is no person, and a place or a programme
 * does not run, operate or take over anything: the name is a body's.
 */
const RUNNING_VERBS = new Set(['runs', 'ran', 'operates', 'operated', 'manages', 'managed', 'employs', 'employed', 'took', 'takes']);

/** "X, which took over …": the subject's first and last token, or undefined. */
function runningSubject(scan: NameScan, which: number): [number, number] | undefined {
  const { tokens } = scan;
  const verb = tokens[which + 1];
  if (tokens[which - 1]?.text !== ',' || verb === undefined || !RUNNING_VERBS.has(verb.key)) return undefined;
  if ((verb.key === 'took' || verb.key === 'takes') && tokens[which + 2]?.key !== 'over') return undefined;
  const last = which - 2;
  const first = runEndingAt(scan, last);
  if (first < 0 || NAME_MODIFIED_NOUNS.has(tokens[last]!.key) || (first === last && PLACE_NAMES.has(tokens[first]!.key))) return undefined;
  return [first, last];
}

/** Nouns that make "charity" a modifier: "is a charity shop" says what a place is, not a body's status. */
const CHARITY_COMPOUNDS = new Set(['shop', 'shops', 'worker', 'workers', 'event', 'events', 'sector', 'partner', 'partners', 'case', 'appeal', 'ball', 'single', 'fundraiser', 'collection']);

/** Lower-case words between "is a" and the end of a legal form: "registered", "community benefit", "company limited by". */
const LEGAL_FORM_WORDS = new Set(['registered', 'company', 'limited', 'by', 'community', 'benefit', 'society', 'charitable', 'independent', 'and', 'an', 'a']);

/**
 * "Kelvale Reads is a registered charity", "Kelvale Reads, which is a registered charity, …",
 * "Kelvale Reads is not a charity",
 * "X is a company limited by guarantee", "Tarn Review is published by …": only a body has a
 * charity number or a company's liability, and only a periodical or a body's report is published
 * by someone. The subject's first token, last token, or undefined.
 */
function statedSubject(scan: NameScan, anchor: number): [number, number] | undefined {
  const { tokens } = scan;
  const key = tokens[anchor]!.key;
  let i = anchor - 1;
  if (key === 'published') {
    if (tokens[anchor + 1]?.key !== 'by') return undefined;
  } else {
    // "is a charity" names the body's legal status, "is a charity shop" something it runs.
    if (key === 'charity' && CHARITY_COMPOUNDS.has(tokens[anchor + 1]?.key ?? '')) return undefined;
    while (i >= 0 && LEGAL_FORM_WORDS.has(tokens[i]!.key) && tokens[i]!.key !== 'a' && tokens[i]!.key !== 'an' && anchor - i < 5) i--;
    if (tokens[i]?.key !== 'a' && tokens[i]?.key !== 'an') return undefined;
    i--;
    // Denying the status says as much about the subject: "Kelvale Reads is not a charity" is a body.
    if (tokens[i]?.key === 'not') i--;
  }
  if (tokens[i]?.key !== 'is' && tokens[i]?.key !== 'was') return undefined;
  i--;
  if (tokens[i]?.key === 'which' || tokens[i]?.key === 'that') {
    i--;
    if (tokens[i]?.text !== ',') return undefined;
    i--;
  }
  const first = runEndingAt(scan, i);
  return first < 0 ? undefined : [first, i];
}

/** Marks that set a menu's items apart where wide gaps do not: "Home | Research | Blog". */
const MENU_SEPARATORS = new Set(['|', '·', '•']);

/** A line of a website's menu: four items or more, each one to three words, set apart by wide gaps or bars. */
function isMenuLine(tokens: readonly Token[], from: number): boolean {
  let items = 0;
  let wordsInItem = 0;
  let separated = true;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > from && token.gapBefore >= Gap.LineBreak) break;
    if (MENU_SEPARATORS.has(token.text)) {
      separated = true;
      continue;
    }
    if (separated || token.gapBefore === Gap.WideSpace) {
      items++;
      wordsInItem = 0;
      separated = false;
    }
    wordsInItem++;
    if (wordsInItem > 3 || (token.shape === Shape.Punct && token.text !== '’' && token.text !== "'" && token.text !== '&')) return false;
  }
  return items >= 4;
}

/**
 * "Tarn Review\nNews   Prisons   Jobs   Events": a short capitalised line that opens the text, right
 * above a menu line, is the name of the site the page comes from (a publication or a body), as
 * copied pages keep it. Returns its first and last token, or undefined.
 */
function masthead(scan: NameScan): [number, number] | undefined {
  const { tokens } = scan;
  let last = 0;
  while (last + 1 < tokens.length && tokens[last + 1]!.gapBefore < Gap.LineBreak) last++;
  if (last + 1 >= tokens.length || last === 0 || last >= MAX_WORDS) return undefined;
  if (runEndingAt(scan, last) !== 0 || !isMenuLine(tokens, last + 1)) return undefined;
  return [0, last];
}

/** Short forms of titles that signers write: "chief exec", "dir". */
const SIGNED_TITLES = new Set(['exec', 'dir']);

/**
 * "Martin, chief exec, Tarn Reads" or "Jo Pell, Director, Tarn Reads" closing a comment or a
 * letter: the name after the signer's title and a comma, ending the line, is the body they sign
 * for. Whether the run from `first` to `last` is that name.
 */
function signedBody(scan: NameScan, first: number, last: number): boolean {
  const { tokens } = scan;
  const after = tokens[last + 1];
  if ((after !== undefined && after.gapBefore < Gap.LineBreak) || tokens[first - 1]?.text !== ',' || tokens[first]!.gapBefore !== Gap.Space) return false;
  const title = tokens[first - 2];
  if (title === undefined || !(ROLE_HEADS.has(title.key) || SIGNED_TITLES.has(title.key)) || tokens[first - 1]!.gapBefore !== Gap.None) return false;
  // The whole line is a signature: a name (or a handle) and a title before it, nothing longer.
  let start = first - 2;
  while (start > 0 && tokens[start]!.gapBefore < Gap.LineBreak) start--;
  return first - start <= 6 && runEndingAt(scan, last) === first;
}

export function findStatedOrganisations(scan: NameScan): void {
  const stated: NameSpan[] = [];
  const top = masthead(scan);
  if (top) stated.push(scan.claim('organisation', top[0], top[1], 'context'));
  for (const [first, last] of scan.runs()) {
    if (first >= 2 && scan.tokens[first - 1]!.text === ',' && scan.isFree(first, last) && signedBody(scan, first, last)) {
      stated.push(scan.claim('organisation', first, last, 'context'));
    }
  }
  for (const anchor of tokensHolding(scan.tokens, STATEMENT_WORDS)) {
    if (scan.shapes[anchor] !== Shape.Lower) continue;
    const subject = scan.tokens[anchor]!.key === 'which' ? runningSubject(scan, anchor) : statedSubject(scan, anchor);
    if (subject && scan.isFree(subject[0], subject[1])) stated.push(scan.claim('organisation', subject[0], subject[1], 'context'));
  }
  if (stated.length > 0) claimOtherMentions(scan, stated);
}

/**
 * The stated names' other mentions, word for word, claimed now: the rules for people that run next
 * would otherwise read a two-word name after "told" or "said" as a person ("told Tarn Review that …").
 */
function claimOtherMentions(scan: NameScan, stated: readonly NameSpan[]): void {
  const { tokens } = scan;
  // Not only capitalised words: a stated name may open with an acronym ("FE Sector Today").
  for (const i of scan.nonLowerWords) {
    if (scan.owner[i] !== -1) continue;
    for (const name of stated) {
      const last = i + name.last - name.first;
      if (last >= tokens.length || !scan.isFree(i, last)) continue;
      let same = true;
      for (let k = 0; same && i + k <= last; k++) {
        same = tokens[i + k]!.key === tokens[name.first + k]!.key && (k === 0 || tokens[i + k]!.gapBefore <= Gap.Space);
      }
      const next = tokens[last + 1];
      if (!same || (next && next.gapBefore <= Gap.Space && isNameWord(next))) continue;
      scan.claim('organisation', i, last, 'back-reference', { antecedent: name });
      break;
    }
  }
}
