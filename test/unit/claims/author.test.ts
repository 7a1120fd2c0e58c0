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
});
