// A company named after its street ("Mill Lane Ground Ltd", "Quarry Road Depot Ltd") does not go by
// the street's name alone: "Mill Lane" elsewhere in the text is the street or the ground, a place,
// as a feature of the land is ("Tessford Canal"). Other leading words of a name still stand for
// the body. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('the leading words of a company named after its street', () => {
  it('leave the street a place, in a members’ update, a news story and a report', () => {
    expect(textsOf('The ground is owned by Mill Lane Ground Ltd. Mill Lane was nearly sold for housing.', 'organisation')).toEqual(['Mill Lane Ground Ltd']);
    expect(textsOf('Quarry Road Depot Ltd runs the buses. Quarry Road is closed on Sundays.', 'organisation')).toEqual(['Quarry Road Depot Ltd']);
    expect(textsOf('Chapel Square Estates Ltd bought the hall. The market in Chapel Square opens at 8am.', 'organisation')).toEqual(['Chapel Square Estates Ltd']);
  });

  it('still lets a name’s own leading word stand for the body', () => {
    expect(textsOf('Kelmoor Facilities Ltd cleans the wards. Kelmoor said the contract was fair.', 'organisation')).toEqual(['Kelmoor Facilities Ltd', 'Kelmoor']);
  });
});

describe('the street of a body named after its street and its own kind', () => {
  it('stands for the body, as a practice or a school is called by its street', () => {
    const text = 'The contracts for Millbrook Surgery and Castle Road Medical Practice passed to a new firm. Patients at Castle Road were told on Monday.';
    expect(textsOf(text, 'organisation')).toEqual(['Millbrook Surgery', 'Castle Road Medical Practice', 'Castle Road']);
  });
});
