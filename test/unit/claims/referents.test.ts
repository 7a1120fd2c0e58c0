import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Millbrook Homes': 'org:millbrook-homes',
  'Kestrel Community Trust': 'org:kestrel-community-trust',
  'Daleside Borough Council': 'org:daleside-borough-council',
  'Harbour Gazette': 'org:harbour-gazette',
  'Ferngate Capital': 'org:ferngate-capital',
  'Tom Reyes': 'person:tom-reyes',
  'Harlow Vale Athletic Football Club': 'org:harlow-vale-athletic-football-club',
  'Harlow Vale Supporters Trust': 'org:harlow-vale-supporters-trust',
  'Jo Marsh': 'person:jo-marsh',
};

const claimsOf = (text: string, documentDate?: string): Claim[] => extractClaims(text, tagEntities(text, NAMES), documentDate);
const facts = (claims: Claim[], prefix: string): Array<[string, string, string]> =>
  claims
    .filter((c) => c.attribute.startsWith(prefix))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? String(c.value.value) : c.value.kind === 'category' ? `${c.value.polarity} ${c.value.category}` : ''] as [string, string, string]);

describe('"the club"', () => {
  it('is the club named before it, not the supporters’ trust named nearer', () => {
    for (const text of [
      'Harlow Vale Supporters Trust bought shares in Harlow Vale Athletic Football Club. The Trust now holds 19.9% of the club’s shares.',
      'Harlow Vale Athletic Football Club was sold in May. Harlow Vale Supporters Trust now holds 19.9% of the club.',
    ]) {
      expect(facts(claimsOf(text), 'owned-share:').map(([subject]) => subject), text).toEqual(['org:harlow-vale-athletic-football-club']);
    }
  });

  it('is a club whose name says so by its initials ("FC", "AFC"), named after an earlier Club', () => {
    const names: Names = { ...NAMES, 'Holmbury Golf Club': 'org:holmbury-golf-club', 'Tarnby Rovers FC': 'org:tarnby-rovers-fc', 'Caddon AFC': 'org:caddon-afc' };
    for (const [club, id] of [['Tarnby Rovers FC', 'org:tarnby-rovers-fc'], ['Caddon AFC', 'org:caddon-afc']] as const) {
      const text = `Holmbury Golf Club has 300 members. ${club} was founded in 1889. The club has 40 staff.`;
      const staff = extractClaims(text, tagEntities(text, names)).filter((c) => c.attribute === 'count:staff');
      expect(staff.map((c) => c.subject), text).toEqual([id]);
    }
  });

  it('places a post at the club when a possessive names it so', () => {
    const text = 'Harlow Vale Athletic Football Club was sold in May. We raised this with the club’s chief executive, Jo Marsh, at both meetings.';
    const roles = analyse(text).claims.filter((c) => c.attribute === 'role' && c.value.kind === 'role');
    expect(roles.map((c) => (c.value.kind === 'role' ? c.value.office : ''))).toEqual(['office:chief-executive@org:harlow-vale-athletic-football-club']);
  });
});

describe('referring words in claims', () => {
  it('gives "the company, which has N staff" to the organisation talked about, not to the newspaper told', () => {
    const text = 'Tom Reyes, director of Millbrook Homes, told the Harbour Gazette that the company, which has 340 staff, would expand.';
    expect(facts(claimsOf(text), 'count:')).toEqual([['org:millbrook-homes', 'count:staff', '340']]);
  });

  it('reads "the Trust" as the latest organisation with Trust in its name, even past a nearer council', () => {
    const text = 'Kestrel Community Trust works with Daleside Borough Council on discharge. The Trust relies on about 600 volunteers.';
    expect(facts(claimsOf(text), 'count:')).toEqual([['org:kestrel-community-trust', 'count:volunteer', '600']]);
  });

  it('reads "the council" by its name word too, and leaves a kind word with no such name unresolved', () => {
    expect(facts(claimsOf('Daleside Borough Council cut grants. The council employs 2,100 staff.'), 'count:')).toEqual([
      ['org:daleside-borough-council', 'count:staff', '2100'],
    ]);
    expect(facts(claimsOf('Millbrook Homes cut grants. The union has 900 members.'), 'count:')).toEqual([]);
  });

  it('reads "it" and "its" as the subject named before them in the sentence', () => {
    const text = 'Millbrook Homes, which Tom Reyes founded, says it now has 210 staff and that its 40 volunteers are vital.';
    expect(facts(claimsOf(text), 'count:')).toEqual([
      ['org:millbrook-homes', 'count:staff', '210'],
      ['org:millbrook-homes', 'count:volunteer', '40'],
    ]);
  });

  it('does not read "it" as anything in "it is time to" or "it is clear that"', () => {
    const text = 'Millbrook Homes has grown. It is clear that 300 staff is not enough. It is time to hire 50 staff more.';
    expect(facts(claimsOf(text), 'count:')).toEqual([]);
  });

  it('takes only the rules\' own categories from a pronoun, not any noun after "it is a"', () => {
    expect(facts(claimsOf('We visited Millbrook Homes. It is a charity.'), 'category')).toEqual([['org:millbrook-homes', 'category', 'affirm charity']]);
    expect(facts(claimsOf('We visited Millbrook Homes. It is a lovely building.'), 'category')).toEqual([]);
  });

  it('reads "we" and "our" as the organisation a document\'s heading names, outside quotes only', () => {
    const text = 'Kestrel Community Trust annual report 2015\n\nIn 2015 we worked with 820 volunteers.\n“We have 12 staff,” said a volunteer from another group.';
    expect(facts(claimsOf(text), 'count:')).toEqual([['org:kestrel-community-trust', 'count:volunteer', '820']]);
  });

  it('takes the author from a "Published by" line, and leaves "we" alone in a text with no author organisation', () => {
    const published = 'Why homes matter\n\nWe employ 75 staff across the region.\n\nPublished by Millbrook Homes';
    expect(facts(claimsOf(published), 'count:')).toEqual([['org:millbrook-homes', 'count:staff', '75']]);
    const blog = 'Why homes matter\nTom Reyes\n\nWe employ 75 staff across the region, says Millbrook Homes.';
    expect(claimsOf(blog).filter((c) => c.text.startsWith('We'))).toEqual([]);
  });
});
