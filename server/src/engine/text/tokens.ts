import { ownCopy } from './ownCopy';
import { FNV_OFFSET, FNV_PRIME, hashRange } from './rangeHash';
import { isApostrophe, isDigit, isJoiningHyphen, isLetter, isNewline, isSpace, isUpper, isWordChar } from './charClass';

// One pass over the text that cuts it into word, number and punctuation tokens with their
// UTF-16 offsets, their capitalisation shape, what kind of white space precedes them and
// whether they open a sentence. The name recognisers (organisations, people, roles) all work on
// this one token array, so the text is scanned once for them together.

export const enum Shape {
  /** "Circle", "McDonald", "Co-operatives" */
  Capitalised = 1,
  /** "NHS", "3SC", "G4S", "KF" */
  AllCaps = 2,
  /** "GPs", "PCTs": an acronym used as a plural common noun */
  AcronymPlural = 3,
  Lower = 4,
  /** "iPhone", "QoF" */
  Mixed = 5,
  Numeric = 6,
  Punct = 7,
}

export const enum Gap {
  None = 0,
  Space = 1,
  /** Two or more spaces: in pasted text this usually separates things that only look adjacent. */
  WideSpace = 2,
  LineBreak = 3,
  /** A blank line. */
  Paragraph = 4,
}

const SHAPE_MASK = 7;
const GAP_SHIFT = 3;
const SENTENCE_START_BIT = 1 << 6;

/**
 * One token. A text has about one token per five characters, and each field of an object costs a
 * word on every one of them, so a token keeps only its offsets, one small integer packing its shape,
 * gap and sentence start, and the form it shares with every token of the same text; the rest is
 * read through getters.
 */
export class Token {
  constructor(
    readonly start: number,
    readonly end: number,
    /** End offset without a trailing possessive "'s" / "’s" (equal to end when there is none). */
    readonly bareEnd: number,
    /** shape | gapBefore << GAP_SHIFT | SENTENCE_START_BIT when the token opens a sentence. */
    private readonly packed: number,
    /** The interned form shared by every token of the same text. */
    readonly form: InternedForm,
  ) {}

  /** The exact slice of the text. */
  get text(): string {
    return this.form.text;
  }

  /** Lower-cased, curly apostrophe straightened (punctuation as it stands): the form used for lexicon look-ups. */
  get key(): string {
    return this.form.key;
  }

  get shape(): Shape {
    return this.packed & SHAPE_MASK;
  }

  get gapBefore(): Gap {
    return (this.packed >> GAP_SHIFT) & SHAPE_MASK;
  }

  /** First word of a sentence, a line or a list item: capitalisation there says little. */
  get sentenceStart(): boolean {
    return (this.packed & SENTENCE_START_BIT) !== 0;
  }
}

function packed(shape: Shape, gap: Gap, sentenceStart: boolean): number {
  return shape | (gap << GAP_SHIFT) | (sentenceStart ? SENTENCE_START_BIT : 0);
}

/** Words that may be glued to a name by a hyphen: "John Lewis-style", "Serco-run", "NHS-funded". */
const NAME_MODIFIER_SUFFIX =
  /^(?:style|like|type|led|based|backed|owned|run|funded|inspired|esque|sized|commissioned|sponsored|linked|affiliated|controlled|managed|supported|wide)$/i;

/** The shape of a word's text, alone: what a token of it has (the tokenizer also has quicker ways to the same answer). */
export function shapeOf(text: string): Shape {
  const first = text.charCodeAt(0);
  if (isDigit(first)) {
    // "3SC", "3SC4H", "1st": digits first; decide by the letters that follow.
    let upper = 0;
    let lower = 0;
    for (let i = 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isLetter(c)) {
        if (isUpper(c)) upper++;
        else lower++;
      }
    }
    if (upper > 0 && lower === 0) return Shape.AllCaps;
    return Shape.Numeric;
  }
  if (!isLetter(first)) return Shape.Punct;
  let upper = 0;
  let lower = 0;
  let lastLetterUpper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      const up = isUpper(c);
      if (up) upper++;
      else lower++;
      lastLetterUpper = up;
    }
  }
  const firstUpper = isUpper(first);
  if (lower === 0) return upper >= 2 || hasDigit(text) ? Shape.AllCaps : Shape.Capitalised;
  if (!firstUpper) return upper === 0 ? Shape.Lower : Shape.Mixed;
  // "GPs", "PCTs", "CCGs": capitals then a single lower-case plural s.
  if (lower === 1 && upper >= 2 && !lastLetterUpper && text.charCodeAt(text.length - 1) === 115) {
    return Shape.AcronymPlural;
  }
  if (upper === 1 || text.length <= 1) return Shape.Capitalised;
  // "McDonald", "MacGregor", "O'Brien", "Co-operatives UK" pieces: capital first, mostly lower.
  return upper * 2 <= lower + 1 ? Shape.Capitalised : Shape.Mixed;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Word forms repeat heavily (Zipf), and lower-casing a two-byte string (any text with a curly quote
 * or a no-break space is one) is slow, so each form is interned with its key in an open-addressing
 * table looked up straight from the text: a form seen before costs a hash and a comparison, with
 * no new string. Tokens then share one string per form. The table grows from a small size and is
 * emptied when it fills up at its largest, which bounds its memory on huge vocabularies.
 */
