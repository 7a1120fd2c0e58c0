import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

function rolesOf(text: string): Array<[string, string | undefined]> {
  const people = new Map(entitiesOf(text, 'person').map((person) => [person.canonical, person.text]));
  return entitiesOf(text, 'role').map((role) => [role.text, role.person ? people.get(role.person) : undefined]);
}

describe('titles of the offices of towns, counties and a company’s national arm', () => {
  it('reads the area an office serves as part of its title, in apposition, before a name and in a list', () => {
    expect(rolesOf('In attendance: Helen Ward, Town Clerk, Ashby Parish Council; Tom Reed, County Treasurer')).toEqual([
      ['Town Clerk', 'Helen Ward'],
      ['County Treasurer', 'Tom Reed'],
    ]);
    expect(rolesOf('The Town Mayor, Cllr Frances Dale, opened the fair.')).toEqual([['Town Mayor', 'Frances Dale']]);
    expect(rolesOf('Anna Berg, Country Manager at Nordhavn Energy Ltd, said the firm would pay.')).toEqual([['Country Manager at Nordhavn Energy Ltd', 'Anna Berg']]);
    expect(rolesOf('At the meeting City Treasurer Joan Penn advised the committee.')).toEqual([['City Treasurer', 'Joan Penn']]);
  });

  it('reads a council’s democratic and electoral services officers', () => {
    expect(rolesOf('Officers: Lorna Gale, Democratic Services Officer; Sam Tate, Electoral Services Manager')).toEqual([
      ['Democratic Services Officer', 'Lorna Gale'],
      ['Electoral Services Manager', 'Sam Tate'],
    ]);
  });

  it('keeps the area words of a body’s name in the name, with no title made of them', () => {
    expect(textsOf('Our heating comes from Kelby District Energy (KDE), and Ashby Town Football Club plays on.', 'organisation')).toEqual([
      'Kelby District Energy',
      'KDE',
      'Ashby Town Football Club',
    ]);
    expect(textsOf('The county has a town centre and a city council.', 'role')).toEqual([]);
  });
});

describe('a title that names the body it serves after "to"', () => {
  it('takes the body in: "Clerk to Millbrook Town Council", "Secretary to the Kelby Trust"', () => {
    expect(rolesOf('Who can I contact? Helen Ward, Clerk to Millbrook Town Council, at the Town Hall.')).toEqual([['Clerk to Millbrook Town Council', 'Helen Ward']]);
    expect(rolesOf('Joan Hale, Secretary to the Kelby Housing Trust, wrote to members.')).toEqual([['Secretary to the Kelby Housing Trust', 'Joan Hale']]);
  });

  it('does not take in a body the sentence goes on to', () => {
    expect(rolesOf('Jo Bell, the chair, wrote to Acme Homes Ltd.')).toEqual([['chair', 'Jo Bell']]);
  });
});
