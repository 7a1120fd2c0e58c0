import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('a count of a group named by a pronoun or a possessive', () => {
  it('counts the readers addressed as "you" and the writer’s relatives', () => {
    expect(textsOf('What we have done\n• 263 of you answered our survey.', 'quantity')).toEqual(['263 of you']);
    expect(textsOf('Thank you: more than 80 of you came to the meeting.', 'quantity')).toEqual(['more than 80 of you']);
    expect(textsOf('Three of my grandchildren go to that school.', 'quantity')).toEqual(['Three of my grandchildren']);
  });

  it('counts "of them" when what "them" stands for counts people or bodies', () => {
    expect(textsOf('The academy trained 96 apprentice chefs, with nearly 70 of them now in permanent jobs.', 'quantity')).toEqual([
      '96 apprentice chefs',
      'nearly 70 of them',
    ]);
    expect(textsOf('There are 226 credit unions, and I would say more than 20 of them are too small.', 'quantity')).toContain('more than 20 of them');
    expect(textsOf('What happens to the hospital’s porters?\n\nDr Bell: All six of them have transferred.', 'quantity')).toEqual(['six of them']);
    expect(textsOf('The railway supplies 400,000 passengers and carried 350,000 of them last year.', 'quantity')).toContain('350,000 of them');
  });

  it('does not count "of them" when "them" stands for things', () => {
    expect(textsOf('The firm runs 64 refuse vehicles, 18 of them new.', 'quantity')).toEqual([]);
    expect(textsOf('Smart meters installed by the supplier — around 27,000 of them — will keep working.', 'quantity')).toEqual([]);
    expect(textsOf('Jobs have been created on the tax sites to date, 480 of them at the dock.', 'quantity')).toEqual([]);
  });
});

describe('a count of several kinds of people joined in one noun phrase', () => {
  it('runs to the last conjunct that names a post', () => {
    expect(textsOf('In 2022, 410 cooks, kitchen assistants and area supervisors transferred from the council.', 'quantity')).toEqual([
      '410 cooks, kitchen assistants and area supervisors',
    ]);
    expect(textsOf('Nearly 90 nurses and healthcare assistants work at the hospice.', 'quantity')).toEqual(['Nearly 90 nurses and healthcare assistants']);
    expect(textsOf('All 212 detention officers and custody nurses will transfer.', 'quantity')).toEqual(['212 detention officers and custody nurses']);
    expect(textsOf('The depot’s 120 drivers, bus cleaners and yard fitters voted to strike.', 'quantity')).toEqual(['120 drivers, bus cleaners and yard fitters']);
  });

  it('stops before another group, a comment on the count or another count', () => {
    expect(textsOf('Its 38,000 active borrowers and staff can vote.', 'quantity')).toEqual(['38,000 active borrowers']);
    expect(textsOf('It employs about 650 staff, including district nurses.', 'quantity')).toEqual(['about 650 staff']);
    expect(textsOf('I thank our 412 staff and 165 volunteers, and my fellow trustees.', 'quantity')).toEqual(['412 staff', '165 volunteers']);
    expect(textsOf('Nearly 90 nurses and two wards will go.', 'quantity')).toEqual(['Nearly 90 nurses']);
  });
});

describe('numbers that count nobody', () => {
  it('takes a decimal that opens a report’s line before a capitalised word for a paragraph number', () => {
    expect(textsOf('7. Consultation\n7.1 Officers have consulted 40 staff.\n3.2 Staff will transfer.', 'quantity')).toEqual(['40 staff']);
    expect(textsOf('Summary\n2.5 million people live in the county.', 'quantity')).toEqual(['2.5 million people']);
  });

  it('counts caterers, hospices, police forces and community societies as bodies', () => {
    expect(textsOf('Only three caterers bid, and more than 40 hospices are in deficit.', 'quantity')).toEqual(['three caterers', 'more than 40 hospices']);
    expect(textsOf('At least nine forces use a contractor, as do more than 200 community pub societies.', 'quantity')).toEqual([
      'At least nine forces',
      'more than 200 community pub societies',
    ]);
  });
});
