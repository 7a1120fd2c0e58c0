// Posts held on a body's governing board ("chair of trustees", "vice-chair of governors"), a
// post after a copula and an adverb of time ("is still artistic director"), and names in
// Markdown's emphasis ("**Jo Bell** became chair"). Every name here is invented.

import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('posts on a governing board, in lower case', () => {
  it('reads the governing body after "of" as the post’s field', () => {
    expect(textsOf('Sandra Kellaway, vice-chair of governors, said the school would reopen.', 'role')).toEqual(['vice-chair of governors']);
    expect(textsOf('Fiona Marchmont, chair of trustees, signed the accounts.', 'role')).toEqual(['chair of trustees']);
    expect(textsOf('Helen Okoro became chair of directors on 3 March.', 'role')).toEqual(['chair of directors']);
  });

  it('reads no post in "one of the trustees"', () => {
    expect(textsOf('She wrote to Fiona Marchmont, one of the trustees.', 'role')).toEqual([]);
  });
});

describe('a post after a copula and an adverb of time', () => {
  it('reads the post after "still", "now" or "currently"', () => {
    expect(textsOf('Tamsin Greenall is still artistic director, I think.', 'role')).toEqual(['artistic director']);
    expect(textsOf('Peter Hollins is now the treasurer.', 'role')).toEqual(['treasurer']);
    expect(textsOf('Peter Hollins is currently chair of trustees.', 'role')).toEqual(['chair of trustees']);
  });

  it('reads nothing after an adverb that no post follows', () => {
    expect(textsOf('Tamsin Greenall is now in charge of the season.', 'role')).toEqual([]);
  });
});

describe('names in Markdown emphasis', () => {
  it('reads the post after a bold name and before an italic one', () => {
    expect(textsOf('We are delighted that **Professor Alison Greaves** became chair of trustees on 1 February.', 'role')).toEqual(['chair of trustees']);
    expect(textsOf('Its chair, *Gwen Lockhart*, will speak at our spring conference.', 'role')).toEqual(['chair']);
  });
});
