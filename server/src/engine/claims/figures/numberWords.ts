// Small numbers as house styles spell them out in prose ("four depots", "twenty-two studios"),
// from two to ninety-nine, lower case as they stand inside a sentence. Every alternative starts
// with a literal word, so a scan dispatches on the first letters rather than trying each at every
// position; a hyphenated compound comes before its tens so that "twenty-two" is read whole.
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const FROM_TWO = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

export const SMALL_NUMBER_WORDS = `(?:${TENS})(?:-(?:${UNITS}))?|${FROM_TWO}`;

/**
 * The words of SMALL_NUMBER_WORDS, every one written out ("twenty-two" as one word): what the
 * pattern matches, for a search made another way (figureScan.ts: the token census's word gate).
 */
export const SMALL_NUMBER_WORD_LIST: readonly string[] = [
  ...TENS.split('|').flatMap((tens) => [tens, ...UNITS.split('|').map((unit) => `${tens}-${unit}`)]),
  ...FROM_TWO.split('|'),
];
