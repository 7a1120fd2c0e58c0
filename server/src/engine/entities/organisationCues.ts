import { joinCensus, tokensHolding } from '../text/tokenCensus';
import { KeyList, Shape, type Token } from '../text/tokens';
import { FIRST_NAMES } from './lexicons/firstNames';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicons/personWords';
import {
  GENERIC_NAME_WORDS,
  NOT_ORGANISATIONS,
  ORGANISATION_CLASS_NOUNS,
  NAME_MODIFIED_NOUNS,
  ORGANISATION_HEADS,
  PLACE_NAMES,
} from './lexicons/organisationWords';
import { SENTENCE_OPENERS } from './lexicons/sentenceOpeners';
import { isConnector, tightWithPrevious, type NameScan } from './nameScan';
import { isProgrammeName } from './organisation';
import { isLetterAt, writtenInLowerCase } from './lowerCaseWord';

// Organisations recognised by what the sentence says about them rather than by their form:
//  - named after a class noun: "businesses, such as John Lewis", "corporations like Serco and G4S",
//    "four big outsourcing contractors, Serco, Capita, Atos and G4S", "think tank Respublica";
//  - described in apposition: "Sane, the national help-line", "IRIS, an rape-support service";
//  - listed with an organisation: "speakers from Co-operatives UK and Mutuo".

const INTRODUCERS = new Set(['such as', 'like', 'including', 'especially', 'notably', 'e.g.']);
/** Singular class nouns that directly precede a name: "think tank Respublica", "outsourcing firm Serco". */
const NAMING_NOUNS = new Set([
  'tank', 'think-tank', 'charity', 'company', 'firm', 'consultancy', 'pollster', 'union', 'publisher', 'newspaper',
  'broadcaster', 'insurer', 'retailer', 'outsourcer', 'contractor', 'provider', 'regulator', 'watchdog', 'quango',
  'organisation', 'organization', 'giant', 'lender', 'funder',
]);
/** Verbs of a body's founding, in the passive: companies, charities and unions are founded or incorporated. */
const FOUNDING_VERBS = new Set(['founded', 'incorporated', 'co-founded']);
/**
 * Lower-case titles of those who lead or govern a body, which take the body after "of" or "at":
 * "chair of Kelvale Homes", "chief executive of Kelvale", "founder of Kelvale". Only titles that
 * belong to a body: "director of Public Health" or "head of Policy" take a field, "Secretary of
 * State" an office, and those stay out.
 */
const LEADER_TITLES = new Set(['chair', 'chairman', 'chairwoman', 'chairperson', 'founder', 'co-founder', 'trustee', 'trustees', 'executive']);
/**
 * A director in general heads a field ("director of Public Health"), but a managing director runs
 * a company: "managing director of Kelvale Learning" takes the body.
 */
function isLeaderTitle(tokens: readonly Token[], i: number): boolean {
  const key = tokens[i]!.key;
  return LEADER_TITLES.has(key) || (key === 'director' && tokens[i - 1]?.key === 'managing');
}
/** Every word that can start a cue (class nouns, founding verbs, leaders' titles), for one quick look-up per word. */
const CUE_NOUNS = new KeyList(new Set([...ORGANISATION_CLASS_NOUNS, ...NAMING_NOUNS, ...FOUNDING_VERBS, ...LEADER_TITLES, 'director']));
// Found by the token census: the pass reads only the few tokens that are cue words.
joinCensus(CUE_NOUNS);
const ARTICLES = new Set(['the', 'a', 'an']);
const MAX_APPOSITION_WORDS = 4;

interface Run {
  first: number;
  last: number;
}

export const STREET_WORDS = new Set(['road', 'street', 'lane', 'avenue', 'crescent', 'drive', 'terrace', 'square', 'parade', 'grove']);

function bareKey(key: string): string {
  return key.endsWith("'s") ? key.slice(0, -2) : key;
}

