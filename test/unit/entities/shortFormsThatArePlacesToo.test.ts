import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

// A body named after its town ("Fellbrook Homes") whose one-word short form the text also uses for
// the town ("the Fellbrook valley"): the word is the body where only a body fits. Invented names.

const INTRO = 'Marrowby Housing Association and Fellbrook Homes voted to merge. We look after homes across the Fellbrook valley. ';

function bodies(rest: string): string[] {
  return textsOf(INTRO + rest, 'organisation').filter((name) => name === 'Fellbrook');
}

describe('a short form that is also the name of a place', () => {
  it('is the body when joined by "and" to a body', () => {
    expect(bodies('Marrowby and Fellbrook will join to form a new landlord.')).toEqual(['Fellbrook']);
    expect(bodies('Fellbrook and the Marrowby Housing Association will share a board.')).toEqual(['Fellbrook']);
  });

  it('is the body before what only a body has: its chair, its tenants, its governors', () => {
    expect(bodies('Jo Bell, Fellbrook’s chair, will chair the new board.')).toEqual(['Fellbrook']);
    expect(bodies('“Fellbrook’s tenants have asked us the same questions,” he said.')).toEqual(['Fellbrook']);
  });

  it('stays the place where a place fits', () => {
    expect(bodies('People in Fellbrook like the plan.')).toEqual([]);
    expect(bodies('Fellbrook’s streets flood every winter.')).toEqual([]);
    expect(bodies('Trains to Fellbrook and Kelby run hourly.')).toEqual([]);
  });
});
