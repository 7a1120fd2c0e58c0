import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

// Police forces are named by their area and "Police" or "Constabulary", as councils are by their
// area and "Council"; their officers' ranks are titles.

describe('a police force named by its area', () => {
  it('reads an area and "Police" or "Constabulary" as a body, in any sentence', () => {
    expect(textsOf('Custody will return to Wexmoor Police in the autumn.', 'organisation')).toEqual(['Wexmoor Police']);
    expect(textsOf('Officers from Hallam Vale Constabulary attended the school.', 'organisation')).toEqual(['Hallam Vale Constabulary']);
    expect(textsOf('A spokesperson for Dunmere Police said the station would stay open.', 'organisation')).toEqual(['Dunmere Police']);
    expect(textsOf('The inspection found Dunmere Police’s call handling had improved.', 'organisation')).toEqual(['Dunmere Police']);
  });

  it('keeps the statutory "Police and Crime" phrase inside one panel’s name', () => {
    expect(textsOf('The Wexmoor Police and Crime Panel meets on Thursday.', 'organisation')).toEqual(['Wexmoor Police and Crime Panel']);
  });

  it('reads a named panel as a body, but not a panel with no name', () => {
    expect(textsOf('The Tarnby Schools Forum and the Ashgrove Scrutiny Panel disagreed.', 'organisation')).toContain('Ashgrove Scrutiny Panel');
    expect(textsOf('An independent panel will review the figures.', 'organisation')).toEqual([]);
  });

  it('takes no organisation from "the police" or a lone "Police" in a heading', () => {
    expect(textsOf('The police were called twice to the hospital car park.', 'organisation')).toEqual([]);
  });
});

describe('police ranks as titles', () => {
  it('reads a rank before a name as the role, the name without it', () => {
    const text = 'Chief Constable Mark Ellery said the change was overdue. Deputy Chief Constable Ann Pike agreed.';
    expect(textsOf(text, 'role')).toEqual(['Chief Constable', 'Deputy Chief Constable']);
    expect(textsOf(text, 'person')).toEqual(['Mark Ellery', 'Ann Pike']);
  });

  it('reads ranks in apposition and after a copula as roles too', () => {
    expect(textsOf('Ravi Lal, Chief Superintendent for the east of the county, said so.', 'role')).toEqual(['Chief Superintendent']);
    const text = 'Detective Sergeant Jo Harte led the inquiry.';
    expect(entitiesOf(text, 'person').map((entity) => entity.text)).toEqual(['Jo Harte']);
  });
});
