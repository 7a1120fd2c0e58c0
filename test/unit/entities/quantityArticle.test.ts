import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

// The article "a" anchors the quantity pattern only for "a hundred" and "a dozen" (quantity.ts
// tries the pattern at an "a" only when " h" or " d" follows): those must still be read, in any case.

describe('quantities opened by the article', () => {
  it('reads "a hundred" and "a dozen" in any case, and nothing at any other "a"', () => {
    expect(textsOf('A dozen charities wrote to a hundred volunteers; a panel of experts replied.', 'quantity')).toEqual([
      'A dozen charities',
      'a hundred volunteers',
    ]);
  });
});
