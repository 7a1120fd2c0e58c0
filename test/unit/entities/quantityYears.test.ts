// A year after a word that places a time ("in", "since", "until", "during", "before", "after")
// is that year, whatever noun follows: "collapsed in 2021 owing customers millions" counts no
// 2,021 customers, and "In 2021 staff at X went on strike" no 2,021 staff. The same figure after
// a verb, or written as a count with its comma, still counts. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('a year before a counted noun', () => {
  it('is a date after a word that places a time', () => {
    for (const text of [
      'Harnby Energy collapsed in 2021 owing customers millions.',
      'In 2021 customers of Harnby Energy complained.',
      'Since 2019 staff at the trust have been balloted twice.',
      'The firm closed in 2019 leaving staff unpaid.',
      'Until 2018 members paid nothing.',
    ]) {
      expect(textsOf(text, 'quantity'), text).toEqual([]);
      expect(textsOf(text, 'date').length, text).toBe(1);
    }
  });

  it('still counts the same figure where it is a count', () => {
    expect(textsOf('Harnby Energy employs 2000 staff.', 'quantity')).toEqual(['2000 staff']);
    expect(textsOf('The scheme reached 1950 households in 2019.', 'quantity')).toEqual(['1950 households']);
    expect(textsOf('Meters were fitted in 2,000 homes, with 2019 customers on the waiting list.', 'quantity')).toEqual(['2019 customers']);
  });
});
