import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

const text = 'Staff at Harrow Health Partnership met Sarah Pemberton. Pemberton spoke.';

describe('overrides', () => {
  it('a suppression removes every entity overlapping its span', () => {
    const start = text.indexOf('Harrow');
    const { entities } = analyse(text, { overrides: [{ action: 'suppress', start, end: start + 6 }] });
    expect(entities.some((e) => e.type === 'organisation')).toBe(false);
  });

  it('a tag forces an entity and removes overlapping engine entities', () => {
    const start = text.indexOf('Harrow');
    const end = start + 'Harrow Health'.length;
    const { entities } = analyse(text, {
      overrides: [{ action: 'tag', start, end, type: 'organisation', canonical: 'org:harrow-nhs', canonicalName: 'Harrow NHS' }],
    });
    const orgs = entities.filter((e) => e.type === 'organisation');
    expect(orgs).toEqual([
      expect.objectContaining({ text: 'Harrow Health', canonical: 'org:harrow-nhs', origin: 'annotation' }),
    ]);
  });

  it('a tagged person is followed by back-references', () => {
    const other = 'We met Zanele Dube. Later Dube wrote.';
    const start = other.indexOf('Zanele');
    const { entities } = analyse(other, { overrides: [{ action: 'tag', start, end: start + 'Zanele Dube'.length, type: 'person' }] });
    const people = entities.filter((e) => e.type === 'person');
    expect(people.map((p) => [p.text, p.canonical])).toEqual([
      ['Zanele Dube', 'person:zanele-dube'],
      ['Dube', 'person:zanele-dube'],
    ]);
  });

  it('overrides with offsets outside the text are ignored, not fatal', () => {
    expect(() => analyse(text, { overrides: [{ action: 'suppress', start: 5, end: 10_000 }] })).not.toThrow();
  });
});
