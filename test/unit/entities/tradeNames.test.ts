// A business named by a place and its trade ("Fenby Learning", "Marton Training") is not a person:
// a trade's word is never a surname. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('names that end in a trade', () => {
  it('does not read a place and a trade after "by" as a person', () => {
    const text = 'The Prison Education Service is delivered by Quenmoor Learning. Courses are run by Yarrow Training.';
    expect(textsOf(text, 'person')).toEqual([]);
  });

  it('still reads a surname that happens to end in -ing as a person', () => {
    expect(textsOf('The courses are run by Alice Fielding, the head of skills.', 'person')).toEqual(['Alice Fielding']);
  });
});
