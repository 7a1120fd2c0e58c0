// Claims that recur across policy texts about outsourced and spun-out services: ownership shares
// stated beside the verb, payments to a body by year, take-over dates, caseloads, staff counts
// after a relative clause, and counts that belong to no one named. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Quillon Care': 'org:quillon-care',
  'Tarrant Holdings': 'org:tarrant-holdings',
  'Tarrant Holdings plc': 'org:tarrant-holdings',
  'Tarrant Co-operative': 'org:tarrant-co-operative',
  'Quillon Staff Mutual': 'org:quillon-staff-mutual',
  'Quillon Staff Trust': 'org:quillon-staff-trust',
  'Pellbrook Probation Company': 'org:pellbrook-probation-company',
  'Danesmoor Probation Company': 'org:danesmoor-probation-company',
  'Vesper Libraries': 'org:vesper-libraries',
  'Oakhurst County Council': 'org:oakhurst-county-council',
  'Reading Futures Trust': 'org:reading-futures-trust',
  'Northern Reading Council': 'org:northern-reading-council',
};

const claimsOf = (text: string, date?: string): Claim[] => extractClaims(text, tagEntities(text, NAMES), date);
const about = (claims: Claim[], attribute: string | RegExp): Claim[] =>
  claims.filter((c) => (typeof attribute === 'string' ? c.attribute === attribute : attribute.test(c.attribute)));
const numberOf = (c: Claim): number => (c.value.kind === 'number' ? c.value.value : Number.NaN);

const conflictsAmong = (...docs: Array<[string, string, string?]>): Conflict[] =>
  conflictsAmongSources(docs.map(([doc, text, date]) => ({ doc, claims: claimsOf(text, date) })));

describe('ownership shares stated beside the verb', () => {
  it('reads "X is 80% owned by <descriptor> Y" as Y\'s share of X, and a company descriptor makes Y a business', () => {
    const claims = claimsOf('Quillon Care is 80% owned by outsourcing company Tarrant Holdings, which runs prisons.');
    expect(about(claims, 'owned-share:org:tarrant-holdings').map((c) => [c.subject, numberOf(c)])).toEqual([['org:quillon-care', 80]]);
    expect(claims.filter((c) => c.subject === 'org:tarrant-holdings' && c.value.kind === 'category').map((c) => c.value)).toEqual([
      { kind: 'category', category: 'business', polarity: 'affirm' },
    ]);
    expect(claims.filter((c) => c.subject === 'org:quillon-care' && c.attribute === 'category').map((c) => c.value)).toEqual([
      { kind: 'category', category: 'investor-majority-owned', polarity: 'affirm' },
    ]);
  });

  it('reads "Y plc holds 60% of its shares" as a share of the body named before, and "the remaining 40% held by Z" as Z\'s share of it', () => {
    const text = 'Quillon Care is a joint venture. Tarrant Holdings plc holds 60% of its shares, with the remaining 40% held by Quillon Staff Mutual.';
    const claims = claimsOf(text);
    expect(about(claims, /^owned-share:/).map((c) => [c.subject, c.attribute, numberOf(c)])).toEqual([
      ['org:quillon-care', 'owned-share:org:tarrant-holdings', 60],
      ['org:quillon-care', 'owned-share:org:quillon-staff-mutual', 40],
    ]);
  });

  it('flags "employee-owned" against a majority held by a company, but not the two complementary shares against each other', () => {
    const conflicts = conflictsAmong(
      ['a.txt', 'Quillon Care, an employee-owned company, runs probation in the west.'],
      ['b.txt', 'Quillon Care is 80% owned by outsourcing group Tarrant Holdings, with the remaining 20% held by Quillon Staff Mutual.'],
    );
    expect(conflicts.map((c) => [c.kind, c.subject, c.attribute])).toEqual([['categorical', 'org:quillon-care', 'category']]);
  });

  it('does not read a majority held by a company that is also called a co-operative as outside investors', () => {
    const claims = claimsOf('Tarrant Co-operative is a co-operative business. Quillon Care is 80% owned by the trading company Tarrant Co-operative.');
    expect(claims.filter((c) => c.subject === 'org:quillon-care' && c.attribute === 'category')).toEqual([]);
  });

  it('does not read a group that is not run for profit as a company', () => {
    const claims = claimsOf('Quillon Care is 80% owned by housing group Tarrant Holdings.');
    expect(claims.filter((c) => c.attribute === 'category')).toEqual([]);
  });

  it('keeps staff as the owners when they hold a share through a trust', () => {
    const claims = claimsOf('40% of Quillon Care is owned by staff through the Quillon Staff Trust.');
    expect(about(claims, /^owned-share:/).map((c) => c.attribute)).toEqual(['owned-share:employees']);
  });
});

