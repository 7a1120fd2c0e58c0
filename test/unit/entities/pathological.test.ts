import { describe, expect, it } from 'vitest';
import { recogniseEntities } from '../../../server/src/engine/entities/index';

// Inputs built to make a careless pattern or name walk quadratic: one endless run of digits, of
// capitalised words joined by connectors, of hedges. Quadratic behaviour on 100 KB takes minutes,
// so the test's own time-out is the bound; no wall-clock figure is asserted.
const SIZE = 100_000;
const CASES: Record<string, string> = {
  'a run of digits': '1'.repeat(SIZE),
  'digits and commas': '1,'.repeat(SIZE / 2),
  'pound signs and digits': '£1'.repeat(SIZE / 2),
  'an endless "of" name': 'Department of '.repeat(SIZE / 14),
  'an endless "and" name': 'Health and '.repeat(SIZE / 11),
  'hedges without numbers': 'more than '.repeat(SIZE / 10),
  'year ranges': '2010-'.repeat(SIZE / 5),
  'capitalised words': 'Aa '.repeat(SIZE / 3),
  'honorifics': 'Mr '.repeat(SIZE / 3),
  'emoji': '😀'.repeat(SIZE / 2),
};

describe('the entity pass on pathological input', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`finishes on ${name} with exact spans`, () => {
      for (const entity of recogniseEntities(text)) expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    });
  }
});
