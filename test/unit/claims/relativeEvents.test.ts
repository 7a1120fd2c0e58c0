// A relative clause right after a name tells of that name, even when the name is a preposition's
// object: "care from X, which entered administration on 1 March" dates X's collapse. A name after
// a preposition with no such clause ("the parent of X went into administration") is still not the
// one that collapsed. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { SourcedClaim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Hollin Care Ltd': 'org:hollin-care', 'Hollin Care': 'org:hollin-care' };
const dates = (text: string): Array<[string, string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('date:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

describe('a collapse told in a relative clause after a preposition', () => {
  it('dates the body the clause follows', () => {
    expect(dates('Everyone receiving care from Hollin Care Ltd, which entered administration on 1 March 2019, has a new carer.')).toEqual([['org:hollin-care', 'date:administration', '2019-03-01']]);
    expect(dates('Clients of Hollin Care Ltd (HCL), which went into administration on 8 March 2019, were moved.')).toEqual([['org:hollin-care', 'date:administration', '2019-03-08']]);
    expect(dates('Hollin Care went into administration on Friday 8 March 2019.')).toEqual([['org:hollin-care', 'date:administration', '2019-03-08']]);
  });

  it('dates nothing when the name is only a preposition\'s object', () => {
    expect(dates('The parent of Hollin Care Ltd went into administration on 3 May 2019.')).toEqual([]);
    expect(dates('Staff at Hollin Care Ltd went into administration on 3 May 2019.')).toEqual([]);
  });

  it('reads administrators appointed or called in as the start of the administration, of the body they were appointed to', () => {
    const NAMED: Names = { ...NAMES, 'Harlow Bank': 'org:harlow-bank' };
    const of = (text: string) => extractClaims(text, tagEntities(text, NAMED)).map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);
    expect(of('Hollin Care Ltd appointed administrators on 8 March 2019.')).toEqual([['org:hollin-care', 'date:administration', '2019-03-08']]);
    expect(of('Hollin Care Ltd called in administrators on 8 March 2019.')).toEqual([['org:hollin-care', 'date:administration', '2019-03-08']]);
    expect(of('Harlow Bank appointed administrators to Hollin Care Ltd on 8 March 2019.')).toEqual([['org:hollin-care', 'date:administration', '2019-03-08']]);
    expect(of('Harlow Bank appointed administrators to a care home on 8 March 2019.')).toEqual([]);
    // administrators for a part of the body date no collapse of the body
    expect(of('Hollin Care Ltd appointed administrators for its subsidiary on 8 March 2019.')).toEqual([]);
    expect(of('Harlow Bank appointed administrators to its own property arm in 2021.')).toEqual([]);
  });

  it('flags two sources that date one collapse differently', () => {
    const sourced = (doc: string, text: string): SourcedClaim[] => extractClaims(text, tagEntities(text, NAMES)).map((claim) => ({ doc, claim }));
    const conflicts = detectConflicts([
      ...sourced('a.txt', 'Everyone receiving care from Hollin Care Ltd, which entered administration on 1 March 2019, has a new carer.'),
      ...sourced('b.txt', 'Hollin Care went into administration on Friday 8 March 2019.'),
    ]);
    expect(conflicts.map((c) => [c.kind, c.attribute])).toEqual([['date', 'date:administration']]);
  });
});
