import type { Claim } from '../types';
import { wholeText, type TextLike } from './pieceText';

// Where two versions of a text differ, and what that does to how a claim is shown elsewhere.
// Another document's diagnostics show this one's claims by line and column, with the claim's
// words: typing that moves a claim without changing its line, its column or its words changes
// nothing there, so those documents need not be published again.

/**
 * The smallest stretch compared as a whole: comparing two strings is a memory compare, while
 * comparing a character at a time is a loop. Texts are compared in stretches that double while
 * they match, then halve down to this around the first difference: a keystroke in a 1 MB document
 * is found in some forty compares instead of five hundred, each allocating two slices.
 */
const BLOCK = 256;

/** The first offset at which two texts differ (the shorter one's length when one begins the other). */
export function firstDifference(a: string, b: string): number;
export function firstDifference(a: TextLike, b: TextLike): number;
export function firstDifference(a: TextLike, b: TextLike): number {
  if (typeof a !== 'string' && typeof b !== 'string') return a.firstDifference(b);
  if (typeof a !== 'string' || typeof b !== 'string') return firstDifference(wholeText(a), wholeText(b));
  const length = Math.min(a.length, b.length);
  let i = matchedStretches(length, (at, size) => a.slice(at, at + size) === b.slice(at, at + size));
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many characters the texts share at their ends, not reaching back past `floor` in either. */
function commonSuffix(a: TextLike, b: TextLike, floor: number): number {
  if (typeof a !== 'string' && typeof b !== 'string') return a.commonSuffix(b, floor);
  if (typeof a !== 'string' || typeof b !== 'string') return commonSuffix(wholeText(a), wholeText(b), floor);
  const limit = Math.min(a.length, b.length) - floor;
  let n = matchedStretches(limit, (at, size) => a.slice(a.length - at - size, a.length - at) === b.slice(b.length - at - size, b.length - at));
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/**
 * How far, in whole BLOCKs up to `limit`, `same(at, size)` holds from 0: stretches double while
 * they match, then halve around the first mismatch. The last BLOCK is left to the caller.
 */
function matchedStretches(limit: number, same: (at: number, size: number) => boolean): number {
  let at = 0;
  let block = BLOCK;
  while (at + block <= limit && same(at, block)) {
    at += block;
    block *= 2;
  }
  // The first mismatch (or the limit) now lies in [at, at + block].
  for (block /= 2; block >= BLOCK; block /= 2) {
    if (at + block <= limit && same(at, block)) at += block;
  }
  return at;
}

/** The one stretch in which a new text differs from the old: [start, oldEnd) became [start, newEnd). */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
  oldLength: number;
  /** Line breaks added (or, below zero, removed). */
  lineDelta: number;
  /** The new text (read near the edit only). */
  text: TextLike;
}

export function textEdit(oldText: TextLike, newText: TextLike): TextEdit {
  const start = firstDifference(oldText, newText);
  const suffix = commonSuffix(oldText, newText, start);
  const oldEnd = oldText.length - suffix;
  const newEnd = newText.length - suffix;
  return { start, oldEnd, newEnd, oldLength: oldText.length, lineDelta: lineBreaks(newText, start, newEnd) - lineBreaks(oldText, start, oldEnd), text: newText };
}

function lineBreaks(text: TextLike, start: number, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Whether a claim shows alike elsewhere before and after the edit: the same line, column and words,
 * and the same "…" around its excerpt. `before` has the old text's offsets and `after` the new's;
 * a claim that did not move is given as both. Anything this cannot prove alike counts as changed.
 */
export function shownAlike(before: Claim, after: Claim, edit: TextEdit): boolean {
  if (before.start === after.start && before.end === after.end) {
    if (after.end < edit.start) return true;
    if (after.end > edit.start) return false;
    // Ending where the edit starts: alike unless the edit decided whether the text goes on.
    return (after.end === edit.oldLength) === (after.end === edit.text.length);
  }
  const shift = edit.newEnd - edit.oldEnd;
  if (after.start - before.start !== shift || after.end - before.end !== shift) return false;
  if (before.start < edit.oldEnd || after.start < edit.newEnd || edit.lineDelta !== 0) return false;
  // After the edit, with the same lines before it: its column holds if its line starts after the edit.
  // (lastIndexOf clamps a negative start to 0, so a claim at offset 0 is asked about no line break.)
  const lineBreak = after.start > 0 ? edit.text.lastIndexOf('\n', after.start - 1) : -1;
  return lineBreak >= edit.newEnd;
}
