import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

// A hand-over dated by a day that opens its sentence: "On 1 December the contracts for A, B and C
// passed to X", "From 3 May 2024 the library passed to Y". The day dates the hand-over when no other
// day follows in the sentence and the hand-over is not a clause reported on that day ("On 3 May
// staff were told that catering would pass to Z on 1 June" dates the telling). Every name here is
// invented.

const NAMES: Names = {
  'Tarnside Libraries Trust': 'org:tarnside-libraries-trust',
  'Acorn Foods Ltd': 'org:acorn-foods',
  'Orwell Valley Leisure': 'org:orwell-valley-leisure',
  'Fenby Surgery': 'org:fenby-surgery',
  'Holt Road Practice': 'org:holt-road-practice',
  'Marram Health Ltd': 'org:marram-health',
};

const handedOver = (text: string): Array<[string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute === 'date:handed-over')
    .map((c) => [c.subject, c.value.kind === 'date' ? c.value.iso : '']);

describe('a hand-over dated by the day opening its sentence', () => {
  it('reads the day, whatever stands between it and the verb', () => {
    expect(handedOver('On 3 May 2024 the library passed to Tarnside Libraries Trust.')).toEqual([['org:tarnside-libraries-trust', '2024-05-03']]);
    expect(handedOver('On 1 December 2025 the contracts for Fenby Surgery and Holt Road Practice passed to Marram Health Ltd.')).toEqual([['org:marram-health', '2025-12-01']]);
    expect(handedOver('From Monday 1 April 2024, the management of both pools transferred to Orwell Valley Leisure.')).toEqual([['org:orwell-valley-leisure', '2024-04-01']]);
  });

  it('leaves the day to a report, or to another day in the sentence', () => {
    expect(handedOver('On 3 May 2024 staff were told that catering would pass to Acorn Foods Ltd.')).toEqual([]);
    expect(handedOver('On 3 May 2024 the council agreed the library would pass to Tarnside Libraries Trust.')).toEqual([]);
  });
});
