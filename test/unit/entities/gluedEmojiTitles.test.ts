import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

// Social posts glue an emoji to the front of a name; the title before the emoji is the name's.
describe('a title before an emoji glued to a name', () => {
  it('reads the title before the emoji', () => {
    expect(textsOf('2/5 Cabinet member 🪦Jo Bell says the service stays.', 'role')).toEqual(['Cabinet member']);
    expect(textsOf('Huge thanks to Chief Executive 🙌Priya Natarajan and the team!', 'role')).toEqual(['Chief Executive']);
  });

  it('reads it past an emoji with a variation selector and an honorific', () => {
    expect(textsOf('the Leader of the Council 🏛️Cllr Tom Ashby said no', 'role')).toEqual(['Leader of the Council']);
  });

  it('gives no title when the words before the emoji are not one', () => {
    expect(textsOf('Meeting today 🪦Jo Bell says no.', 'role')).toEqual([]);
    expect(textsOf('see the Chair •Jo Bell here', 'role')).toEqual([]);
  });
});
