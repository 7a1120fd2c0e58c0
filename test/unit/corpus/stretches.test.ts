import { describe, expect, it } from 'vitest';
import { replaceStretch, stretchAt } from '../../../server/src/engine/corpus/stretches';

describe('an index list after a keystroke', () => {
  const [a, b, c, d, e] = [{ n: 'a' }, { n: 'b' }, { n: 'c' }, { n: 'd' }, { n: 'e' }];

  it('finds the items that left where they stand together', () => {
    expect(stretchAt([a, b, c, d], [b, c])).toBe(1);
    expect(stretchAt([a, b, c, d], [d])).toBe(3);
  });

  it('does not find them when they are not one stretch, run past the end, are absent or are none', () => {
    expect(stretchAt([a, b, c, d], [b, d])).toBe(-1);
    expect(stretchAt([a, b, c], [c, d])).toBe(-1);
    expect(stretchAt([a, b], [e])).toBe(-1);
    expect(stretchAt([a, b], [])).toBe(-1);
  });

  it('puts the items that came in their place, in the list itself, whatever their number', () => {
    const same = [a, b, c];
    replaceStretch(same, 1, 1, [e]);
    expect(same).toEqual([a, e, c]);
    const more = [a, b, c];
    replaceStretch(more, 1, 1, [d, e]);
    expect(more).toEqual([a, d, e, c]);
    const fewer = [a, b, c, d];
    replaceStretch(fewer, 1, 2, []);
    expect(fewer).toEqual([a, d]);
  });
});
