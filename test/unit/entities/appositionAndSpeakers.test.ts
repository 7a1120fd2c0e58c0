import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('a name in apposition to a title that opens with a body’s name', () => {
  it('reads the name before ", <body> <lower-case title>" as a person, whatever the given name', () => {
    expect(textsOf('Orla Venning, Unison branch secretary, said staff were worried.', 'person')).toEqual(['Orla Venning']);
    expect(textsOf('Kasia Drebbel, NHS Providers chief executive, told the committee the figures were wrong.', 'person')).toEqual(['Kasia Drebbel']);
    expect(textsOf('Tomos Arvell, GMB regional organiser for Wales, said the ballot would go ahead.', 'person')).toEqual(['Tomos Arvell']);
  });

  it('gives the title with the body in it as the role', () => {
    expect(textsOf('Tomos Arvell, GMB regional organiser for Wales, said the ballot would go ahead.', 'role')).toEqual(['GMB regional organiser for Wales']);
  });

  it('takes no person from two bodies listed with commas', () => {
    expect(textsOf('Unison, GMB and Unite said the offer was too low.', 'person')).toEqual([]);
  });
});

describe('speaker labels in a committee’s transcript', () => {
  it('reads the name after a question number and before a colon as a person', () => {
    const text = 'Oral evidence\n\nQ12 Marit Osei: Thank you. Ms Fry, what happens to the staff?\n\nDr Ann Fry: They transfer.\n\nQ13 Marit Osei: And the loans?';
    expect(textsOf(text, 'person')).toEqual(['Marit Osei', 'Fry', 'Ann Fry', 'Marit Osei']);
  });

  it('takes no person from a question number before a heading-like label', () => {
    expect(textsOf('Q14 Chair: Thank you all.', 'person')).toEqual([]);
    expect(textsOf('Oral evidence\n\nQ3 Budget Update: the clerk summarised the figures.\n\nQ4 Service Review: deferred to March.', 'person')).toEqual([]);
  });
});
