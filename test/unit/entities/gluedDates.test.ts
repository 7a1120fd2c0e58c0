import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

// Day, abbreviated month and year glued by hyphens: the stamps of forums and the dates of
// spreadsheet exports ("13-Apr-26", "05-SEP-2025").
function dates(text: string) {
  return entitiesOf(text, 'date').map((e) => [e.text, e.value?.kind === 'date' ? e.value.iso : undefined]);
}

describe('dates glued by hyphens', () => {
  it('reads a forum stamp with its weekday as one day', () => {
    expect(dates('WillowBank · Mon 13-Apr-26 21:14:02\nFirst post.')).toEqual([['Mon 13-Apr-26', '2026-04-13']]);
  });

  it('reads a four-digit year and a month in capitals', () => {
    expect(dates('Invoice raised 05-SEP-2025, paid 1-Oct-2025.')).toEqual([
      ['05-SEP-2025', '2025-09-05'],
      ['1-Oct-2025', '2025-10-01'],
    ]);
  });

  it('puts a two-digit year in this century below 70 and in the last one from 70', () => {
    expect(dates('opened 2-Jan-69; closed 30-Dec-70')).toEqual([
      ['2-Jan-69', '2069-01-02'],
      ['30-Dec-70', '1970-12-30'],
    ]);
  });

  it('leaves codes that only begin like a date', () => {
    expect(dates('part 12-Mar-99x and batch 13-Apr-26-01 and day 32-Jan-26')).toEqual([]);
  });
});
