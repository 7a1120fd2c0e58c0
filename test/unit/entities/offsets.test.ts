import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

describe('offsets', () => {
  it('stay exact in UTF-16 after astral characters (emoji before entities)', () => {
    const text = '🎉🎉 Health Secretary Andrew Lansley 👍 said 49.9% of NHS staff, £1.5 billion, in 2010.';
    const { entities } = analyse(text);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(entities.map((e) => e.text)).toEqual(['Health Secretary', 'Andrew Lansley', '49.9%', 'NHS', '£1.5 billion', '2010']);
  });

  it('stay exact with CRLF line endings and no-break spaces', () => {
    const text = 'Comment date\r\n17 November 2010\r\nThe Wessex Tenants\u00a0Association said over 60\u00a0per cent agree.\r\n';
    const { entities, documentDate } = analyse(text);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(entities.map((e) => e.type)).toEqual(['date', 'organisation', 'percentage']);
    expect(documentDate).toBe('2010-11-17');
  });
});
