import { describe, expect, it } from 'vitest';
import { verbStem } from '../../../server/src/engine/claims/extractors/actsDone';

// The acts reading keeps each verb's stem once worked out; a stem asked again, or after the kept
// stems were let go, is the stem worked out afresh.

describe('a verb stem kept', () => {
  it('is the same asked again, in another case, and after ten thousand other words', () => {
    const first = ['cancelled', 'closed', 'made', 'studies', 'Appointed'].map(verbStem);
    expect(first).toEqual(['cancel', 'clos', 'mak', 'study', 'appoint']);
    for (let i = 0; i < 10_050; i++) verbStem(`word${i}ed`);
    expect(['cancelled', 'closed', 'made', 'studies', 'Appointed'].map(verbStem)).toEqual(first);
  });
});
