import { joinCensus } from '../text/tokenCensus';
import { Gap, KeyList, Shape, tokenize, type Token } from '../text/tokens';
import { PORTFOLIO_WORDS, ROLE_HEADS, ROLE_MODIFIERS, SPEECH_VERBS } from './lexicons/personWords';

// A gazetteer of names as token sequences in a trie, matched at each token in one pass (never one
// regular expression per name). The first word must match with its capitalisation as listed, so
// "Circle" is not "circle" and "Mind" is not "mind". A later word written in lower case only matches
// where the listed name has it in lower case too ("of", "and"), so "NHS providers" is not "NHS
// Providers". A possessive on the last word is allowed ("Labour’s").

export interface GazetteerEntry {
  canonical: string;
  canonicalName: string;
  type: 'organisation' | 'person';
  /** Also an ordinary word: never matched at the start of a sentence. */
  ambiguous: boolean;
  /** The first word as listed, for the case check. */
  firstWord: string;
  length: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: GazetteerEntry[];
  /** Some listed name has this word in lower case ("Department of Health"): only then may the text. */
  lowerCaseAllowed?: boolean;
}

export interface GazetteerMatch {
  first: number;
  last: number;
  /** End offset of the name, without a possessive. */
  end: number;
  entry: GazetteerEntry;
}

function straight(text: string): string {
  return text.indexOf('\u2019') < 0 ? text : text.replace(/\u2019/g, "'");
}

export class Gazetteer {
  private readonly root: TrieNode = { next: new Map() };
  /** Listed one-word acronyms without a vowel, in lower case ("bbc", "nhs"): see organisation.ts. */
  readonly consonantAcronyms = new Set<string>();
  /**
   * The keys that can start a name, made on the first match after the last addition: nearly every
   * capitalised word of a text starts none, and a KeyList says so by a bit on its word form.
   */
  private firstKeys: KeyList | undefined;
  /** The consonant acronyms of three to six letters as a KeyList, made on first need after the last addition. */
  private lowerCaseAcronymKeys: KeyList | undefined;

  add(surface: string, entry: Omit<GazetteerEntry, 'firstWord' | 'length'>): void {
    this.firstKeys = undefined;
    this.lowerCaseAcronymKeys = undefined;
    let tokens = tokenize(surface);
    if (tokens.length > 1 && tokens[0]!.key === 'the') tokens = tokens.slice(1);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      let child = node.next.get(token.key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(token.key, child);
      }
      if (token.shape === Shape.Lower || token.shape === Shape.Punct) child.lowerCaseAllowed = true;
      node = child;
    }
    (node.entries ??= []).push({ ...entry, firstWord: straight(tokens[0]!.text), length: tokens.length });
    const only = tokens[0]!;
    if (tokens.length === 1 && only.shape === Shape.AllCaps && only.text.length >= 3 && !/[aeiouy]/.test(only.key)) this.consonantAcronyms.add(only.key);
  }

  /**
   * The listed consonant acronyms of three to six letters as a KeyList, the only ones read in lower
   * case (see organisation.ts), or undefined when there are none. Every lower-case word of a text
   * is asked, so the list has joined the token census.
   */
  lowerCaseAcronyms(): KeyList | undefined {
    if (this.consonantAcronyms.size === 0) return undefined;
    if (this.lowerCaseAcronymKeys === undefined) {
      this.lowerCaseAcronymKeys = new KeyList(new Set([...this.consonantAcronyms].filter((key) => key.length >= 3 && key.length <= 6)));
      joinCensus(this.lowerCaseAcronymKeys);
    }
    return this.lowerCaseAcronymKeys;
  }

  /**
   * The longest entry that starts at token `i`, if any. `anyCase` drops the capitalisation checks,
   * for text whose writer ignores case altogether (a commenter's "age uk calderbrook").
   */
  matchAt(tokens: readonly Token[], i: number, anyCase = false): GazetteerMatch | undefined {
    const first = tokens[i]!;
    if (first.shape === Shape.Punct || (first.shape === Shape.Lower && !anyCase)) return undefined;
    // Without a possessive to strip, a first word whose key starts no name needs no trie walk.
    this.firstKeys ??= new KeyList(new Set(this.root.next.keys()));
    if (first.bareEnd === first.end && !this.firstKeys.holds(first)) return undefined;
    let step = this.step(this.root, first, anyCase);
    let best: GazetteerMatch | undefined;
    let j = i;
    while (step) {
      const entry = step.node.entries === undefined ? undefined : anyCase ? step.node.entries[0] : firstFitting(step.node.entries, first, tokens, j + 1);
      if (entry) best = { first: i, last: j, end: step.possessive ? tokens[j]!.bareEnd : tokens[j]!.end, entry };
      // A possessive ends the name ("Labour’s time"); so do a line break and a wide gap.
      const next = tokens[j + 1];
      if (step.possessive || !next || next.gapBefore > Gap.Space) break;
      j++;
      step = this.step(step.node, next, anyCase);
    }
    return best;
  }

  /** Follows one token: its full key ("king's" in "King's Fund"), else its key without a possessive. */
  private step(node: TrieNode, token: Token, anyCase: boolean): { node: TrieNode; possessive: boolean } | undefined {
    const full = node.next.get(token.key);
    if (full) return anyCase || this.allows(full, token) ? { node: full, possessive: false } : undefined;
    if (token.bareEnd === token.end) return undefined;
    const bare = node.next.get(token.key.slice(0, token.bareEnd - token.start));
    return bare && (anyCase || this.allows(bare, token)) ? { node: bare, possessive: true } : undefined;
  }

  /** Capitalised words of a name must be capitalised in the text too: "NHS providers" is not "NHS Providers". */
  private allows(node: TrieNode, token: Token): boolean {
    return token.shape !== Shape.Lower || node.lowerCaseAllowed === true;
  }
}

