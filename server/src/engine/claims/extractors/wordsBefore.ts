// The noun phrase before an example cue ("housing associations such as X"), read backwards from the
// cue. It gives what this pattern, run on text[from, to), gives (the pattern tries every start of
// its window, and each start walks words up to the end):
//   /(?:^|[^\p{L}’'-])((?:[\p{L}’'-]+[\s\u00a0]+){0,3}[\p{L}’'-]+),?[\s\u00a0]*$/u
// Its words are whole runs of word characters, joined by runs of white space, and the leftmost
// match is the longest chain of at most four of them that ends the window (before a comma and
// white space).

const WORD_CHARACTER = /[\p{L}’'-]/u;
const SPACE_CHARACTER = /[\s\u00a0]/;

/** Memo of WORD_CHARACTER for code units outside surrogate pairs (0 not known yet, 1 yes, 2 no). */
const wordUnits = new Uint8Array(0x10000);
/** Memo of SPACE_CHARACTER by code unit. */
const spaceUnits = new Uint8Array(0x10000);

function isSpace(code: number): boolean {
  let known = spaceUnits[code]!;
  if (known === 0) spaceUnits[code] = known = SPACE_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** The length (1 or 2 code units) of the word character ending at `end`, not before `from`; 0 if none. */
function wordCharacterEndingAt(text: string, from: number, end: number): number {
  if (end <= from) return 0;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xdc00 && code <= 0xdfff && end - 2 >= from) {
    const high = text.charCodeAt(end - 2);
    // A surrogate pair is one code point to the pattern.
    if (high >= 0xd800 && high <= 0xdbff) return WORD_CHARACTER.test(text.slice(end - 2, end)) ? 2 : 0;
  }
  let known = wordUnits[code]!;
  if (known === 0) wordUnits[code] = known = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** Where the run of word characters ending at `end` starts (`end` if there is none). */
function wordRunStart(text: string, from: number, end: number): number {
  let at = end;
  for (let width = wordCharacterEndingAt(text, from, at); width > 0; width = wordCharacterEndingAt(text, from, at)) at -= width;
  return at;
}

function spaceRunStart(text: string, from: number, end: number): number {
  let at = end;
  while (at > from && isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

export interface WordsBefore {
  /** Where the phrase starts (the pattern's group 1). */
  start: number;
  /** Where it ends. */
  end: number;
  /** Where its last word starts. */
  lastWordStart: number;
}

/** The phrase of up to four words that ends text[from, to) (before ",", white space), or null. */
export function wordsBefore(text: string, from: number, to: number): WordsBefore | null {
  let end = spaceRunStart(text, from, to);
  if (end > from && text.charCodeAt(end - 1) === 44) end--;
  const lastWordStart = wordRunStart(text, from, end);
  if (lastWordStart === end) return null;
  let start = lastWordStart;
  for (let words = 1; words < 4; words++) {
    const gapStart = spaceRunStart(text, from, start);
    if (gapStart === start) break;
    const wordStart = wordRunStart(text, from, gapStart);
    if (wordStart === gapStart) break;
    start = wordStart;
  }
  return { start, end, lastWordStart };
}
