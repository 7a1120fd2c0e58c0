// How many jobs a body is cutting, however a source words it: "plans to cut about 240 posts",
// "told staff that 420 jobs will go", "will shed 300 roles", "announced 150 job losses" are one
// measure, count:job-cut, so sources that disagree meet. Jobs created, at risk or that "could go",
// and redundancies counted apart, are not cuts. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { SourcedClaim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'University of Harlow Vale': 'org:university-of-harlow-vale', 'Brackwater Foods': 'org:brackwater-foods' };
const HV = 'org:university-of-harlow-vale';
const cuts = (text: string): Array<[string, number, string | undefined]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute === 'count:job-cut')
    .map((c) => [c.subject, c.value.kind === 'number' ? c.value.value : NaN, c.value.kind === 'number' ? c.value.qualifier : undefined]);

describe('jobs a body is cutting', () => {
  it('reads a cutting verb before the figure', () => {
    expect(cuts('The University of Harlow Vale plans to cut about 240 posts before the merger.')).toEqual([[HV, 240, 'around']]);
    expect(cuts('Brackwater Foods will shed 1,200 roles this year.')).toEqual([['org:brackwater-foods', 1200, undefined]]);
    expect(cuts('Brackwater Foods is axing up to 90 jobs.')).toEqual([['org:brackwater-foods', 90, 'up to']]);
  });

  it('reads people cut, laid off or made redundant as jobs cut, not as the workforce', () => {
    // the counts read (a cut to come also affirms exists:job-loss: jobLossesImplied.test.ts)
    const claims = (text: string) => extractClaims(text, tagEntities(text, NAMES)).filter((c) => c.attribute.startsWith('count:')).map((c) => [c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);
    expect(claims('Brackwater Foods plans to cut 200 staff.')).toEqual([['count:job-cut', 200]]);
    expect(claims('Brackwater Foods will make 150 employees redundant.')).toEqual([['count:job-cut', 150]]);
    expect(claims('Brackwater Foods laid off 70 workers.')).toEqual([['count:job-cut-made', 70]]);
    expect(claims('Brackwater Foods employs 900 staff.')).toEqual([['count:staff', 900]]);
    expect(claims('Brackwater Foods made 900 staff happy.')).toEqual([['count:staff', 900]]);
  });

  it('reads jobs that will go or be lost, and job losses', () => {
    expect(cuts('Staff at the University of Harlow Vale were told. It has already told staff that 420 jobs will go.')).toEqual([[HV, 420, undefined]]);
    expect(cuts('Brackwater Foods said 300 posts would be lost.')).toEqual([['org:brackwater-foods', 300, undefined]]);
    expect(cuts('Brackwater Foods announced 150 job losses.')).toEqual([['org:brackwater-foods', 150, undefined]]);
    expect(cuts('The University of Harlow Vale said 300 jobs will go at Brackwater Foods.')).toEqual([['org:brackwater-foods', 300, undefined]]);
  });

  it('reads nothing for jobs created, at risk, that could go, or redundancies', () => {
    expect(cuts('Brackwater Foods will create 200 jobs.')).toEqual([]);
    expect(cuts('Brackwater Foods said 200 jobs are at risk.')).toEqual([]);
    expect(cuts('Brackwater Foods said 200 jobs could go.')).toEqual([]);
    expect(cuts('The University of Harlow Vale made 150 voluntary redundancies last year.')).toEqual([]);
    expect(cuts('Cuts at the University of Harlow Vale worry 300 posts on social media.')).toEqual([]);
  });

  it('keeps cuts already made apart from cuts to come', () => {
    const keyed = (text: string) => extractClaims(text, tagEntities(text, NAMES)).filter((c) => c.attribute.startsWith('count:job-cut')).map((c) => [c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);
    expect(keyed('Brackwater Foods cut 45 jobs in 2019.')).toEqual([['count:job-cut-made', 45]]);
    expect(keyed('Brackwater Foods has cut 60 posts since 2020.')).toEqual([['count:job-cut-made', 60]]);
    expect(keyed('Brackwater Foods axed 30 roles last year.')).toEqual([['count:job-cut-made', 30]]);
    expect(keyed('Brackwater Foods made 25 staff redundant in May.')).toEqual([['count:job-cut-made', 25]]);
    expect(keyed('Brackwater Foods will cut 300 jobs.')).toEqual([['count:job-cut', 300]]);
    expect(keyed('Brackwater Foods will have to shed 90 roles.')).toEqual([['count:job-cut', 90]]);
    expect(keyed('Brackwater Foods is cutting 80 posts.')).toEqual([['count:job-cut', 80]]);
    expect(keyed('Brackwater Foods will make 150 employees redundant.')).toEqual([['count:job-cut', 150]]);
    const sourced = (doc: string, text: string): SourcedClaim[] => extractClaims(text, tagEntities(text, NAMES)).map((claim) => ({ doc, claim }));
    const claims = [...sourced('a.txt', 'Brackwater Foods will cut 300 jobs.'), ...sourced('b.txt', 'Brackwater Foods cut 45 jobs in 2019.')];
    expect(detectConflicts(claims.filter((s) => s.claim.attribute === 'count:job-cut'))).toEqual([]);
  });

  it('reads a cut joined by "and" to a verb that looks ahead as a cut to come', () => {
    const keyed = (text: string) => extractClaims(text, tagEntities(text, NAMES)).filter((c) => c.attribute.startsWith('count:job-cut')).map((c) => [c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);
    expect(keyed('Brackwater Foods will close its Dunmere depot and cut 30 posts.')).toEqual([['count:job-cut', 30]]);
    expect(keyed('Brackwater Foods will reduce its grant by £20,000 and cut 3 posts.')).toEqual([['count:job-cut', 3]]);
    expect(keyed('Brackwater Foods plans to sell the site and shed 40 roles.')).toEqual([['count:job-cut', 40]]);
    expect(keyed('Brackwater Foods closed its Dunmere depot and cut 30 posts.')).toEqual([['count:job-cut-made', 30]]);
    expect(keyed('Brackwater Foods will open a depot, but it cut 30 posts in 2019.')).toEqual([['count:job-cut-made', 30]]);
  });

  it('dates a cut by no year that belongs to the figure it is compared with', () => {
    const names: Names = { ...NAMES, 'Denbury Council': 'org:denbury-council' };
    const timed = (text: string) => extractClaims(text, tagEntities(text, names)).filter((c) => c.attribute.startsWith('count:job-cut')).map((c) => [c.subject, c.time ?? null]);
    expect(timed('Brackwater Foods plans to cut 40 posts, compared with 120 jobs cut by Denbury Council in 2019.')).toEqual([['org:brackwater-foods', null]]);
    expect(timed('Brackwater Foods will cut 40 posts, fewer than in 2019.')).toEqual([['org:brackwater-foods', null]]);
    expect(timed('Brackwater Foods will cut 40 posts in 2026, compared with 70 last year.')).toEqual([['org:brackwater-foods', '2026']]);
  });

  it('reads nothing for a cut denied, ruled out, voted down or only possible', () => {
    expect(cuts('Brackwater Foods will not cut 150 posts, its chief executive said.')).toEqual([]);
    expect(cuts("Brackwater Foods won't shed 150 roles.")).toEqual([]);
    expect(cuts('Brackwater Foods has ruled out plans to cut 150 jobs.')).toEqual([]);
    expect(cuts('The University of Harlow Vale voted against plans to cut 75 posts at Brackwater Foods.')).toEqual([]);
    expect(cuts('Brackwater Foods could cut 200 jobs if the contract is lost.')).toEqual([]);
    expect(cuts('Brackwater Foods may have to shed 90 roles.')).toEqual([]);
    expect(cuts('Brackwater Foods said the closure might mean 150 job losses.')).toEqual([]);
    // what it does cut is still read, however close the hedge of another clause
    expect(cuts('Brackwater Foods, which could not renew its lease, will cut 40 posts.')).toEqual([['org:brackwater-foods', 40, undefined]]);
    expect(cuts('Brackwater Foods has no choice but to cut 40 posts.')).toEqual([['org:brackwater-foods', 40, undefined]]);
  });

  it('gives jobs that will go to no union that only warns of them', () => {
    const names: Names = { ...NAMES, 'National Care Workers Union': 'org:national-care-workers-union', Unite: 'org:unite' };
    const cutsOf = (text: string) => extractClaims(text, tagEntities(text, names)).filter((c) => c.attribute === 'count:job-cut').map((c) => c.subject);
    expect(cutsOf('The National Care Workers Union warned that up to 60 jobs would be lost.')).toEqual([]);
    expect(cutsOf('The Unite union said 300 jobs will go.')).toEqual([]);
    expect(cutsOf('Unite, which represents 400 workers there, fears 150 job losses.')).toEqual([]);
    expect(cutsOf('Unite said 300 jobs will go at Brackwater Foods.')).toEqual(['org:brackwater-foods']);
    // a union cutting its own staff is its own cut
    expect(cutsOf('The National Care Workers Union will cut 12 posts.')).toEqual(['org:national-care-workers-union']);
  });

  it('takes no body that only qualifies the noun doing the cutting', () => {
    expect(cuts('A Brackwater Foods-backed venture that runs two depots is to cut 120 posts.')).toEqual([]);
  });

  it('flags two sources whose cuts do not meet, and not a figure within "about"', () => {
    const sourced = (doc: string, text: string): SourcedClaim[] => extractClaims(text, tagEntities(text, NAMES)).map((claim) => ({ doc, claim }));
    const a = sourced('a.txt', 'The University of Harlow Vale plans to cut about 240 posts before the merger.');
    const b = sourced('b.txt', 'Staff at the University of Harlow Vale were told. It has already told staff that 420 jobs will go.');
    const c = sourced('c.txt', 'The University of Harlow Vale said 250 jobs would go.');
    const conflicts = (claims: SourcedClaim[]) => detectConflicts(claims.filter((s) => s.claim.attribute === 'count:job-cut')).map((x) => [x.kind, x.claims.map((s) => s.doc)]);
    expect(conflicts([...a, ...b])).toEqual([['numeric', ['a.txt', 'b.txt']]]);
    expect(conflicts([...a, ...c])).toEqual([]);
  });
});
