import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import type { Claim, SourcedClaim } from '../../../server/src/engine/types';

/** The office keys of the role claims in a text. */
function offices(text: string): string[] {
  return analyse(text)
    .claims.filter((c) => c.value.kind === 'role')
    .map((c) => (c.value.kind === 'role' ? (c.value.office ?? '') : ''));
}

function roleClaim(text: string): Claim {
  const claim = analyse(text).claims.find((c) => c.value.kind === 'role');
  if (!claim) throw new Error(`no role claim in: ${text}`);
  return claim;
}

describe('role claims: the body a title is held at', () => {
  it('compares a post within a body the title names at its end, even when no word of the name marks it as a body', () => {
    expect(offices('Nadia Brooke, chair of Larkhill Homes in Dunmere, told us.')).toEqual(['office:chair@org:larkhill-homes']);
  });

  it('does not take a field of work at the end of a title for a body', () => {
    expect(offices('Ruth Bale, Director of Public Health, said so. Amy Fox, Head of Research and Policy, said so.')).toEqual([
      'title:director public health',
      'title:head research policy',
    ]);
  });

  it('leaves the possessive of the organisation inside a title out of the post', () => {
    expect(offices('It was small. Chair of the Ferncombe Trust’s audit board, Cllr Kiran Arora, said so.')).toEqual([
      'title:chair audit board@org:ferncombe-trust',
    ]);
  });

  it('finds a conflict between chief executive and chair of one body, named in full and by its short name', () => {
    const claims: SourcedClaim[] = [
      { doc: 'a.txt', claim: roleClaim('In March 2015 Nadia Brooke, Chief Executive of Larkhill Homes Partnership, said so.') },
      { doc: 'b.txt', claim: roleClaim('In April 2015 Nadia Brooke, chair of Larkhill Homes in Dunmere, told us.') },
    ];
    expect(detectConflicts(claims).map((c) => c.kind)).toEqual(['role']);
  });

  it('finds none between two wordings of one post in one body', () => {
    const claims: SourcedClaim[] = [
      { doc: 'a.txt', claim: roleClaim('In March 2015 Nadia Brooke, Chief Executive of Larkhill Homes Partnership, said so.') },
      { doc: 'b.txt', claim: roleClaim('In April 2015 Nadia Brooke, chief executive of Larkhill Homes, told us.') },
    ];
    expect(detectConflicts(claims)).toEqual([]);
  });
});
