import type { AnalyseOptions, Entity } from '../types';
import { tokenize, type Token } from '../text/tokens';
import { recogniseDates } from './date';
import { recogniseMoney } from './money';
import { recogniseNames } from './names';
import { applyOverrides, validOverrides } from './overrides';
import { settleNameNumberOverlaps } from './nameNumberOverlaps';
import { resolveNumericOverlaps } from './numericOverlaps';
import { recognisePercentages } from './percentage';
import { recogniseQuantities } from './quantity';
import { REFERENCE, aliasIndex, type ReferenceIndex } from './referenceData';

// The entity pass: four number recognisers (one regular-expression scan each) and the name
// recognisers over one token array. Entities come back sorted by start, longer first, so an
// organisation nested in a role follows its role.

/** `tokens`: tokenize(text), when the caller has it already (analyse shares it with the claims). */
export function recogniseEntities(text: string, options: AnalyseOptions = {}, tokens: readonly Token[] = tokenize(text)): Entity[] {
  const overrides = validOverrides(text, options.overrides);
  const numbers = resolveNumericOverlaps([
    ...recogniseMoney(text, tokens),
    ...recognisePercentages(text, tokens),
    ...recogniseDates(text, tokens),
    ...recogniseQuantities(text, tokens),
  ]);
  const indexes: ReferenceIndex[] = options.aliases && options.aliases.length > 0 ? [aliasIndex(options.aliases), REFERENCE] : [REFERENCE];
  const names = recogniseNames(text, tokens, indexes, overrides);
  const settled = settleNameNumberOverlaps(text, numbers, names);
  // A count that took in a whole name may now reach the next number: settle numbers once more.
  return sortEntities(applyOverrides(text, [...resolveNumericOverlaps(settled.numbers), ...settled.names], overrides));
}

export function sortEntities(entities: Entity[]): Entity[] {
  return entities.sort((a, b) => a.start - b.start || b.end - a.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}
