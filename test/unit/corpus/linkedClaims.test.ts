import { describe, expect, it } from 'vitest';
import { linkClaims } from '../../../server/src/engine/corpus/linkedClaims';
import type { OrgLinks } from '../../../server/src/engine/corpus/orgLinks';
import type { Claim } from '../../../server/src/engine/types';

// The claim index files a claim about a linked short name as a copy under the longer name. A claim
// a sectioned analysis moved in place (typing above it) keeps its copy, moved with it, so that the
// index sees the very object it holds at a new place, as it sees the claims it holds uncopied.

const links = { size: 1, target: (canonical: string) => (canonical === 'org:nhs' ? 'org:national health service' : undefined) } as unknown as OrgLinks;

function claim(subject: string, start: number): Claim {
  return { subject, subjectName: subject, attribute: 'staff', value: { kind: 'number', value: 5 }, text: 'five staff', start, end: start + 10 } as unknown as Claim;
}

function move(moved: Claim, by: number): void {
  moved.start += by;
  moved.end += by;
}

describe('claims filed under the name their short name links to', () => {
  it('are copies under the longer name; the others are filed as they are', () => {
    const claims = [claim('org:other', 0), claim('org:nhs', 20)];
    const filed = linkClaims(claims, links);
    expect(filed[0]).toBe(claims[0]);
    expect(filed[1]).not.toBe(claims[1]);
    expect(filed[1]).toEqual({ ...claims[1], subject: 'org:national health service' });
  });

  it('keep their copy at the same place', () => {
    const claims = [claim('org:nhs', 20)];
    expect(linkClaims(claims, links)[0]).toBe(linkClaims(claims, links)[0]);
  });

  it('keep their copy, moved with them, when the analysis moved them in place', () => {
    const claims = [claim('org:nhs', 20)];
    const copy = linkClaims(claims, links)[0];
    move(claims[0], 7);
    const again = linkClaims(claims, links, new Set(claims))[0];
    expect(again).toBe(copy);
    expect(again).toEqual({ ...claims[0], subject: 'org:national health service' });
  });

  it('are copied anew when they stand elsewhere without having been moved in place', () => {
    const claims = [claim('org:nhs', 20)];
    const copy = linkClaims(claims, links)[0];
    const before = { start: copy.start, end: copy.end };
    move(claims[0], 7);
    const again = linkClaims(claims, links, new Set())[0];
    expect(again).not.toBe(copy);
    expect(again.start).toBe(27);
    // The copy the index held keeps the place it was filed at.
    expect({ start: copy.start, end: copy.end }).toEqual(before);
  });
});
