import type { Token } from '../text/tokens';
import type { SentenceSpan } from './sentences';
import { findWords, findWordsInTokens } from './wordScan';
import { BoundaryScanner } from './clauseBoundaries';

// One reading, shared by every claim reading, of whether a clause states a fact. A figure or a
// verb may stand under a condition ("if the council agrees, …"), a possibility ("could", "might"),
// a demand ("should", "urged", "calls on"), an intention or a forecast ("will", "plans to", "is due
// to"), a denial ("not", "never", "no longer", "didn't") or a report at second hand ("allegedly").
// Each such word governs a stretch of its sentence, its scope: a condition the clause it opens
// ("if A, B" marks A, not B; "B unless A" marks A), any other word the whole clause it stands in
// ("the trust could cut 40 jobs", "40 jobs could go"). A clause ends at a comma, a semicolon, a
// colon, a dash or a bracket, and where a contrasting conjunction opens the next ("but", "while",
// "whereas", "although"); "and"/"or" right before the word (or before a pronoun and the word)
// opens its clause too ("cut 40 jobs and could cut more", "paid £4m and it will pay £1m more").
// The words are found once per text by the word scanner (over the tokens when the context has
// them), and each one's scope worked out once, when a reading first asks about its sentence.

/** What a stretch of a sentence is, besides a statement of fact (bits: a clause may be several). */
export const enum Mood {
  /** Under a condition: "if", "unless", "whether", "provided that", "as long as". */
  Conditional = 1,
  /** Possible only: "could", "might", "may", "possibly". */
  Possible = 2,
  /** Demanded or asked for: "should", "must", "ought to", "urged", "calls on/for", "asked", "demanded". */
  Demanded = 4,
  /** Intended or expected, not yet done: "will", "shall", "plans to", "aims to", "expects to", "is due to", "is set to". */
  Intended = 8,
  /** Denied: "not", "never", "no longer", "cannot", "didn't". */
  Denied = 16,
  /** Said by others, not vouched for: "allegedly", "reportedly", "rumoured". */
  Reported = 32,
  /**
   * "would": an outcome supposed ("would close if …") or a future told at second hand ("said it
   * would cut 40 jobs"); a reading that takes reported promises asks for it apart.
   */
  Would = 64,
}

/** Not (yet) real: conditional, possible, demanded, intended or supposed ("would"). */
export const UNREAL = Mood.Conditional | Mood.Possible | Mood.Demanded | Mood.Intended | Mood.Would;

const enum Scope {
  /** From the word to the end of its clause. */
  Forward = 1,
  /** The whole clause the word stands in. */
  Clause = 2,
  /** Not a mood: a conjunction that opens a clause. */
  Join = 3,
}

interface Marker {
  mood: number;
  scope: Scope;
  /** The word that must follow ("plans to", "calls on"), if any. */
  next?: readonly string[];
  /** How many words may stand between this word and `next` ("asked the council to"); none by default. */
  reach?: number;
  /** The word that must come before ("is due to", "no longer", "as long as"), if any. */
  previous?: readonly string[];
  /** Ends a contraction: counts only before "'t" ("didn't"). */
  contraction?: boolean;
  /** Also a name or a month when capitalised ("May", "Will"): counts capitalised only first in its sentence. */
  lowerOnly?: boolean;
}

const TO = ['to'] as const;
const BE = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am'] as const;
const C = Scope.Clause;
const MARKERS = new Map<string, Marker>();
function mark(words: string, mood: number, scope: Scope, extra: Omit<Marker, 'mood' | 'scope'> = {}): void {
  for (const word of words.split(' ')) MARKERS.set(word, { mood, scope, ...extra });
}
mark('if unless whether', Mood.Conditional, Scope.Forward);
mark('provided providing', Mood.Conditional, Scope.Forward, { next: ['that'] });
mark('long', Mood.Conditional, Scope.Forward, { previous: ['as', 'so'], next: ['as'] });
mark('condition', Mood.Conditional, Scope.Forward, { previous: ['on'], next: ['that'] });
mark('could might possibly', Mood.Possible, C);
mark('would', Mood.Would, C);
mark('may', Mood.Possible, C, { lowerOnly: true });
mark('should must', Mood.Demanded, C);
mark('ought', Mood.Demanded, C, { next: TO });
mark('urged urges urge urging demanded demanding', Mood.Demanded, C);
// "asked the council to pay", "asked for £2m"; not "asked about the loan", a question
mark('asked asks asking', Mood.Demanded, C, { next: ['to', 'for'], reach: 4 });
mark('calls called call calling', Mood.Demanded, C, { next: ['on', 'for', 'upon'] });
mark('shall', Mood.Intended, C);
mark('will', Mood.Intended, C, { lowerOnly: true });
mark(
  'plans plan planned planning aims aim aimed aiming intends intend intended intending hopes hope hoped hoping proposes propose proposed proposing expects expect expected expecting wants want wanted seeks seek sought seeking',
  Mood.Intended,
  C,
  { next: TO },
);
mark('due set going', Mood.Intended, C, { previous: BE, next: TO });
mark('not never cannot', Mood.Denied, C);
mark('longer', Mood.Denied, C, { previous: ['no'] });
mark('didn doesn don isn wasn aren weren hasn haven hadn mustn needn ain', Mood.Denied, C, { contraction: true });
mark('couldn mightn', Mood.Denied | Mood.Possible, C, { contraction: true });
mark('wouldn', Mood.Denied | Mood.Would, C, { contraction: true });
mark('shouldn', Mood.Denied | Mood.Demanded, C, { contraction: true });
mark('won shan', Mood.Denied | Mood.Intended, C, { contraction: true });
mark('can', Mood.Denied, C, { contraction: true });
mark('allegedly reportedly rumoured rumored supposedly purportedly alleged', Mood.Reported, C);
mark('but while whereas although though', 0, Scope.Join);
const MOOD_WORDS = [...MARKERS.keys()];

