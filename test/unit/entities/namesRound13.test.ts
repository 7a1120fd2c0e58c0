import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

function organisations(text: string): Array<[string, string | undefined]> {
  return entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
}

describe('a body named after another body and the plural possessive of whom it serves', () => {
  it('reads the whole name, however the text frames it', () => {
    const paraphrases: Array<[string, string]> = [
      ['Kelby United Supporters’ Trust has bought a 20% stake in the club.', 'Kelby United Supporters’ Trust'],
      ['Present: Jo Hale (Tarnfield Rovers Supporters\' Trust) and 9 members of the public.', "Tarnfield Rovers Supporters' Trust"],
      ['A spokesperson for Ashgrove Housing Tenants’ Federation said the rents were unfair.', 'Ashgrove Housing Tenants’ Federation'],
      ['Fenby Rangers Fans’ Forum Ltd is a community benefit society.', 'Fenby Rangers Fans’ Forum Ltd'],
    ];
    for (const [text, name] of paraphrases) expect(textsOf(text, 'organisation')).toEqual([name]);
  });

  it('gives the name with and without its legal form, and its initials, one identity', () => {
    const text = 'Ashgrove Housing Tenants’ Federation Ltd was set up in 2019. The Ashgrove Housing Tenants’ Federation (AHTF) says so.';
    expect(new Set(organisations(text).map(([, canonical]) => canonical))).toEqual(new Set(['org:ashgrove-housing-tenants-federation']));
  });

  it('does not join a possessive that opens a lower-case phrase, nor a body’s singular possessive', () => {
    expect(textsOf('Kelby Rovers Supporters’ meeting is on Friday.', 'organisation')).toEqual(['Kelby Rovers']);
    expect(textsOf('The Kelmoor Trust’s Annual Report was late.', 'organisation')).toEqual(['Kelmoor Trust']);
  });
});
