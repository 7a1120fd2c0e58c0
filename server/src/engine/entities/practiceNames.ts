import { Shape } from '../text/tokens';
import { FIRST_NAMES } from './lexicons/firstNames';
import { continuesName, isCapitalised, tightNext, tightWithPrevious, type NameScan } from './nameScan';
import { isOwnWord } from './sectorNames';
import { writtenInLowerCase } from './lowerCaseWord';

// Practices named by a word of their own and the practice word: "Millbrook Surgery", "Castle Street
// Medical Practice", "Harbour Dental Practice", "Fenby Veterinary Surgery", "Kelby Family Practice".
// A practice holds a contract, employs its clinicians and is inspected: it is a body, unlike the
// hospital or the leisure centre, which name buildings (RULES.md: venues are not organisations).
// The practice word alone names a field or a method ("Good Practice", "Keyhole Surgery", "an MP's
// Advice Surgery"), so the words in front must be coined: capitalised, never written in lower case
// in the text, and no field's qualifier.

/** Words that end a practice's name. */
export const PRACTICE_HEADS: ReadonlySet<string> = new Set(['practice', 'surgery']);

/** The kind of practice, between its own name and the practice word: "Castle Street Medical Practice". */
const PRACTICE_KINDS: ReadonlySet<string> = new Set(['medical', 'dental', 'veterinary', 'vets', 'family', 'doctors', 'gp', 'group', 'health', 'healthcare', 'optical', 'physiotherapy']);

/** Words of a method, a manner or a session, never a practice's own name. */
const NOT_PRACTICE_NAMES: ReadonlySet<string> = new Set([
  'good', 'best', 'better', 'clinical', 'general', 'professional', 'nursing', 'cosmetic', 'keyhole', 'plastic', 'minor',
  'day', 'open', 'advice', 'constituency', 'weekly', 'monthly', 'evening', 'code', 'robotic', 'elective', 'emergency',
]);

/** Most own words in front of the kind and the practice word. */
const MAX_OWN_WORDS = 3;

/**
 * The first token of a practice's name ending in the practice word at token k, or -1. `runFirst`
 * is where the capitalised run holding it starts.
 */
export function practiceNameStart(scan: NameScan, k: number, runFirst: number): number {
  const { tokens, text } = scan;
  const head = tokens[k]!;
  if (head.shape !== Shape.Capitalised || scan.owner[k] !== -1) return -1;
  // "Practice Manager", "Surgery Hours": a capitalised word glued after makes it a title or a heading.
  const next = tightNext(tokens, k);
  if (next && continuesName(next)) return -1;
  let end = k - 1;
  while (end >= runFirst && k - end <= 2 && PRACTICE_KINDS.has(tokens[end]!.key) && isCapitalised(tokens[end]) && tightWithPrevious(tokens, end + 1)) end--;
  let first = end + 1;
  let coined = false;
  while (first - 1 >= runFirst && end - first + 1 < MAX_OWN_WORDS && tightWithPrevious(tokens, first) && ownWord(scan, first - 1)) {
    first--;
    if (!writtenInLowerCase(text, tokens[first]!.key)) coined = true;
  }
  if (first > end || !coined) return -1;
  const before = tokens[first - 1];
  if (before !== undefined && tightWithPrevious(tokens, first) && isCapitalised(before) && before.key !== 'the' && !before.sentenceStart) return -1;
  if (first === end && FIRST_NAMES.has(tokens[first]!.key)) return -1;
  return first;
}

function ownWord(scan: NameScan, i: number): boolean {
  const key = scan.tokens[i]!.key;
  // A street's words may name a practice ("Castle Street Medical Practice"); isOwnWord would refuse none of them.
  return !NOT_PRACTICE_NAMES.has(key) && !PRACTICE_KINDS.has(key) && isOwnWord(scan, i);
}

