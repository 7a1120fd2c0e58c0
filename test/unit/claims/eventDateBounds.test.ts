// A date dates an event verb only when it is the verb's own. A year that bounds another predicate
// ("has left the market since 2021", "until 2019") or that a clause break parts from the verb
// ("..., and the third set up by a council") is not when the body was founded, closed or launched.
// Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Brindle Power Ltd': 'org:brindle-power', 'Brindle Power': 'org:brindle-power' };
const dates = (text: string): Array<[string, string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('date:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

describe('a date before an event verb', () => {
  it('still dates the verb when it fronts the verb’s own clause', () => {
    expect(dates('In 2016 the city set up Brindle Power.')).toEqual([['org:brindle-power', 'date:founded', '2016']]);
    expect(dates('Brindle Power was set up in 2016 by the city.')).toEqual([['org:brindle-power', 'date:founded', '2016']]);
    expect(dates('Brindle Power announced a merger in 2022.')).toEqual([['org:brindle-power', 'date:announced:merger', '2022']]);
  });

  it('does not date it when the year bounds another predicate’s span', () => {
    expect(dates('Brindle Power is one of 31 suppliers to have left the market since 2021, and the third set up by a council.')).toEqual([]);
    expect(dates('Brindle Power has traded at a loss since 2020 and was set up by a council.')).toEqual([]);
    expect(dates('Brindle Power ran the scheme until 2019 before it closed.')).toEqual([]);
    // after the verb too: "announced a merger since 2022" dates no announcement
    expect(dates('Brindle Power is one of four suppliers to have announced a merger since 2022.')).toEqual([]);
    expect(dates('Brindle Power has published a report every year since 2019.')).toEqual([]);
  });

  it('does not date it when a clause break parts the year from the verb', () => {
    expect(dates('Brindle Power lost money in 2022, and was set up by a council.')).toEqual([]);
    expect(dates('Brindle Power had 900 staff in 2022; it closed.')).toEqual([]);
  });
});