export interface InternedForm {
  readonly text: string;
  readonly key: string;
  readonly hash: number;
  /** shapeOf(text), worked out on first need (0 until then): a form's shape never changes. */
  shape: Shape | 0;
  /** KeyList bits: which lists this form's key has been looked up in, and which of those hold it. */
  listsKnown: number;
  listsHolding: number;
  /** A FormMemo's answer for this form, and which memo gave it (0: none yet). */
  memoId: number;
  memoAnswer: number;
  /** The last FormVisits to meet this form (0: none). */
  visitId: number;
  /** bareTextOf's answer, worked out on first need. */
  bare: string | undefined;
}

/** The table starts small and doubles, so a corpus's few thousand forms stay in a cache-sized table. */
const TABLE_INITIAL_BITS = 12;
/** At this size a full table is emptied instead of doubled, which bounds its memory on huge vocabularies. */
const TABLE_MAX_BITS = 16;
let tableMask = (1 << TABLE_INITIAL_BITS) - 1;
let tableLimit = ((tableMask + 1) * 3) >> 2;
let table: Array<InternedForm | undefined> = new Array(tableMask + 1);
/**
 * Beside each slot's form: its hash, and where its characters lie in `pool`, all in typed arrays.
 * A probe then compares hashes and characters without reading the form or its string, which
 * would cost a cache miss or two per token on the hottest loop of the engine.
 */
let tableHashes = new Int32Array(tableMask + 1);
let tableStarts = new Int32Array(tableMask + 1);
let tableLengths = new Int32Array(tableMask + 1);
let pool = new Uint16Array(1 << 15);
let poolUsed = 0;
let tableCount = 0;

function resizeTable(bits: number, keep: boolean): void {
  const old = table;
  tableMask = (1 << bits) - 1;
  tableLimit = ((tableMask + 1) * 3) >> 2;
  table = new Array(tableMask + 1);
  tableHashes = new Int32Array(tableMask + 1);
  tableStarts = new Int32Array(tableMask + 1);
  tableLengths = new Int32Array(tableMask + 1);
  poolUsed = 0;
  tableCount = 0;
  if (!keep) return;
  for (const form of old) if (form !== undefined) placeForm(form);
}

function placeForm(form: InternedForm): void {
  const chars = form.text;
  if (poolUsed + chars.length > pool.length) {
    const grown = new Uint16Array(Math.max(pool.length * 2, poolUsed + chars.length));
    grown.set(pool.subarray(0, poolUsed));
    pool = grown;
  }
  for (let i = 0; i < chars.length; i++) pool[poolUsed + i] = chars.charCodeAt(i);
  let slot = form.hash & tableMask;
  while (table[slot] !== undefined) slot = (slot + 1) & tableMask;
  table[slot] = form;
  tableHashes[slot] = form.hash;
  tableStarts[slot] = poolUsed;
  tableLengths[slot] = chars.length;
  poolUsed += chars.length;
  tableCount++;
}

