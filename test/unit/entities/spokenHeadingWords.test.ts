import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

// A heading in capitals that reads as a phrase: its spoken words are words, not bodies' acronyms,
// even those the text never writes in lower case.
describe('words of a capital heading beside ordinary words', () => {
  it('reads a campaign slogan as words', () => {
    expect(textsOf('Circular 12\n\nSAVE OUR STATIONS\nWe will fight the cuts.', 'organisation')).toEqual([]);
    expect(textsOf('Share offer\n\nSAVE THE LIBRARY\nThe library closes in May.', 'organisation')).toEqual([]);
  });

  it('reads a numbered heading with a count as words', () => {
    expect(textsOf('4. DAY CENTRES: SIX MONTHS ON\nThe centres reopened after months of work.', 'organisation')).toEqual([]);
  });

  it('reads a question in capitals as words', () => {
    expect(textsOf('HOW MUCH WILL IT COST?\nNobody has said.', 'organisation')).toEqual([]);
  });

  it('keeps letters that only spell, beside the same words', () => {
    expect(textsOf('GMB MEMBERS VOTE TO STRIKE\nMembers of GMB voted on Monday.', 'organisation')).toEqual(['GMB', 'GMB']);
    expect(textsOf('Bulletin\n\nKPL TO RUN THE DEPOT\nKPL has not replied to members.', 'organisation')).toEqual(['KPL', 'KPL']);
  });

  it('keeps a spoken acronym beside capital words the text does not use', () => {
    const names = textsOf('Bulletin\n\nNALC BALLOT RESULT\nNALC will publish details on Monday.', 'organisation');
    expect(names.filter((name) => name === 'NALC')).toHaveLength(2);
  });
});
