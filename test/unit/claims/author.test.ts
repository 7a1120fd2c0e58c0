import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { documentAuthor } from '../../../server/src/engine/claims/author';

const authorOf = (text: string): string | undefined =>
  documentAuthor(
    text,
    analyse(text).entities.filter((e) => e.type === 'organisation'),
  )?.text;

describe('the organisation a document speaks for', () => {
  it('is the body named alone on a heading line', () => {
    expect(authorOf('Pellham Housing Trust\nAnnual report 2015\n\nWe housed 420 families this year.')).toBe('Pellham Housing Trust');
  });

  it('is not the outlet whose masthead heads a news story with a byline: "our" there is the people quoted', () => {
    const text = 'Quillon Evening Post\nNews   Sport   Jobs   Property\n\nCouncil cuts bus routes\n\nBy Ann Wendle, Transport Reporter\n\n“Our drivers are worried,” said the union.';
    expect(authorOf(text)).toBeUndefined();
  });

  it('is not the house that heads a record of debate: the first person there is each speaker\'s', () => {
    const text = 'Hansard\nUK Parliament\nCommons Chamber   Westminster Hall   Lords Chamber\n\nMr Tim Wendle (Haverwick) (Lab)\nOur hospital has lost 40 beds.';
    expect(authorOf(text)).toBeUndefined();
  });

  it('still takes an explicit "Published by" line in a story with a byline', () => {
    const text = 'Why homes matter\nBy Ann Wendle\n\nWe employ 75 staff.\n\nPublished by Pellham Housing Trust';
    expect(authorOf(text)).toBe('Pellham Housing Trust');
  });

  it('is the body named on a heading line whose byline names one of its own organs, not a journalist', () => {
    const members = 'Ashcombe Rovers Supporters’ Trust\nHome | Join | News\n\nMEMBERS’ UPDATE\nPosted by ARST Board · Saturday 4 May 2024\n\nWe now have 3,100 members.';
    expect(authorOf(members)).toBe('Ashcombe Rovers Supporters’ Trust');
    const team = 'Fenby Housing Association\nNews\n\nBy the Communications Team\n\nWe manage 6,400 homes.';
    expect(authorOf(team)).toBe('Fenby Housing Association');
    const paper = 'Quillon Evening Post\nNews   Sport\n\nBy Ann Wendle, Transport Reporter\n\n“Our drivers are worried,” said the union.';
    expect(authorOf(paper)).toBeUndefined();
  });

  it('is the body that opens a masthead line of sections or an issue after bars', () => {
    expect(authorOf('Unison | Home | News | Campaigns | Join Unison | Contact us\n\nPress release\n\nWe have 2,000 members at the plant.')).toBe('Unison');
    const bulletin = 'From: Principal’s Office <office@example.ac.uk>\nTo: All staff\n\nHARWICK COLLEGE | STAFF NEWSLETTER | Issue 41\n\nDear colleagues,\nWe employ 640 staff.';
    expect(authorOf(bulletin)).toBe('HARWICK COLLEGE');
  });

  it('is not the outlet or the house that opens such a masthead line', () => {
    expect(authorOf('Quillon Evening Post | News | Sport | Jobs\n\nCouncil cuts bus routes\n\nOur drivers are worried, the union says.')).toBeUndefined();
    expect(authorOf('UK Parliament | Committees | Transport Committee\n\nOral evidence\n\nWe have 40 buses.')).toBeUndefined();
    const news = 'City Wire | Companies | Markets | Opinion\n\nYard rescued\n\nRuth Vale, Industrial Correspondent\n\nWe expect more orders, the yard said.';
    expect(authorOf(news)).toBeUndefined();
  });
});
