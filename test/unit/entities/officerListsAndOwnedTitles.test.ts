import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

// People whose given name no list holds, found by the structure that names them as holders of a
// post: an item of a list of officers (minutes, witness lists), and a title owned by a possessive
// in apposition. Also titles that join two posts, and a clerk's title that names the body served.
// All names are invented.

describe('items of a list of officers separated by semicolons', () => {
  it('reads "Name (Title)" after a semicolon as a person, as after a comma', () => {
    const text = 'Present: Orla Penhale (Chair); Tavish Munro (Vice-Chair); Idris Kettleby (Treasurer)';
    expect(textsOf(text, 'person')).toEqual(['Orla Penhale', 'Tavish Munro', 'Idris Kettleby']);
    expect(textsOf(text, 'role')).toEqual(['Chair', 'Vice-Chair', 'Treasurer']);
  });

  it('reads "Name, Title in capitals;" as a person and the title as the role, in minutes and in witness lists', () => {
    const minutes = 'In attendance: Yusra Hallam, Clerk to the Governors; Bram Ostrow, Director of Finance; Cadi Prowse, Head of Estates';
    expect(textsOf(minutes, 'person')).toEqual(['Yusra Hallam', 'Bram Ostrow', 'Cadi Prowse']);
    expect(textsOf(minutes, 'role')).toEqual(['Clerk to the Governors', 'Director of Finance', 'Head of Estates']);
    const witnesses = 'Witnesses\n\nI: Fenella Quist, Chair of the Board, Marrowby Water Trust; and Ossian Trelawn, Chief Executive, Marrowby Water Trust.';
    expect(textsOf(witnesses, 'person')).toEqual(['Fenella Quist', 'Ossian Trelawn']);
    expect(textsOf(witnesses, 'role')).toEqual(['Chair of the Board', 'Chief Executive']);
  });

  it('leaves a body or a place before a comma and a title-like phrase: they are not people', () => {
    expect(textsOf('Attending: Marrowby Water Trust, Chief Executive; Kelby Road, Director of Finance', 'person')).toEqual([]);
    expect(textsOf('The report went to Planning Committee, Finance Committee and Cabinet.', 'person')).toEqual([]);
  });
});

describe('a title owned by a possessive in apposition after a name', () => {
  it('reads the name before ", our chair," or ", <Short name>’s chair," as a person, the title as the role', () => {
    expect(textsOf('Yes, and Ilse Drummond, our chair, has put it in writing.', 'person')).toEqual(['Ilse Drummond']);
    expect(textsOf('Yes, and Ilse Drummond, our chair, has put it in writing.', 'role')).toEqual(['chair']);
    const press = 'Ilse Drummond, Kelvale’s chair, will chair the merged board.';
    expect(textsOf(press, 'person')).toEqual(['Ilse Drummond']);
    expect(textsOf(press, 'role')).toEqual(['chair']);
    expect(textsOf('Gethin Ashcroft, the hospice’s medical director, said beds would close.', 'person')).toEqual(['Gethin Ashcroft']);
    expect(textsOf('Tarquin Mellor, their head teacher, wrote to parents.', 'person')).toEqual(['Tarquin Mellor']);
  });

  it('leaves capitalised words before a possessive that owns a thing, not a post', () => {
    expect(textsOf('Harbour Road, the council’s depot, will close.', 'person')).toEqual([]);
  });
});

describe('one title that joins two posts', () => {
  it('keeps "Principal and Chief Executive" whole, in brackets and after a possessive', () => {
    expect(textsOf('Present: Dr Ysolde Farrant (Principal and Chief Executive); Orla Penhale (Chair)', 'role')).toEqual(['Principal and Chief Executive', 'Chair']);
    expect(textsOf('The college’s principal and chief executive, Dr Ysolde Farrant, said the merger would go ahead.', 'role')).toEqual(['principal and chief executive']);
    expect(textsOf('The trust’s chair and founder, Ossian Trelawn, said', 'role')).toEqual(['chair and founder']);
  });

  it('does not join a title to a second person or to a title written otherwise', () => {
    expect(textsOf('The chair and Orla Penhale agreed.', 'role')).toEqual([]);
  });
});

describe('a post in title case or on its own line under a name', () => {
  it('reads capitalised beat words before a head as the title, in a byline, a cc line and a signature', () => {
    expect(textsOf('By Petra Lindqvist, Transport Editor\nMonday 3 March 2025', 'role')).toEqual(['Transport Editor']);
    expect(textsOf('cc: Henrik Aasland, Country Manager, Kelby Water Ltd\n', 'person')).toEqual(['Henrik Aasland']);
    expect(textsOf('Yours sincerely,\n\nPriya Anand\nComplaints Resolution Manager\nKelby Water Ltd\n', 'role')).toEqual(['Complaints Resolution Manager']);
  });

  it('reads a name whose given name no list holds as a person when the next line is a post', () => {
    const byline = 'School to close sixth form\n\nZainab Oyelaran\nEducation reporter\nTuesday 4 February 2025\n\nA school said.';
    expect(textsOf(byline, 'person')).toEqual(['Zainab Oyelaran']);
    expect(textsOf(byline, 'role')).toEqual(['Education reporter']);
    const letter = 'Yours faithfully,\n\nOssian Trelawn\nDirector of Estates\n';
    expect(textsOf(letter, 'person')).toEqual(['Ossian Trelawn']);
  });

  it('leaves a heading over a post: its words stand in lower case elsewhere in the text', () => {
    expect(textsOf('Please see the contact details below.\n\nContact Details\nPress Officer\n', 'person')).toEqual([]);
  });
});

describe('a post given after a copula with an auxiliary', () => {
  it('reads "has been", "will be the first" and "will become" before a title as the post', () => {
    expect(textsOf('Megan Trelawn has been chief executive of Kelby Trust since 2021.', 'role')).toEqual(['chief executive of Kelby Trust']);
    expect(textsOf('Megan Trelawn will be the first chief executive of Kelby Trust.', 'role')).toEqual(['chief executive of Kelby Trust']);
    expect(textsOf('Fellmouth Homes chair Sian Penhale will become chair of Kelby Group.', 'role')).toEqual(['Fellmouth Homes chair', 'chair of Kelby Group']);
  });

  it('gives no post to a copula before a noun that is none', () => {
    expect(textsOf('Megan Trelawn has been a nurse for years.', 'role')).toEqual([]);
    expect(textsOf('Megan Trelawn had been at the school for ten years.', 'role')).toEqual([]);
  });
});
