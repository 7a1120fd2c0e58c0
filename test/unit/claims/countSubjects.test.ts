// Whose count a figure is: not the speaker's when it stands in what the speaker reported, not the
// organisation a charter or scheme is named after when it stands in a relative clause about that
// document, and no one's when it is a part ("60 of her members"). Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Entity } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Halvern Care Union': 'org:halvern-care-union',
  'Corrington District Council': 'org:corrington-district-council',
  'Tilsbury Advice Network': 'org:tilsbury-advice-network',
};

const counts = (text: string, extra: Entity[] = []): Array<[string, string, number]> =>
  extractClaims(text, [...tagEntities(text, NAMES), ...extra])
    .filter((c: Claim) => c.attribute.startsWith('count:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : Number.NaN]);

/** A quantity as the recognisers tag a partitive: the figure, "of", a determiner and the noun. */
function partitive(text: string, phrase: string, value: number, noun: string): Entity {
  const start = text.indexOf(phrase);
  return { type: 'quantity', start, end: start + phrase.length, text: phrase, value: { kind: 'quantity', value, noun } };
}

describe('the subject of a count', () => {
  it('does not give the speaker a figure from the clause it reports', () => {
    expect(counts('Halvern Care Union said more than 400 families had written to the district.')).toEqual([]);
    expect(counts('Tilsbury Advice Network estimated that around 9000 people were eligible.')).toEqual([]);
  });

  it('still gives a figure to an organisation named after the reporting verb', () => {
    expect(counts('The report said Tilsbury Advice Network employs 85 staff.')).toEqual([['org:tilsbury-advice-network', 'count:staff', 85]]);
  });

  it('gives a figure in a relative clause about a document named after an organisation to no one', () => {
    const text = 'Corrington District Council refused to sign the Halvern Care Union Fair Wage Pledge, which more than 30 organisations have signed.';
    expect(counts(text)).toEqual([]);
  });

  it('gives a figure in a relative clause to the organisation the clause is about', () => {
    const text = 'The district works with Halvern Care Union, which has 4000 members in the county.';
    expect(counts(text).map(([subject, , value]) => [subject, value])).toEqual([['org:halvern-care-union', 4000]]);
  });

  it('gives a figure after "from" to no one: it is where something came from, or an old value', () => {
    expect(counts('Tilsbury Advice Network took evidence from 57 organisations.')).toEqual([]);
    expect(counts('Tilsbury Advice Network grew from about 40 staff last year.')).toEqual([]);
    expect(counts('Tilsbury Advice Network has 85 staff.')).toEqual([['org:tilsbury-advice-network', 'count:staff', 85]]);
  });

  it('counts "advice staff members" and "advice staff" as one measure, apart from all staff', () => {
    const members = 'Tilsbury Advice Network has 40 advice staff members.';
    const staff = 'Tilsbury Advice Network has 40 advice staff.';
    expect(counts(members, [partitive(members, '40 advice staff members', 40, 'advice staff members')])).toEqual([['org:tilsbury-advice-network', 'count:advice staff', 40]]);
    expect(counts(staff, [partitive(staff, '40 advice staff', 40, 'advice staff')])).toEqual([['org:tilsbury-advice-network', 'count:advice staff', 40]]);
  });

  it('does not give the subject the size of a body it sits on or joins', () => {
    const seat = 'Tilsbury Advice Network has one seat on a board of 12 members.';
    expect(counts(seat)).toEqual([]);
    expect(counts('Tilsbury Advice Network joined a consortium of 20 organisations.')).toEqual([]);
    const own = 'Tilsbury Advice Network has a board of 12 members.';
    expect(counts(own)).toEqual([['org:tilsbury-advice-network', 'count:member', 12]]);
  });

  it('reads "60 of her members" as a part of a whole, counted for no one', () => {
    const text = 'At Tilsbury Advice Network, the organiser found 60 of her members had left.';
    expect(counts(text, [partitive(text, '60 of her members', 60, 'members')])).toEqual([]);
  });
});

describe('"it" after a sentence that names one organisation only in passing', () => {
  it('does not take a name that only qualifies a record in the sentence before ("the X register") for "it"', () => {
    const text = 'The pool trust has never been on the Tilsbury Advice Network register. It has 85 staff.';
    expect(counts(text)).toEqual([]);
  });

  it('still takes the one organisation of the sentence before when it is the subject there', () => {
    const text = 'In the end Tilsbury Advice Network cut its hours. It has 85 staff.';
    expect(counts(text)).toEqual([['org:tilsbury-advice-network', 'count:staff', 85]]);
    const volunteer = 'She volunteers with Tilsbury Advice Network on Fridays. It has 85 staff.';
    expect(counts(volunteer)).toEqual([['org:tilsbury-advice-network', 'count:staff', 85]]);
  });
});
