// A role title is built on a head word of a general class (nurse, GP, prescriber, representative,
// engineer, surgeon, solicitor …) with its modifiers in front ("salaried", "practice", "project",
// "industrial", a body's name) and a field after "for/of", which may be a trade in "-ing"
// ("officer for shipbuilding", "head of nursing"). "Cabinet", "board" or "committee" before a head
// names the body the office serves ("Cabinet Secretary for Economy"). Every name here is invented.

import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('role titles by their head word', () => {
  it('reads clinical and professional heads with their modifiers', () => {
    expect(textsOf('We welcome salaried GP Dr Ana Lisk to the team.', 'role')).toEqual(['salaried GP']);
    expect(textsOf('Our social prescriber, Omar Dyce, runs a weekly walk.', 'role')).toEqual(['social prescriber']);
    expect(textsOf('Carla Venn, our practice nurse, completes her diploma.', 'role')).toEqual(['practice nurse']);
    expect(textsOf('The lead GP, Dr Ravi Sen, joined in May.', 'role')).toEqual(['lead GP']);
    expect(textsOf('RCN local representative Jo Pike told us that staff were leaving.', 'role')).toEqual(['RCN local representative']);
    expect(textsOf('Dr Raj Patel, consultant surgeon at Fenby Hospital, spoke.', 'role')).toEqual(['consultant surgeon']);
  });

  it('takes a field of work in "-ing" after the title, and a region after it', () => {
    expect(textsOf('Ada Kerr, GMB industrial officer for shipbuilding in Wales, said no.', 'role')).toEqual(['GMB industrial officer for shipbuilding in Wales']);
    expect(textsOf('Kelby Trust’s head of nursing, Ann Dale, said it was fine.', 'role')).toEqual(['head of nursing']);
    expect(textsOf('Tom Reid, director of something, said so.', 'role')).toEqual(['director']);
  });

  it('takes a portfolio listed with commas and closed by "and" as one field', () => {
    expect(textsOf('Cabinet Member: Cllr Rosa Lind, Cabinet Member for Children, Young People and Education\nWards: all', 'role')).toEqual(['Cabinet Member for Children, Young People and Education']);
    expect(textsOf('Jo Bell, director of finance, housing and property, said no.', 'role')).toEqual(['director of finance, housing and property']);
    // A person's name after the comma ends the title.
    expect(textsOf('Sam Lowe, Director of Finance, Jo Bell and Ann Cole met.', 'role')).toEqual(['Director of Finance']);
  });

  it('reads a cabinet, board or committee before a head as part of the title', () => {
    expect(textsOf('The Welsh Government’s Cabinet Secretary for Housing, Jo Bell, visited.', 'role')).toEqual(['Cabinet Secretary for Housing']);
    expect(textsOf('The board secretary, Ann Lowe, wrote.', 'role')).toEqual(['board secretary']);
    expect(textsOf('The cabinet agreed. Members of the board met Jo Bell.', 'role')).toEqual([]);
  });

  it('does not make a title of a head word with no person attached', () => {
    expect(textsOf('A practice nurse and a salaried GP will be recruited.', 'role')).toEqual([]);
  });

  it('does not read an occupation after "a" as a post', () => {
    expect(textsOf('Sarah Cobb has been a nurse for years.', 'role')).toEqual([]);
    expect(textsOf('Sarah Cobb is a solicitor.', 'role')).toEqual([]);
    expect(textsOf('Sarah Cobb is the practice nurse at Oakfield Surgery.', 'role')).toEqual(['practice nurse at Oakfield Surgery']);
  });
});
