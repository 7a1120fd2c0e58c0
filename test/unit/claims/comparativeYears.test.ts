import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Glenholm Care Ltd': 'org:glenholm-care' };

const timesOf = (text: string): Array<[string, number, string | undefined]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('money:') && c.value.kind === 'number')
    .map((c) => [c.attribute, c.value.kind === 'number' ? c.value.value : NaN, c.time]);

describe('the period of a figure beside a bracketed comparative', () => {
  it('does not date a figure by the period that labels the comparative in its brackets', () => {
    const [loss] = timesOf('Glenholm Care Ltd recorded an operating loss of £7m (2013/14: £3m).');
    expect(loss?.[0]).toBe('money:loss');
    expect(loss?.[2]).not.toBe('2013/2014');
  });

  it('still dates a figure by a period written beside it', () => {
    const [loss] = timesOf('In 2014/15 Glenholm Care Ltd recorded an operating loss of £7m.');
    expect(loss?.[2]).toBe('2014/2015');
  });
});
