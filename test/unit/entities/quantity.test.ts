import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

describe('quantities', () => {
  it('takes the counted noun phrase when it names people or organisations', () => {
    expect(
      textsOf('The trust turned all 770 staff into owners, giving 900 NHS staff a stake and 12 local charities a voice.', 'quantity'),
    ).toEqual(['770 staff', '900 NHS staff', '12 local charities']);
  });

  it('reads partitives and spelled-out numbers', () => {
    expect(textsOf('It was formed of 10 of the larger voluntary organisations, paying four big outsourcing contractors.', 'quantity')).toEqual([
      '10 of the larger voluntary organisations',
      'four big outsourcing contractors',
    ]);
  });

  it('keeps a hedge with core and qualifier, and counts demonyms as people', () => {
    const [londoners] = entitiesOf('More than 1.5 million Londoners live with it.', 'quantity');
    expect(londoners).toMatchObject({ text: 'More than 1.5 million Londoners', core: { text: '1.5 million Londoners' } });
    expect(londoners!.value).toEqual({ kind: 'quantity', value: 1_500_000, noun: 'londoners', qualifier: 'over' });
  });

  it('keeps a large number alone when no noun follows', () => {
    expect(textsOf('a membership of about 7,000 in a population of 500,000, set to reach 2.9 million by 2018', 'quantity')).toEqual([
      'about 7,000',
      '500,000',
      '2.9 million',
    ]);
  });

  it('leaves out durations, ages, shares, things, rates and numbers in names', () => {
    expect(
      textsOf(
        'After 54.1 years and five days, 16 major reports and ten million shares later, 1 in 4 people on Radio 3 heard 2 Comments.',
        'quantity',
      ),
    ).toEqual([]);
  });
});

describe('quantities: what is not counted', () => {
  it('skips a large number followed by a noun that counts things', () => {
    expect(textsOf('There are over 100,000 vacancies and 5,000 beds.', 'quantity')).toEqual([]);
  });

  it('skips rates written with words', () => {
    expect(textsOf('one in four adults experience it', 'quantity')).toEqual([]);
  });

  it('skips a capitalised number word that is part of a name', () => {
    expect(textsOf('Staff at Four Seasons Health Care were told.', 'quantity')).toEqual([]);
  });
});

describe('quantities: reference numbers', () => {
  it('does not count a registration or reference number', () => {
    expect(textsOf('It is a registered charity (no. 1094417), company number 08123456, with 25000 members.', 'quantity')).toEqual(['25000 members']);
  });

  it('counts trustees and governors', () => {
    expect(textsOf('A board of nine trustees and 12 governors.', 'quantity')).toEqual(['nine trustees', '12 governors']);
  });

  it('runs a counted phrase on over a counted noun that qualifies another', () => {
    expect(textsOf('The mutual is owned by its 145 nursing staff members.', 'quantity')).toEqual(['145 nursing staff members']);
  });

  it('counts bodies and office-holders written as plural acronyms in capitals, not lower-case look-alikes', () => {
    expect(textsOf('All 14 CCGs signed, and six NGOs objected.', 'quantity')).toEqual(['14 CCGs', 'six NGOs']);
    expect(textsOf('The gym bought 14 mats.', 'quantity')).toEqual([]);
  });

  it('reads a partitive of spelled-out numbers, with the whole group as a numeral, but not "one of"', () => {
    expect(textsOf('The firm appoints three of the seven governors.', 'quantity')).toEqual(['three of the seven governors']);
    expect(textsOf('Then 9 of the 40 councils agreed.', 'quantity')).toEqual(['9 of the 40 councils']);
    expect(textsOf('It was one of our trustees.', 'quantity')).toEqual([]);
  });

  it('counts people who use a service', () => {
    expect(textsOf('Its 12,500 active borrowers and 900 callers', 'quantity')).toEqual(['12,500 active borrowers', '900 callers']);
  });

  it('counts the members of a group after "of", however small', () => {
    expect(textsOf('She sits on a panel of 7, which meets monthly. A total of 7 was paid.', 'quantity')).toEqual(['7']);
  });

  it('reads a year after "in" as when, not as a rate', () => {
    expect(textsOf('Applications were 48,310 in 2016. About 1 in 5 tenants moved.', 'quantity')).toEqual(['48,310']);
  });

  it('takes a table row’s label as the counted noun of its figures', () => {
    const table = 'Key figures\n  Tenants supported        418 (377)\n  Nights of shelter       5,120 (4,980)\n  Member agencies         23 (21)\n';
    expect(textsOf(table, 'quantity')).toEqual(['418', '377', '23', '21']);
  });

  it('does not read "about" after a word of worry or talk as a hedge', () => {
    expect(textsOf('The regulator raised concerns about five of the largest chains. It employs about 40 staff.', 'quantity')).toEqual([
      'five of the largest chains',
      'about 40 staff',
    ]);
  });

  it('counts the second number of a comparison with a count just before it, however small', () => {
    expect(textsOf('We had 840 members, up from 610 in 2013. Rents rose 4, up from 3.', 'quantity')).toEqual(['840 members', '610']);
  });
});
