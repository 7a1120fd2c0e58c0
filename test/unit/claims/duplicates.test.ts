import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

// Two readings of one sentence may give the same claim (here the derived category of a majority
// owned by investors, and the same category read from the words): a document states it once.

describe('claims stated twice by one sentence', () => {
  const text = readFileSync(join(__dirname, '../../fixtures/heldout/h08_union_statement.txt'), 'utf8');
  const claims = analyse(text).claims;

  it('are kept once', () => {
    const ids = claims.map((c) => `${c.start}:${c.end}:${c.subject}:${c.attribute}:${JSON.stringify(c.value)}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(claims.filter((c) => c.value.kind === 'category' && c.value.category === 'investor-majority-owned' && c.text === 'it has been majority-owned by investors')).toHaveLength(1);
  });
});
