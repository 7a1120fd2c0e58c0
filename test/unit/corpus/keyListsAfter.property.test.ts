import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identicalEnds } from '../../../server/src/engine/corpus/identicalEnds';
import { keyListsAfter } from '../../../server/src/engine/corpus/keyListsAfter';
import type { Claim } from '../../../server/src/engine/types';

// The claim index takes a document's new lists under the keys an edit reached from its old lists
// (keyListsAfter.ts) instead of reading every claim of the new analysis. These hold it equal to
// reading the new analysis whole, for two analyses that share a head and a tail of the very same
// claims (as a sectioned analysis hands back), in place order or not.

const SUBJECTS = ['a', 'b', 'c'];
const keyOf = (claim: Claim): string => `${claim.subject}|${claim.attribute}`;

function claimAt(subject: string, start: number): Claim {
  return { subject, subjectName: subject, attribute: 'staff', value: { kind: 'number', value: 1 }, text: 'x', start, end: start + 1 } as unknown as Claim;
}

/** What the index would read the slow way: every claim of `claims` under the keys. */
function listsByWalking(claims: readonly Claim[], keys: ReadonlySet<string>): Map<string, Claim[]> {
  const lists = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = keyOf(claim);
    if (!keys.has(key)) continue;
    lists.set(key, [...(lists.get(key) ?? []), claim]);
  }
  return lists;
}

const section = fc.array(fc.record({ subject: fc.constantFrom(...SUBJECTS), gap: fc.integer({ min: 0, max: 3 }) }), { maxLength: 6 });

/** Head, old middle, new middle and tail as claims placed in order (ties included), the tail moved by `shift`. */
const analyses = fc.record({ head: section, oldMiddle: section, newMiddle: section, tail: section, shift: fc.integer({ min: -3, max: 3 }), shuffled: fc.boolean() }).map(({ head, oldMiddle, newMiddle, tail, shift, shuffled }) => {
  let at = 0;
  const place = (parts: typeof head, from: number) => {
    at = from;
    return parts.map(({ subject, gap }) => claimAt(subject, (at += gap)));
  };
  const headClaims = place(head, 0);
  const middleStart = at + 1;
  const oldClaims = place(oldMiddle, middleStart);
  const oldEnd = at;
  const newClaims = place(newMiddle, middleStart);
  const tailClaims = place(tail, Math.max(oldEnd, at) + 4);
  const before = [...headClaims, ...oldClaims, ...tailClaims];
  // The tail's claims are moved in place (as Corpus.putAnalysed does) once `before` is made.
  const after = [...headClaims, ...newClaims, ...tailClaims];
  return { before, after, shift, shuffled, tailClaims };
});

describe('a document\u2019s new claim lists under the keys an edit reached', () => {
  it('equal the lists read from the whole new analysis, taken from the old lists', () => {
    fc.assert(
      fc.property(analyses, ({ before, after, shift, shuffled, tailClaims }) => {
        const shared = identicalEnds(before, after);
        const keys = new Set([...before.slice(shared.head, before.length - shared.tail), ...after.slice(shared.head, after.length - shared.tail)].map(keyOf));
        const oldLists = listsByWalking(before, keys);
        for (const claim of tailClaims) {
          claim.start += shift;
          claim.end += shift;
        }
        const newAfter = shuffled ? [...after].reverse() : after;
        const sharedNow = shuffled ? identicalEnds(before, newAfter) : shared;
        const keysNow = shuffled ? new Set([...before.slice(sharedNow.head, before.length - sharedNow.tail), ...newAfter.slice(sharedNow.head, newAfter.length - sharedNow.tail)].map(keyOf)) : keys;
        const fast = keyListsAfter(before, newAfter, sharedNow, keysNow, shuffled ? listsByWalking(before, keysNow) : oldLists, keyOf);
        // Out of place order the claims may not be found: the caller then reads the analysis whole.
        if (fast === undefined) expect(shuffled).toBe(true);
        else expect(fast).toEqual(listsByWalking(newAfter, keysNow));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the fast way for analyses in place order', () => {
    const head = [claimAt('a', 1), claimAt('b', 2)];
    const tail = [claimAt('a', 20), claimAt('b', 21)];
    const before = [...head, claimAt('a', 5), ...tail];
    const after = [...head, claimAt('b', 6), ...tail];
    const shared = identicalEnds(before, after);
    const keys = new Set(['a|staff', 'b|staff']);
    const lists = keyListsAfter(before, after, shared, keys, listsByWalking(before, keys), keyOf);
    expect(lists).toEqual(new Map([['a|staff', [head[0], tail[0]]], ['b|staff', [head[1], after[2], tail[1]]]]));
  });
});