/** "not only", "not just": the "not" adds, it does not deny. */
const NOT_DENYING_AFTER = ['only', 'just', 'least', 'merely', 'simply'];
/** "if not" ("hundreds, if not thousands"), "whether or not", "if any": no condition or denial. */
const NOT_DENYING_BEFORE = ['if', 'or'];
const NOT_A_CONDITION_AFTER = ['not', 'any', 'anything', 'so'];
/** A subject pronoun opens the clause of the verb group right after it ("and it will", "the reserves we no longer have"). */
const PERSONAL_PRONOUNS = ['it', 'they', 'we', 'he', 'she', 'i', 'you'];
/** A relative pronoun opens a clause only after "and" ("and which could"): "40 jobs that could go" stay under "could". */
const RELATIVE_PRONOUNS = ['this', 'that', 'which', 'who'];
const JOINS_BEFORE = ['and', 'or'];
/** Words of a verb group that may stand between "and" and the marking word ("and could not", "and has never", "and will also"). */
const VERB_GROUP = new Set(['no', 'could', 'would', 'should', 'might', 'may', 'must', 'will', 'shall', 'can', 'not', 'never', 'also', 'still', 'then', 'now', 'be', 'been', 'have', 'has', 'had', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'so', 'yet', 'even']);
const VERB_GROUP_REACH = 4;

interface Span {
  start: number;
  end: number;
  mood: number;
}

/** A counted mood word, and its scope once worked out (undefined: not yet; null: in no sentence). */
interface Found {
  start: number;
  end: number;
  marker: Marker;
  span?: Span | null;
}

export class ClauseMoods {
  /** The counted mood words, in text order; each one's scope is worked out when a reading first asks near it. */
  private readonly found: Found[] = [];
  /** The clause-opening conjunctions, by start: where a clause ends short of the sentence's end. */
  private readonly joins: number[] = [];
  private readonly boundaries: BoundaryScanner;

  constructor(
    private readonly text: string,
    private readonly sentenceAt: (offset: number) => SentenceSpan | undefined,
    tokens?: readonly Token[],
  ) {
    const hits = tokens ? findWordsInTokens(text, tokens, MOOD_WORDS) : findWords(text, MOOD_WORDS);
    for (const hit of hits) {
      const marker = MARKERS.get(hit.word)!;
      if (marker.scope === Scope.Join) this.joins.push(hit.start);
      else if (this.counts(hit.start, hit.end, hit.word, marker)) this.found.push({ start: hit.start, end: hit.end, marker });
    }
    // its scans are right in any order, and quickest in text order, the order most readings ask in
    this.boundaries = new BoundaryScanner(text);
  }

  /** The moods of the clause at `offset` (0: stated as fact). */
  at(offset: number): number {
    return this.over(offset, offset + 1);
  }

