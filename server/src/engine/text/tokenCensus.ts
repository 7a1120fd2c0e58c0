import type { FormTest, KeyList, Token } from './tokens';

// Which tokens hold a word of a list, for a few lists asked about every token of a text (the
// number anchors, the organisation cue nouns, the lower-case acronyms of the gazetteers). Each
// pass that walked all the tokens to test one list read every token and its word form, two memory
// reads per token that the cache rarely holds. The census walks the tokens once for all the lists
// that joined it and keeps, per list, the indexes of the tokens whose form it holds; each pass then
// reads only its few hits.

type CensusList = KeyList | FormTest;

/** The lists that joined, and their bits together. */
const joined: CensusList[] = [];
let joinedBits = 0;

/**
 * Joins a list to the census: later censuses find its tokens. A list without a bit of its own (the
 * bits ran out) cannot join; tokensHolding then tests every token for it.
 */
export function joinCensus(list: CensusList): void {
  if (list.bit === 0 || (joinedBits & list.bit) !== 0) return;
  joined.push(list);
  joinedBits |= list.bit;
}

interface Census {
  /** The bits of the lists this census counted. */
  bits: number;
  /** By bit position: the indexes of the tokens whose form the list with that bit holds, in order. */
  hits: number[][];
}

const censuses = new WeakMap<readonly Token[], Census>();

/**
 * The indexes of the tokens whose word form the list holds, in increasing order. The first list
 * to ask about a token array has the census taken for every joined list; a list that joined after
 * the census of these tokens was taken has it taken again.
 */
export function tokensHolding(tokens: readonly Token[], list: CensusList): readonly number[] {
  if (list.bit === 0 || (joinedBits & list.bit) === 0) return tokensHoldingOneByOne(tokens, list);
  let census = censuses.get(tokens);
  if (census === undefined || (census.bits & list.bit) === 0) {
    census = takeCensus(tokens);
    censuses.set(tokens, census);
  }
  return census.hits[bitPosition(list.bit)]!;
}

function bitPosition(bit: number): number {
  return 31 - Math.clz32(bit);
}

function takeCensus(tokens: readonly Token[]): Census {
  const bits = joinedBits;
  const hits: number[][] = [];
  for (const list of joined) hits[bitPosition(list.bit)] = [];
  for (let i = 0; i < tokens.length; i++) {
    const form = tokens[i]!.form;
    // A form met for the first time since a list joined is asked of every list, once.
    if ((form.listsKnown & bits) !== bits) for (const list of joined) list.holdsForm(form);
    let held = form.listsHolding & bits;
    while (held !== 0) {
      const bit = held & -held;
      hits[bitPosition(bit)]!.push(i);
      held ^= bit;
    }
  }
  return { bits, hits };
}

function tokensHoldingOneByOne(tokens: readonly Token[], list: CensusList): number[] {
  const indexes: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (list.holds(tokens[i]!)) indexes.push(i);
  return indexes;
}
