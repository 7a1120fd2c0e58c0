import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

function dates(text: string) {
  return entitiesOf(text, 'date').map((e) => [e.text, e.value?.kind === 'date' ? e.value.iso : undefined]);
}

describe('dates', () => {
  it('gives ISO dates at the precision written', () => {
    expect(dates('Published 17 November 2010. Reviewed in March 2012, and again in 2014.')).toEqual([
      ['17 November 2010', '2010-11-17'],
      ['March 2012', '2012-03'],
      ['2014', '2014'],
    ]);
  });

  it('reads day and month without a year, with weekday and ordinal', () => {
    expect(dates('the launch on Tuesday December 3rd and a talk on Friday 6th December')).toEqual([
      ['Tuesday December 3rd', '--12-03'],
      ['Friday 6th December', '--12-06'],
    ]);
  });

  it('splits a year range into two dates and reads financial years as one', () => {
    expect(dates('Every year from 2003-2015 (in 2012/13 prices), and 2019-20 too.')).toEqual([
      ['2003', '2003'],
      ['2015', '2015'],
      ['2012/13', '2012/2013'],
      ['2019-20', '2019/2020'],
    ]);
  });

  it('reads pairs of years as two dates', () => {
    expect(dates('between 2006 and 2013, and the 2010 to 2015 government')).toEqual([
      ['2006', '2006'],
      ['2013', '2013'],
      ['2010', '2010'],
      ['2015', '2015'],
    ]);
  });

  it('skips a month alone, relative dates, and years inside names', () => {
    expect(dates('In May we met last week to discuss Vision 2020 and Agenda 2030.')).toEqual([]);
  });

  it('does not read money or percentages as years', () => {
    expect(dates('It cost £2010 and rose 2012% overnight.')).toEqual([]);
  });
});

describe('the year of a copyright notice', () => {
  it('reads the year after the holder’s name in a copyright notice as a date, and keeps a year inside a name elsewhere out', () => {
    const text = 'Share\n\n© Kelby Policy Institute 2019. Registered charity no. 1163.\nThe Vision 2020 plan failed.';
    expect(textsOf(text, 'date')).toEqual(['2019']);
  });
});

describe('a copyright notice written out', () => {
  it('reads "Copyright Holder 2020" as the holder and a date, without the word "Copyright" in the name', () => {
    const text = 'Read more.\nCopyright Kelby Housing Trust 2020. All rights reserved.';
    expect(textsOf(text, 'date')).toEqual(['2020']);
    expect(textsOf(text, 'organisation')).toEqual(['Kelby Housing Trust']);
  });
});
