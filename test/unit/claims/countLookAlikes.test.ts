// Second-look review of the generic count readings (thingCounts, changeResults): figures that sit
// before a plural noun, or between "from"/"by" and "to", but count nothing a body has. Each case is
// a wording met in ordinary policy texts (annual reports, minutes, news, tenants' letters) on which
// the readings once made a claim; the pairs must never conflict.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Harwell Valley Housing': 'org:harwell-valley-housing',
  'Dunmore Homes': 'org:dunmore-homes',
  'Millhaven Town Council': 'org:millhaven-town-council',
  'Fenwick Hospice': 'org:fenwick-hospice',
  'Ashby Water': 'org:ashby-water',
};

const counts = (text: string): Array<[string, string, number]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('count:') && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('a year before a plural noun names which ones, it counts nothing', () => {
  it('reads no count from "X’s 2023 accounts", "its 2024 elections", "the body’s 2019 plans"', () => {
    expect(counts('Harwell Valley Housing’s 2023 accounts show a small surplus.')).toEqual([]);
    expect(counts("Harwell Valley Housing's 2024 elections to the board were contested.")).toEqual([]);
    expect(counts('Ashby Water’s 2019 business plans promised lower bills.')).toEqual([]);
  });

  it('still reads a count written without a thousands separator after a verb of having', () => {
    expect(counts('Dunmore Homes owns 2400 homes.')).toEqual([['org:dunmore-homes', 'count:homes', 2400]]);
    expect(counts('Dunmore Homes’s 4,200 homes are all let.')).toEqual([['org:dunmore-homes', 'count:homes', 4200]]);
  });

  it('flags nothing between two years’ accounts (the whole engine, as the CLI runs it)', () => {
    const a = 'Harwell Valley Housing Association: annual report\n\nHarwell Valley Housing Association owns 4,200 homes. Harwell Valley Housing Association’s 2023 accounts show a surplus.\n';
    const b = 'Tenants’ newsletter\n\nHarwell Valley Housing Association’s 2024 accounts were late.\n';
    const found = conflictsAmongSources([
      { doc: 'a.txt', claims: analyse(a).claims },
      { doc: 'b.txt', claims: analyse(b).claims },
    ]);
    expect(found).toEqual([]);
  });
});

describe('a change "from A to B" or "by N to B" counts only the things it changes', () => {
  it('reads no count from a vote’s tally next to a verb of change (minutes)', () => {
    expect(counts('Millhaven Town Council took the decision to cut the grant by 9 votes to 3.')).toEqual([]);
    expect(counts('Millhaven Town Council agreed to reduce the hospice grant by 8 votes to 2.')).toEqual([]);
  });

  it('places the change at the body whose things they are, not at the body that makes it', () => {
    expect(counts('Millhaven Town Council will cut Fenwick Hospice’s beds from 20 to 12.')).toEqual([
      ['org:fenwick-hospice', 'count:beds after the change from 20', 12],
    ]);
    expect(counts('Fenwick Hospice will cut its beds from 20 to 12.')).toEqual([['org:fenwick-hospice', 'count:beds after the change from 20', 12]]);
  });
});

describe('a stock told as owed or as a rate is no stock held', () => {
  it('reads no count from what a body should have, is meant to have or needs (tenants’ letter)', () => {
    expect(counts('Harwell Valley Housing should have 60 caretakers, tenants argue.')).toEqual([]);
    expect(counts('Harwell Valley Housing is meant to have 20 wardens.')).toEqual([]);
    expect(counts('Harwell Valley Housing is supposed to run 12 offices.')).toEqual([]);
    expect(counts('Harwell Valley Housing ought to have 8 depots.')).toEqual([]);
    expect(counts('Harwell Valley Housing has 40 caretakers.')).toEqual([['org:harwell-valley-housing', 'count:caretaker', 40]]);
  });
});

describe('a figure for each period or for each of something else is a rate, not a stock', () => {
  it('reads no count from "every week", "for every 1,000 residents"', () => {
    expect(counts('Harwell Valley Housing runs 14 sessions every week at the hub.')).toEqual([]);
    expect(counts('Harwell Valley Housing has 3 wardens for every 100 flats.')).toEqual([]);
  });
});

describe('a figure two bodies have together is neither’s own', () => {
  it('reads no count from a coordinated subject or "between them" (Hansard, news)', () => {
    expect(counts('Fenwick Hospice and Dunmore Homes have 32 beds between them.')).toEqual([]);
    expect(counts('Dunmore Homes and Harwell Valley Housing own 9,000 homes.')).toEqual([]);
    expect(counts('Dunmore Homes owns 9,000 homes together with its partners.')).toEqual([]);
  });

  it('still reads each body’s own figure in two clauses', () => {
    expect(counts('Dunmore Homes owns 4,200 homes and Harwell Valley Housing owns 3,100 homes.')).toEqual([
      ['org:dunmore-homes', 'count:homes', 4200],
      ['org:harwell-valley-housing', 'count:homes', 3100],
    ]);
  });
});
