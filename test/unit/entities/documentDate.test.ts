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

  it('prefers a cue heading its line to a later date a sentence says will be published', () => {
    const text = 'Ministers act on rents\nPublished: 9 June 2015\n\nNotes to editors\n1. Figures for each region will be published on 30 June 2015.';
    expect(analyse(text).documentDate).toBe('2015-06-09');
  });

  it('reads the date in a byline, before or after the writer’s name', () => {
    expect(analyse('Care homes under strain\nBy Tom Ellery | 12 August 2013\n\nThe sector said on 1 September 2013 that it would act.').documentDate).toBe('2013-08-12');
    expect(analyse('Blog\n\n4 February 2016 | Dr Ana Weiss, Fellow\n\nText.').documentDate).toBe('2016-02-04');
  });
});
