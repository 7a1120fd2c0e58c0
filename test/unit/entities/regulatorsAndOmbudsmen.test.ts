// Regulators and ombudsmen are bodies named by their field and the word for what they do ("the
// Pensions Regulator", "the Housing Ombudsman", "the Regulator of Social Housing"), though the
// same words head a person's title ("Chief Regulator", "the Deputy Ombudsman"). Every name here
// is invented or a pattern of real ones.

import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

describe('regulators and ombudsmen named by their field', () => {
  it('finds a field before the head word', () => {
    for (const name of ['Pensions Regulator', 'Housing Ombudsman', 'Tarnside Water Regulator', 'Energy Ombudsman', 'Legal Ombudsman']) {
      for (const sentence of [`The ${name} has upheld two complaints.`, `Tenants can go to the ${name}.`, `Related: ${name} names landlords`]) {
        expect(textsOf(sentence, 'organisation')).toContain(name);
      }
    }
  });

  it('finds the field after "of" or "for", and gives an acronym in brackets the same identity', () => {
    const text = 'The Regulator of Tarn Housing (RTH) published a judgement. The RTH found the board at fault.';
    const found = entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
    expect(found).toEqual([
      ['Regulator of Tarn Housing', 'org:regulator-of-tarn-housing'],
      ['RTH', 'org:regulator-of-tarn-housing'],
      ['RTH', 'org:regulator-of-tarn-housing'],
    ]);
  });

  it('leaves the head word alone, or after a title word, as no body', () => {
    for (const text of ['The Regulator said no.', 'The Chief Regulator resigned.', 'The Deputy Ombudsman wrote to us.', 'the regulator and the ombudsman disagreed.']) {
      expect(textsOf(text, 'organisation')).toEqual([]);
    }
  });
});
