import { describe, expect, it } from 'vitest';
import { recogniseEntities } from '../../../server/src/engine/entities/index';

// Entities are serialised and compared as they are, so a name's entity carries its fields in one order.

describe('the entity of a name', () => {
  it('lists its fields in the order type, start, end, text, canonical, canonicalName, origin', () => {
    const text = 'Ed Mayo of Kelmoor Facilities Services Ltd said the plan would work.';
    const names = recogniseEntities(text).filter((entity) => entity.type === 'organisation' || entity.type === 'person');
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const entity of names) expect(Object.keys(entity)).toEqual(['type', 'start', 'end', 'text', 'canonical', 'canonicalName', 'origin']);
  });

  it('keeps that order for a name a researcher tagged, with the identity the tag gives', () => {
    const text = 'Staff at Brindle Yard were told on Monday.';
    const start = text.indexOf('Brindle Yard');
    const override = { action: 'tag' as const, start, end: start + 12, type: 'organisation' as const, canonical: 'org:brindle', canonicalName: 'Brindle' };
    const tagged = recogniseEntities(text, { overrides: [override] }).find((entity) => entity.start === start);
    expect(tagged).toEqual({ type: 'organisation', start, end: start + 12, text: 'Brindle Yard', canonical: 'org:brindle', canonicalName: 'Brindle', origin: 'annotation' });
    expect(Object.keys(tagged!)).toEqual(['type', 'start', 'end', 'text', 'canonical', 'canonicalName', 'origin']);
  });
});
