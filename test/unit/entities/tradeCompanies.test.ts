// A company named by a coined word and its trade, with no legal suffix ("Harwick Energy", "Tarnvale
// Trains", "Oxley Rolling Stock"), is an organisation wherever the sentence puts it; the trade word
// alone, or after a word the text also writes in lower case, is a field. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

describe('companies named by a coined word and their trade', () => {
  it('finds the company whatever the sentence does with it', () => {
    const sentences = [
      'Ofgem appointed Harwick Energy as supplier of last resort.',
      'The council lent Harwick Energy £20 million.',
      'Harwick Energy went under in October.',
      'Smart meters installed by Harwick Energy will keep working.',
      'All 180 of Harwick Energy’s staff will transfer.',
      'The appointment of Harwick Energy was announced today.',
    ];
    for (const text of sentences) expect(textsOf(text, 'organisation')).toContain('Harwick Energy');
  });

  it('finds companies of other trades and of two coined words', () => {
    const text =
      'The Department would end Tarnvale Trains’ contract. Oxley Transport held 70%. The fleet belongs to Brennock Rolling Stock, a lessor. Fenmore Homes built the estate.';
    expect(textsOf(text, 'organisation')).toEqual(expect.arrayContaining(['Tarnvale Trains', 'Oxley Transport', 'Brennock Rolling Stock', 'Fenmore Homes']));
  });

  it('gives the short form and the name with its legal suffix one identity', () => {
    const text = 'Harwick Energy Ltd collapsed. Harwick Energy had 40,000 customers, and Harwick said staff would be paid.';
    const found = entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
    expect(found).toEqual([
      ['Harwick Energy Ltd', 'org:harwick-energy'],
      ['Harwick Energy', 'org:harwick-energy'],
      ['Harwick', 'org:harwick-energy'],
    ]);
  });

  it('keeps the legal suffix, written in lower case too, inside the name', () => {
    expect(textsOf('MVT is owned by Oxley Transport plc and its partner.', 'organisation')).toContain('Oxley Transport plc');
  });

  it('leaves fields, offices and titles that end in a trade word alone', () => {
    const lookAlikes = [
      'The Minister for Nuclear Energy spoke first.',
      'Clean Energy is the future, and clean energy is cheap.',
      'The Energy Consumers Minister replied.',
      'Investment in Renewable Energy Schemes rose.',
      'The Green Homes programme closed early.',
      'Energy prices rose again.',
      'Retail Energy Review is published weekly.',
    ];
    for (const text of lookAlikes) {
      const found = textsOf(text, 'organisation');
      for (const name of ['Nuclear Energy', 'Clean Energy', 'Energy Consumers', 'Renewable Energy', 'Green Homes', 'Energy', 'Retail Energy']) expect(found).not.toContain(name);
    }
  });

  it('does not read the trade word of a company opening a paragraph as the short form of a trade body', () => {
    const text = 'Energy UK, the trade body, welcomed the move.\n\nHarwick Energy, wholly owned by the council, collapsed.\n\nHarwick Energy chief executive Jo Pell resigned.';
    const found = textsOf(text, 'organisation');
    expect(found).not.toContain('Energy');
    expect(found.filter((name) => name === 'Harwick Energy')).toHaveLength(2);
  });

  it('does not count the coined word inside a handle, or the name typed in lower case, as a word of the language', () => {
    const text = 'harwick_andy\n21 March 2025 21:03\nSame council that lost our money on Harwick Energy. I was at harwick energy till it went bust.';
    expect(textsOf(text, 'organisation')).toContain('Harwick Energy');
    const plain = 'The harwick moor is wet. Harwick Energy said so.';
    expect(textsOf(plain, 'organisation')).not.toContain('Harwick Energy');
  });

  it('does not read a given name and a trade as a company', () => {
    expect(textsOf('The van was driven for Jack Transport last year.', 'organisation')).not.toContain('Jack Transport');
  });
});

describe('companies registered abroad', () => {
  it('keeps a foreign legal form inside the name and gives the bare name the same identity', () => {
    for (const form of ['AB', 'AG', 'GmbH', 'NV', 'BV']) {
      const text = `The line is owned by Harwick Transport plc and Vestrand ${form}. Vestrand keeps its stake.`;
      const found = entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
      expect(found).toContainEqual([`Vestrand ${form}`, 'org:vestrand']);
      expect(found).toContainEqual(['Vestrand', 'org:vestrand']);
    }
  });

  it('does not take a lone legal form for a body', () => {
    expect(textsOf('The AG said the GmbH form was rare.', 'organisation')).not.toContain('GmbH');
  });
});
