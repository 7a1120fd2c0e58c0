// What a body has, runs or serves, and a change "from A to B" of it, keyed by the noun the figure
// counts as the text writes it (claims/figures/countedHead.ts), on any topic: kitchens, homes
// connected, depots, libraries, courtrooms, beds. Precision comes first: the look-alikes below
// (a subset, another year, a rate, a plan, "up to", another body in the clause, "N of them", a
// change against a stock, two bodies, a body quoting another's figure) must never conflict.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { attributeLabel } from '../../../server/src/lsp/labels';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Oakmere Catering': 'org:oakmere-catering',
  'Fellgate Heat': 'org:fellgate-heat',
  'Tarnside Heat': 'org:tarnside-heat',
  'Tarnside Transport': 'org:tarnside-transport',
  'Mellor Buses': 'org:mellor-buses',
  'Holm Library Trust': 'org:holm-library-trust',
  'Kestrel Courts Service': 'org:kestrel-courts-service',
  'Fenwick Hospice': 'org:fenwick-hospice',
};

const isCount = (attribute: string): boolean => attribute.startsWith('count:');

const counts = (text: string): Array<[string, string, number]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => isCount(c.attribute) && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

const conflicts = (a: string, b: string) =>
  conflictsAmongSources([
    { doc: 'a.txt', claims: extractClaims(a, tagEntities(a, NAMES)) },
    { doc: 'b.txt', claims: extractClaims(b, tagEntities(b, NAMES)) },
  ]).filter((c) => isCount(c.attribute));

describe('what a body has, runs or serves, keyed by the head of what the text counts', () => {
  it('reads the object of a verb of having or serving (press release, report, trade press)', () => {
    expect(counts('Oakmere Catering runs 68 school kitchens for the county.')).toEqual([['org:oakmere-catering', 'count:kitchen', 68]]);
    expect(counts('Oakmere Catering provides meals from 54 school kitchens across the county.')).toEqual([['org:oakmere-catering', 'count:kitchen', 54]]);
    expect(counts('Fellgate Heat connects 2,400 homes to its energy centre.')).toEqual([['org:fellgate-heat', 'count:homes', 2400]]);
    expect(counts('Fellgate Heat supplies heat and hot water to about 1,650 houses.')).toEqual([['org:fellgate-heat', 'count:homes', 1650]]);
    expect(counts('Holm Library Trust looks after 31 branch libraries.')).toEqual([['org:holm-library-trust', 'count:library', 31]]);
    expect(counts('Kestrel Courts Service has 14 courtrooms.')).toEqual([['org:kestrel-courts-service', 'count:courtroom', 14]]);
  });

  it('reads the figure a relative clause says the body has ("all 68 kitchens it runs")', () => {
    expect(counts('Oakmere Catering today announced that all 68 school kitchens it runs now hold the top rating.')).toEqual([
      ['org:oakmere-catering', 'count:kitchen', 68],
    ]);
    expect(counts('Inspectors visited the 9 depots Tarnside Transport operates.')).toEqual([['org:tarnside-transport', 'count:depot', 9]]);
  });

  it('reads a relative clause on the body or on its apposition (news, letter)', () => {
    expect(counts('Holm Library Trust, which runs 31 libraries, said it would close none.')).toEqual([['org:holm-library-trust', 'count:library', 31]]);
    expect(counts('The council signed with Holm Library Trust, the charity that manages 31 libraries.')).toEqual([['org:holm-library-trust', 'count:library', 31]]);
    expect(counts('Kestrel Courts Service is responsible for 14 courtrooms.')).toEqual([['org:kestrel-courts-service', 'count:courtroom', 14]]);
  });

  it('takes homes "in" a place as the whole when the body is named after the place', () => {
    expect(counts('Fellgate Heat supplies about 1,650 homes in Fellgate.')).toEqual([['org:fellgate-heat', 'count:homes', 1650]]);
    expect(counts('Fellgate Heat supplies about 900 homes in Tarnby.')).toEqual([]);
  });

  it('flags two sources that count one body’s things differently, however worded', () => {
    expect(conflicts('Oakmere Catering runs all 68 school kitchens for the county.', 'Oakmere Catering provides meals from 54 school kitchens.').map((c) => c.attribute)).toEqual([
      'count:kitchen',
    ]);
    expect(conflicts('Fellgate Heat connects 2,400 homes.', 'Fellgate Heat supplies heat and hot water to about 1,650 dwellings.').map((c) => c.attribute)).toEqual(['count:homes']);
    expect(conflicts('Holm Library Trust manages 31 libraries.', 'Holm Library Trust’s 24 libraries are open on Sundays.').map((c) => c.attribute)).toEqual(['count:library']);
  });
});

