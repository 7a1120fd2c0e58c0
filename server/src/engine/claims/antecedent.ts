// A body a referring word may stand for, and the small text tests every resolver of referring
// words shares (referents.ts and the rules it calls: sentenceSubjects.ts, headlineTopic.ts).

import type { Entity } from '../types';

/** How far back (UTF-16 units) an antecedent may stand. */
export const ANTECEDENT_REACH = 2000;

export interface Antecedent {
  readonly mention: Entity;
  readonly thing: boolean;
  /** A news outlet, or the one being told: never what a referring word stands for. */
  readonly reporter: boolean;
  /** The agent of a passive ("set up by X"): another party than the one described. */
  readonly agent: boolean;
  readonly nameWords: Set<string>;
  /** Made from "we" or "our": the writer, whom "it" and "its" never stand for. */
  readonly firstPerson?: boolean;
}

/** The offset of the last non-space character before `offset`. */
export function previousContentOffset(text: string, offset: number): number {
  let i = offset - 1;
  while (i > 0 && /\s/.test(text[i])) i--;
  return i;
}

const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;

export function isApostropheAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE;
}
