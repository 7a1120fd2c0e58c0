// Verbs of failing name one event, however a text words it: a body that "ceased trading",
// "went under", "went bust", "collapsed" or "folded" on a day stopped trading that day, so two
// sources that give different days for it disagree. A day and month with no year take the year
// of the page's header date ("Volume 12: debated on Tuesday 5 November 2024", "Friday 21 March
// 2025, 6:15pm", "Thursday 24 October 2024 · 5 min read"). Every name here is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { datelines } from '../../../server/src/engine/claims/time';
import type { Entity, SourcedClaim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Quillon Gas Ltd': 'org:quillon-gas', 'Quillon Gas': 'org:quillon-gas' };
const dates = (text: string): Array<[string, string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('date:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

describe('the day a body failed', () => {
  it('is one event whatever verb of failing tells it', () => {
    expect(dates('Quillon Gas Ltd, which ceased trading on 16 October 2024, had 9,000 customers.')).toEqual([['org:quillon-gas', 'date:dissolved', '2024-10-16']]);
    expect(dates('Quillon Gas went under on 9 October 2024.')).toEqual([['org:quillon-gas', 'date:dissolved', '2024-10-09']]);
    expect(dates('Since Quillon Gas went bust on 9 October 2024, customers have waited.')).toEqual([['org:quillon-gas', 'date:dissolved', '2024-10-09']]);
    expect(dates('Quillon Gas collapsed in October 2024.')).toEqual([['org:quillon-gas', 'date:dissolved', '2024-10']]);
    expect(dates('Quillon Gas Ltd folded on 9 October 2024.')).toEqual([['org:quillon-gas', 'date:dissolved', '2024-10-09']]);
  });

  it('takes the year of the page’s header date when a speaker gives only the day and month', () => {
    const hansard = 'Hansard\n\nVolume 12: debated on Tuesday 5 November 2024\n\nMany have worried since Quillon Gas went under on 9 October.';
    expect(dates(hansard)).toEqual([['org:quillon-gas', 'date:dissolved', '2024-10-09']]);
    const news = 'Local Post\nFriday 1 November 2024, 6:15pm   Share: X\n\nQuillon Gas collapsed on 9 October, leaving debts.';
    expect(dates(news)).toEqual([['org:quillon-gas', 'date:dissolved', '2024-10-09']]);
  });

  it('reads no failure that has not happened, nor one of something that is not a body', () => {
    expect(dates('Quillon Gas could go under by 9 October 2024.')).toEqual([]);
    expect(dates('Talks with Quillon Gas collapsed in October 2024.')).toEqual([]);
    // no year anywhere: a day and month alone dates nothing
    expect(dates('Quillon Gas went under on 9 October.')).toEqual([]);
  });

  it('flags two sources that give different days for one failure', () => {
    const sourced = (doc: string, text: string): SourcedClaim[] => extractClaims(text, tagEntities(text, NAMES)).map((claim) => ({ doc, claim }));
    const conflicts = detectConflicts([
      ...sourced('a.txt', 'Ofgem appointed a new supplier for Quillon Gas Ltd, which ceased trading on 16 October 2024.'),
      ...sourced('b.txt', 'Volume 12: debated on Tuesday 5 November 2024\n\nSince Quillon Gas went under on 9 October, customers have waited.'),
    ]);
    expect(conflicts.map((c) => [c.kind, c.attribute])).toEqual([['date', 'date:dissolved']]);
  });
});

describe('a page header’s date line', () => {
  const date = (text: string, phrase: string, iso: string): Entity => {
    const start = text.indexOf(phrase);
    return { type: 'date', text: phrase, start, end: start + phrase.length, value: { kind: 'date', iso, precision: 'day' } };
  };
  const lines = (text: string, phrase: string): string[] => datelines(text, [date(text, phrase, '2024-11-05')]).map((d) => d.text);

  it('dates what follows when the line holds only header fields beside the date', () => {
    expect(lines('Volume 12: debated on Tuesday 5 November 2024\n\nText.', '5 November 2024')).toEqual(['5 November 2024']);
    expect(lines('Thursday 5 November 2024 · 5 min read\n\nText.', '5 November 2024')).toEqual(['5 November 2024']);
    expect(lines('By A Writer\n5 November 2024, 6:15pm   Share: X\n\nText.', '5 November 2024')).toEqual(['5 November 2024']);
    expect(lines('tina\n5 November 2024 19:02\nA comment.', '5 November 2024')).toEqual(['5 November 2024']);
  });

  it('leaves a date inside a sentence of prose alone, even one wrapped at a line break', () => {
    expect(lines('The board met on 5 November 2024, and agreed\nthe plan.', '5 November 2024')).toEqual([]);
    expect(lines('On 5 November 2024, the council agreed to\nsell the site.', '5 November 2024')).toEqual([]);
    expect(lines('It said it was signed on 5 November 2024 at the depot.', '5 November 2024')).toEqual([]);
  });
});