describe('payments to a body, by payer and year', () => {
  it('reads "the council will pay X £N in <year>" as X\'s money:paid-by the local authority, dated by the year', () => {
    const claims = claimsOf('Oakhurst County Council met on Monday. Councillors agreed that the council will pay Vesper Libraries £2.4m in 2016/17, down from £2.7m in 2015/16.');
    expect(about(claims, /^money:paid-by:/).map((c) => [c.subject, c.attribute, numberOf(c), c.time])).toEqual([
      ['org:vesper-libraries', 'money:paid-by:local-authority', 2.4e6, '2016/2017'],
      ['org:vesper-libraries', 'money:paid-by:local-authority', 2.7e6, '2015/2016'],
    ]);
  });

  it('flags two sums a council pays one body in the same financial year, however the year is written', () => {
    const conflicts = conflictsAmong(
      ['a.txt', 'Vesper Libraries runs every branch for Oakhurst County Council, which paid it £3m in 2016-17.'],
      ['b.txt', 'Vesper Libraries is a charity. Yet the county council will pay it £2.4 million in 2016/17.'],
    );
    expect(conflicts.map((c) => [c.kind, c.attribute])).toEqual([['numeric', 'money:paid-by:local-authority']]);
  });

  it('does not take "the council" resolved to a body that is no local council as the local authority', () => {
    const text = 'Northern Reading Council met today. The council will pay Vesper Libraries £0.3m in 2016/17.';
    expect(about(claimsOf(text), /^money:paid-by:/).map((c) => c.attribute)).toEqual(['money:paid-by:org:northern-reading-council']);
  });

  it('does not compare sums for different years or from different payers', () => {
    expect(
      conflictsAmong(
        ['a.txt', 'Oakhurst County Council paid Vesper Libraries £3m in 2015/16.'],
        ['b.txt', 'The county council will pay Vesper Libraries £2.4m in 2016/17.'],
        ['c.txt', 'Reading Futures Trust will pay Vesper Libraries £0.2m in 2016/17.'],
      ),
    ).toEqual([]);
  });

  it('reads "it" in a paragraph about one body as that body, even when the sentence before names no one', () => {
    const text = 'The first is Vesper Libraries, which took over our branches in 2014. It is owned by its members. That is how a mutual should look. Yet the county council will pay it £1m in 2016/17.';
    expect(about(claimsOf(text), /^money:paid-by:/).map((c) => c.subject)).toEqual(['org:vesper-libraries']);
  });
});

describe('what "it" stands for', () => {
  it('never reads "it" as the writer that "our" stands for', () => {
    const text = 'The first is Vesper Libraries, which took over our branches in 2014. Yet the county council will pay it £1m in 2016/17.';
    const entities = tagEntities(`Reading Futures Trust. ${text}`, NAMES);
    const author = entities.find((e) => e.canonical === 'org:reading-futures-trust')!;
    const claims = extractClaims(`Reading Futures Trust. ${text}`, entities, undefined, undefined, author);
    expect(about(claims, /^money:paid-by:/).map((c) => c.subject)).toEqual(['org:vesper-libraries']);
  });
});

describe('counts', () => {
  it('gives a figure after a closed relative clause to the main clause\'s subject, and does not date it by the clause', () => {
    const claims = claimsOf('Quillon Care, which has run the Pellbrook Probation Company since taking over on 1 June 2016, employs about 400 staff.', '2016-09-01');
    expect(about(claims, 'count:staff').map((c) => [c.subject, numberOf(c), c.time])).toEqual([['org:quillon-care', 400, '2016-09-01']]);
  });

  it('gives no count for a part of a whole or for a possessor it cannot name', () => {
    expect(about(claimsOf('Tarrant Holdings appoints three of the five directors.'), /^count:/)).toEqual([]);
    expect(about(claimsOf('Pellbrook Probation Company is one of 19 probation companies.'), /^count:/)).toEqual([]);
    expect(about(claimsOf('Tarrant Holdings said the mutual’s two directors had a veto.'), /^count:/)).toEqual([]);
  });

  it('still counts what a body is made of: "formed of 12 of the larger charities"', () => {
    // the recognisers tag "12 of the larger charities" as one quantity, as they do in policy texts
    const withPart = (text: string): Claim[] => {
      const part = '12 of the larger charities';
      const start = text.indexOf(part);
      const quantity = { type: 'quantity' as const, start, end: start + part.length, text: part, value: { kind: 'quantity' as const, value: 12, noun: 'charities' } };
      return extractClaims(text, [...tagEntities(text, NAMES), quantity]);
    };
    expect(about(withPart('The Quillon Staff Mutual has been formed of 12 of the larger charities.'), /^count:/).map(numberOf)).toEqual([12]);
    expect(about(withPart('The Quillon Staff Mutual heard from 12 of the larger charities.'), /^count:/)).toEqual([]);
    expect(about(claimsOf('Quillon Care moved all of its 770 staff to the new contract.'), 'count:staff').map(numberOf)).toEqual([770]);
  });

  it('reads people supervised and people "on its books" as one caseload, and flags two caseloads that cannot both hold', () => {
    const conflicts = conflictsAmong(
      ['a.txt', 'The Pellbrook Probation Company supervises around 4,000 offenders.'],
      ['b.txt', 'Pellbrook Probation Company has fewer than 2,500 people on its books at any one time.'],
    );
    expect(conflicts.map((c) => [c.kind, c.attribute])).toEqual([['numeric', 'count:caseload']]);
  });

  it('keeps people helped apart from a caseload', () => {
    const claims = claimsOf('Pellbrook Probation Company helped 300 people into work.');
    expect(about(claims, 'count:caseload')).toEqual([]);
  });
});

