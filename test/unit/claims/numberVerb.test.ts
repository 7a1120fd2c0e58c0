import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

// Invented bodies: a canal trust, a food bank, a lifeboat station.
const counts = (text: string): Array<[string, string, number]> =>
  analyse(text)
    .claims.filter((c) => c.attribute.startsWith('count:') && c.value.kind === 'number')
    .map((c) => [c.subjectName, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('a count told with "number" as its verb', () => {
  it('reads "Its volunteers now number N" for the body "its" stands for', () => {
    expect(counts('The Fenwick Canal Trust looks after eleven miles of towpath.\nIts volunteers now number 230.')).toEqual([['Fenwick Canal Trust', 'count:volunteer', 230]]);
  });

  it('reads "X’s volunteers number about N" and "its paid staff number N" (staff by any name)', () => {
    expect(counts("Hexley Food Bank Ltd's volunteers number about 400.")).toEqual([['Hexley Food Bank Ltd', 'count:volunteer', 400]]);
    expect(counts('Hexley Food Bank Ltd opened in 2012. Its paid staff number 6.')).toEqual([['Hexley Food Bank Ltd', 'count:staff', 6]]);
  });

  it('does not read a hope, "a number of", or a possessor that is no body', () => {
    expect(counts('Hexley Food Bank Ltd hopes its volunteers will number 500.')).toEqual([]);
    expect(counts('The volunteers of the town number 300.')).toEqual([]);
    expect(counts("The town's volunteers number 300.")).toEqual([]);
  });
});