describe('a change "from A to B" of what a body has: the result, keyed by where it starts', () => {
  it('reads the result whether the head is the object or follows the first figure (news, Hansard)', () => {
    expect(counts('Fenwick Hospice is to reduce its inpatient beds from 20 to 12.')).toEqual([['org:fenwick-hospice', 'count:beds after the change from 20', 12]]);
    expect(counts('On 1 April, Fenwick Hospice in my constituency will cut its inpatient unit from 20 beds to eight.')).toEqual([
      ['org:fenwick-hospice', 'count:beds after the change from 20', 8],
    ]);
    expect(counts('Mellor Buses will expand its depots from 3 to 5 next year.')).toEqual([['org:mellor-buses', 'count:depot after the change from 3', 5]]);
  });

  it('reads "by N to B" as the same change, its start worked out from the direction of the verb', () => {
    expect(counts('Fenwick Hospice will cut its inpatient beds by eight to 12.')).toEqual([['org:fenwick-hospice', 'count:beds after the change from 20', 12]]);
    expect(counts('Mellor Buses has increased its depots by 2 to 5.')).toEqual([['org:mellor-buses', 'count:depot after the change from 3', 5]]);
  });

  it('flags two sources that end one change at different figures', () => {
    expect(conflicts('Fenwick Hospice will cut its inpatient beds by eight to 12.', 'Fenwick Hospice will cut its inpatient unit from 20 beds to eight.').map((c) => c.attribute)).toEqual([
      'count:beds after the change from 20',
    ]);
    expect(conflicts('Fenwick Hospice is to reduce its inpatient beds from 20 to 12.', 'Fenwick Hospice will cut its inpatient unit from 20 beds to eight.').map((c) => c.attribute)).toEqual([
      'count:beds after the change from 20',
    ]);
  });
});

