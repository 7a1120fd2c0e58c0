// The sentence Check Claims ends with: what was checked and what was found.

import type { CheckCorpusResult } from '../../../server/src/protocol';

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function summariseCheck(result: CheckCorpusResult): string {
  const where = result.conflicts > 0 && result.documentsWithConflicts ? ` in ${plural(result.documentsWithConflicts, 'document')}` : '';
  const reviewed = result.reviewed ? ` (${result.reviewed} more already reviewed)` : '';
  return (
    `Policy Lens checked ${plural(result.documents, 'document')}: ${plural(result.entities, 'entity', 'entities')}, ` +
    `${plural(result.claims, 'claim')}, ${plural(result.conflicts, 'open conflict')} between sources${where}${reviewed}.`
  );
}
