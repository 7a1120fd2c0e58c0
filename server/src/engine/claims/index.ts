// Claim extraction: runs every extractor over one document and returns its claims, sorted by
// position. Add a kind of claim by adding an extractor to EXTRACTORS; nothing else changes.

import type { Token } from '../text/tokens';
import type { Claim, Entity } from '../types';
import { ClaimContext } from './context';
import { deriveCategoryClaims } from './derived';
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
  ownershipExtractor,
  countExtractor,
  moneyExtractor,
  roleExtractor,
  statisticsExtractor,
  eventDateExtractor,
];

function claimIdentity(c: Claim): string {
  return `${c.start}:${c.end}:${c.subject}:${c.attribute}:${JSON.stringify(c.value)}`;
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
  const seen = new Set<string>();
  const questions = new Map<object, boolean>();
  const unique = claims.filter((c) => {
    const sentence = context.sentenceAt(c.start);
    if (sentence) {
      let question = questions.get(sentence);
      if (question === undefined) questions.set(sentence, (question = context.isQuestion(sentence)));
      if (question) return false;
    }
    const id = claimIdentity(c);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return unique.sort((a, b) => a.start - b.start || a.end - b.end || (a.attribute < b.attribute ? -1 : a.attribute > b.attribute ? 1 : 0));
}

export { DEFAULT_CONFLICT_RULES, loadConflictRules, mergeConflictRules } from './rules';
export type { ConflictRules, ConflictRulesPatch } from './rules';
