import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

// A UK airport is run by a company named after it; texts about its sale, ownership, traffic or board
// name that business by the airport's name. An airport in an address stays a place. Invented airports.

describe('an airport named as the business that runs it', () => {
  it('reads "<Name> Airport" as an organisation wherever the text names it', () => {
    expect(textsOf('Tarnby Airport handled just under 700,000 passengers in 2024.', 'organisation')).toEqual(['Tarnby Airport']);
    expect(textsOf('The council has agreed to sell Fellmouth Airport to an investor.', 'organisation')).toEqual(['Fellmouth Airport']);
    expect(textsOf('Q12: what loans were made towards the purchase of Kelby Airport; and', 'organisation')).toEqual(['Kelby Airport']);
    expect(textsOf('IT’S OFFICIAL 🎉 Tarnby Airport is publicly owned again', 'organisation')).toEqual(['Tarnby Airport']);
    expect(textsOf('She joined from Easterby International Airport in 2014.', 'organisation')).toEqual(['Easterby International Airport']);
  });

  it('keeps a company named with a legal form whole', () => {
    expect(textsOf('Tarnby Airport Ltd reported a loss.', 'organisation')).toEqual(['Tarnby Airport Ltd']);
  });

  it('leaves an airport in an address, a name that goes on past "Airport", and "the Airport" alone', () => {
    expect(textsOf('Registered office: Terminal Building, Tarnby Airport, Tarnby TB7 4AP\n', 'organisation')).toEqual([]);
    expect(textsOf('Take the bus to Tarnby Airport Parkway.', 'organisation')).toEqual([]);
    expect(textsOf('The Airport said it would reopen.', 'organisation')).toEqual([]);
  });
});