  /**
   * The moods of any clause that [start, end) reaches into (0: all of it stated as fact): of the
   * scopes starting in [floor, end), floor being the start of the sentence at `start`, those that
   * end after `start`. A scope starts in its word's sentence, at or before the word, so only the
   * words from `floor` on can have one there, and of those past `end` only words whose sentence
   * starts before `end`; their scopes are worked out here, once, and the rest of the text's never
   * unless asked (most texts are asked about a few of their sentences only).
   */
  over(start: number, end: number): number {
    let mood = 0;
    const found = this.found;
    const floor = this.sentenceAt(start)?.start ?? start;
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (found[mid]!.start < floor) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < found.length; i++) {
      const word = found[i]!;
      if (word.start >= end && !((this.sentenceAt(word.start)?.start ?? end) < end)) break;
      const span = word.span === undefined ? this.scopeOf(word) : word.span;
      if (span !== null && span.start >= floor && span.start < end && span.end > start) mood |= span.mood;
    }
    return mood;
  }

  /** Every mood word's scope, in text order, all worked out (for tests). */
  allScopes(): readonly Span[] {
    return this.found.map((word) => (word.span === undefined ? this.scopeOf(word) : word.span)).filter((span): span is Span => span !== null);
  }

  /** The stretch the mood word governs (null: it stands in no sentence), worked out once. */
  private scopeOf(word: Found): Span | null {
    const sentence = this.sentenceAt(word.start);
    if (!sentence) return (word.span = null);
    const from = word.marker.scope === Scope.Forward ? word.start : this.clauseStart(sentence, word.start, this.joins, this.boundaries);
    return (word.span = { start: from, end: this.clauseEnd(sentence, word.end, this.joins, this.boundaries), mood: word.marker.mood });
  }

  private counts(start: number, end: number, word: string, marker: Marker): boolean {
    const text = this.text;
    if (marker.contraction) return isApostrophe(text.charCodeAt(end)) && (text.charCodeAt(end + 1) | 32) === 116 && !isLetter(text.charCodeAt(end + 2));
    if (isApostrophe(text.charCodeAt(end)) || isApostrophe(text.charCodeAt(start - 1))) return false;
    if (marker.lowerOnly && text.charCodeAt(start) < 97 && this.sentenceAt(start)?.start !== start) return false;
    if (marker.next && !wordAfterIs(text, end, marker.next, marker.reach)) return false;
    if (marker.previous && !wordBeforeIs(text, start, marker.previous)) return false;
    if (word === 'not') return !wordAfterIs(text, end, NOT_DENYING_AFTER) && !wordBeforeIs(text, start, NOT_DENYING_BEFORE);
    if (word === 'if') return !wordAfterIs(text, end, NOT_A_CONDITION_AFTER);
    return true;
  }

  /** Where the clause holding the word at `at` starts. */
  private clauseStart(sentence: SentenceSpan, at: number, joins: readonly number[], boundaries: BoundaryScanner): number {
    const text = this.text;
    const boundary = boundaries.lastBefore(at, sentence.start);
    let from = boundary < 0 ? sentence.start : boundary + 1;
    const join = lastBefore(joins, at);
    if (join >= from) from = join;
    // "… and could cut more", "… and it will pay", "… and could not pay": a coordinated clause of its own
    let before = previousWord(text, at, from);
    for (let k = 0; k < VERB_GROUP_REACH && before && VERB_GROUP.has(lowerWord(text, before[0], before[1])); k++) before = previousWord(text, before[0], from);
    // a personal pronoun right before the verb group is its clause's subject: "reserves we no longer have"
    if (before && PERSONAL_PRONOUNS.some((w) => wordIs(text, before![0], before![1], w))) {
      from = before[0];
      before = previousWord(text, before[0], from - 40);
    } else if (before && RELATIVE_PRONOUNS.some((w) => wordIs(text, before![0], before![1], w))) before = previousWord(text, before[0], from);
    if (before && before[0] >= sentence.start && JOINS_BEFORE.some((w) => wordIs(text, before![0], before![1], w))) from = before[0];
    return from;
  }

  /** Where the clause holding the word ending at `at` ends. */
  private clauseEnd(sentence: SentenceSpan, at: number, joins: readonly number[], boundaries: BoundaryScanner): number {
    const to = boundaries.firstFrom(at, sentence.end);
    const join = firstAfter(joins, at);
    return join >= 0 && join < to ? join : to;
  }
}

/** The last of the sorted offsets below `at`, or -1. */
function lastBefore(offsets: readonly number[], at: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? offsets[lo - 1]! : -1;
}

/** The first of the sorted offsets above `at`, or -1. */
function firstAfter(offsets: readonly number[], at: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length ? offsets[lo]! : -1;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000);
}

/** text[start, end) is the lower-case ASCII word `word`, in any case. */
function wordIs(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The lower-cased word text[start, end), for the few short words of a verb group (at most 6 letters); '' for longer ones. */
function lowerWord(text: string, start: number, end: number): string {
  return end - start > 6 ? '' : text.slice(start, end).toLowerCase();
}

function isSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 10 || code === 13 || code === 9;
}

/** [start, end) of the word right after `at` (white space between), if any. */
function nextWord(text: string, at: number): [number, number] | undefined {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i === at || !isLetter(text.charCodeAt(i))) return undefined;
  const start = i;
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return [start, i];
}

/** [start, end) of the word right before `at` (white space between), not before `floor`. */
function previousWord(text: string, at: number, floor = 0): [number, number] | undefined {
  let i = at;
  while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === at || i <= floor || !isLetter(text.charCodeAt(i - 1))) return undefined;
  const end = i;
  while (i > floor && isLetter(text.charCodeAt(i - 1))) i--;
  return [i, end];
}

/** One of `words` follows `at`, with at most `reach` other words between. */
function wordAfterIs(text: string, at: number, words: readonly string[], reach = 0): boolean {
  for (let next = nextWord(text, at), skipped = 0; next !== undefined && skipped <= reach; next = nextWord(text, next[1]), skipped++) {
    const [start, end] = next;
    if (words.some((w) => wordIs(text, start, end, w))) return true;
  }
  return false;
}

function wordBeforeIs(text: string, at: number, words: readonly string[]): boolean {
  const before = previousWord(text, at);
  return before !== undefined && words.some((w) => wordIs(text, before[0], before[1], w));
}
