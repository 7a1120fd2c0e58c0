// Numbers in a quote are what an annotation about a figure is about: an annotation on
// "770 staff" must never slide onto "650 staff", however similar the words around it.
// These helpers pull the numbers out of a piece of text so anchoring can require them equal.

const NUMBER_WORDS = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'hundred', 'thousand', 'million', 'billion', 'trillion', 'half', 'quarter', 'third', 'dozen',
]);

// Digits with thousands separators or a decimal part ("1,000", "49.9"), or a number word.
const NUMBER_PATTERN = /\d+(?:[.,]\d+)*|[A-Za-z]+/g;

/**
 * The numbers in a text, in order, normalised: "1,000" and "1000" are the same number; number
 * words are lowercased ("Twelve" → "twelve"). Words that are not numbers are ignored.
 */
export function numbersIn(text: string): string[] {
  const numbers: string[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const token = match[0];
    if (token.charCodeAt(0) <= 0x39) numbers.push(normaliseDigits(token));
    else if (NUMBER_WORDS.has(token.toLowerCase())) numbers.push(token.toLowerCase());
  }
  return numbers;
}

/** "1,234.5" → "1234.5"; a comma before exactly three digits is a thousands separator. */
function normaliseDigits(token: string): string {
  return token.replace(/,(?=\d{3}(?:\D|$))/g, '');
}

export function sameNumbers(a: string, b: string): boolean {
  const na = numbersIn(a);
  const nb = numbersIn(b);
  return na.length === nb.length && na.every((n, i) => n === nb[i]);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether [start, end) cuts a number of the text in two, e.g. "12%" found inside "112%", or
 * "1,5" inside "1,500". A span that does is never the same number as its quote.
 */
export function splitsNumber(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  if (isDigit(first) && start > 0) {
    const before = text.charCodeAt(start - 1);
    if (isDigit(before)) return true;
    if ((before === 0x2c || before === 0x2e) && start > 1 && isDigit(text.charCodeAt(start - 2))) return true;
  }
  if (isDigit(last) && end < text.length) {
    const after = text.charCodeAt(end);
    if (isDigit(after)) return true;
    if ((after === 0x2c || after === 0x2e) && end + 1 < text.length && isDigit(text.charCodeAt(end + 1))) return true;
  }
  return false;
}
