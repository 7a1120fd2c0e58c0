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

describe('the document date in a page’s masthead, before its first line of prose', () => {
  const mastheadDate = (text: string) => analyse(text).mastheadDate;
  const body = '\n\nThe trust said on 2 June 2031 that the ward would reopen next year, after a long review of the site.\n';

  it('reads a date line under the byline, with or without a time or reading time', () => {
    expect(mastheadDate(`Fenbury Echo\nWard to reopen\nBy Mara Quist, health reporter\nThursday 12 June 2031 | 5 min read${body}`)).toBe('2031-06-12');
    expect(mastheadDate(`Fenbury Echo\nWard to reopen\nBy Mara Quist\nSaturday 14 June 2031, 07:00${body}`)).toBe('2031-06-14');
  });

  it('reads a byline without "By", with bars or dots between its fields', () => {
    expect(mastheadDate(`Harlow Trust\nBlog\nWhy wards close\nTomas Reyes | 20 June 2031 | 6 min read${body}`)).toBe('2031-06-20');
    expect(mastheadDate(`Harlow Trust\nBlog\nWhy wards close\nDr Ines Dorr · 21 July 2031 · 6 min read${body}`)).toBe('2031-07-21');
  });

  it('reads a sitting’s heading, a letter’s date line and an issue’s month', () => {
    expect(mastheadDate(`Northern Assembly\nOfficial Report\nThursday 27 March 2031\n\nBusiness until 18:02${body}`)).toBe('2031-03-27');
    expect(mastheadDate(`Fenbury Savers\n\nWednesday 4 March 2031\n\nDear member,${body}`)).toBe('2031-03-04');
    expect(mastheadDate(`Teachers’ Branch\nBULLETIN | Issue 9 | March 2031\n${body}`)).toBe('2031-03');
  });

  it('takes "Minutes of the meeting held on" heading its line as a cue, like "Published"', () => {
    expect(analyse(`Fenbury Parish Council\n\nMinutes of the meeting held on Monday 3 March 2031 at 7pm in the village hall${body}`).documentDate).toBe('2031-03-03');
  });

  it('passes over a date that only opens a field of the masthead’s words, or that comes after the prose starts', () => {
    expect(mastheadDate(`Share offer\nOffer opens: Thursday 1 May 2031${body}`)).toBeUndefined();
    expect(mastheadDate(`Fenbury Echo\nSaving since 1998 | www.example.org${body}`)).toBeUndefined();
    expect(mastheadDate(`Fenbury Echo${body}\n4 May 2031\n`)).toBeUndefined();
    expect(mastheadDate(`Fenbury Echo\nDates for your diary\n4 May 2031: open day at the ward${body}`)).toBeUndefined();
  });

  it('gives way to a cued date, and does not by itself time the claims (as on a page with no date)', () => {
    const cued = analyse(`Fenbury Echo\nBy Mara Quist\nThursday 12 June 2031\nPublished: 13 June 2031${body}`);
    expect(cued.documentDate).toBe('2031-06-13');
    expect(cued.mastheadDate).toBeUndefined();
    const page = analyse(`Fenbury Echo\nWhy wards close\nMara Quist | 12 June 2031 | 6 min read\n\nFenbury Hospital Trust employs about 3,000 staff, its annual report says.\n`);
    expect(page.documentDate).toBeUndefined();
    expect(page.mastheadDate).toBe('2031-06-12');
    expect(page.claims.every((claim) => claim.time === undefined)).toBe(true);
  });
});
