import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

// Posts named by the kind of body they are held at ("company secretary", "parish clerk"), and a
// post in brackets after a name with the body after a comma. All names here are invented.

describe('posts named by the kind of body', () => {
  it('reads the kind of body before a head as part of the title, before or after the name', () => {
    expect(textsOf('Huge thanks to our company secretary Ruth Allander for the paperwork.', 'role')).toEqual(['company secretary']);
    expect(textsOf('Peter Fallon, parish clerk, said the meeting was full.', 'role')).toEqual(['parish clerk']);
    expect(textsOf('Directors: Helen Tolley (chair), Ruth Allander (club treasurer)', 'role')).toEqual(['chair', 'club treasurer']);
  });

  it('gives no title to the kind of body alone before a name', () => {
    expect(textsOf('The company said Ruth Allander would stay on.', 'role')).toEqual([]);
  });
});

describe('a post in brackets with the body it is held at', () => {
  it('reads the post and leaves the body after the comma as an organisation', () => {
    const text = 'Present: Simon Achterberg (Head of Reablement, Norland County Council); Dr Ruth Kessel (Director of Operations, Norland Community Health NHS Trust).';
    expect(textsOf(text, 'role')).toEqual(['Head of Reablement', 'Director of Operations']);
    expect(textsOf(text, 'organisation')).toEqual(['Norland County Council', 'Norland Community Health NHS Trust']);
  });

  it('reads no post in brackets that hold a body and an address', () => {
    expect(textsOf('Present: Simon Achterberg (Norland County Council, Hospital Road).', 'role')).toEqual([]);
  });
});
