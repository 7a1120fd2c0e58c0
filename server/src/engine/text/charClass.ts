// Character classes for the tokenizer, decided on UTF-16 code units so that offsets never move.
// Each code unit is classified once, on first sight, into a 64 KB table: the tokenizer's inner
// loop is then one array read per character, even for curly quotes and no-break spaces.

const LETTER = 1;
const UPPER = 2;
const DIGIT = 4;
const SPACE = 8;
const NEWLINE = 16;
const KNOWN = 128;

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const UPPERCASE = /\p{Lu}/u;
const WHITE_SPACE = /\s/u;

const table = new Uint8Array(0x10000);

function classify(code: number): number {
  let flags = KNOWN;
  if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85) flags |= NEWLINE;
  else if (code >= 48 && code <= 57) flags |= DIGIT;
  else if (code >= 0xd800 && code <= 0xdfff) {
    // Surrogates (emoji and other astral characters) are never part of a word here.
  } else {
    const char = String.fromCharCode(code);
    if (code === 0xa0 || WHITE_SPACE.test(char)) flags |= SPACE;
    else if (LETTER_OR_MARK.test(char)) {
      flags |= LETTER;
      if (UPPERCASE.test(char)) flags |= UPPER;
    }
  }
  table[code] = flags;
  return flags;
}

function flagsOf(code: number): number {
  const flags = table[code]!;
  return flags === 0 ? classify(code) : flags;
}

export function isNewline(code: number): boolean {
  return (flagsOf(code) & NEWLINE) !== 0;
}

/** Horizontal white space, including U+00A0, which the seed texts use between words. */
export function isSpace(code: number): boolean {
  return (flagsOf(code) & SPACE) !== 0;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Letters of any script (BMP only: astral characters are never part of a word here). */
export function isLetter(code: number): boolean {
  return (flagsOf(code) & LETTER) !== 0;
}

export function isUpper(code: number): boolean {
  return (flagsOf(code) & UPPER) !== 0;
}

export function isWordChar(code: number): boolean {
  return (flagsOf(code) & (LETTER | DIGIT)) !== 0;
}

const LETTER_ONLY = /^\p{L}$/u;
/** \p{L} per UTF-16 code unit (a lone surrogate is none), learnt on first sight: 0 unknown, 1 yes, 2 no. */
const letterUnits = new Uint8Array(0x10000);

/**
 * Whether the code unit is a letter (\p{L}; marks are not): what `/\p{L}/u.test(text[i])` says,
 * without a string and a pattern per character.
 */
export function isLetterUnit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let known = letterUnits[code]!;
  if (known === 0) letterUnits[code] = known = LETTER_ONLY.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Apostrophes that may sit inside a word ("King’s", "don't"). */
export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Hyphens that may join a word ("Co-operatives", "employee-owned"); dashes (– —) never do. */
export function isJoiningHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}
