import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

// A body named after its town ("Wexby Savers Credit Union", "Harnley Community Pharmacy Ltd") is
// called by the town's name alone, in a text that also says things happen "in" the town. There
// the name stands for the body only where nothing but a body fits: a possessive of what a body has
// ("Wexby’s board"), or the subject of a copula and a class noun ("Wexby was a credit union").

function bodies(text: string): number[] {
  return entitiesOf(text, 'organisation')
    .filter((entity) => entity.text === 'Wexby' || entity.text === 'Harnley')
    .map((entity) => entity.start);
}

describe('a town’s name standing for the body named after it', () => {
  const letter =
    'Wexby Savers Credit Union has transferred its members to Castlegate Credit Union. Wexby was a small credit union. ' +
    'We have taken on most of Wexby’s loans, and Wexby’s 2,900 members keep their accounts. Our office in Wexby stays open on Mondays.';

  it('reads the name as the body before what a body has, and as the subject of "was a … credit union"', () => {
    expect(bodies(letter)).toEqual([letter.indexOf('Wexby was'), letter.indexOf('Wexby’s loans'), letter.indexOf('Wexby’s 2,900')]);
    const full = entitiesOf(letter, 'organisation').find((entity) => entity.text === 'Wexby Savers Credit Union');
    for (const mention of entitiesOf(letter, 'organisation').filter((entity) => entity.text === 'Wexby')) expect(mention.canonical).toBe(full?.canonical);
  });

  it('in other words of a minute or a news story too', () => {
    const minutes = 'Harnley Community Pharmacy Ltd will close its second branch. Harnley’s board met on Friday. Services in Harnley will move to the high street.';
    expect(bodies(minutes)).toEqual([minutes.indexOf('Harnley’s board')]);
  });

  it('leaves the name after "in", in an address, before a plural noun or saying something as the place', () => {
    const text =
      'Wexby Savers Credit Union has closed. Families in Wexby face cuts. Wexby schools are full. Wexby said the deal was fair. Wexby’s high street is quiet. Write to 4 Bridge Street, Wexby.';
    expect(bodies(text)).toEqual([]);
  });
});