/** A capitalised run that could be an organisation's name if the context says so. */
function candidate(scan: NameScan, run: Run): boolean {
  const { tokens } = scan;
  const first = tokens[run.first]!;
  if (!scan.isFree(run.first, run.last) || run.last - run.first > 5 || isProgrammeName(scan, run.first)) return false;
  if (first.sentenceStart && SENTENCE_OPENERS.has(first.key)) return false;
  // "Registered charity SC051277", "company OC301234": letters with a serial are a register's number.
  if (run.first === run.last && isSerialCode(first.text)) return false;
  let distinguishing = false;
  for (let i = run.first; i <= run.last; i++) {
    const full = tokens[i]!.key;
    const key = full.endsWith("'s") ? full.slice(0, -2) : full;
    if (PLACE_NAMES.has(key) && run.first === run.last) return false;
    // An honorific ("The Rt Hon", "Cllr") says a person's name follows: it tells no body apart.
    if (!GENERIC_NAME_WORDS.has(key) && !SENTENCE_OPENERS.has(key) && !HONORIFICS.has(key)) distinguishing = true;
  }
  // "staff at Brackenby Road", "the Hollin Lane site": a run ending in a street word is an address
  // or the place named after it; a body named after its street carries a head ("Harbour Lane Capital").
  if (run.last > run.first && STREET_WORDS.has(bareKey(tokens[run.last]!.key))) return false;
  const phrase = scan.text.slice(first.start, tokens[run.last]!.bareEnd).toLowerCase();
  // A lone given name in a list is more likely a person ("Ali and David").
  if (run.first === run.last && FIRST_NAMES.has(first.key)) return false;
  return distinguishing && !NOT_ORGANISATIONS.has(phrase);
}

/** Three digits or more in one word: a number in a register. Bodies named with a digit have one or two ("3SC", "G4S"). */
function isSerialCode(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits >= 3) return true;
  }
  return false;
}

function claimIfCandidate(scan: NameScan, run: Run): boolean {
  if (!candidate(scan, run)) return false;
  const after = scan.tokens[run.last + 1];
  if (after && after.gapBefore === 1 && NAME_MODIFIED_NOUNS.has(after.key)) return false;
  scan.claim('organisation', run.first, run.last, 'context');
  return true;
}

/**
 * By token index, 1 + the index of the run that starts there (0: none). A typed array the length
 * of the text's tokens, not a map: a text has a run every few words, and a map insertion per run
 * cost more than the rest of the pass.
 */
function runStarts(runs: readonly Run[], tokenCount: number): Int32Array {
  const starts = new Int32Array(tokenCount);
  for (let r = 0; r < runs.length; r++) starts[runs[r]!.first] = r + 1;
  return starts;
}

/** By token index, 1 + the index of the run that ends there (0: none); see runStarts. */
function runEnds(runs: readonly Run[], tokenCount: number): Int32Array {
  const ends = new Int32Array(tokenCount);
  for (let r = 0; r < runs.length; r++) ends[runs[r]!.last] = r + 1;
  return ends;
}

/** The run ending at token i, if any. */
function runEndingAt(runs: readonly Run[], ends: Int32Array, i: number): Run | undefined {
  const index = ends[i];
  return index === undefined || index === 0 ? undefined : runs[index - 1];
}

/** The run starting at token i, if any. */
function runStartingAt(runs: readonly Run[], starts: Int32Array, i: number): Run | undefined {
  const index = starts[i];
  return index === undefined || index === 0 ? undefined : runs[index - 1];
}

function isOrganisationAt(scan: NameScan, i: number): boolean {
  return scan.ownerOf(i)?.type === 'organisation';
}

