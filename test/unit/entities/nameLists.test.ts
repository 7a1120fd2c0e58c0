import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('unknown names in a list of people', () => {
  it('reads two capitalised words between people in a list as a person', () => {
    expect(textsOf('Present: Councillors Jane Orrell, Stig Hallam, Mair Pugh and David Yeo', 'person')).toEqual(['Jane Orrell', 'Stig Hallam', 'Mair Pugh', 'David Yeo']);
    expect(textsOf('Trustees: Ann Bell (Chair), Tove Lindqvist, Ewan Rae', 'person')).toEqual(['Ann Bell', 'Tove Lindqvist', 'Ewan Rae']);
    expect(textsOf('The panel was Mark Hill; Oisin Keogh; Sarah Dunn.', 'person')).toEqual(['Mark Hill', 'Oisin Keogh', 'Sarah Dunn']);
  });

  it('reads nothing into a list that goes on to a street, a town or a body', () => {
    expect(textsOf('Write to Jane Orrell, Market Street, Kelby', 'person')).toEqual(['Jane Orrell']);
    expect(textsOf('Jane Orrell, Kelby Rovers, and David Yeo spoke.', 'person')).toEqual(['Jane Orrell', 'David Yeo']);
    expect(textsOf('Jane Orrell, North Kelby, South Kelby and the Town Council', 'person')).toEqual(['Jane Orrell']);
  });
});

describe('double given names', () => {
  it('reads two given names joined by a hyphen as one given name', () => {
    expect(textsOf('Kerry-Ann Lumb said it was unfair. Mary-Jane Holt agreed, and Jean-Paul Marat did too.', 'person')).toEqual([
      'Kerry-Ann Lumb',
      'Mary-Jane Holt',
      'Jean-Paul Marat',
    ]);
  });

  it('reads no person into a hyphenated word whose second part is not capitalised or whose first is no given name', () => {
    expect(textsOf('The Anglo-Saxon Chronicle praised the Mark-up Review.', 'person')).toEqual([]);
  });
});
