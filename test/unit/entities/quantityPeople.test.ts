import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('counts of teaching staff, of the writer’s group and of airlines', () => {
  it('counts tutors and lecturers as people, also after a partitive with a body’s possessive', () => {
    expect(textsOf('Ferrow Learning would employ about 90 tutors next year.', 'quantity')).toEqual(['about 90 tutors']);
    expect(textsOf('She said more than 40 of the college’s own lecturers had applied.', 'quantity')).toEqual(['more than 40 of the college’s own lecturers']);
  });

  it('counts trades and support staff as people', () => {
    expect(textsOf('More than 120 of the company’s own fitters would transfer.', 'quantity')).toEqual(['More than 120 of the company’s own fitters']);
    expect(textsOf('The trust employs 45 technicians and 12 librarians.', 'quantity')).toEqual(['45 technicians', '12 librarians']);
  });

  it('counts those who use a leisure centre or a ground', () => {
    expect(textsOf('The pool has 350 regular swimmers and the club 2,000 fans.', 'quantity')).toEqual(['350 regular swimmers', '2,000 fans']);
  });

  it('counts the people of a partitive “of us”', () => {
    expect(textsOf('Speaking for the branch: more than 200 of us signed it.', 'quantity')).toEqual(['more than 200 of us']);
  });

  it('does not take half a dozen for a count', () => {
    expect(textsOf('Half a dozen of our reps heard about it from the paper.', 'quantity')).toEqual([]);
  });

  it('counts the airlines of a table row', () => {
    expect(textsOf('Key figures\nAirlines operating      3      6\n', 'quantity')).toEqual(['3', '6']);
  });
});
