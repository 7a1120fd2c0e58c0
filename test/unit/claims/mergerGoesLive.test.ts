import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

// A merger "goes live" or "comes into force" on its day as it "takes effect" on it: one event, the
// day the merged body starts, whichever verb a writer uses. Invented bodies.
const mergerDays = (text: string): Array<[string, string, string]> =>
  analyse(text)
    .claims.filter((c) => c.attribute.startsWith('date:merged'))
    .map((c): [string, string, string] => [c.subjectName, c.attribute.replace(/:org:.*/, ':<partner>'), c.value.kind === 'date' ? c.value.iso : ''])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));

describe('a merger going live or coming into force on a day', () => {
  it('dates the merger by "goes live", "went live" and "comes into force", as by "takes effect"', () => {
    expect(mergerDays('Aldwick Hospice will merge with Evenlight Hospice Care. The merger goes live on 1 June 2026.')).toEqual([
      ['Aldwick Hospice', 'date:merged:<partner>', '2026-06-01'],
      ['Evenlight Hospice Care', 'date:merged:<partner>', '2026-06-01'],
    ]);
    expect(mergerDays('Harbridge Credit Union agreed to merge with Tarn Credit Union last year. The merger went live on 4 March 2025.')).toEqual([
      ['Harbridge Credit Union', 'date:merged:<partner>', '2025-03-04'],
      ['Tarn Credit Union', 'date:merged:<partner>', '2025-03-04'],
    ]);
    expect(mergerDays('Aldwick Hospice is to join a national group. Aldwick Hospice staff were told on Monday. The merger will come into force on 1 June 2026.')).toEqual([
      ['Aldwick Hospice', 'date:merged', '2026-06-01'],
    ]);
  });

  it('does not date a merger by a system or a service going live', () => {
    expect(mergerDays('Aldwick Hospice will merge with Evenlight Hospice Care. The new booking system goes live on 1 June 2026.')).toEqual([]);
  });
});
