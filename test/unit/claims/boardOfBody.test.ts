import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

// Invented bodies: an almshouse charity, an academy trust, a hospice, a housing co-operative.
const claimsOf = (text: string) => analyse(text).claims;
const counts = (text: string): Array<[string, string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('count:') && c.value.kind === 'number')
    .map((c) => [c.subjectName, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('the board of a body counts the body’s board seats', () => {
  it('reads "The board of X has twelve trustees" and "the board of governors of X has N governors" as X’s', () => {
    expect(counts('The board of Redcliffe Almshouse Charity has twelve trustees.')).toEqual([['Redcliffe Almshouse Charity', 'count:trustee', 12]]);
    expect(counts('The governing body of Kelby Academy Trust has 14 governors.')).toEqual([['Kelby Academy Trust', 'count:governor', 14]]);
  });

  it('flags it against the possessive count of the same trustees', () => {
    const a = claimsOf('The board of Redcliffe Almshouse Charity has twelve trustees.');
    const b = claimsOf("Redcliffe Almshouse Charity's nine trustees met on Tuesday to discuss the sale.");
    expect(conflictsAmongSources([{ doc: 'a', claims: a }, { doc: 'b', claims: b }]).map((c) => c.attribute)).toEqual(['count:trustee']);
  });

  it('does not give the board’s own members, or a count told by another office, to the body', () => {
    expect(counts('The governing body of Kelby Academy Trust has 14 members.')).toEqual([]);
    expect(counts('The board of trustees of Wenlow Hospice Ltd has nine members.')).toEqual([]);
    expect(counts('The chair of Wenlow Hospice Ltd has 20 volunteers in her team.')).toEqual([]);
  });
});
