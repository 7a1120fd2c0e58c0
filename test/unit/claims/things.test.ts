import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { findThings } from '../../../server/src/engine/claims/things';
import { findWords } from '../../../server/src/engine/claims/wordScan';
import type { Claim, SourcedClaim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Kestrel Community Trust': 'org:kestrel-community-trust', 'Millbrook Homes': 'org:millbrook-homes' };
const noNames = (): boolean => false;
const keys = (text: string): string[] => findThings(text, noNames).map((t) => `${t.canonical} «${t.text}»`);
const claimsOf = (text: string, documentDate?: string): Claim[] => extractClaims(text, tagEntities(text, NAMES), documentDate);
const dates = (claims: Claim[]): Array<[string, string, string]> =>
  claims.filter((c) => c.value.kind === 'date').map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

describe('named things', () => {
  it('finds a capitalised name ending in a head noun, or followed by one, and keys it by its words', () => {
    expect(keys('They joined the Warm Streets Pilot last year.')).toEqual(['thing:warm-streets-pilot «Warm Streets Pilot»']);
    expect(keys('We met at the Northern Care 2016 expo in Leeds.')).toEqual(['thing:northern-care-2016-expo «Northern Care 2016 expo»']);
    expect(keys('a John Lewis-style ‘Right to Repair’ scheme')).toEqual(['thing:right-to-repair-scheme «‘Right to Repair’ scheme»']);
  });

  it('leaves out determiners, figures and possessives before the name', () => {
    expect(keys('the £3bn Better Roads Fund')).toEqual(['thing:better-roads-fund «Better Roads Fund»']);
    expect(keys('the Government’s Pathfinder programme')).toEqual(['thing:pathfinder-programme «Pathfinder programme»']);
    expect(keys('The fund is worth £3bn. A new programme starts.')).toEqual([]);
  });

  it('makes no thing where a recognised organisation or person stands', () => {
    expect(findThings('The Big Lottery Fund gave £5m.', (s, e) => s < 20 && e > 4)).toEqual([]);
  });
});

describe('dates of named things', () => {
  it('dates a thing by "which we launched in", ", launched in" and "launched the X in", whoever launched it', () => {
    const annual = 'Kestrel Community Trust annual report\n\nOur proudest moment was the Warm Streets Pilot, which we launched in April 2014.';
    expect(dates(claimsOf(annual))).toEqual([['thing:warm-streets-pilot', 'date:launched', '2014-04']]);
    expect(dates(claimsOf('The council praised its Warm Streets Pilot, launched in January 2014 with the NHS.'))).toEqual([
      ['thing:warm-streets-pilot', 'date:launched', '2014-01'],
    ]);
    expect(dates(claimsOf('Millbrook Homes launched the Warm Streets Pilot in June 2014.'))).toEqual([['thing:warm-streets-pilot', 'date:launched', '2014-06']]);
  });

  it('dates a launch still to come, and a thing that is the subject of its own verb', () => {
    expect(dates(claimsOf('Millbrook Homes backed the Warm Streets Pilot, which launches in May 2015.'))).toEqual([
      ['thing:warm-streets-pilot', 'date:launched', '2015-05'],
    ]);
    expect(dates(claimsOf('Since the Warm Streets Pilot launched in March 2013, bills have fallen.'))).toEqual([
      ['thing:warm-streets-pilot', 'date:launched', '2013-03'],
    ]);
    expect(dates(claimsOf('The Warm Streets Pilot launched a new website for tenants.'))).toEqual([]);
  });

  it('dates an event where it is held, taking the year of the document for a day and month', () => {
    const text = 'Providers will meet at the Northern Care 2016 expo in Leeds on 3 October.';
    expect(dates(claimsOf(text, '2016-06-14'))).toEqual([['thing:northern-care-2016-expo', 'date:held', '2016-10-03']]);
    expect(dates(claimsOf(text))).toEqual([['thing:northern-care-2016-expo', 'date:held', '--10-03']]);
  });

  it('flags one event given two days, and one pilot given two launch months', () => {
    const sourced = (doc: string, text: string, date?: string): SourcedClaim[] => claimsOf(text, date).map((claim) => ({ doc, claim }));
    const held = [
      ...sourced('a.txt', 'The Northern Care 2016 expo in Leeds on 3 October will be busy.', '2016-06-14'),
      ...sourced('b.txt', 'See you at the Northern Care 2016 expo on 10 October.', '2016-07-01'),
    ];
    expect(detectConflicts(held).map((c) => c.kind)).toEqual(['date']);
    const launched = [
      ...sourced('a.txt', 'the Warm Streets Pilot, launched in April 2014'),
      ...sourced('b.txt', 'the Warm Streets Pilot, which the council launched in April 2014'),
    ];
    expect(detectConflicts(launched)).toEqual([]);
  });
});

describe('finding listed words in a long text', () => {
  const WORDS = ['it', 'fund', 'social enterprise', 'enterprise'];

  it('finds whole words in any case, never inside other words or hyphenated compounds', () => {
    const hits = findWords('With it, the Fund and a fund-raiser; IT staff.', WORDS).map((h) => [h.word, h.start]);
    expect(hits).toEqual([
      ['it', 5],
      ['fund', 13],
      ['it', 37],
    ]);
  });

  it('reports the longest listed phrase ending at a word, across a no-break space', () => {
    const hits = findWords('A social\u00a0enterprise and an enterprise.', WORDS).map((h) => [h.word, h.start, h.end]);
    expect(hits).toEqual([
      ['social enterprise', 2, 19],
      ['enterprise', 27, 37],
    ]);
  });
});
