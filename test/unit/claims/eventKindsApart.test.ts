// An outage and a fire (or a flood) at one body are two events, however close their days: a
// council's note that "the fire at the depot started on 2 January" and the body's statement that
// "the outage began on 7 January" must not be read as one start told twice. A fire and a flood are
// each keyed by their own noun; outages, losses of supply, power cuts and interruptions share one
// class. Every name here is invented.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { attributeLabel } from '../../../server/src/lsp/labels';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Marl Valley Water': 'org:marl-valley-water', 'Kestrel Court Care Home': 'org:kestrel-court' };

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES)).filter((c) => c.attribute.startsWith('date:began'));
const facts = (text: string): Array<[string, string, string]> => claimsOf(text).map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);
const conflicts = (a: string, b: string) =>
  conflictsAmongSources([
    { doc: 'a.txt', claims: claimsOf(a) },
    { doc: 'b.txt', claims: claimsOf(b) },
  ]);

describe('a fire and a flood are events of their own, not an outage', () => {
  it('keys a fire and a flood by their noun', () => {
    expect(facts('The fire at Kestrel Court Care Home started on Sunday 3 March 2024.')).toEqual([['org:kestrel-court', 'date:began:fire', '2024-03-03']]);
    expect(facts('The flooding at Marl Valley Water began on 3 March 2024.')).toEqual([['org:marl-valley-water', 'date:began:flood', '2024-03-03']]);
    expect(facts('The loss of supply at Marl Valley Water began on 3 March 2024.')).toEqual([['org:marl-valley-water', 'date:began:incident', '2024-03-03']]);
  });

  it('sets no fire against an outage, and still sets two dates of one fire against each other', () => {
    expect(conflicts('Marl Valley Water said the fire at its depot started on 2 January 2025.', 'The outage at Marl Valley Water began on 7 January 2025.')).toEqual([]);
    expect(conflicts('The fire at Kestrel Court Care Home started on 3 March 2024.', 'The fire at Kestrel Court Care Home began on 10 March 2024.')).toHaveLength(1);
  });

  it('names the event in words', () => {
    expect(attributeLabel('date:began:fire')).toBe('date the fire began');
    expect(attributeLabel('date:began:flood')).toBe('date the flood began');
  });
});
