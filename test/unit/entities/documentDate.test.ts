import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

describe('the document date', () => {
  it('is the latest date given with a publication or comment cue', () => {
    const text = 'Comment date\n29 October 2010\nText.\nComment date\n17 November 2010\nMore.';
    expect(analyse(text).documentDate).toBe('2010-11-17');
  });

  it('reads "Published" and "Posted on" in front of the date', () => {
    expect(analyse('News.\nPublished 17 November 2010').documentDate).toBe('2010-11-17');
    expect(analyse('Posted on 3 May 2011 by admin').documentDate).toBe('2011-05-03');
  });

  it('ignores dates the text merely talks about', () => {
    expect(analyse('This was published under the 2010 to 2015 government. In 2008 it crashed.').documentDate).toBeUndefined();
  });
});
