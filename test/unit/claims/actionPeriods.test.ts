// A denial of formal action bounded to one period ("has not fined X this year", "has not taken
// enforcement action against X in the last year") is no denial of every period, so it does not
// meet a fine at another time, as for dividends. A denial with no period ("has never fined X")
// still disputes any fine. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import type { SourcedClaim } from '../../../server/src/engine/types';

const sourced = (doc: string, text: string): SourcedClaim[] => analyse(text).claims.map((claim) => ({ doc, claim }));
const conflictsOf = (claims: SourcedClaim[]): string[] => {
  const keys = new Set(claims.map((c) => `${c.claim.subject}|${c.claim.attribute}`));
  return [...keys].flatMap((key) => detectConflicts(claims.filter((c) => `${c.claim.subject}|${c.claim.attribute}` === key))).map((c) => c.attribute);
};
const FINED = 'Published 2 May 2024\n\nThe Pensions Regulator fined Harnham District Council in 2022.';
const later = (sentence: string): string => `Published 4 June 2024\n\n${sentence}`;

describe('a denial of formal action for one period', () => {
  it('does not meet an action at another time', () => {
    for (const denial of [
      'The Pensions Regulator has not fined Harnham District Council this year.',
      'The Pensions Regulator has not fined Harnham District Council so far this year.',
      'Harnham District Council has not been fined by the Pensions Regulator this year.',
    ])
      expect(conflictsOf([...sourced('a.txt', FINED), ...sourced('b.txt', later(denial))]), denial).toEqual([]);
  });

  it('still disputes any action when no period bounds it', () => {
    expect(conflictsOf([...sourced('a.txt', FINED), ...sourced('b.txt', later('The Pensions Regulator has never fined Harnham District Council.'))])).toEqual([
      'action-from:org:pensions-regulator',
    ]);
  });
});
