// A year after a capitalised determiner opening a sentence ("The 2021 merger", "Its 2024
// accounts") dates the noun after it, as it does after a lower-case "the" mid-sentence; only a
// capitalised word after the year makes a title that holds it ("The 2012 Olympics", "Vision
// 2020"). Every name here is invented.

import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('a year after a determiner that opens the sentence', () => {
  it('is a date before a noun in lower case, in news, minutes, a report and a forum post', () => {
    expect(textsOf('The 2021 merger of two housing associations created Tarnside Homes.', 'date')).toEqual(['2021']);
    expect(textsOf('The 2019 inspection rated the school good.', 'date')).toEqual(['2019']);
    expect(textsOf('Its 2024 accounts show a deficit of £2 million.', 'date')).toEqual(['2024']);
    expect(textsOf('This 2023 survey of patients found long waits.', 'date')).toEqual(['2023']);
    expect(textsOf('A 2022 report by the trust found damp in 40 homes.', 'date')).toEqual(['2022']);
  });

  it('is part of a title before a capitalised word or after a name word', () => {
    expect(textsOf('The 2012 Olympics left a legacy of new pools.', 'date')).toEqual([]);
    expect(textsOf('Vision 2020 was launched by the council.', 'date')).toEqual([]);
    expect(textsOf('The report, Agenda 2030, sets out the plan.', 'date')).toEqual([]);
  });
});

describe('a month written in capitals', () => {
  it('is a date with its year or day, as mastheads and headings write them', () => {
    expect(textsOf('MEMBERS’ UPDATE · NOVEMBER 2025', 'date')).toEqual(['NOVEMBER 2025']);
    expect(textsOf('SCHOOL NEWSLETTER — 14 MARCH 2026', 'date')).toEqual(['14 MARCH 2026']);
    expect(textsOf('Hospital board papers, SEPTEMBER 2024', 'date')).toEqual(['SEPTEMBER 2024']);
  });

  it('takes no month from capitals that only begin with a month’s letters or stand alone', () => {
    expect(textsOf('MARCHING BAND TOUR 2025', 'date').filter((d) => d.includes('MARCH'))).toEqual([]);
    expect(textsOf('DECORATIONS FOR THE HALL', 'date')).toEqual([]);
    expect(textsOf('YOU MAY APPLY NOW', 'date')).toEqual([]);
  });
});
