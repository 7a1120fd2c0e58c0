// Two ways people state a post without a title next to the name. A name in the vocative followed
// by the second person is that person ("Ms Tarrant, you chair the board of Y", "Dr Pike, you are
// the chief executive of Y"), as in a committee's questions, an interview or an open letter. A
// post denied right after a name and put right ("Jo's not the chair btw, she's the secretary")
// denies the first post and gives the second, with no organisation named. Every name is invented.

import { describe, expect, it } from 'vitest';
import { describeValue } from '../../../server/src/engine/claims/conflicts/values';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names, type RoleSpec } from './tagEntities';

const NAMES: Names = {
  'Ms Tarrant': 'person:ruth-tarrant',
  'Ruth Tarrant': 'person:ruth-tarrant',
  'Dr Pike': 'person:owen-pike',
  'Owen Pike': 'person:owen-pike',
  'Ruth': 'person:ruth-tarrant',
  'Fellbrook Housing Trust': 'org:fellbrook-housing-trust',
  'Mardale Academy Trust': 'org:mardale-academy-trust',
};
const claimsOf = (text: string, roles: RoleSpec[] = []): Claim[] => extractClaims(text, tagEntities(text, NAMES, roles));
const roleValues = (text: string, roles: RoleSpec[] = []): string[] => claimsOf(text, roles).filter((c) => c.attribute === 'role').map((c) => describeValue(c.value));
const conflictsAmong = (...docs: Array<[string, string, RoleSpec[]]>): Conflict[] =>
  conflictsAmongSources(docs.map(([doc, text, roles]) => ({ doc, claims: claimsOf(text, roles) })));

describe('a post said to a person in the second person', () => {
  it('reads "you chair (the board of) Y" and "you are the T of Y" after a vocative name', () => {
    expect(roleValues('Q12 Ms Tarrant, you chair the board of Fellbrook Housing Trust. Why did it fail?')).toHaveLength(1);
    expect(roleValues('Ms Tarrant, you also chair Fellbrook Housing Trust, as I understand it.')).toHaveLength(1);
    expect(roleValues('Dr Pike, you are the chief executive of Mardale Academy Trust.')).toHaveLength(1);
    expect(roleValues('Dr Pike, you’re not the chair of Mardale Academy Trust.')).toEqual([expect.stringMatching(/^NOT /)]);
  });

  it('reads nothing from a verb that is no post ("you told Y", "you wrote to the board of Y")', () => {
    expect(roleValues('Ms Tarrant, you told Fellbrook Housing Trust in March.')).toEqual([]);
    expect(roleValues('Ms Tarrant, you wrote to the board of Fellbrook Housing Trust.')).toEqual([]);
  });

  it('flags the chair asked about against the chief executive a letter is signed by', () => {
    const found = conflictsAmong(
      ['letter.txt', 'Yours sincerely,\nRuth Tarrant, Chief Executive of Fellbrook Housing Trust', [{ title: 'Chief Executive of Fellbrook Housing Trust', person: 'person:ruth-tarrant' }]],
      ['evidence.txt', 'Q4 Chair: Ms Tarrant, you chair the board of Fellbrook Housing Trust.', []],
    );
    expect(found.map((c) => [c.kind, c.subject])).toEqual([['role', 'person:ruth-tarrant']]);
  });
});

describe('a bare post denied after a name and put right', () => {
  it('denies the first post and gives the second, through fillers and dashes', () => {
    expect(roleValues('@sam Ruth’s not the chair btw, she’s the secretary.')).toEqual(['NOT chair', 'secretary']);
    expect(roleValues('Ruth isn’t the treasurer – she’s the chair.')).toEqual(['NOT treasurer', 'chair']);
    expect(roleValues('Owen Pike is not the chief executive; he is the finance director.')).toEqual(['NOT chief executive', 'finance director']);
    expect(roleValues('Owen Pike was never the chair.')).toEqual(['NOT chair']);
  });

  it('reads nothing when the words after "not" are no title', () => {
    expect(roleValues('Ruth’s not the one to ask, she’s busy.')).toEqual([]);
    expect(roleValues('Owen Pike is not the only governor who objected.')).toEqual([]);
  });

  it('flags the denied post against it affirmed elsewhere, but not the post put in its place alone', () => {
    const chair: RoleSpec = { title: 'Chair', person: 'person:ruth-tarrant' };
    const denied = conflictsAmong(['offer.txt', 'Ruth Tarrant (Chair) and four other directors.', [chair]], ['thread.txt', 'ruth says hi. Ruth’s not the chair btw, she’s the secretary.', []]);
    expect(denied.map((c) => c.kind)).toEqual(['role']);
    const agreed = conflictsAmong(['offer.txt', 'Ruth Tarrant (Chair) and four other directors.', [chair]], ['thread.txt', 'Ruth’s not the secretary btw, she’s the chair.', []]);
    expect(agreed).toEqual([]);
  });

  it('reads a commenter’s post put right without apostrophes, after a denial that is no title ("isnt even the boss")', () => {
    expect(roleValues('and Owen Pike isnt even the boss, hes the finance director. everyone knows it')).toEqual(['finance director']);
    expect(roleValues('Ruth isnt the chair, shes only the treasurer.')).toEqual(['NOT chair', 'treasurer']);
    expect(roleValues('Owen Pike isn’t actually the chief executive – he’s just the finance director.')).toEqual(['NOT chief executive', 'finance director']);
  });

  it('flags the post put right against a different post the person holds at one body', () => {
    const ceo: RoleSpec = { title: 'managing director of Fellbrook Housing Trust', person: 'person:owen-pike' };
    const release: [string, string, RoleSpec[]] = ['news.txt', 'In April 2026 Owen Pike, managing director of Fellbrook Housing Trust, said so.', [ceo]];
    for (const comment of [
      'April 2026. and Owen Pike isnt even the boss, hes the finance director.',
      'April 2026. Owen Pike is not the boss; he is only the finance director.',
      'April 2026. Dr Pike isn’t in charge — he’s the finance director.',
    ]) {
      expect(conflictsAmong(release, ['comments.txt', comment, []]).map((c) => c.kind), comment).toEqual(['role']);
    }
  });

  it('does not place the post put right when the person holds posts at two bodies, nor flag the same post', () => {
    const at: RoleSpec[] = [
      { title: 'managing director of Fellbrook Housing Trust', person: 'person:owen-pike' },
      { title: 'chair of Mardale Academy Trust', person: 'person:owen-pike' },
    ];
    const two: [string, string, RoleSpec[]] = ['news.txt', 'In April 2026 Owen Pike, managing director of Fellbrook Housing Trust, and Owen Pike, chair of Mardale Academy Trust, spoke.', at];
    expect(conflictsAmong(two, ['comments.txt', 'April 2026. Owen Pike isnt the boss, hes the finance director.', []])).toEqual([]);
    const one: [string, string, RoleSpec[]] = ['news.txt', 'In April 2026 Owen Pike, managing director of Fellbrook Housing Trust, said so.', [at[0]!]];
    expect(conflictsAmong(one, ['comments.txt', 'April 2026. Owen Pike isnt the chair, hes the managing director.', []])).toEqual([]);
  });
});