describe('take-over dates', () => {
  it('dates a take-over of a named body or a service, one event per thing taken over', () => {
    const claims = claimsOf('Quillon Care will take over the running of the Pellbrook Probation Company on 1 March 2016. Vesper Libraries took over our library service in April 2014.');
    expect(about(claims, /^date:took-over:/).map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : ''])).toEqual([
      ['org:quillon-care', 'date:took-over:org:pellbrook-probation-company', '2016-03-01'],
      ['org:vesper-libraries', 'date:took-over:library service', '2014-04'],
    ]);
  });

  it('flags two dates for one take-over, but not take-overs of two different bodies or a contract signed earlier', () => {
    const conflicts = conflictsAmong(
      ['a.txt', 'Quillon Care signed the contract on 9 December 2015 and will take over the running of the Pellbrook Probation Company on 1 March 2016.'],
      ['b.txt', 'Quillon Care, which has run the Pellbrook Probation Company since taking over on 1 June 2016, employs about 400 staff.'],
      ['c.txt', 'Quillon Care took over the Danesmoor Probation Company in 2012.'],
    );
    expect(conflicts.map((c) => [c.kind, c.attribute])).toEqual([['date', 'date:took-over:org:pellbrook-probation-company']]);
  });

  it('does not take the words after a launch date and a comma as what was launched', () => {
    const claims = claimsOf('Vesper Libraries has run the branches since it was launched on 1 April 2014, when 210 staff moved across.');
    expect(about(claims, /^date:launched/).map((c) => c.attribute)).toEqual([]);
  });

  it('gives no take-over date when nothing says what was taken over', () => {
    expect(about(claimsOf('Quillon Care took over in 2016 and things changed.'), /^date:took-over/)).toEqual([]);
  });
});

describe('registration with a charity regulator', () => {
  // what the body is; "has written to" is an act (actsDone.ts), no category of it
  const categories = (text: string): unknown[] => claimsOf(text).filter((c) => c.value.kind === 'category' && !c.attribute.startsWith('act:')).map((c) => [c.subject, c.value]);

  it('reads "never been on the Charity Commission register" and "not registered with" a regulator as a hedged denial of charity', () => {
    const denied = ['org:vesper-libraries', { kind: 'category', category: 'charity', polarity: 'deny', hedged: true }];
    expect(categories('Vesper Libraries has never been on the Charity Commission register, I checked.')).toEqual([denied]);
    expect(categories('Vesper Libraries, which is not registered with the Scottish Charity Regulator, runs nine branches.')).toEqual([denied]);
  });

  it('reads "is registered with the Charity Commission" as a charity', () => {
    expect(categories('Vesper Libraries is registered with the Charity Commission.')).toEqual([
      ['org:vesper-libraries', { kind: 'category', category: 'charity', polarity: 'affirm' }],
    ]);
  });

  it('flags a registered charity against a body never on the register, and ignores a regulator named for another reason', () => {
    const conflicts = conflictsAmong(
      ['a.txt', 'Vesper Libraries, which is a registered charity, opened a branch.'],
      ['b.txt', 'Vesper Libraries has never been on the Charity Commission register.'],
    );
    expect(conflicts.map((c) => [c.kind, c.attribute])).toEqual([['negation', 'category']]);
    expect(categories('Vesper Libraries has written to the Charity Commission about its register.')).toEqual([]);
  });
});