/** From the token after an introducer: the list "X, Y and Z" of runs, claiming each candidate. */
function claimList(scan: NameScan, runs: readonly Run[], starts: Int32Array, from: number, minimum: number): void {
  const { tokens } = scan;
  const items: Run[] = [];
  let i = from;
  for (;;) {
    const run = runStartingAt(runs, starts, i) ?? ownedRun(scan, i);
    if (!run) break;
    items.push(run);
    const separator = tokens[run.last + 1];
    if (!separator) break;
    if (separator.text === ',' && tokens[run.last + 2]?.key === 'and') i = run.last + 3;
    else if (separator.text === ',' || separator.key === 'and' || separator.key === 'or') i = run.last + 2;
    else break;
  }
  if (items.length < minimum) return;
  for (const item of items) if (scan.isFree(item.first, item.last)) claimIfCandidate(scan, item);
}

/** An already-recognised organisation starting at token i, as a run. */
function ownedRun(scan: NameScan, i: number): Run | undefined {
  const owner = scan.ownerOf(i);
  return owner && owner.type === 'organisation' && owner.first === i ? { first: owner.first, last: owner.last } : undefined;
}

function introducerAt(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  if (!token) return -1;
  if (token.key === 'such' && tokens[i + 1]?.key === 'as') return i + 2;
  if (INTRODUCERS.has(token.key)) return i + 1;
  return -1;
}

export function findOrganisationsByContext(scan: NameScan): void {
  const { tokens } = scan;
  const runs = freeSegments(scan);
  const starts = runStarts(runs, tokens.length);
  /** Made when a founding verb first asks: few texts have one. */
  let ends: Int32Array | undefined;

  for (const i of tokensHolding(tokens, CUE_NOUNS)) {
    if (scan.shapes[i] === Shape.Punct) continue;
    const token = tokens[i]!;
    // Class nouns are lower case, or capitalised because they open the sentence ("Firms such as …").
    if (token.shape !== Shape.Lower && !token.sentenceStart) continue;
    if (ORGANISATION_CLASS_NOUNS.has(token.key)) {
      let at = i + 1;
      if (tokens[at]?.text === ',') at++;
      const listStart = introducerAt(tokens, at);
      if (listStart >= 0) claimList(scan, runs, starts, listStart, 1);
      else if (tokens[i + 1]?.text === ',' && token.key.endsWith('s')) claimList(scan, runs, starts, i + 2, 2);
    }
    if (NAMING_NOUNS.has(token.key)) {
      const run = runStartingAt(runs, starts, i + 1);
      if (run && tightWithPrevious(tokens, i + 1)) claimIfCandidate(scan, run);
    }
    // Leadership: "chair of Brightwater".
    if (token.shape === Shape.Lower && isLeaderTitle(tokens, i)) {
      const run = runStartingAt(runs, starts, i + 2);
      if (run && isLedBody(scan, run)) claimIfCandidate(scan, run);
    }
    // Leadership before a name: "Kelvale chief executive Jo Bell", "Kelvale chair, Jo Bell".
    if (token.shape === Shape.Lower && isLeaderTitle(tokens, i) && namesHolder(tokens, i)) {
      const before = titleStart(tokens, i) - 1;
      const run = before >= 0 ? runEndingAt(runs, (ends ??= runEnds(runs, tokens.length)), before) : undefined;
      if (run && isBodyBeforeTitle(scan, run)) claimIfCandidate(scan, run);
    }
    // Founding: "Kelvale was founded in 1987", "Kelvale, founded in 1987, …".
    if (FOUNDING_VERBS.has(token.key) && token.shape === Shape.Lower && i >= 2) {
      const run = runEndingAt(runs, (ends ??= runEnds(runs, tokens.length)), i - 2);
      if (run && isFounded(scan, run)) claimIfCandidate(scan, run);
    }
  }

  for (const run of runs) {
    // Employment: "she worked for Brightwater", "staff at Brightwater", "Brightwater employs 300".
    if (isEmployerPosition(tokens, run)) claimIfCandidate(scan, run);
    // Apposition: "Sane, the national help-line". Not after "in": "a company in Harbury, an
    // employee-owned firm" describes the company, and Harbury is the place it is in.
    if (tokens[run.last + 1]?.text === ',' && ARTICLES.has(tokens[run.last + 2]?.key ?? '') && tokens[run.first - 1]?.key !== 'in') {
      for (let k = run.last + 3; k <= run.last + 2 + MAX_APPOSITION_WORDS && k < tokens.length; k++) {
        const word = tokens[k]!;
        if (word.shape !== Shape.Lower) break;
        if (ORGANISATION_CLASS_NOUNS.has(word.key) && !word.key.endsWith('s')) {
          claimIfCandidate(scan, run);
          break;
        }
      }
    }
    // Listed with an organisation: "Co-operatives UK and Mutuo", "Mutuo and Co-operatives UK".
    const next = tokens[run.last + 1];
    if (next && (next.key === 'and' || next.key === 'or') && isOrganisationAt(scan, run.last + 2) && ownedRun(scan, run.last + 2)) {
      if (!isHeadless(scan, run)) claimIfCandidate(scan, run);
    }
    const previous = tokens[run.first - 1];
    if (previous && (previous.key === 'and' || previous.key === 'or') && isOrganisationAt(scan, run.first - 2)) {
      if (!isHeadless(scan, run)) claimIfCandidate(scan, run);
    }
  }
}

