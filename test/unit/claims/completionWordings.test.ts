// More wordings of the day a deal completed, all keyed as the buyer's date:purchase-completed
// (completionDates.ts): a rescue, a sale or a handover completes as a purchase does; a date
// opening the sentence dates its verb ("On Friday 16 August 2024 the club completed its
// purchase"); a doer the page's own body stands for ("the Trust", "we") is that body; "it
// completed" after an exchange of contracts is the deal's completion; "the sale of Y to X" is X's;
// a deal whose sentence names bodies only after prepositions is the page's. The exchange, the
// announcement and other things completed ("due diligence was completed") are not the deal's
// completion. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Garth Rugby Club': 'org:garth-rugby-club',
  'Penwith Solar Ltd': 'org:penwith-solar',
  'Kernow Energy Co-operative': 'org:kernow-energy',
  'Hale Barrow LLP': 'org:hale-barrow',
  'Ashcombe Housing Co-operative': 'org:ashcombe-housing',
  'Brookside Clinic': 'org:brookside-clinic',
  'Meadow Health Partnership': 'org:meadow-health',
  'Westgate Council': 'org:westgate-council',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES), '2025-06-20');
const completions = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute === 'date:purchase-completed' && c.value.kind === 'date')
    .map((c) => `${c.subject} ${c.value.kind === 'date' ? c.value.iso : ''}`);

describe('a deal completed, in other words', () => {
  it('reads a rescue, a sale and a handover completing', () => {
    expect(completions('Penwith Solar Ltd was rescued by Kernow Energy Co-operative. Penwith Solar Ltd keeps its staff. The rescue completed on Monday 3 March 2025.')).toEqual([
      'org:penwith-solar 2025-03-03',
    ]);
    expect(completions('The sale of Brookside Clinic to Meadow Health Partnership completed on 30 September 2024.')).toEqual(['org:meadow-health 2024-09-30']);
    expect(completions('The handover of the depot from Westgate Council to Garth Rugby Club was completed in June 2025.')).toEqual(['org:garth-rugby-club 2025-06']);
  });

  it('reads a date opening the sentence, and a doer the page’s body stands for', () => {
    const newsletter = 'Garth Rugby Club – Members’ Newsletter\nGarth Rugby Club thanks every member.\nOn Friday 16 August 2024 the club completed its purchase of the Mill Field ground.';
    expect(completions(newsletter)).toEqual(['org:garth-rugby-club 2024-08-16']);
    const update = 'Ashcombe Housing Co-operative – update\nAshcombe Housing Co-operative thanks its members.\nAt 3pm on Friday 30 May 2025 we completed our purchase of Linden Court.';
    expect(completions(update)).toEqual(['org:ashcombe-housing 2025-05-30']);
  });

  it('reads “it completed” counted on from an exchange of contracts', () => {
    const podcast = 'Ashcombe Housing Co-operative on the Linden Court deal\nWe exchanged contracts with Westgate Council on 2 May and it completed a fortnight later.\nAshcombe Housing Co-operative owns the block.';
    expect(completions(podcast)).toEqual(['org:ashcombe-housing 2025-05-16']);
  });

  it('reads a deal whose sentence names bodies only after prepositions as the page’s', () => {
    const news = 'Penwith Solar Ltd saved\nPenwith Solar Ltd will keep trading.\nAdministrators at Hale Barrow LLP agreed terms on 3 March and the deal completed ten days later.';
    expect(completions(news)).toEqual(['org:penwith-solar 2025-03-13']);
  });

  it('does not read the exchange, other things completed, or an “it” with no exchange', () => {
    expect(completions('Ashcombe Housing Co-operative exchanged contracts for Linden Court on 2 May 2025.')).toEqual([]);
    expect(completions('Penwith Solar Ltd rescue talks\nPenwith Solar Ltd said due diligence was completed on 20 February 2025.')).toEqual([]);
    expect(completions('Garth Rugby Club\nGarth Rugby Club built a new stand. It completed on 2 May 2025, on budget.')).toEqual([]);
  });

  it('does not date a deal by a date that does not open its sentence', () => {
    expect(completions('Garth Rugby Club\nGarth Rugby Club held its AGM on 2 May 2025 and the club completed its purchase of the ground.')).toEqual([]);
  });
});
