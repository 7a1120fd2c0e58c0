// The generic reading of figures (claims/figures/): a workforce that transfers and a price paid for
// a thing, keyed by whose they are, a measure class and the event, whatever the topic's words.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Harrowgate Care Ltd': 'org:harrowgate-care',
  HCL: 'org:harrowgate-care',
  'Mellor Buses': 'org:mellor-buses',
  'Fenwick Academy Trust': 'org:fenwick-academy-trust',
  'Ouseburn Housing Co-operative': 'org:ouseburn-housing-co-operative',
  'Castlegate Estates': 'org:castlegate-estates',
  'Tollerton Parish Council': 'org:tollerton-parish-council',
};

const figures = (text: string): Array<[string, string, number]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => (c.attribute.endsWith(' transferring') || /^count:(?:vehicles|homes|beds)/.test(c.attribute) || c.attribute.startsWith('money:price:')) && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

const conflicts = (a: string, b: string) =>
  conflictsAmongSources([
    { doc: 'a.txt', claims: extractClaims(a, tagEntities(a, NAMES)) },
    { doc: 'b.txt', claims: extractClaims(b, tagEntities(b, NAMES)) },
  ]).filter((c) => c.attribute.endsWith(' transferring') || /^count:(?:vehicles|homes|beds)/.test(c.attribute) || c.attribute.startsWith('money:price:'));

describe('a workforce that transfers, whoever employs it and whatever it is called', () => {
  it('keys the staff to the body named as a modifier in the counted phrase (press release)', () => {
    expect(figures('All 300 HCL staff who work on the home care contract will transfer to the new trust.')).toEqual([
      ['org:harrowgate-care', 'count:staff transferring', 300],
    ]);
  });

  it('keys the staff to a possessor (news)', () => {
    expect(figures('Harrowgate Care Ltd’s 240 staff are due to join the council in April.')).toEqual([['org:harrowgate-care', 'count:staff transferring', 240]]);
  });

  it('keys people employed by a body to that body (minutes)', () => {
    expect(figures('It was noted that 85 people employed by Mellor Buses would move across to the new operator.')).toEqual([]);
    expect(figures('It was noted that 85 people employed by Mellor Buses will move across to the new operator.')).toEqual([
      ['org:mellor-buses', 'count:staff transferring', 85],
    ]);
  });

  it('reads the event named before the figure (Hansard)', () => {
    expect(figures('Fenwick Academy Trust confirmed the transfer of 120 staff under TUPE.')).toEqual([['org:fenwick-academy-trust', 'count:staff transferring', 120]]);
  });

  it('keys staff who transfer "from" a body to the body they leave (annual report)', () => {
    expect(figures('Fenwick Academy Trust has run the schools since 2019, when 210 staff transferred from Tollerton Parish Council to the trust.')).toEqual([
      ['org:tollerton-parish-council', 'count:staff transferring', 210],
    ]);
  });

  it('gives no owner to staff in a clause of their own after the body ("…, when 210 staff transferred")', () => {
    expect(figures('Fenwick Academy Trust has run the schools since 2019, when 210 staff transferred.')).toEqual([]);
  });

  it('flags two sources that disagree on one body’s transferring staff, however worded', () => {
    const found = conflicts(
      'All 300 HCL staff who work on the home care contract will transfer to the new trust.',
      'Around 210 HCL staff will transfer under TUPE, the union said.',
    );
    expect(found.map((c) => c.claims.length)).toEqual([2]);
  });

  describe('look-alikes that are not the transferring workforce', () => {
    it('a count with no event (what a body has)', () => {
      expect(figures('Harrowgate Care Ltd employs 300 staff across the county.')).toEqual([]);
    });

    it('a transfer told as possible, hoped for or conditional', () => {
      expect(figures('Up to 300 HCL staff could transfer to the new trust.')).toEqual([]);
      expect(figures('If 300 HCL staff transfer, the trust will need a new depot.')).toEqual([]);
    });

    it('a transfer denied (a union bulletin, minutes)', () => {
      expect(figures('Harrowgate Care Ltd’s 200 staff will not transfer to the council on 1 April.')).toEqual([]);
      expect(figures('The 80 staff employed by Harrowgate Care Ltd did not move across to the trust.')).toEqual([]);
      expect(figures('Around 150 HCL staff never transferred to the council.')).toEqual([]);
      expect(figures('Harrowgate Care Ltd’s 200 staff will transfer to the council on 1 April.')).toEqual([['org:harrowgate-care', 'count:staff transferring', 200]]);
    });

    it('a part of a group', () => {
      expect(figures('Of those, 40 of the HCL staff will transfer to the council.')).toEqual([]);
    });

    it('a body named only after a preposition before the figure', () => {
      expect(figures('Under the deal with Harrowgate Care Ltd, 300 staff will transfer.')).toEqual([]);
    });

    it('figures for two different bodies never meet', () => {
      expect(conflicts('All 300 HCL staff will transfer to the trust.', 'All 85 Mellor Buses staff will transfer to the council.')).toEqual([]);
    });

    it('a figure with "about" meets one inside its tolerance', () => {
      expect(conflicts('About 300 HCL staff will transfer to the trust.', 'All 310 HCL staff will transfer to the trust.')).toEqual([]);
    });
  });
});