/** Verbs and nouns of employment that take the employer after them: "work for X", "staff at X". */
const EMPLOYED_BY = new Set([
  'work for', 'works for', 'worked for', 'working for', 'employed by', 'staff at', 'staff of', 'employees at',
  'employees of', 'members at', 'jobs at', 'job at', 'nurses at', 'workers at',
]);
/** Verbs whose subject is an employer: "X employs 300", "X recruited nurses". */
const EMPLOYER_VERBS = new Set(['employs', 'employed', 'recruits', 'recruited', 'hires', 'hired', 'sacked', 'dismissed']);

/** A name in the place of an employer: only a body employs people and has staff. */
function isEmployerPosition(tokens: readonly Token[], run: Run): boolean {
  const preposition = tokens[run.first - 1];
  const noun = tokens[run.first - 2];
  const joins = preposition !== undefined && (preposition.key === 'for' || preposition.key === 'by' || preposition.key === 'at' || preposition.key === 'of');
  if (joins && noun && preposition.shape === Shape.Lower && EMPLOYED_BY.has(`${noun.key} ${preposition.key}`)) return true;
  const after = tokens[run.last + 1];
  return after !== undefined && after.gapBefore === 1 && EMPLOYER_VERBS.has(after.key) && tokens[run.last]!.bareEnd === tokens[run.last]!.end;
}

const PASSIVE_AUXILIARIES = new Set(['was', 'is', 'were', 'been']);

/**
 * A name said to have been founded ("Kelvale was founded in 1987 by a group of churches", "Kelvale,
 * founded in 1987, …"): what is founded in policy texts is a body (a charity, a company, a union,
 * a school). Towns are founded too, but policy texts seldom say so of one, and a known place is
 * no candidate.
 */
function isFounded(scan: NameScan, run: Run): boolean {
  const { tokens } = scan;
  const last = tokens[run.last]!;
  if (last.bareEnd < last.end) return false;
  const next = tokens[run.last + 1]!;
  if (!((next.shape === Shape.Lower && next.gapBefore === 1 && PASSIVE_AUXILIARIES.has(next.key)) || next.text === ',')) return false;
  // Institutions are founded too ("the Welfare State was founded in 1948"), named by ordinary
  // words the text also writes in lower case.
  return !writtenInLowerCase(scan.text, tokens[run.first]!.key);
}

/** The title's first word: "chief" in "chief executive", "managing" in "managing director". */
function titleStart(tokens: readonly Token[], i: number): number {
  let start = i;
  while (start > 0 && i - start < 3 && tokens[start - 1]!.shape === Shape.Lower && ROLE_MODIFIERS.has(tokens[start - 1]!.key)) start--;
  return start;
}