/** True when the slot's form is text[start, end), compared in the pool. */
function slotHolds(slot: number, text: string, start: number, end: number): boolean {
  if (tableLengths[slot] !== end - start) return false;
  const at = tableStarts[slot]! - start;
  for (let i = start; i < end; i++) if (pool[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function keyOf(text: string): string {
  const lower = text.toLowerCase();
  if (lower === text) return text;
  return lower.indexOf('\u2019') < 0 ? lower : lower.replace(/\u2019/g, "'");
}

function internRange(text: string, start: number, end: number, rawHash = hashRange(text, start, end)): InternedForm {
  // As a signed 32-bit integer, the way tableHashes holds it (an empty range's hash is the unsigned offset basis).
  const hash = rawHash | 0;
  const mask = tableMask;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const form = table[slot];
    if (form === undefined) break;
    if (tableHashes[slot] === hash && slotHolds(slot, text, start, end)) return form;
  }
  return addForm(text, start, end, hash);
}

/** A form seen for the first time, kept apart from internRange so that the look-up stays small enough to inline. */
function addForm(text: string, start: number, end: number, hash: number): InternedForm {
  if (tableCount >= tableLimit) {
    const bits = 32 - Math.clz32(tableMask);
    if (bits < TABLE_MAX_BITS) resizeTable(bits + 1, true);
    else resizeTable(TABLE_MAX_BITS, false);
  }
  // The table outlives the text: a long word cut from it would keep the whole text alive.
  const slice = ownCopy(text.slice(start, end));
  const form: InternedForm = { text: slice, key: keyOf(slice), hash, shape: 0, listsKnown: 0, listsHolding: 0, memoId: 0, memoAnswer: 0, visitId: 0, bare: undefined };
  placeForm(form);
  return form;
}

function shapeOfForm(form: InternedForm): Shape {
  return form.shape === 0 ? (form.shape = shapeOf(form.text)) : form.shape;
}

export function lexiconKey(text: string): string {
  return internRange(text, 0, text.length).key;
}

function possessiveEnd(text: string, start: number, end: number): number {
  const length = end - start;
  if (length >= 3) {
    const s = text.charCodeAt(end - 1);
    if ((s === 115 || s === 83) && isApostrophe(text.charCodeAt(end - 2))) return end - 2;
  }
  return end;
}

/**
 * The token's text without a possessive "’s" or "'s", curly apostrophes straightened ("King’s" →
 * "King", "O’Neill" → "O'Neill"): the form name recognisers compare short mentions by. A function
 * of the word form, so kept on it.
 */
export function bareTextOf(token: Token): string {
  const form = token.form;
  let bare = form.bare;
  if (bare === undefined) {
    const text = form.text;
    const cut = possessiveEnd(text, 0, text.length);
    const word = cut === text.length ? text : text.slice(0, cut);
    bare = form.bare = word.indexOf('\u2019') < 0 ? word : word.replace(/\u2019/g, "'");
  }
  return bare;
}

const FULL_STOP = 46;

/** Punctuation after which the next word opens a sentence ("." "!" "?" ":" ";" "…"). */
function endsSentence(code: number): boolean {
  return code === FULL_STOP || code === 33 || code === 63 || code === 58 || code === 59 || code === 0x2026;
}

/** Punctuation that may come between a sentence end and the first word without changing anything. */
function isTransparentOpener(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x201c: // “
    case 0x2018: // ‘
    case 0x27: // '
    case 0x28: // (
    case 0x5b: // [
    case 0x2022: // •
    case 0x2a: // *
    case 0xb7: // ·
    case 0x2013: // –
    case 0x2014: // —
    case 0x2d: // -
    case 0x3e: // >
      return true;
    default:
      return false;
  }
}

function gapOf(newlines: number, spaces: number, first: boolean): Gap {
  if (newlines >= 2) return Gap.Paragraph;
  if (newlines === 1 || first) return Gap.LineBreak;
  if (spaces >= 2) return Gap.WideSpace;
  return spaces === 1 ? Gap.Space : Gap.None;
}

function wordToken(text: string, form: InternedForm, start: number, end: number, shape: Shape, gap: Gap, sentenceStart: boolean): Token {
  return new Token(start, end, possessiveEnd(text, start, end), packed(shape, gap, sentenceStart), form);
}

/** Forms of one-unit punctuation, by code unit: the key is the mark itself, apostrophes included. */
const punctForms: Array<InternedForm | undefined> = new Array(0x10000);

function punctForm(mark: string): InternedForm {
  return { text: mark, key: mark, hash: 0, shape: Shape.Punct, listsKnown: 0, listsHolding: 0, memoId: 0, memoAnswer: 0, visitId: 0, bare: undefined };
}

function punctToken(text: string, start: number, end: number, gap: Gap): Token {
  let form: InternedForm;
  if (end - start === 1) {
    const code = text.charCodeAt(start);
    form = punctForms[code] ??= punctForm(text.charAt(start));
  } else form = punctForm(text.slice(start, end));
  return new Token(start, end, end, packed(Shape.Punct, gap, false), form);
}

/** How many KeyLists and FormTests get a bit of their own on the forms (small integers stay cheap in V8). */
const KEY_LIST_BITS = 30;
let keyListsMade = 0;

/**
 * How many lists have asked for a bit, and how many there are: a list made once the bits ran out is
 * tested at every token of every text instead, which a test of the engine's lists guards against.
 */
export function listBitsUse(): { asked: number; available: number } {
  return { asked: keyListsMade, available: KEY_LIST_BITS };
}

/** The next free bit of listsKnown/listsHolding, or 0 once they are all taken. */
function takeListBit(): number {
  return keyListsMade++ < KEY_LIST_BITS ? 1 << (keyListsMade - 1) : 0;
}

/**
 * A fixed set of lexicon keys that tokens are tested against over and over (a recogniser's cue
 * words, tested at every token of every text). Whether a word form's key is in the set is decided
 * once per interned form and kept as a bit on it, so the test per token is a bit test rather than
 * a hash look-up of the key. The first KEY_LIST_BITS lists made get bits; later ones look up.
 */
export class KeyList {
  /** This list's bit on the forms, or 0 when the bits ran out. */
  readonly bit: number;

  constructor(readonly keys: ReadonlySet<string>) {
    this.bit = takeListBit();
  }

  /** True when the token's key is in the list. */
  holds(token: Token): boolean {
    return this.holdsForm(token.form);
  }

  /** True when the form's key is in the list. */
  holdsForm(form: InternedForm): boolean {
    const bit = this.bit;
    if (bit === 0) return this.keys.has(form.key);
    if ((form.listsKnown & bit) !== 0) return (form.listsHolding & bit) !== 0;
    const held = this.keys.has(form.key);
    form.listsKnown |= bit;
    if (held) form.listsHolding |= bit;
    return held;
  }
}

/**
 * A test of a word form alone, of its text or its lexicon key (does it hold a certain word? is its
 * key without a possessive in some list?), decided once per form and kept as a bit on it, like a
 * KeyList's: a pass that asks it of every token then costs a bit test per token. Shares the
 * KeyLists' bits; past them, it tests every time.
 */
export class FormTest {
  /** This test's bit on the forms, or 0 when the bits ran out. */
  readonly bit: number;

  constructor(private readonly test: (text: string, key: string) => boolean) {
    this.bit = takeListBit();
  }

  holds(token: Token): boolean {
    return this.holdsForm(token.form);
  }

  holdsForm(form: InternedForm): boolean {
    const bit = this.bit;
    if (bit === 0) return this.test(form.text, form.key);
    if ((form.listsKnown & bit) !== 0) return (form.listsHolding & bit) !== 0;
    const held = this.test(form.text, form.key);
    form.listsKnown |= bit;
    if (held) form.listsHolding |= bit;
    return held;
  }
}

let formMemosMade = 0;
let formVisitsMade = 0;

/**
 * One pass's record of the word forms it has met: a pass whose work for a token depends on the
 * token's form alone does it once per form, and each later token of that form costs a field
 * compare. Make one per pass; two passes may not interleave their visits.
 */
export class FormVisits {
  private readonly id = ++formVisitsMade;

  /** True the first time this pass meets the token's form. */
  first(token: Token): boolean {
    const form = token.form;
    if (form.visitId === this.id) return false;
    form.visitId = this.id;
    return true;
  }
}

/**
 * A number worked out from a word form alone (its index in some word list, say), kept on the form
 * so that each later token of the same form costs a field read instead of a look-up. A form keeps
 * the answer of one memo at a time: two memos used in turn would only work their answers out
 * again, never give a wrong one.
 */
export class FormMemo {
  private readonly id = ++formMemosMade;

  constructor(private readonly answer: (form: InternedForm) => number) {}

  of(token: Token): number {
    const form = token.form;
    if (form.memoId === this.id) return form.memoAnswer;
    const answer = this.answer(form);
    form.memoId = this.id;
    form.memoAnswer = answer;
    return answer;
  }
}

/**
 * Splits the text into tokens. White space is not a token; it is recorded as `gapBefore`. This is
 * the hottest loop of the engine: a word's hash for the intern table is computed while its
 * characters are scanned, and the state lives in locals rather than in a closure.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  let spaces = 0;
  let newlines = 0;
  let atSentenceStart = true;

  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      spaces++;
      i++;
      continue;
    }
    if (isNewline(code)) {
      // CRLF counts as one line break.
      if (!(code === 10 && i > 0 && text.charCodeAt(i - 1) === 13)) newlines++;
      i++;
      continue;
    }
    if (isSpace(code)) {
      spaces++;
      i++;
      continue;
    }
    const gap = gapOf(newlines, spaces, tokens.length === 0);
    if (gap >= Gap.LineBreak) atSentenceStart = true;
    spaces = 0;
    newlines = 0;
    if (isWordChar(code)) {
      const start = i;
      let hash = Math.imul(FNV_OFFSET ^ code, FNV_PRIME);
      i++;
      let lastHyphen = -1;
      let plain = true;
      while (i < length) {
        const c = text.charCodeAt(i);
        // Fast path: ASCII lower-case letters, the bulk of any English text.
        if (c >= 97 && c <= 122) {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          i++;
        } else if (isWordChar(c)) {
          plain = false;
          hash = Math.imul(hash ^ c, FNV_PRIME);
          i++;
        } else if ((isApostrophe(c) || isJoiningHyphen(c) || c === 38) && i + 1 < length && isWordChar(text.charCodeAt(i + 1))) {
          // "King’s", "Co-operatives", "A&E": joiners only count between word characters.
          if (isJoiningHyphen(c)) lastHyphen = i;
          plain = false;
          hash = Math.imul(Math.imul(hash ^ c, FNV_PRIME) ^ text.charCodeAt(i + 1), FNV_PRIME);
          i += 2;
        } else break;
      }
      const firstIsLower = code >= 97 && code <= 122;
      if (lastHyphen > start && isUpper(code) && NAME_MODIFIER_SUFFIX.test(text.slice(lastHyphen + 1, i))) {
        // "John Lewis-style": the name and its modifier become separate tokens.
        const name = internRange(text, start, lastHyphen);
        tokens.push(wordToken(text, name, start, lastHyphen, shapeOfForm(name), gap, atSentenceStart));
        tokens.push(punctToken(text, lastHyphen, lastHyphen + 1, Gap.None));
        const modifier = internRange(text, lastHyphen + 1, i);
        tokens.push(wordToken(text, modifier, lastHyphen + 1, i, shapeOfForm(modifier), Gap.None, false));
      } else {
        const form = internRange(text, start, i, hash);
        if (plain) {
          // A first character and then plain lower-case ASCII letters: no apostrophe, so no
          // possessive, and the shape is the first character's when it is an ASCII letter.
          const shape = firstIsLower ? Shape.Lower : code >= 65 && code <= 90 ? Shape.Capitalised : shapeOfForm(form);
          tokens.push(new Token(start, i, i, packed(shape, gap, atSentenceStart), form));
        } else tokens.push(wordToken(text, form, start, i, shapeOfForm(form), gap, atSentenceStart));
      }
      atSentenceStart = false;
      continue;
    }
    // A surrogate pair (emoji and other astral characters) is one punctuation token, with the
    // variation selector that asks for its emoji form ("🏛️", "✔️"): a mark, it would otherwise
    // open the word glued after the emoji ("🏛️National" read as a word "️National").
    let width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    if (i + width < length && text.charCodeAt(i + width) === EMOJI_PRESENTATION) width++;
    tokens.push(punctToken(text, i, i + width, gap));
    if (width === 1 && endsSentence(code)) atSentenceStart = true;
    else if (width === 2 || !isTransparentOpener(code)) atSentenceStart = false;
    i += width;
  }
  return tokens;
}

/** U+FE0F, VARIATION SELECTOR-16: the character before it is to be shown as an emoji. */
const EMOJI_PRESENTATION = 0xfe0f;

export function isCapitalisedWord(token: Token): boolean {
  return token.shape === Shape.Capitalised || token.shape === Shape.AllCaps;
}

/** True when the two tokens are separated by exactly one ordinary space (names never span more). */
export function tightlyFollows(next: Token): boolean {
  return next.gapBefore === Gap.Space;
}
