// A bare post ("Chief executive Lena Ovett said ...") names no organisation. Another source that
// places the same person in the same post at one organisation tells where it is held, so the bare
// post meets the other titles given at that organisation. A newspaper's story never makes a bare
// post a post at the paper. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, SourcedClaim } from '../../../server/src/engine/types';
import { tagEntities } from './tagEntities';

function role(doc: string, office: string, title: string, time = '2015-03'): SourcedClaim {
  const claim: Claim = { subject: 'person:lena-ovett', subjectName: 'Lena Ovett', text: title, attribute: 'role', value: { kind: 'role', title, office }, start: 0, end: title.length, time };
  return { doc, claim };
}
const docsIn = (claims: SourcedClaim[]): string[] =>
  detectConflicts(claims)
    .flatMap((c) => c.claims.map((s) => s.doc))
    .sort();

describe('bare posts placed by other sources', () => {
  it('joins a bare post to the conflict its post has at the one organisation that holds it', () => {
    const claims = [
      role('bare.txt', 'office:chief-executive', 'Chief executive'),
      role('named.txt', 'office:chief-executive@org:thornbury-reach-trust', 'chief executive of Thornbury Reach Trust'),
      role('chair.txt', 'office:chair@org:thornbury-reach-trust', 'chair'),
    ];
    expect(docsIn(claims)).toEqual(['bare.txt', 'chair.txt', 'named.txt']);
  });

  it('reads a bare post at the one organisation the sources place the person at (postsAtOnlyBody.test.ts)', () => {
    expect(docsIn([role('bare.txt', 'office:chief-executive', 'Chief executive'), role('chair.txt', 'office:chair@org:thornbury-reach-trust', 'chair')])).toEqual(['bare.txt', 'chair.txt']);
  });

  it('leaves a bare post alone when the person holds that post at two organisations', () => {
    const claims = [
      role('bare.txt', 'office:chief-executive', 'Chief executive'),
      role('one.txt', 'office:chief-executive@org:thornbury-reach-trust', 'chief executive of Thornbury Reach Trust'),
      role('two.txt', 'office:chief-executive@org:dunmoor-carers', 'chief executive of Dunmoor Carers'),
      role('chair.txt', 'office:chair@org:thornbury-reach-trust', 'chair'),
    ];
    expect(docsIn(claims)).toEqual(['chair.txt', 'one.txt']);
  });

  it('does not place a bare post by the same post held there only at another time', () => {
    const claims = [
      role('bare.txt', 'office:chief-executive', 'Chief executive', '2009'),
      role('named.txt', 'office:chief-executive@org:thornbury-reach-trust', 'chief executive of Thornbury Reach Trust', '2015'),
      role('chair.txt', 'office:chair@org:thornbury-reach-trust', 'chair', '2009'),
    ];
    // the 2015 post does not place it; the chair of 2009, the one body the person is placed at
    // that year, does (postsAtOnlyBody.test.ts), so the bare post meets that chair alone
    expect(docsIn(claims)).toEqual(['bare.txt', 'chair.txt']);
  });
});

describe('bare posts in a newspaper', () => {
  const story = (paper: string, byline = 'By Sam Tate, Chief Reporter\n\n'): string =>
    `${paper}\n\nLibrary trust faces cut\n\n${byline}Chief executive Lena Ovett said Thornbury Reach Trust would look at every option.\n\n© ${paper} 2015\n`;
  const officeIn = (text: string, paper: string): string | undefined => {
    const entities = tagEntities(text, { [paper]: `org:${paper.toLowerCase().replace(/ /g, '-')}`, 'Thornbury Reach Trust': 'org:thornbury-reach-trust', 'Lena Ovett': 'person:lena-ovett' }, [
      { title: 'Chief executive', person: 'person:lena-ovett' },
    ]);
    const claim = extractClaims(text, entities).find((c) => c.subject === 'person:lena-ovett');
    return claim?.value.kind === 'role' ? claim.value.office : undefined;
  };

  it('does not make a bare title in a story a post at the paper that prints it', () => {
    expect(officeIn(story('Dunmoor Courier'), 'Dunmoor Courier')).toBe('office:chief-executive');
    // without a byline too: the paper's name alone says it is a paper
    expect(officeIn(story('Dunmoor Courier', ''), 'Dunmoor Courier')).toBe('office:chief-executive');
  });

  // A byline makes the heading's name a publisher, not the text's author (author.ts), so the
  // organisation's own news page here has none.
  it('still makes a bare title in an organisation’s own text a post there', () => {
    expect(officeIn(story('Dunmoor Carers', ''), 'Dunmoor Carers')).toBe('office:chief-executive@org:dunmoor-carers');
  });
});
