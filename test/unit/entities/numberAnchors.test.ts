import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recogniseDates } from '../../../server/src/engine/entities/date';
import { recogniseMoney } from '../../../server/src/engine/entities/money';
import { recogniseQuantities } from '../../../server/src/engine/entities/quantity';
import { tokenize } from '../../../server/src/engine/text/tokens';

// With the tokens, the date, quantity and money patterns are tried only where a digit, a month
// name, a number word or a currency sign begins; what they find must be what a scan of every
// position finds.

const PIECES = [
  '2010', '17', '3rd', '2012/13', '2003-2015', '2010-11-17', '17/11/2010', '1,500', '2.9', '770', '10000',
  'January', 'Jan.', 'May', 'Sept', 'March', 'Dec', 'December', 'Mayor', 'Octopus', 'of', 'the',
  'one', 'Twenty', 'twenty-five', 'three hundred and twenty', 'A', 'a', 'hundred', 'dozen', 'Dozen', 'HUNDRED', 'dozens', 'tenants', 'Four', 'million', 'thousand',
  'staff', 'people', 'organisations', 'Radio', 'per', 'in',
  '£', '$', '€', 'US$', 'A$', 'c$', 'us', 'm', 'bn', 'k', 'p', '50p', 'pounds', 'pence', 'euros',
  '_', 'x', 'é', '’', "'", '-', '–', '/', '.', ',', '£', '%', ' ', ' ', ' ', '\u00a0', '\n',
];

function sameDates(text: string): void {
  expect(recogniseDates(text, tokenize(text))).toEqual(recogniseDates(text));
}

function sameQuantities(text: string): void {
  expect(recogniseQuantities(text, tokenize(text))).toEqual(recogniseQuantities(text));
}

function sameMoney(text: string): void {
  expect(recogniseMoney(text, tokenize(text))).toEqual(recogniseMoney(text));
}

describe('dates, quantities and sums of money found from their anchors in the tokens', () => {
  it('are those a scan of every position finds, on text built from awkward pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        sameDates(text);
        sameQuantities(text);
        sameMoney(text);
      }),
      { numRuns: 4000 },
    );
  });

  it('are those a scan of every position finds in every seed document', () => {
    const seeds = join(__dirname, '..', '..', '..', 'seeds');
    const files = readdirSync(seeds).filter((name) => name.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = readFileSync(join(seeds, name), 'utf8');
      sameDates(text);
      sameQuantities(text);
      sameMoney(text);
    }
  });

  it('find every month, in full or abbreviated, before a year', () => {
    const months = ['Jan 2010', 'February 2011', 'Mar. 2012', 'April 2013', 'May 2014', 'Jun 2015', 'July 2016', 'Aug 2017', 'Sept 2018', 'Oct 2019', 'Nov 2020', 'December 2021'];
    const text = months.join(', ');
    expect(recogniseDates(text, tokenize(text)).map((e) => e.text)).toEqual(months);
  });

  it('find sums behind every currency sign, including the two-letter dollar prefixes', () => {
    const text = 'They paid US$5m, A$3bn, C$12 and $4k; £1.5 billion, €20k, 50p and 10 million pounds.';
    expect(recogniseMoney(text, tokenize(text)).map((e) => e.text)).toEqual(['US$5m', 'A$3bn', 'C$12', '$4k', '£1.5 billion', '€20k', '50p', '10 million pounds']);
  });

  it('find numbers glued behind joiners and split year ranges into both years', () => {
    const text = 'In 2003-2015, é2010 and x-a hundred staff, twenty-five organisations; since 17 November 2010, 1,500 people.';
    const tokens = tokenize(text);
    expect(recogniseDates(text, tokens).map((e) => e.text)).toEqual(['2003', '2015', '17 November 2010']);
    expect(recogniseQuantities(text, tokens).map((e) => e.text)).toEqual(recogniseQuantities(text).map((e) => e.text));
    expect(recogniseQuantities(text, tokens).map((e) => e.text)).toContain('1,500 people');
  });
});
