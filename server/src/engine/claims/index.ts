// Claim extraction: runs every extractor over one document and returns its claims, sorted by
// position. Add a kind of claim by adding an extractor to EXTRACTORS; nothing else changes.

import type { Token } from '../text/tokens';
import type { Claim, Entity } from '../types';
import { ClaimContext } from './context';
import { deriveCategoryClaims } from './derived';
import { charityRegisterExtractor } from './extractors/charityRegister';
import { classificationExtractor } from './extractors/classification';
import { countExtractor } from './extractors/counts';
import { eventDateExtractor } from './extractors/eventDates';
import type { ClaimExtractor } from './extractors/extractor';
import { moneyExtractor } from './extractors/money';
import { ownershipExtractor } from './extractors/ownership';
import { roleExtractor } from './extractors/roles';
import { statisticsExtractor } from './extractors/statistics';
import { DEFAULT_CONFLICT_RULES, type ConflictRules } from './rules';

export const EXTRACTORS: readonly ClaimExtractor[] = [
  classificationExtractor,
  charityRegisterExtractor,
  ownershipExtractor,
  countExtractor,
  moneyExtractor,
  roleExtractor,
  statisticsExtractor,
  eventDateExtractor,
];

/**
 * Drops a claim equal to one kept before: same span, subject, attribute and value (the value
 * compared as JSON). The value is serialised only when two claims share everything else, which is
 * rare, instead of once per claim.
 */
class ClaimDeduplicator {
  /** Kept claims by span, subject and attribute, with their values' JSON once worked out. */
  private readonly kept = new Map<string, Array<{ claim: Claim; json?: string }>>();

  /** True the first time a claim is seen (keep it), false for a duplicate. */
  isNew(c: Claim): boolean {
    const key = `${c.start}:${c.end}:${c.subject}:${c.attribute}`;
    const same = this.kept.get(key);
    if (!same) {
      this.kept.set(key, [{ claim: c }]);
      return true;
    }
    const json = JSON.stringify(c.value);
    for (const other of same) if ((other.json ??= JSON.stringify(other.claim.value)) === json) return false;
    same.push({ claim: c, json });
    return true;
  }
}

/**
 * The claims a document makes. `entities` are the document's entities (canonical ids set);
 * `documentDate` dates claims whose text gives no time; `rules` default to the shipped rules;
 * `author` is the organisation the document speaks for when the caller has found it already
 * (null: none), otherwise it is read from the text's heading and closing lines. `tokens`, when
 * given, are tokenize(text), which spares one scan of the text (see ClaimContext).
 */
export function extractClaims(
  text: string,
  entities: readonly Entity[],
  documentDate?: string,
  rules: ConflictRules = DEFAULT_CONFLICT_RULES,
  author?: Entity | null,
  tokens?: readonly Token[],
): Claim[] {
  const context = new ClaimContext(text, entities, rules, documentDate, author, tokens);
  const claims: Claim[] = [];
  for (const extractor of EXTRACTORS) claims.push(...extractor.extract(context));
  claims.push(...deriveCategoryClaims(claims, rules));
  const seen = new ClaimDeduplicator();
  const questions = new Map<object, boolean>();
  const unique = claims.filter((c) => {
    const sentence = context.sentenceAt(c.start);
    if (sentence) {
      let question = questions.get(sentence);
      if (question === undefined) questions.set(sentence, (question = context.isQuestion(sentence)));
      if (question) return false;
    }
    return seen.isNew(c);
  });
  return unique.sort((a, b) => a.start - b.start || a.end - b.end || (a.attribute < b.attribute ? -1 : a.attribute > b.attribute ? 1 : 0));
}

export { DEFAULT_CONFLICT_RULES, loadConflictRules, mergeConflictRules } from './rules';
export type { ConflictRules, ConflictRulesPatch } from './rules';