function firstFitting(entries: readonly GazetteerEntry[], first: Token, tokens: readonly Token[], after: number): GazetteerEntry | undefined {
  for (const entry of entries) if (fits(entry, first, tokens, after)) return entry;
  return undefined;
}

/**
 * A name that is also a word ("Shelter", "Unite") opening a sentence is the word, unless what
 * follows at once is what only a body takes: a verb of speech ("Shelter said …": words do not
 * speak), or a relative clause that says who it is or what it does ("Unite, which represents bus
 * workers, …", "Shelter, who …"): a bare common noun opening a sentence takes an article first, and
 * the rare one that does not is told of in the past ("Crisis, which began in 2008, …"). So does a
 * title and a capitalised name after it ("Shelter chief executive Helen Rowe", "Unite regional
 * officer Mick Farrand"): a title written before a person's name is preceded by what it is the
 * title of, and a bare common noun cannot be that (a shelter has no chief executive).
 */
function fits(entry: GazetteerEntry, first: Token, tokens: readonly Token[], after: number): boolean {
  if (entry.ambiguous && first.sentenceStart && !opensAsABody(tokens, after)) return false;
  if (straight(first.text) === entry.firstWord) return true;
  return first.bareEnd < first.end && straight(first.text.slice(0, first.bareEnd - first.start)) === entry.firstWord;
}

/** Verbs in -s that say what something is or has, not what a body does. */
const STATE_VERBS = new Set(['is', 'was', 'has', 'does', 'seems', 'remains', 'means', 'becomes']);

function opensAsABody(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after];
  if (!next || next.gapBefore > Gap.Space) return false;
  if (next.shape === Shape.Lower) return SPEECH_VERBS.has(next.key) || titleBeforeName(tokens, after);
  const relative = tokens[after + 1];
  if (next.text !== ',' || relative === undefined || relative.gapBefore !== Gap.Space) return false;
  if (relative.key === 'who') return true;
  const verb = tokens[after + 2];
  return relative.key === 'which' && verb !== undefined && verb.shape === Shape.Lower && verb.key.length > 3 && verb.key.endsWith('s') && !verb.key.endsWith('ss') && !STATE_VERBS.has(verb.key);
}

/** The longest title before a name that the gazetteer checks: "deputy chief executive", "cabinet member for …" is not one. */
const MAX_TITLE_WORDS = 4;

/**
 * Whether lower-case title words start at token `from` (qualifiers and portfolios, then a title
 * head: "chief executive", "regional officer", "housing director") and a capitalised word follows
 * them at once, as a person's name does.
 */
function titleBeforeName(tokens: readonly Token[], from: number): boolean {
  let sawHead = false;
  for (let i = from; i < from + MAX_TITLE_WORDS; i++) {
    const token = tokens[i];
    if (!token || token.gapBefore > Gap.Space) return false;
    if (token.shape !== Shape.Lower) return sawHead && token.shape === Shape.Capitalised;
    if (ROLE_HEADS.has(token.key)) sawHead = true;
    else if (sawHead || !(ROLE_MODIFIERS.has(token.key) || PORTFOLIO_WORDS.has(token.key))) return false;
  }
  return false;
}
