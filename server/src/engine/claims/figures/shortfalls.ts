// "its reserves were more than £600,000 short of what the rules require", "the fund is £2m short",
// "left the appeal £40,000 short": a sum followed by "short" is how far a measure falls below what
// is needed, not the measure itself. It is the same fact as "a shortfall of £600,000" or "a gap of
// £600,000", so every reading of a measure re-keys such a sum to the shortfall (money.ts names it
// budget-gap), rather than claim the reserves are £600,000.

export const SHORTFALL_ATTRIBUTE = 'money:budget-gap';
const SHORT_AFTER = /^[\s\u00a0]+short(?![\p{L}])/u;

/** True when the sum ending at `end` is followed by "short". */
export function isShortBy(text: string, end: number): boolean {
  return text.charCodeAt(end + 1) === 115 /* s */ && SHORT_AFTER.test(text.slice(end, end + 8));
}
