import { describe, expect, it } from 'vitest';
import { rolesDisagree } from '../../../server/src/engine/claims/conflicts/role';
import { DEFAULT_CONFLICT_RULES } from '../../../server/src/engine/claims/rules';
import type { Claim } from '../../../server/src/engine/types';

// Titles of one invented person, with no organisation named in them.
const title = (words: string): Claim => ({
  start: 0,
  end: words.length,
  text: words,
  subject: 'person:wenna-tregothnan',
  subjectName: 'Wenna Tregothnan',
  attribute: 'role',
  value: { kind: 'role', title: words, office: `title:${words}` },
});
const disagree = (a: string, b: string): boolean => rolesDisagree(title(a), title(b), DEFAULT_CONFLICT_RULES);

describe('one post at two ranks, with no organisation named', () => {
  it('reads a deputy and the post itself as different titles ("deputy leader" / "council leader")', () => {
    expect(disagree('deputy leader', 'council leader')).toBe(true);
    expect(disagree('leader', 'deputy leader')).toBe(true);
    expect(disagree('assistant director', 'director')).toBe(true);
  });

  it('still leaves two posts with different head words, or the same rank, uncompared', () => {
    expect(disagree('deputy leader', 'chair')).toBe(false);
    expect(disagree('director', 'trustee')).toBe(false);
    expect(disagree('council leader', 'leader')).toBe(false);
    expect(disagree('deputy leader', 'deputy group leader')).toBe(false);
  });
});
