import { Shape } from '../text/tokens';
import { isCapitalised, tightWithPrevious, type NameScan } from './nameScan';

// "The Daily Ledger", "the Evening Sentinel", "the Sunday Post": a word of daily publication before
// one capitalised noun names a newspaper, whatever the noun (NEWSPAPER_WORDS lists only the usual
// ones, for titles with no such word before: "the Courier"). Without this, "The Daily Ledger said"
// reads as a person by the verb of speech. "Weekly" is left out: "Weekly Update" names an issue.

const DAILY_WORDS = new Set(['daily', 'evening', 'morning', 'sunday']);

export function findPeriodicalTitles(scan: NameScan): void {
  const { tokens } = scan;
  for (const i of scan.capitalised) {
    const token = tokens[i]!;
    if (!DAILY_WORDS.has(token.key) || token.shape !== Shape.Capitalised || scan.owner[i] !== -1) continue;
    const noun = tokens[i + 1];
    if (noun === undefined || noun.shape !== Shape.Capitalised || !tightWithPrevious(tokens, i + 1) || scan.owner[i + 1] !== -1) continue;
    // One noun only: "Sunday Lunch Club", "Evening Class Programme" are something else's names.
    const after = tokens[i + 2];
    if (noun.bareEnd === noun.end && after !== undefined && tightWithPrevious(tokens, i + 2) && isCapitalised(after)) continue;
    // "Sunday School", "Morning Prayer": the day's word opening a sentence before a plain noun is no title; after "the" it is.
    const before = tokens[i - 1];
    if (before === undefined || before.key !== 'the' || !tightWithPrevious(tokens, i)) continue;
    scan.claim('organisation', i, i + 1, 'context');
  }
}
