import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

describe('percentages', () => {
  it('reads signs, "per cent" and "percent", with decimals and spelled-out numbers', () => {
    expect(textsOf('Turnout was 49.9% here, 12 per cent there, ten percent elsewhere.', 'percentage')).toEqual([
      '49.9%',
      '12 per cent',
      'ten percent',
    ]);
  });

  it('includes a hedge in the span and gives the bare number as core', () => {
    const [over] = entitiesOf('demand will rise by over 60 per cent by 2030', 'percentage');
    expect(over).toMatchObject({ text: 'over 60 per cent', core: { text: '60 per cent' } });
    expect(over!.value).toEqual({ kind: 'percentage', value: 60, qualifier: 'over' });
  });

  it('normalises the hedges to the shared qualifier vocabulary', () => {
    const values = entitiesOf('Around 80% agree; up to 60% stay; nearly 30% left; at least 5% paid.', 'percentage').map((e) => e.value);
    expect(values).toEqual([
      { kind: 'percentage', value: 80, qualifier: 'around' },
      { kind: 'percentage', value: 60, qualifier: 'up to' },
      { kind: 'percentage', value: 30, qualifier: 'nearly' },
      { kind: 'percentage', value: 5, qualifier: 'at least' },
    ]);
  });

  it('does not take a hedge from inside another word', () => {
    const [plain] = entitiesOf('Moreover 20% said no.', 'percentage');
    expect(plain!.text).toBe('20%');
    expect(plain!.core).toBeUndefined();
  });
});
