// Words with a body's shape that name no body: a page's label in capitals before a colon, a
// register's number after "charity" or "company", a body's leading words that end in a feature of
// the land it cares for, and "Parliament" named by its kind. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('capitals, codes and features that name no body', () => {
  it('reads a capital word opening a line before a colon as a label when the text uses the word', () => {
    expect(textsOf('LIVE: Kelby school closure questioned\nHome | Live | Sport', 'organisation')).toEqual([]);
    expect(textsOf('UPDATE: trains running again\nLatest update at 9am', 'organisation')).toEqual([]);
    // A body's acronym is no word of the text: it stays a body before its colon.
    expect(textsOf('KFM: the facts the trust left out\nKFM said so.', 'organisation')).toEqual(['KFM', 'KFM']);
  });

  it('does not take a register number after a class noun for a name', () => {
    expect(textsOf('© Fennick Institute 2026 · Registered charity SC051277 · Privacy', 'organisation')).toEqual(['Fennick Institute']);
    expect(textsOf('Tarrow Homes is a company OC301234 registered in Wales.', 'organisation')).toEqual(['Tarrow Homes']);
    expect(textsOf('The charity 3SC won the contract.', 'organisation')).toEqual(['3SC']);
  });

  it('does not shorten a body to leading words that end in a feature of the land', () => {
    expect(textsOf('A grant went to the Fenmoor Canal Restoration Trust. Volunteers cleared the Fenmoor Canal.', 'organisation')).toEqual(['Fenmoor Canal Restoration Trust']);
    expect(textsOf('The Arlow Valley Trust bought land. Walkers love the Arlow Valley.', 'organisation')).toEqual(['Arlow Valley Trust']);
  });

  it('does not read a call to act before a body in a menu as its branch', () => {
    expect(textsOf('GMB | Home | News | Join GMB | Contact us', 'organisation')).toEqual(['GMB', 'GMB']);
    expect(textsOf('Home | About Unison | Follow Unison', 'organisation')).toEqual(['Unison', 'Unison']);
  });

  it('tags the UK Parliament by its name, not Parliament named by its kind', () => {
    expect(textsOf('The Secretary of State will update Parliament next week.', 'organisation')).toEqual([]);
    expect(textsOf('© UK Parliament 2025', 'organisation')).toEqual(['UK Parliament']);
  });
});