/** Invented look-alike pairs across topics: none may conflict. */
const LOOK_ALIKES: ReadonlyArray<[string, string, string]> = [
  ['a subset against the total', 'Fellgate Heat connects 2,400 homes.', 'Fellgate Heat connects 300 new homes.'],
  ['"N of them"', 'Oakmere Catering runs 68 kitchens, 12 of them in academies.', 'Oakmere Catering runs 68 kitchens.'],
  ['a part by place', 'Fellgate Heat connects 2,400 homes.', 'Fellgate Heat connects 900 homes in Tarnby.'],
  ['different years', 'In 2024 Holm Library Trust runs 31 libraries.', 'In 2019 Holm Library Trust runs 24 libraries.'],
  ['a rate against a total', 'Oakmere Catering serves 9,000 meals a day.', 'Oakmere Catering serves 2,000 meals.'],
  ['a target', 'Fellgate Heat aims to connect 5,000 homes.', 'Fellgate Heat connects 2,400 homes.'],
  ['a future stock', 'Holm Library Trust will have 40 libraries by 2030.', 'Holm Library Trust has 31 libraries.'],
  ['a possibility', 'Tarnside Transport could run 15 depots.', 'Tarnside Transport runs 9 depots.'],
  ['"up to"', 'Holm Library Trust manages up to 40 libraries.', 'Holm Library Trust manages 31 libraries.'],
  ['another body in the clause', 'Holm Library Trust said the council runs 40 libraries.', 'Holm Library Trust runs 31 libraries.'],
  ['a body quoting another’s figure', 'Tarnside Transport says Mellor Buses runs 120 buses.', 'Tarnside Transport runs 80 buses.'],
  ['something of the body’s, not the body', 'Holm Library Trust’s volunteers run 12 libraries.', 'Holm Library Trust runs 31 libraries.'],
  ['a relative clause on another, unnamed body', 'The council, which runs 40 libraries, thanked Holm Library Trust.', 'Holm Library Trust runs 31 libraries.'],
  ['two bodies', 'Fellgate Heat connects 2,400 homes.', 'Tarnside Heat connects 1,650 homes.'],
  ['two bodies in one sentence', 'Tarnside Transport runs 12 depots and Mellor Buses runs 9 depots.', 'Tarnside Transport runs 12 depots.'],
  ['a denial', 'Oakmere Catering does not run 68 kitchens.', 'Oakmere Catering runs 54 kitchens.'],
  ['different things', 'Oakmere Catering runs 68 kitchens.', 'Oakmere Catering runs 54 cafes.'],
  ['a span of time', 'Oakmere Catering has 20 years of experience.', 'Oakmere Catering has 12 years of experience in schools.'],
  ['things built against the stock', 'Fellgate Heat built 400 homes.', 'Fellgate Heat connects 2,400 homes.'],
  ['a change against a stock', 'Fenwick Hospice has 20 beds.', 'Fenwick Hospice is to reduce its beds from 20 to 12.'],
  ['changes from different starts', 'Fenwick Hospice will cut its beds from 24 to 12.', 'Fenwick Hospice will cut its beds from 20 to 8.'],
  ['a change told as possible', 'Fenwick Hospice could cut its beds from 20 to 8.', 'Fenwick Hospice will cut its beds from 20 to 12.'],
  ['a rise by a share', 'Fenwick Hospice raised its beds by 20% to 24.', 'Fenwick Hospice raised its beds from 20 to 30.'],
  ['a deadline, not a change', 'Fenwick Hospice will cut its beds by 2030 to 12.', 'Fenwick Hospice will cut its beds from 2018 to 8.'],
  ['a change denied', 'Fenwick Hospice will not cut its beds from 20 to 8.', 'Fenwick Hospice will cut its beds from 20 to 12.'],
  ['a span of years', 'Mellor Buses grew its depots from 2019 to 2024.', 'Mellor Buses grew its depots from 2018 to 2024.'],
  ['shares, not counts', 'Fenwick Hospice cut bed occupancy from 90% to 70%.', 'Fenwick Hospice cut bed occupancy from 90% to 60%.'],
  ['sums, not counts', 'Fellgate Heat cut its standing charges from £20 to £12.', 'Fellgate Heat cut its standing charges from £20 to £15.'],
  ['another body’s change', 'Fenwick Hospice said the board will cut beds from 20 to 8.', 'Fenwick Hospice will cut its beds from 20 to 12.'],
];

describe('the keys in words', () => {
  it('reads a head’s count and a change’s result in the plural', () => {
    expect(attributeLabel('count:kitchen')).toBe('number of kitchens');
    expect(attributeLabel('count:beds after the change from 20')).toBe('number of beds after the change from 20');
    expect(attributeLabel('count:depot after the change from 3')).toBe('number of depots after the change from 3');
  });
});

describe('look-alikes that must not conflict (precision)', () => {
  it.each(LOOK_ALIKES)('%s', (_name, a, b) => {
    expect(conflicts(a, b)).toEqual([]);
  });

  it('scores precision 1 over all the look-alike pairs', () => {
    const flagged = LOOK_ALIKES.filter(([, a, b]) => conflicts(a, b).length > 0).length;
    expect(LOOK_ALIKES.length).toBeGreaterThanOrEqual(20);
    expect(flagged).toBe(0);
  });
});
