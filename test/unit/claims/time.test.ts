import { describe, expect, it } from 'vitest';
import { datelines, timesCompatible } from '../../../server/src/engine/claims/time';
import type { Entity } from '../../../server/src/engine/types';

const date = (text: string, phrase: string, iso: string): Entity => {
  const start = text.indexOf(phrase);
  return { type: 'date', text: phrase, start, end: start + phrase.length, value: { kind: 'date', iso, precision: 'day' } };
};

describe('times of claims', () => {
  it('treats successive financial years as different periods, though they share a calendar year', () => {
    expect(timesCompatible('2013/2014', '2014/2015', 0)).toBe(false);
    expect(timesCompatible('2013/2014', '2013/2014', 0)).toBe(true);
    expect(timesCompatible('2013/2014', '2014/2015', 1)).toBe(true);
  });

  it('still compares a financial year with a calendar date inside either of its years', () => {
    expect(timesCompatible('2013/2014', '2014-03-06', 0)).toBe(true);
    expect(timesCompatible('2013/2014', '2016', 0)).toBe(false);
  });

  it('reads a date with a byline after it as a dateline, but not a date inside a sentence', () => {
    const news = 'Headline\n\n6 May 2015 | By Ann Lee\n\nThe council met on 9 May 2015 to agree it.';
    expect(datelines(news, [date(news, '6 May 2015', '2015-05-06'), date(news, '9 May 2015', '2015-05-09')]).map((d) => d.text)).toEqual(['6 May 2015']);
  });
});
