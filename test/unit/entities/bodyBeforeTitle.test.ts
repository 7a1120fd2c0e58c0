import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

// A body's name glued before the lower-case title of the person who leads it, with that person
// named after the title, is the body: the title says whose leader this is.

describe('a body named before its leader’s title', () => {
  it('reads the name before "chief executive", "chair" or "managing director" and a person as a body', () => {
    expect(textsOf('Halvern chief executive Simon Pryce said the firm was proud of its record.', 'organisation')).toEqual(['Halvern']);
    expect(textsOf('The hospice’s future is secure, Ashcombe chair Dr Nina Ruddock told the meeting.', 'organisation')).toEqual(['Ashcombe']);
    expect(textsOf('Trenmoor managing director, Alan Fisk, would not comment on the bid.', 'organisation')).toEqual(['Trenmoor']);
  });

  it('then reads the same name elsewhere in the text as that body', () => {
    const text = 'The council takes the buses back from Halvern in May. Halvern chief executive Simon Pryce said the firm was disappointed. Halvern runs services in 12 counties.';
    const bodies = entitiesOf(text, 'organisation');
    expect(bodies.map((entity) => entity.text)).toEqual(['Halvern', 'Halvern', 'Halvern']);
    expect(new Set(bodies.map((entity) => entity.canonical)).size).toBe(1);
  });

  it('keeps the title’s own capital at the start of a sentence out of it', () => {
    expect(textsOf('Chief executive Simon Pryce said the firm was proud.', 'organisation')).toEqual([]);
    expect(textsOf('Former chair Nina Ruddock said so.', 'organisation')).toEqual([]);
  });

  it('takes no body from a title with no person after it, or from a word the text writes in lower case', () => {
    expect(textsOf('The Halvern chief executive said nothing.', 'organisation')).toEqual([]);
    expect(textsOf('Interim chair Nina Ruddock said the interim arrangements would end.', 'organisation')).toEqual([]);
  });

  it('takes no body from a name the text also puts where a place stands, nor makes its other mentions bodies', () => {
    const text = 'Corve Valley Buses runs services across Dunstow. Dunstow’s roads are poor. Dunstow chief executive Simon Pryce said the firm would cope.';
    expect(textsOf(text, 'organisation')).toEqual(['Corve Valley Buses']);
    expect(textsOf('Most of the homes in Ashcombe are old. Ashcombe chair Dr Nina Ruddock said so.', 'organisation')).toEqual([]);
    expect(textsOf('Halvern runs buses in Dunstow. Halvern chief executive Simon Pryce said so.', 'organisation')).toEqual(['Halvern', 'Halvern']);
  });
});
