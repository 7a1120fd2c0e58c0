// Character classes for the tokenizer, decided on UTF-16 code units so that offsets never move.
// ASCII goes through a lookup table; everything else falls back to Unicode property tests, which
// are slower but rare in English policy text.

const enum Ascii {
  Other = 0,
  Space = 1,
  Newline = 2,
  Letter = 3,
  Digit = 4,
}

const ASCII_TABLE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c === 10 || c === 13) ASCII_TABLE[c] = Ascii.Newline;
  else if (c === 32 || c === 9 || c === 11 || c === 12) ASCII_TABLE[c] = Ascii.Space;
  else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII_TABLE[c] = Ascii.Letter;
  else if (c >= 48 && c <= 57) ASCII_TABLE[c] = Ascii.Digit;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const UPPERCASE = /\p{Lu}/u;
const SPACE = /\s/u;

export function isNewline(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85;
}

/** Horizontal white space, including U+00A0, which the seed texts use between words. */
export function isSpace(code: number): boolean {
  if (code < 128) return ASCII_TABLE[code] === Ascii.Space;
  if (isNewline(code)) return false;
  return code === 0xa0 || SPACE.test(String.fromCharCode(code));
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Letters of any script (BMP only: astral characters are never part of a word here). */
export function isLetter(code: number): boolean {
  if (code < 128) return ASCII_TABLE[code] === Ascii.Letter;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER_OR_MARK.test(String.fromCharCode(code));
}

export function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return UPPERCASE.test(String.fromCharCode(code));
}

export function isWordChar(code: number): boolean {
  return isDigit(code) || isLetter(code);
}

/** Apostrophes that may sit inside a word ("King’s", "don't"). */
export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Hyphens that may join a word ("Co-operatives", "employee-owned"); dashes (– —) never do. */
export function isJoiningHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}
