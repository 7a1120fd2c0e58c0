// A post written as a label before a colon, with its field: a list of officers on lines of their own
// ("Chair of the committee: Cllr Jo Bell", "Head of Finance: Sam Lowe", "Clerk to the Governors:
// Ann Cole"), and a head word written with hyphens ("editor-in-chief"). The line before the colon
// must be one title, head first; "Contact for the board: Jo Bell" names no post. Every name here is
// invented.

import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('a post as a label before the holder', () => {
  it('reads a head with its field on a line of its own', () => {
    expect(textsOf('Report of the Resources Committee\n\nChair of the committee: Cllr Rosa Lind\nLead officer: Ann Cole', 'role')).toEqual(['Chair of the committee', 'Lead officer']);
    expect(textsOf('Orvale Housing Co-operative\n\nHead of Finance: Sam Lowe\n', 'role')).toEqual(['Head of Finance']);
    expect(textsOf('Tarnby Primary School\n\nChair of Governors: Ravi Sen\n', 'role')).toEqual(['Chair of Governors']);
    expect(textsOf('Kelby Harriers AC\n\nSecretary to the club: Omar Dyce\n', 'role')).toEqual(['Secretary to the club']);
  });

  it('reads no post from a label that is not a title, nor from a label inside a sentence', () => {
    expect(textsOf('Orvale Housing Co-operative\n\nContact for the board: Jo Bell\n', 'role')).toEqual([]);
    expect(textsOf('Orvale Housing Co-operative\n\nDirections to the office: Jo Bell will meet you.\n', 'role')).toEqual([]);
    expect(textsOf('We spoke to the chair of the committee: Jo Bell said no.', 'role')).toEqual([]);
  });

  it('reads a hyphenated head word', () => {
    expect(textsOf('Fenby News Group’s editor-in-chief, Carla Venn, said the title would survive.', 'role')).toEqual(['editor-in-chief']);
  });
});