describe('a price paid for a thing', () => {
  it('reads "paid X £N for the <thing>" as the payer’s price (blog)', () => {
    expect(figures('Ouseburn Housing Co-operative raised £2m from members and paid Castlegate Estates £1.4m for the site.')).toEqual([
      ['org:ouseburn-housing-co-operative', 'money:price:site', 1.4e6],
    ]);
  });

  it('reads "bought the <thing> from X for £N" (news)', () => {
    expect(figures('Tollerton Parish Council bought the old library from Castlegate Estates for £240,000.')).toEqual([
      ['org:tollerton-parish-council', 'money:price:library', 240000],
    ]);
  });

  it('reads a budget line "Purchase of the <thing> from X: £N" in a body’s own document', () => {
    const offer = 'Ouseburn Housing Co-operative\nShare offer document\n\nWhat the money is for\nPurchase of the site from Castlegate Estates: £1,250,000\nLegal costs: £30,000\n';
    expect(figures(offer)).toEqual([['org:ouseburn-housing-co-operative', 'money:price:site', 1250000]]);
  });

  it('flags a budget line and a report that disagree on the price', () => {
    const offer = 'Ouseburn Housing Co-operative\nShare offer document\n\nWhat the money is for\nPurchase of the site from Castlegate Estates: £1,250,000\n';
    const report = 'Ouseburn Housing Co-operative paid Castlegate Estates £1.4m for the site last year.';
    expect(conflicts(offer, report).map((c) => c.attribute)).toEqual(['money:price:site']);
  });

  describe('look-alikes that are not a price paid', () => {
    it('an offer, a valuation or a sum it could fetch', () => {
      expect(figures('Tollerton Parish Council offered Castlegate Estates £200,000 for the library.')).toEqual([]);
      expect(figures('Tollerton Parish Council said it could pay £200,000 for the library.')).toEqual([]);
    });

    it('a price denied in its clause (a comment, a letter)', () => {
      expect(figures('Ouseburn Housing Co-operative did not pay Castlegate Estates £425,000 for the freehold.')).toEqual([]);
      expect(figures('Ouseburn Housing Co-operative never bought the site for £1.2m.')).toEqual([]);
      expect(figures('Ouseburn Housing Co-operative didn’t buy the freehold from Castlegate Estates for £425,000, the chair said.')).toEqual([]);
      expect(figures('Ouseburn Housing Co-operative did not haggle; it paid Castlegate Estates £385,000 for the freehold.')).toEqual([
        ['org:ouseburn-housing-co-operative', 'money:price:freehold', 385000],
      ]);
    });

    it('shares or a stake bought, which the share readings own', () => {
      expect(figures('Tollerton Parish Council paid £54 million for new shares giving it 40% of the company.')).toEqual([]);
      expect(figures('Tollerton Parish Council paid £5m for the stake.')).toEqual([]);
    });

    it('a rate, not a price', () => {
      expect(figures('Tollerton Parish Council pays £12,000 a year for the hall.')).toEqual([]);
    });

    it('a budget line in a document that speaks for no body', () => {
      expect(figures('Notes from the meeting\n\nPurchase of the site from Castlegate Estates: £1,250,000\n')).toEqual([]);
    });

    it('prices of different things never meet', () => {
      expect(
        conflicts('Tollerton Parish Council bought the old library for £240,000.', 'Tollerton Parish Council bought the old chapel for £90,000.'),
      ).toEqual([]);
    });
  });
});

