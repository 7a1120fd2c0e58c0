// A body may fill seats on many boards: the seats it fills on a board it names are a count of
// that board ("nominates three members to the board of X", "appoints two directors to X's board",
// count:nominee on <X>), so its seats on two boards never conflict. Seats with no board named ("its
// four nominees") stay one count of the nominating body. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { analyse } from '../../../server/src/engine/analyse';
import type { SourcedClaim } from '../../../server/src/engine/types';
import { attributeLabel } from '../../../server/src/lsp/labels';

const seats = (text: string): Array<[string, string, number]> =>
  analyse(text)
    .claims.filter((c) => c.attribute.startsWith('count:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);
const sourced = (doc: string, text: string): SourcedClaim[] => analyse(text).claims.map((claim) => ({ doc, claim }));
const conflictsOf = (claims: SourcedClaim[]): string[] => {
  const keys = new Set(claims.map((c) => `${c.claim.subject}|${c.claim.attribute}`));
  return [...keys].flatMap((key) => detectConflicts(claims.filter((c) => `${c.claim.subject}|${c.claim.attribute}` === key))).map((c) => c.attribute);
};

describe('seats a body fills on a board it names', () => {
  it('are a count of that board, however the seats are named', () => {
    expect(seats('Wyreside Council nominates three members to the board of Lowmoor Leisure Ltd.')).toEqual([['org:wyreside-council', 'count:nominee on org:lowmoor-leisure', 3]]);
    expect(seats('Wyreside Council appoints three directors to Lowmoor Leisure Ltd’s board.')).toEqual([['org:wyreside-council', 'count:appointee on org:lowmoor-leisure', 3]]);
    expect(seats('Wyreside Council nominates three board members.')).toEqual([['org:wyreside-council', 'count:nominee', 3]]);
  });

  it('never conflict with its seats on another board, but two figures for one board do', () => {
    const twoBoards = [
      ...sourced('a.txt', 'Wyreside Council nominates three members to the board of Lowmoor Leisure Ltd.'),
      ...sourced('b.txt', 'Wyreside Council nominates two members to the board of Calder Fold Homes.'),
    ];
    expect(conflictsOf(twoBoards)).toEqual([]);
    const oneBoard = [
      ...sourced('a.txt', 'Wyreside Council nominates three members to the board of Lowmoor Leisure Ltd.'),
      ...sourced('b.txt', 'Wyreside Council nominates five members to the board of Lowmoor Leisure Ltd.'),
    ];
    expect(conflictsOf(oneBoard)).toEqual(['count:nominee on org:lowmoor-leisure']);
  });

  it('read as the seats on the board in a diagnostic', () => {
    expect(attributeLabel('count:nominee on org:lowmoor-leisure', (id) => (id === 'org:lowmoor-leisure' ? 'Lowmoor Leisure Ltd' : undefined))).toBe(
      'number of nominees on the board of Lowmoor Leisure Ltd',
    );
  });
});
