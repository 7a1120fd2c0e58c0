// Tokens and sentences for the CoNLL export. Deliberately simple and predictable, since the
// point is a training file whose tokens line up with entity spans:
//   - a token is a run of letters and digits (with inner apostrophes, hyphens, and the dots
//     and commas inside numbers: "King's", "Co-operatives", "49.9", "1,000"), or any other
//     single non-space character ("£", "%", "(");
//   - a sentence ends after ".", "!" or "?" (and any closing quotes or brackets) when the next
//     token starts a new sentence, and at every blank line.
// Offsets are UTF-16, into the text as given.

export interface Token {
  start: number;
  end: number;
  text: string;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:(?:['\u2019\-]|[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*|[^\s\p{Z}]/gu;
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'rev', 'hon', 'cllr', 'no', 'vs', 'etc', 'e.g', 'i.e']);

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    tokens.push({ start, end: start + match[0].length, text: match[0] });
  }
  return tokens;
}

/** Splits tokens so that no token crosses one of the given boundaries (entity starts and ends). */
export function splitAtBoundaries(tokens: readonly Token[], text: string, boundaries: ReadonlySet<number>): Token[] {
  const result: Token[] = [];
  for (const token of tokens) {
    let start = token.start;
    for (let i = token.start + 1; i < token.end; i++) {
      if (boundaries.has(i)) {
        result.push({ start, end: i, text: text.slice(start, i) });
        start = i;
      }
    }
    result.push({ start, end: token.end, text: text.slice(start, token.end) });
  }
  return result;
}

export function sentences(tokens: readonly Token[], text: string): Token[][] {
  const result: Token[][] = [];
  let current: Token[] = [];
  const close = () => {
    if (current.length > 0) result.push(current);
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = current[current.length - 1];
    if (previous && /\n[^\S\n]*\n/.test(text.slice(previous.end, token.start))) close();
    current.push(token);
    const next = tokens[i + 1];
    if (next && endsSentence(current, next)) close();
  }
  close();
  return result;
}

function endsSentence(sentence: readonly Token[], next: Token): boolean {
  let i = sentence.length - 1;
  // Closing quotes and brackets after the full stop belong to the sentence.
  while (i > 0 && /^["'\u201d\u2019)\]]$/.test(sentence[i].text)) i--;
  const mark = sentence[i].text;
  if (mark !== '.' && mark !== '!' && mark !== '?') return false;
  if (mark === '.' && i > 0 && ABBREVIATIONS.has(sentence[i - 1].text.toLowerCase())) return false;
  if (mark === '.' && i > 0 && /^\p{Lu}$/u.test(sentence[i - 1].text)) return false; // an initial: "J. Smith"
  return /^[\p{Lu}\p{N}"'\u201c\u2018(\[]/u.test(next.text);
}
