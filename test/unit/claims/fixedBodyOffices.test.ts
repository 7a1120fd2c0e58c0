import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import type { Claim } from '../../../server/src/engine/types';
import { tagEntities, type Names, type RoleSpec } from './tagEntities';

const NAMES: Names = {
  'Brackwater Rail Ltd': 'org:brackwater-rail',
  'Hollins Arts CIC': 'org:hollins-arts',
  'Tamsford Borough Council': 'org:tamsford-borough-council',
  'Eskby County Council': 'org:eskby-county-council',
  'Nell Varga': 'person:nell-varga',
  'Owen Pike': 'person:owen-pike',
};

const roleClaims = (text: string, roles: RoleSpec[]): Claim[] =>
  extractClaims(text, tagEntities(text, NAMES, roles)).filter((c) => c.value.kind === 'role');
const officeOf = (text: string, roles: RoleSpec[]): string | undefined => {
  const v = roleClaims(text, roles)[0]?.value;
  return v?.kind === 'role' ? v.office : undefined;
};

describe('a post whose body is fixed by what it is', () => {
  const story = 'Brackwater Rail Ltd cut services. Brackwater Rail Ltd blamed costs. Brackwater Rail Ltd said more.\n\n';

  it('never places a minister at the company the text is about', () => {
    const text = `${story}Rail Minister Nell Varga said: “Passengers come first.”`;
    expect(officeOf(text, [{ title: 'Rail Minister', person: 'person:nell-varga' }])).toBe('title:rail minister');
  });

  it('keeps a minister’s body when the title names it', () => {
    const text = `${story}Nell Varga, Minister for Transport at Brackwater Rail Ltd, spoke.`;
    expect(officeOf(text, [{ title: 'Minister for Transport', person: 'person:nell-varga' }])).toContain('@org:brackwater-rail');
  });

  it('places a council’s cabinet member on the one council the text names, not at the company it is about', () => {
    const text =
      'Hollins Arts CIC runs the theatre. Hollins Arts CIC said costs rose. Hollins Arts CIC warned of cuts. Tamsford Borough Council pays a fee.\n\nThe cabinet member for culture, Cllr Owen Pike, said talks were under way.';
    expect(officeOf(text, [{ title: 'cabinet member for culture', person: 'person:owen-pike' }])).toBe('title:cabinet member culture@org:tamsford-borough-council');
  });

  it('places a council leader on no body when the text names two councils', () => {
    const text = 'Tamsford Borough Council and Eskby County Council met. Council leader Cllr Owen Pike spoke.';
    expect(officeOf(text, [{ title: 'Council leader', person: 'person:owen-pike' }])).toBe('title:council leader');
  });

  it('does not set a minister against a company post because both were placed at the company', () => {
    const a = roleClaims(`${story}Rail Minister Nell Varga said so.`, [{ title: 'Rail Minister', person: 'person:nell-varga' }]);
    const b = roleClaims('Nell Varga, chief executive of Brackwater Rail Ltd, said so.', [{ title: 'chief executive of Brackwater Rail Ltd', person: 'person:nell-varga' }]);
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(detectConflicts([{ doc: 'a.txt', claim: a[0]! }, { doc: 'b.txt', claim: b[0]! }])).toEqual([]);
  });
});

describe('a post and its deputy when only one is placed at a body', () => {
  it('still sets "council leader" on the council against "deputy leader" on no body', () => {
    const names: RoleSpec[] = [{ title: 'Council leader', person: 'person:owen-pike' }];
    const a = roleClaims('Tamsford Borough Council met. Council leader Cllr Owen Pike spoke.', names);
    const b = roleClaims('Owen Pike is deputy leader, not leader.', [{ title: 'deputy leader', person: 'person:owen-pike' }]);
    expect(a.map((c) => (c.value.kind === 'role' ? c.value.office : ''))).toEqual(['title:council leader@org:tamsford-borough-council']);
    // the correction's "not leader" is a second claim, the post denied (postCorrections.ts)
    expect(b.map((c) => (c.value.kind === 'role' ? `${c.value.polarity ?? 'affirm'} ${c.value.title}` : ''))).toEqual(['affirm deputy leader', 'deny leader']);
    expect(detectConflicts([{ doc: 'a.txt', claim: a[0]! }, { doc: 'b.txt', claim: b[0]! }])).toHaveLength(1);
  });
});
