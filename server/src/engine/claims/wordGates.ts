import { joinCensus, tokensHolding } from '../text/tokenCensus';
import { FormMemo, FormTest, type Token } from '../text/tokens';

// Gates of rare words before the patterns that need them. A pattern a reading runs over a whole
// text ("jointly owned", "sole shareholder", "reduce staffing by …") matches in few texts, yet
// searching for it, or for its literal words with indexOf, reads every character of every text.
// A gate asks the token census instead (text/tokenCensus.ts), which has walked the tokens once for
// every list: with the document's tokens, a text that lacks the gate's words costs a bit test.
//
// A gate may only ever be looser than the patterns it guards: whenever a pattern could match, the
// gate lets it run. Its words are letters only, so a match's word lies inside one word token (the
// tokenizer never splits a run of letters, and a hyphen between letters joins them unless a name's
// modifier follows it, "John Lewis-style", as none does in a gate's word), and a form is tested with
// the case folding of 'iu', which finds every spelling that a pattern with or without 'i' and 'u'
// matches ("ſ" and the Kelvin sign included). `place` is where the word stands in its token: 'end'
// only where a pattern has white space right after the word, 'start' only where it has white space
// before, 'whole' where it has both (any other character may join the token: "executive" holds
// "cut", "Ltd’s" holds "ltd").
//
// The census bits are few (text/tokens.ts), so all the gates share one: the census lists the
// tokens whose forms hold any gate's word, and each such form's gates are worked out once and kept
// as bits, as cueSentences.ts does for its cue lists.

/**
 * A pattern that must match in the text from `before` tokens before a word found to `after` tokens
 * after it (no 'g' or 'y'; no anchors or look-arounds, which the window's edges would change).
 */
export interface Near {
  before: number;
  after: number;
  pattern: RegExp;
}

/** Where a gate's word must stand in a token's text for a pattern to match there. */
export type WordPlace = 'anywhere' | 'start' | 'end' | 'whole';

/** What a gate reads: a text, and its tokens when the caller has them (tokenize(text)). */
export interface GatedText {
  readonly text: string;
  readonly tokens?: readonly Token[];
}

/** Every gate made, in order; the first GATE_BITS have a bit of their own. */
const gates: WordGate[] = [];
/** Kept at 31 so that a text's bits stay a small integer. */
const GATE_BITS = 31;
/** Set once the census has asked a form about the gates: a gate made later would find forms already answered without it. */
let censusAsked = false;
/** The bits of the gates that read a found word's neighbours too. */
let withNeighbours = 0;

export class WordGate {
  /** Tested on a word form's text: true when it holds one of the words at its place. */
  readonly form: RegExp;
  /** The words anywhere in a text, for a text read without its tokens (looser than `form` over the tokens). */
  readonly anywhere: RegExp;
  /** Every match of the words, case as given: what wordStarts finds. */
  readonly find: RegExp;
  /** Tested on the previous token's text, when the gate has words to stand there. */
  readonly previousForm: RegExp | undefined;
  /** The words before and after each word found, for a gate with words to stand near it. */
  readonly previous: readonly string[];
  readonly near: Near | undefined;
  /** This gate's bit in a form's or a text's gate bits; 0 for a gate past GATE_BITS or made after the census had answered. */
  readonly bit: number;

  /**
   * @param name says what the gate stands before, for tests and profiles.
   * @param words lower-case letters, a hyphen between two of them at most.
   * @param guards the patterns the gate stands before: a test holds the gate looser than each.
   * @param neighbours what must stand near a word found, read only where the census found one:
   *   `previous`, words one of which ends the token just before ("sole" before "shareholder"),
   *   only where the patterns have white space alone between the two, so that no token stands
   *   between them; `near`, a pattern that must match within a few tokens around it, looser than
   *   the part of each guarded pattern around the word.
   */
  constructor(
    readonly name: string,
    readonly words: readonly string[],
    readonly place: WordPlace,
    readonly guards: readonly RegExp[],
    neighbours: { previous?: readonly string[]; near?: Near } = {},
  ) {
    const previous = (this.previous = neighbours.previous ?? []);
    this.near = neighbours.near;
    for (const word of [...words, ...previous]) if (!/^[a-z]+(?:-[a-z]+)*$/.test(word)) throw new Error(`A word gate's words are lower-case letters: "${word}"`);
    if (previous.length > 0 && place !== 'start' && place !== 'whole') throw new Error(`A word after white space starts its token: "${name}"`);
    this.previousForm = previous.length > 0 ? new RegExp(`(?:${previous.join('|')})$`, 'iu') : undefined;
    const alternatives = `(?:${words.join('|')})`;
    const starts = place === 'start' || place === 'whole';
    const ends = place === 'end' || place === 'whole';
    this.form = new RegExp(`${starts ? '^' : ''}${alternatives}${ends ? '$' : ''}`, 'iu');
    this.anywhere = new RegExp(alternatives, 'iu');
    this.find = new RegExp(alternatives, 'gu');
    this.bit = !censusAsked && gates.length < GATE_BITS ? 1 << gates.length : 0;
    if (this.previousForm || this.near) withNeighbours |= this.bit;
    gates.push(this);
  }
}

