// Who holds which post, read from the structure that ties a title to a person and a body, in
// whatever order a source writes them:
//   a title opening with the body's name   "Corran chief executive Sarah Pryor" (Corran Housing Group named before)
//   a name, title and body in a chain      "Sarah Pryor, Chief Executive, Corran Housing Group,"
//   a verb of the post on the body's board "Sarah Pryor, who chairs Corran Housing Group's board"
//   a copula and a correction              "Sarah Pryor was the finance director, not the chief executive"
//   a denied post                          "Sarah Pryor is not the chief executive of Corran Housing Group"
// Two posts at one body disagree; a post denied disagrees only with the same post affirmed.
// Every name here is invented; the recognisers tag the texts.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities } from './tagEntities';

const rolesOf = (text: string): Claim[] => analyse(text).claims.filter((c) => c.attribute === 'role' && c.subject === 'person:sarah-pryor');
const posts = (text: string): string[] => rolesOf(text).map((c) => (c.value.kind === 'role' ? `${c.value.polarity === 'deny' ? 'not ' : ''}${c.value.office}` : ''));
const roleConflicts = (a: string, b: string): Conflict[] =>
  conflictsAmongSources([
    { doc: 'a', claims: analyse(a).claims },
    { doc: 'b', claims: analyse(b).claims },
  ]).filter((c) => c.kind === 'role');

const CORRAN = 'org:corran-housing';
const CHIEF = 'Corran Housing Group chief executive Sarah Pryor said the plan was sound.';

describe('a title that opens with the body’s name', () => {
  it('reads the body named before, not the one the story names most', () => {
    const text =
      'Corran Housing Group will merge with Wexley Homes. Wexley Homes tenants were told first, and Wexley Homes staff last week.\n' +
      'Corran chief executive Sarah Pryor said the merger was sound.';
    expect(posts(text)).toEqual([`office:chief-executive@${CORRAN}`]);
  });
});

describe('a name, a title and a body set off by commas', () => {
  it('reads the body that ends the chain as the title’s', () => {
    for (const text of [
      'The plan was agreed with Sarah Pryor, Chief Executive, Corran Housing Group, and with its chair.',
      'Signed: Sarah Pryor, Chief Executive, Corran Housing Group.',
    ]) {
      expect(posts(text), text).toEqual([`office:chief-executive@${CORRAN}`]);
    }
  });

  it('does not give the title a body that goes on into the next clause', () => {
    expect(posts('Sarah Pryor, Chief Executive, said Corran Housing Group would appeal.')).toEqual(['office:chief-executive']);
  });
});

describe('a post on a body’s board', () => {
  it('reads chairing the board of Y, however written, as Y’s chair', () => {
    for (const text of [
      'Sarah Pryor, who chairs Corran Housing Group’s board, spoke.',
      'Sarah Pryor, who chairs the board of Corran Housing Group, spoke.',
      'Sarah Pryor is chair of the board of Corran Housing Group.',
    ]) {
      expect(posts(text), text).toEqual([`office:chair@${CORRAN}`]);
    }
  });

  it('reads no post at Y for chairing one of Y’s committees', () => {
    expect(posts('Sarah Pryor, who chairs Corran Housing Group’s audit committee, spoke.')).toEqual([]);
    expect(posts('Sarah Pryor is chair of Corran Housing Group’s finance committee.')).not.toContain(`office:chair@${CORRAN}`);
  });

  it('conflicts with another post at the same body', () => {
    expect(roleConflicts(CHIEF, 'Sarah Pryor, who chairs Corran Housing Group’s board, spoke.')).toHaveLength(1);
  });
});

describe('a post corrected or denied', () => {
  it('reads "A, not B" as A held and B denied, at the body either names', () => {
    expect(posts('Sarah Pryor was the finance director, not the chief executive.')).toEqual(['title:finance director', 'not office:chief-executive']);
    expect(posts('Sarah Pryor is the finance director of Corran Housing Group, not its chief executive.')).toEqual([
      `title:finance director@${CORRAN}`,
      `not office:chief-executive@${CORRAN}`,
    ]);
    expect(posts('Sarah Pryor is the chair, not the chief executive, of Corran Housing Group.')).toEqual([`office:chair@${CORRAN}`, `not office:chief-executive@${CORRAN}`]);
  });

  it('reads "is not / has never been B of Y" as B denied', () => {
    for (const text of ['Sarah Pryor is not the chief executive of Corran Housing Group.', 'Sarah Pryor has never been chief executive of Corran Housing Group.']) {
      expect(posts(text), text).toEqual([`not office:chief-executive@${CORRAN}`]);
    }
  });

  it('conflicts with the post denied, and not with the post affirmed', () => {
    for (const text of [
      'Sarah Pryor was the finance director, not the chief executive.',
      'Sarah Pryor, the finance director and not the chief exec, said the plan was sound.',
      'Sarah Pryor is not the chief executive of Corran Housing Group.',
    ]) {
      expect(roleConflicts(CHIEF, text), text).toHaveLength(1);
    }
    expect(roleConflicts(CHIEF, 'Sarah Pryor was the chief executive, not the finance director.')).toEqual([]);
  });

  it('reads no denial in "not only"', () => {
    expect(posts('Sarah Pryor is chief executive, not only chair.')).toEqual(['office:chief-executive']);
  });
});

describe('a body’s short name in the possessive, untagged', () => {
  // the hand tagger knows only the full names, as the recognisers may when a short name is shared
  const NAMES = { 'Corran Housing Group': 'org:corran-housing', 'Wexley Homes': 'org:wexley-homes', 'Sarah Pryor': 'person:sarah-pryor' };
  const officeIn = (text: string): string[] =>
    extractClaims(text, tagEntities(text, NAMES, [{ title: 'finance director', person: 'person:sarah-pryor' }]))
      .filter((c) => c.attribute === 'role')
      .map((c) => (c.value.kind === 'role' ? (c.value.office ?? '') : ''));

  it('reads "Corran’s finance director" as a post at the body named before whose name starts so', () => {
    expect(officeIn('Wexley Homes will merge with Corran Housing Group. Corran’s finance director, Sarah Pryor, said so.')).toEqual([`title:finance director@${CORRAN}`]);
  });

  it('places the post nowhere when no body’s name starts with the short name', () => {
    expect(officeIn('Wexley Homes will merge with Corran Housing Group. Ashby’s finance director, Sarah Pryor, said so.')).toEqual(['title:finance director']);
  });
});