describe('the size of a fleet, whatever its vehicles are called', () => {
  it('reads what a body starts a service with (press release)', () => {
    expect(figures('Mellor Buses will start with a fleet of 64 single-deck buses on the town routes.')).toEqual([['org:mellor-buses', 'count:vehicles at the start', 64]]);
  });

  it('reads "from day one" after the figure (bulletin)', () => {
    expect(figures('Harrowgate Care Ltd puts just 52 pool vehicles on the road from day one.')).toEqual([['org:harrowgate-care', 'count:vehicles at the start', 52]]);
  });

  it('reads the fleet a body runs, with its qualifier (news)', () => {
    expect(figures('Mellor Buses runs about 120 buses across the valley.')).toEqual([['org:mellor-buses', 'count:vehicles', 120]]);
  });

  it('flags "64 vehicles" against "52 lorries" for one body at the start', () => {
    const found = conflicts(
      'Harrowgate Care Ltd will start with a fleet of 64 refuse collection vehicles.',
      'Harrowgate Care Ltd puts just 52 bin lorries on the road from day one.',
    );
    expect(found.map((c) => c.attribute)).toEqual(['count:vehicles at the start']);
  });

  describe('look-alikes that are not the fleet', () => {
    it('vehicles bought, ordered or added', () => {
      expect(figures('Mellor Buses has ordered 20 buses for the new routes.')).toEqual([]);
      expect(figures('Mellor Buses will buy 12 buses next year.')).toEqual([]);
    });

    it('a part of the fleet', () => {
      expect(figures('Mellor Buses runs 38 electric buses.')).toEqual([]);
      expect(figures('Mellor Buses runs a fleet of 120 buses, 18 of them new.')).toEqual([['org:mellor-buses', 'count:vehicles', 120]]);
    });

    it('a size denied in its clause (a comment, a letter, minutes)', () => {
      expect(figures('Mellor Buses does not have 200 buses.')).toEqual([]);
      expect(figures('Mellor Buses doesn’t run 200 buses; it runs 150.')).toEqual([]);
      expect(figures('Ouseburn Housing Co-operative has never owned 400 homes.')).toEqual([]);
      expect(figures('Harrowgate Care Ltd no longer manages 90 beds.')).toEqual([]);
      expect(figures('Mellor Buses, not the council, runs 120 buses.')).toEqual([['org:mellor-buses', 'count:vehicles', 120]]);
    });

    it('a hypothetical or a ceiling', () => {
      expect(figures('Mellor Buses could run 140 buses if the grant is paid.')).toEqual([]);
      expect(figures('Mellor Buses runs up to 140 buses on match days.')).toEqual([]);
    });

    it('the fleet a body runs and the vehicles it starts with never meet', () => {
      expect(conflicts('Mellor Buses runs 120 buses.', 'Mellor Buses will start with 90 buses.')).toEqual([]);
    });
  });
});

describe('a sum "short" of what is needed is a shortfall, not the measure', () => {
  const gaps = (text: string): Array<[string, string, number]> =>
    extractClaims(text, tagEntities(text, NAMES))
      .filter((c) => c.attribute.startsWith('money:') && c.value.kind === 'number')
      .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

  it('re-keys "its reserves were £N short" to the shortfall (Hansard)', () => {
    expect(gaps('Fenwick Academy Trust said its reserves were more than £600,000 short of what the rules require.')).toEqual([
      ['org:fenwick-academy-trust', 'money:budget-gap', 600000],
    ]);
  });

  it('re-keys a possessor’s "reserves were £N short of the target" (news)', () => {
    expect(gaps('Fenwick Academy Trust’s reserves were £600,000 short of the target.')).toEqual([['org:fenwick-academy-trust', 'money:budget-gap', 600000]]);
  });

  it('reads it as the same measure as "a shortfall of £N" (letter)', () => {
    expect(gaps('Fenwick Academy Trust has a shortfall of £190,000.')).toEqual([['org:fenwick-academy-trust', 'money:budget-gap', 190000]]);
  });

  it('leaves a sum not followed by "short" as the measure it is', () => {
    expect(gaps('Fenwick Academy Trust said its reserves were £600,000 at the year end.')).toEqual([['org:fenwick-academy-trust', 'money:reserves', 600000]]);
  });
});

describe('the homes or beds a body has, by the same reading as a fleet', () => {
  it('reads the homes a landlord owns, whatever it calls them (annual report, news)', () => {
    expect(figures('Ouseburn Housing Co-operative owns more than 4,000 homes.')).toEqual([['org:ouseburn-housing-co-operative', 'count:homes', 4000]]);
    expect(figures('Ouseburn Housing Co-operative manages a stock of 3,900 flats and houses.')).toEqual([['org:ouseburn-housing-co-operative', 'count:homes', 3900]]);
  });

  it('reads the beds a provider has (minutes)', () => {
    expect(figures('Harrowgate Care Ltd has 420 beds across its three homes.')).toEqual([['org:harrowgate-care', 'count:beds', 420]]);
  });

  it('flags two sources that disagree on one landlord’s homes', () => {
    expect(conflicts('Ouseburn Housing Co-operative owns 4,000 homes.', 'Ouseburn Housing Co-operative manages 2,600 dwellings.').map((c) => c.attribute)).toEqual(['count:homes']);
  });

  describe('look-alikes that are not the stock', () => {
    it('homes built, bought or sold', () => {
      expect(figures('Ouseburn Housing Co-operative will build 300 homes by 2030.')).toEqual([]);
      expect(figures('Ouseburn Housing Co-operative sold 40 homes last year.')).toEqual([]);
    });

    it('a part of the stock, by kind or by place', () => {
      expect(figures('Ouseburn Housing Co-operative has 120 empty homes.')).toEqual([]);
      expect(figures('Ouseburn Housing Co-operative owns 900 homes in Gateshead.')).toEqual([]);
    });

    it('homes and beds never meet', () => {
      expect(conflicts('Harrowgate Care Ltd has 420 beds.', 'Harrowgate Care Ltd has 12 homes.')).toEqual([]);
    });
  });
});
