// The day a spun-out body began to run on its own: leaving its parent's control, being spun out,
// and being launched itself are one event (date:started), so sources that date it differently
// disagree. Launching something else stays a launch of that thing. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, SourcedClaim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Pennick Leisure': 'org:pennick-leisure',
  'Sollingham Borough Council': 'org:sollingham-borough-council',
  'Pennick Trading': 'org:pennick-trading',
};
const dates = (text: string): Array<[string, string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c: Claim) => c.attribute.startsWith('date:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

describe('the date a body started on its own', () => {
  it('reads leaving council control, being spun out and being launched itself as one event', () => {
    expect(dates('Pennick Leisure, which left council control in October 2013, runs six pools.')).toEqual([['org:pennick-leisure', 'date:started', '2013-10']]);
    expect(dates('Pennick Leisure was spun out of Sollingham Borough Council in May 2012.')).toEqual([['org:pennick-leisure', 'date:started', '2012-05']]);
    expect(dates('Pennick Leisure has run the pools since it was launched on 1 April 2014.')).toEqual([['org:pennick-leisure', 'date:started', '2014-04-01']]);
    expect(dates('Pennick Leisure was launched on 1 April 2014 with 90 staff.')).toEqual([['org:pennick-leisure', 'date:started', '2014-04-01']]);
  });

  it('keeps a launch of something else apart: "X launched a lottery in 2015"', () => {
    expect(dates('Pennick Leisure launched a swimming lottery in June 2015.')).toEqual([['org:pennick-leisure', 'date:launched:swimming lottery', '2015-06']]);
  });

  it('flags two sources that date the start differently', () => {
    const sourced = (doc: string, text: string): SourcedClaim[] =>
      extractClaims(text, tagEntities(text, NAMES))
        .filter((c) => c.attribute === 'date:started')
        .map((claim) => ({ doc, claim }));
    const conflicts = detectConflicts([
      ...sourced('a.txt', 'Pennick Leisure, which left council control in October 2013, runs six pools.'),
      ...sourced('b.txt', 'Pennick Leisure was launched on 1 April 2014 with 90 staff.'),
    ]);
    expect(conflicts.map((c) => [c.kind, c.attribute])).toEqual([['date', 'date:started']]);
  });
});

describe('founding and closing dates belong to what was founded or closed', () => {
  it('dates the body set up, not the one that set it up', () => {
    expect(dates('Sollingham Borough Council set up Pennick Trading in 2012.')).toEqual([['org:pennick-trading', 'date:founded', '2012']]);
  });

  it('dates nothing when what was set up or closed is not named', () => {
    expect(dates('Sollingham Borough Council set up a company in 2012.')).toEqual([]);
    expect(dates('Pennick Leisure closed its Leeds office in 2015.')).toEqual([]);
  });

  it('does not date a closing by the year of an aside that ends just before its verb', () => {
    expect(dates('Pennick Leisure, a trust founded as a club in 1970, will be dissolved and its staff transferred.')).toEqual([['org:pennick-leisure', 'date:founded', '1970']]);
    expect(dates('In 2015, Pennick Leisure closed.')).toEqual([['org:pennick-leisure', 'date:dissolved', '2015']]);
  });

  it('dates the subject of a verb with no object', () => {
    expect(dates('Pennick Leisure was set up in 2012.')).toEqual([['org:pennick-leisure', 'date:founded', '2012']]);
    expect(dates('Pennick Leisure closed in 2015.')).toEqual([['org:pennick-leisure', 'date:dissolved', '2015']]);
    expect(dates('Pennick Leisure was formed by a merger in 2001.')).toEqual([['org:pennick-leisure', 'date:founded', '2001']]);
    expect(dates('Founded in 1994, Pennick Leisure runs pools.')).toEqual([['org:pennick-leisure', 'date:founded', '1994']]);
  });
});
