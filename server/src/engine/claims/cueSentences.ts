import { joinCensus, tokensHolding } from '../text/tokenCensus';
import { FormMemo, FormTest, type Token } from '../text/tokens';
import type { ClaimContext } from './context';
import type { SentenceSpan } from './sentences';

// The sentences that hold one of a few cue words: the extractors that need a rare word
// ("outright", "dividend") read only those. With the document's tokens, the census lists the few
// tokens whose forms hold a cue (text/tokenCensus.ts), so no pass reads the whole text for them;
// without, one indexOf per cue finds them. Both read a cue as a word the same way: not inside a
// longer one ("stake" of "stakeholders", "lent" of "silent"), unless the cue is a prefix.

export interface Cue {
  /** The word in lower case; its capitalised form is looked for too. */
  word: string;
  /** True when longer words may start with it ("loan" → "loans", "loaned"). */
  prefix?: boolean;
}

const isLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 127;

/** Every cue form of every list, so that one census test finds the tokens holding any of them. */
const everyCue: Array<{ form: string; prefix: boolean }> = [];
let censusAsked = false;
/**
 * One test and one census bit for all the lists: the bits are few (text/tokens.ts), and a test
 * left without one is asked of every token of every text. A form's answer is kept once asked, so
 * the lists must all exist before the first census: they are module constants.
 */
const ANY_CUE = new FormTest((text) => {
  censusAsked = true;
  return everyCue.some(({ form, prefix }) => firstCueAt(text, form, prefix, 0) >= 0);
});
joinCensus(ANY_CUE);

/** How many forms' answers a list keeps (token texts are interned copies, so they hold no text alive). */
const ANSWERS_KEPT = 10_000;

/** How many lists have a bit of their own in a form's answer (see FORM_LISTS): the rest are asked one by one. */
const LIST_BITS = 30;
let listsMade = 0;
/** Every list with a bit, by bit position. */
const bitLists: CueWords[] = [];

/** A list of cue words, found among the tokens through the census of every list's cues. */
export class CueWords {
  readonly forms: ReadonlyArray<{ form: string; prefix: boolean }>;
  /** Made after the census had answered for some forms: its cues are looked for in the text instead. */
  readonly late: boolean;
  /** This list's bit in FORM_LISTS' answers; 0 when the bits ran out. */
  readonly bit: number;

  constructor(cues: readonly Cue[]) {
    this.forms = cues.flatMap(({ word, prefix }) => [word, word.charAt(0).toUpperCase() + word.slice(1)].map((form) => ({ form, prefix: prefix === true })));
    this.late = censusAsked;
    everyCue.push(...this.forms);
    this.bit = listsMade < LIST_BITS ? 1 << listsMade : 0;
    if (this.bit !== 0) bitLists.push(this);
    listsMade++;
  }

  /**
   * holds' answers by word form. Every list is asked about every token that holds any list's cue,
   * in every text, and each answer is a search per cue form; the forms asked about are few (those
   * holding a cue), so the answers are kept.
   */
  private readonly answers = new Map<string, boolean>();

  /** Whether a token's text holds one of this list's cues. */
  holds(text: string): boolean {
    let held = this.answers.get(text);
    if (held === undefined) {
      held = this.forms.some(({ form, prefix }) => firstCueAt(text, form, prefix, 0) >= 0);
      if (this.answers.size >= ANSWERS_KEPT) this.answers.clear();
      this.answers.set(text, held);
    }
    return held;
  }
}

/**
 * By word form: the bits of the lists (with a bit) whose cues it holds. One look-up per cue token
 * and document, where asking each list would be one per list (some twenty), each a search in a
 * map by a string.
 */
const FORM_LISTS = new Map<string, number>();

function listsHolding(text: string): number {
  let bits = FORM_LISTS.get(text);
  if (bits === undefined) {
    bits = 0;
    for (const list of bitLists) if (list.holds(text)) bits |= list.bit;
    if (FORM_LISTS.size >= ANSWERS_KEPT) FORM_LISTS.clear();
    FORM_LISTS.set(text, bits);
  }
  return bits;
}

/** listsHolding kept on the form itself: a field read rather than a look-up by text, once per cue token and document. */
const LISTS_OF_FORM = new FormMemo((form) => listsHolding(form.text));

/**
 * A document's cue sentences, read once for all the lists: by list bit position, the sentences
 * (a list none holds left out) holding a token with one of that list's cues, in order (tokens outside every sentence left out).
 * Each cue token is read once and adds its sentence to each list it holds, where a walk per list
 * through all the cue tokens would read each token once per list.
 */
interface CueTokens {
  byList: SentenceSpan[][];
}

const cueTokensOf = new WeakMap<ClaimContext, CueTokens>();

function cueTokens(context: ClaimContext, tokens: readonly Token[]): CueTokens {
  let found = cueTokensOf.get(context);
  if (found) return found;
  found = { byList: [] };
  // The tokens come in order, and so do the sentences: one walk through both finds each token's
  // sentence, where a search per token would start over (the common cues, "which", "staff",
  // "share", stand in many sentences).
  const sentences = context.sentences;
  let s = 0;
  for (const index of tokensHolding(tokens, ANY_CUE)) {
    const token = tokens[index]!;
    const bits = LISTS_OF_FORM.of(token);
    if (bits === 0) continue;
    while (s < sentences.length && sentences[s]!.end <= token.start) s++;
    if (s === sentences.length) break;
    const sentence = sentences[s]!;
    if (sentence.start > token.start) continue;
    for (let held = bits; held !== 0; held &= held - 1) {
      const list = (found.byList[31 - Math.clz32(held & -held)] ??= []);
      if (list[list.length - 1] !== sentence) list.push(sentence);
    }
  }
  cueTokensOf.set(context, found);
  return found;
}

/** Where `form` first stands as a cue word in `text` from `from`; -1 if nowhere. */
function firstCueAt(text: string, form: string, prefix: boolean, from: number): number {
  for (let at = text.indexOf(form, from); at >= 0; at = text.indexOf(form, at + form.length)) {
    if (at > 0 && isLetter(text.charCodeAt(at - 1))) continue;
    if (!prefix && isLetter(text.charCodeAt(at + form.length))) continue;
    return at;
  }
  return -1;
}

/** The sentences holding a cue as a word, in order. */
export function cueSentences(context: ClaimContext, cues: CueWords): SentenceSpan[] {
  const found: SentenceSpan[] = [];
  if (context.tokens && !cues.late && cues.bit !== 0) {
    return cueTokens(context, context.tokens).byList[31 - Math.clz32(cues.bit)]?.slice() ?? [];
  }
  if (context.tokens && !cues.late) {
    for (const index of tokensHolding(context.tokens, ANY_CUE)) {
      const token = context.tokens[index]!;
      if (!cues.holds(token.form.text)) continue;
      const sentence = context.sentenceAt(token.start);
      if (sentence && found[found.length - 1] !== sentence) found.push(sentence);
    }
    return found;
  }
  const text = context.text;
  const seen = new Set<SentenceSpan>();
  for (const { form, prefix } of cues.forms) {
    for (let at = firstCueAt(text, form, prefix, 0); at >= 0; at = firstCueAt(text, form, prefix, at + form.length)) {
      const sentence = context.sentenceAt(at);
      if (!sentence) continue;
      seen.add(sentence);
      at = Math.max(at, sentence.end - form.length);
    }
  }
  return [...seen].sort((a, b) => a.start - b.start);
}
