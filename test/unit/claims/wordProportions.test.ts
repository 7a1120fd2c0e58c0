// A share told in words ("nearly two in every five shifts", "one in four of the staff", "three
// out of ten households") is read as the percentage it stands for and meets a share given in
// figures; the verb that only links the measure ("were", "went", "remain") and a time after it
// ("in December") are not part of what is measured. Every population here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { wordProportions } from '../../../server/src/engine/claims/extractors/wordProportions';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities } from './tagEntities';

const shares = (text: string) =>
  extractClaims(text, tagEntities(text))
    .filter((c) => c.attribute.startsWith('share:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN, c.value.kind === 'number' ? c.value.qualifier : undefined]);

describe('a proportion in words', () => {
  it('reads the numerator, the denominator and the hedge before them', () => {
    const read = (t: string) => wordProportions(t, 0, t.length).map((p) => [t.slice(p.start, p.end), p.value, p.qualifier]);
    expect(read('nearly two in every five night shifts')).toEqual([['nearly two in every five', 40, 'around']]);
    expect(read('One in four of the wardens left.')).toEqual([['One in four', 25, undefined]]);
    expect(read('more than three out of ten tenants')).toEqual([['more than three out of ten', 30, 'over']]);
    expect(read('1 in every 5 claims')).toEqual([['1 in every 5', 20, undefined]]);
  });

  it('reads no proportion where the words are not one', () => {
    const read = (t: string) => wordProportions(t, 0, t.length);
    expect(read('the one in charge of two in the morning shifts')).toEqual([]);
    expect(read('He visited 2 in 3 weeks.')).toEqual([]);
    expect(read('five in two days')).toEqual([]);
  });

  it('is a share of the population after it, measured without its linking verb or time', () => {
    expect(shares('Nearly two in every five night shifts went unfilled in December.')).toEqual([['topic:night shift', 'share:unfilled', 40, 'around']]);
    expect(shares('In December 2024, 22% of night shifts were unfilled.')).toEqual([['topic:night shift', 'share:unfilled', 22, undefined]]);
    expect(shares('One in four of the wardens have left the service.')).toEqual([['topic:warden', 'share:have left the service', 25, undefined]]);
  });

  it('meets a share in figures of the same population and measure', () => {
    const source = (doc: string, text: string) => ({ doc, claims: extractClaims(text, tagEntities(text)) });
    const figures = source('a.txt', 'In December 2024, 22% of night shifts were unfilled.');
    expect(conflictsAmongSources([figures, source('b.txt', 'Papers show that nearly two in every five night shifts went unfilled in December 2024.')]).map((c) => c.attribute)).toEqual(['share:unfilled']);
    expect(conflictsAmongSources([figures, source('b.txt', 'Papers show that about one in five night shifts went unfilled in December 2024.')])).toEqual([]);
    // another population is another statistic
    expect(conflictsAmongSources([figures, source('b.txt', 'Nearly two in every five day shifts went unfilled in December 2024.')])).toEqual([]);
  });
});