/** The gates made so far, for tests. */
export function wordGates(): readonly WordGate[] {
  return gates;
}

/** One census test for every gate: does the form hold any gate's word at its place. */
const ANY_GATE_WORD = new FormTest((text) => {
  censusAsked = true;
  return gateBitsOfForm(text) !== 0;
});
joinCensus(ANY_GATE_WORD);

/** How many forms' gate bits are kept (forms holding a gate's word are few; token texts are interned copies). */
const FORMS_KEPT = 10_000;
const formBits = new Map<string, number>();

/** Every gate's bit: what a form that may hide a word's first letter holds. */
const ALL_GATE_BITS = (1 << GATE_BITS) - 1;

/**
 * Whether the form opens with a high surrogate that no low one follows (a lone surrogate, as a
 * broken text may hold): the tokenizer takes the next character into it, which may be the first
 * letter of a gate's word, so that the word lies in no one token.
 */
function hidesALetter(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 0xd800 || first > 0xdbff || text.length < 2) return false;
  const second = text.charCodeAt(1);
  return second < 0xdc00 || second > 0xdfff;
}

function gateBitsOfForm(text: string): number {
  let bits = formBits.get(text);
  if (bits === undefined) {
    bits = hidesALetter(text) ? ALL_GATE_BITS : 0;
    for (const gate of gates) if (gate.bit !== 0 && gate.form.test(text)) bits |= gate.bit;
    if (formBits.size >= FORMS_KEPT) formBits.clear();
    formBits.set(text, bits);
  }
  return bits;
}

/** gateBitsOfForm kept on the form itself, for the census's hits: a field read rather than a look-up by text. */
const GATE_BITS_OF_FORM = new FormMemo((form) => gateBitsOfForm(form.text));

/** By token array: the bits of the gates whose words its tokens hold. */
const textBits = new WeakMap<readonly Token[], number>();

function gateBitsOfTokens(text: string, tokens: readonly Token[]): number {
  let bits = textBits.get(tokens);
  if (bits === undefined) {
    bits = 0;
    for (const index of tokensHolding(tokens, ANY_GATE_WORD)) {
      const token = tokens[index]!;
      let held = GATE_BITS_OF_FORM.of(token);
      // a word whose first letter such a form took has its neighbours around the next token: all gates stay open
      if ((held & withNeighbours) !== 0 && !hidesALetter(token.form.text)) held = neighboursHeld(text, tokens, index, held);
      bits |= held;
    }
    textBits.set(tokens, bits);
  }
  return bits;
}

/** `held` without the gates whose neighbours of the token at `index` are not there. */
function neighboursHeld(text: string, tokens: readonly Token[], index: number, held: number): number {
  for (const gate of gates) {
    if ((held & withNeighbours & gate.bit) === 0) continue;
    if (gate.previousForm && !(index > 0 && gate.previousForm.test(tokens[index - 1]!.form.text))) held &= ~gate.bit;
    const near = gate.near;
    if (near) {
      const from = tokens[Math.max(0, index - near.before)]!.start;
      const to = tokens[Math.min(tokens.length - 1, index + near.after)]!.end;
      if (!near.pattern.test(text.slice(from, to))) held &= ~gate.bit;
    }
  }
  return held;
}

/** False only when no pattern the gate guards can match in the text. */
export function mayHold(source: GatedText, gate: WordGate): boolean {
  if (source.tokens && gate.bit !== 0) return (gateBitsOfTokens(source.text, source.tokens) & gate.bit) !== 0;
  return gate.anywhere.test(source.text);
}

/**
 * Where the gate's words start in the text, in order: what `gate.find` finds over the whole text.
 * A match lies inside one token, so with the tokens only the few that hold a word are searched.
 */
export function wordStarts(source: GatedText, gate: WordGate): number[] {
  if (gate.place !== 'anywhere') throw new Error(`wordStarts reads a gate of words anywhere: "${gate.name}"`);
  const starts: number[] = [];
  const find = gate.find;
  const tokens = source.tokens;
  if (!tokens || gate.bit === 0) {
    find.lastIndex = 0;
    for (let m = find.exec(source.text); m !== null; m = find.exec(source.text)) starts.push(m.index);
    return starts;
  }
  if ((gateBitsOfTokens(source.text, tokens) & gate.bit) === 0) return starts;
  for (const index of tokensHolding(tokens, ANY_GATE_WORD)) {
    const token = tokens[index]!;
    const text = token.form.text;
    if ((GATE_BITS_OF_FORM.of(token) & gate.bit) === 0) continue;
    if (hidesALetter(text)) return wordStarts({ text: source.text }, gate);
    find.lastIndex = 0;
    for (let m = find.exec(text); m !== null; m = find.exec(text)) starts.push(token.start + m.index);
  }
  return starts;
}
