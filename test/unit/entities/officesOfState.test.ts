import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

// Ministers' offices as parliamentary papers write them: a junior minister's "Under-Secretary",
// the Lords' department after a comma, a portfolio listing its fields with commas before the
// member's name in brackets. All names here are invented.

describe('offices of state beside their holder', () => {
  it('reads "Under-Secretary" as a title’s head, after a name or before it', () => {
    expect(textsOf('Answered by: Nadia Farrand, Parliamentary Under-Secretary of State for Heritage\n\nThe fund said no.', 'role')).toEqual([
      'Parliamentary Under-Secretary of State for Heritage',
    ]);
    expect(textsOf('The Under-Secretary, Sarah Mawby, replied on Friday.', 'role')).toEqual(['Under-Secretary']);
  });

  it('reads the department a Lords report gives after the office and a comma', () => {
    const text = 'The Parliamentary Under-Secretary of State, Home Office (Baroness Quarrie) (Lab)\nMy Lords, I thank the noble Lord.';
    expect(textsOf(text, 'role')).toEqual(['Parliamentary Under-Secretary of State, Home Office']);
    expect(textsOf(text, 'organisation')).toContain('Home Office');
    const education = 'The Minister of State, Department for Education (Lord Pellow)\nMy Lords, the Bill is short.';
    expect(textsOf(education, 'role')).toEqual(['Minister of State, Department for Education']);
  });

  it('reads a portfolio whose fields are listed with commas, before the holder in brackets', () => {
    expect(textsOf('The Minister for Food, Farming and Fisheries (Lucy Harnett):\nI wish to inform the House.', 'role')).toEqual([
      'Minister for Food, Farming and Fisheries',
    ]);
    expect(textsOf('The Secretary of State for Culture, Media and Sport (Peter Stainer):\nI beg to move.', 'role')).toEqual([
      'Secretary of State for Culture, Media and Sport',
    ]);
  });

  it('gives no role to words before a bracketed name that are no title', () => {
    expect(textsOf('Tea, Coffee and Cake (Lucy Harnett):\nBring a plate.', 'role')).toEqual([]);
    expect(textsOf('Westhope Pier, Home Office (Lucy Harnett)\nA visit.', 'role')).toEqual([]);
  });
});
