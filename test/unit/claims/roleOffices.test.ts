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

  it('reads the body after the comma of a sign-off’s title as the body of the post, one office with "chief executive of"', () => {
    const signOff = roleClaim('Thanks all.\nOliver Pelham, chief exec, Fernhollow Lantern Mill\nLike (4)');
    expect(signOff.value.kind === 'role' && signOff.value.office).toBe('office:chief-executive@org:fernhollow-lantern-mill');
    const prose = roleClaim('In March 2015 Oliver Pelham, chief executive of Fernhollow Lantern Mill, said so.');
    expect(detectConflicts([{ doc: 'a.txt', claim: prose }, { doc: 'b.txt', claim: signOff }])).toEqual([]);
  });

  it('does not take the remit after "for" at the end of a title for a body', () => {
    expect(offices('Minister of State for Ports and Harbours Thomas Renwick said so.')).toEqual(['title:minister state ports harbours']);
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

  it('finds a conflict between a post and its deputy in one body, but none between a post and its acting holder', () => {
    const chief = roleClaim('In March 2015 Nadia Brooke, chief executive of Larkhill Homes Partnership, said so.');
    const deputy = roleClaim('In April 2015 Nadia Brooke, deputy chief executive of Larkhill Homes Partnership, told us.');
    const acting = roleClaim('In April 2015 Nadia Brooke, acting chief executive of Larkhill Homes Partnership, told us.');
    expect(detectConflicts([{ doc: 'a.txt', claim: chief }, { doc: 'b.txt', claim: deputy }]).map((c) => c.kind)).toEqual(['role']);
    expect(detectConflicts([{ doc: 'a.txt', claim: chief }, { doc: 'c.txt', claim: acting }])).toEqual([]);
  });

  it('reads a chair of trustees or of the board as the body’s chair', () => {
    const claims: SourcedClaim[] = [
      { doc: 'a.txt', claim: roleClaim('In March 2015 Nadia Brooke, Chair of Trustees at Larkhill Foundation, said so.') },
      { doc: 'b.txt', claim: roleClaim('In April 2015 Nadia Brooke, chair of Larkhill Foundation, told us.') },
    ];
    expect(detectConflicts(claims)).toEqual([]);
    expect(offices('Nadia Brooke, Chair of the Board at Larkhill Foundation, said so.')).toEqual(['office:chair@org:larkhill-foundation']);
  });
});