/** A person's name, or a comma and one, right after a title: "chair Jo Bell", "chair, Jo Bell". */
function namesHolder(tokens: readonly Token[], i: number): boolean {
  let next = tokens[i + 1];
  if (next?.text === ',') next = tokens[i + 2];
  return next !== undefined && next.shape === Shape.Capitalised && next.gapBefore === 1 && (FIRST_NAMES.has(next.key) || HONORIFICS.has(next.key));
}

/**
 * "Kelvale chief executive Jo Bell": a name glued before a leader's lower-case title, and a
 * person's after it, is the body the person leads. Not a name with a possessive (the body's
 * possessive is read elsewhere), nor a word the text also writes in lower case ("Former chair").
 */
function isBodyBeforeTitle(scan: NameScan, run: Run): boolean {
  const { tokens } = scan;
  const last = tokens[run.last]!;
  const first = tokens[run.first]!;
  if (last.bareEnd < last.end || tokens[run.last + 1]!.gapBefore !== 1) return false;
  // "Chief executive Jo Bell" opening a sentence: the capital is the title's own.
  if (ROLE_MODIFIERS.has(last.key) || ROLE_HEADS.has(last.key)) return false;
  if (first.shape !== Shape.Capitalised || GENERIC_NAME_WORDS.has(first.key) || HONORIFICS.has(first.key) || writtenInLowerCase(scan.text, first.key)) return false;
  // "services across Harford … Harford chief executive Tom Reed": a name the text puts where a
  // place stands is the town the leader's body is named for, not the body (its other mentions
  // would all follow it)
  return !placedInText(scan.text, scan.text.slice(first.start, last.end));
}

/** Locatives before a place: "in Harford", "across Harford". */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|across|around|near|throughout)[ \u00a0]$/u;

/** Whether the text writes `name` right after a locative anywhere. Asked only of a name a leader's title found. */
function placedInText(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!isLetterAt(text, at + name.length) && PLACE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return true;
  }
  return false;
}

/** A name right after a leader's title and "of"/"at" ("Sandra Okafor, chair of Kelvale Homes"). */
function isLedBody(scan: NameScan, run: Run): boolean {
  const { tokens } = scan;
  const preposition = tokens[run.first - 1]!;
  if (preposition.shape !== Shape.Lower || (preposition.key !== 'of' && preposition.key !== 'at')) return false;
  // Boards and committees are chaired too ("chair of Trustees", "chair of Finance and Audit",
  // "chair of Health Scrutiny"), and their names are ordinary words capitalised: a body's name has
  // two words or more and opens with one the text never writes in lower case ("Kelvale Homes").
  const first = tokens[run.first]!;
  return run.last > run.first && first.shape === Shape.Capitalised && !GENERIC_NAME_WORDS.has(first.key) && !writtenInLowerCase(scan.text, first.key);
}

/** A run made only of head nouns ("Trust", "Partnership") is an anaphor, not a name. */
function isHeadless(scan: NameScan, run: Run): boolean {
  for (let i = run.first; i <= run.last; i++) if (!ORGANISATION_HEADS.has(scan.tokens[i]!.key)) return false;
  return true;
}

/**
 * Capitalised runs cut where ownership changes and at "and"/"or", so that in "Co-operatives UK and
 * Mutuo" the unrecognised "Mutuo" is a run of its own. Connectors at the edges are dropped.
 */
function freeSegments(scan: NameScan): Run[] {
  const { tokens } = scan;
  const segments: Run[] = [];
  for (const [runFirst, runLast] of scan.runs()) {
    let start = -1;
    for (let i = runFirst; i <= runLast + 1; i++) {
      const token = tokens[i];
      const splits = i > runLast || token!.key === 'and' || token!.key === 'or' || scan.owner[i] !== -1;
      if (!splits) {
        if (start < 0) start = i;
        continue;
      }
      if (start < 0) continue;
      // Connectors at the edges are dropped.
      let first = start;
      let last = i - 1;
      while (first <= last && isConnector(tokens[first]!)) first++;
      while (last >= first && isConnector(tokens[last]!)) last--;
      if (first <= last) segments.push({ first, last });
      start = -1;
    }
  }
  return segments;
}
