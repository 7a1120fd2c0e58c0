// A change in a body's measure told as a share or a multiple (claims/figures/percentChanges.ts):
// "rose by 41%", "nearly doubled", "raised its prices by 12 per cent", keyed by the measure's
// head and the body whose measure it is, so that a rise and a multiple of one measure at one time
// meet, and nothing else does.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { attributeLabel } from '../../../server/src/lsp/labels';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Fellgate Heat': 'org:fellgate-heat',
  'Tarnside Water': 'org:tarnside-water',
  'Holm Library Trust': 'org:holm-library-trust',
  'Mellor Buses': 'org:mellor-buses',
};

const changes = (text: string): Array<[string, string, number]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('change:') && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

const conflicts = (a: string, b: string) =>
  conflictsAmongSources([
    { doc: 'a.txt', claims: extractClaims(a, tagEntities(a, NAMES)) },
    { doc: 'b.txt', claims: extractClaims(b, tagEntities(b, NAMES)) },
  ]).filter((c) => c.attribute.startsWith('change:'));

describe('a change in a body’s measure, as a share or a multiple', () => {
  it('reads a rise or a fall by a share of a possessor’s measure (trade press, annual report)', () => {
    expect(changes('Fellgate Heat’s average bill rose by 41% in April 2025.')).toEqual([['org:fellgate-heat', 'change:bill in 2025-04', 41]]);
    expect(changes('Holm Library Trust’s visitor numbers fell by 12 per cent in March 2024.')).toEqual([['org:holm-library-trust', 'change:visitor number in 2024-03', -12]]);
  });

  it('reads a multiple as a share: doubled is +100%, halved -50% (newsletter, Hansard)', () => {
    expect(changes('Bills at Fellgate Heat nearly doubled in April 2025.')).toEqual([['org:fellgate-heat', 'change:bill in 2025-04', 100]]);
    expect(changes('Mellor Buses’ fares halved in June 2024.')).toEqual([['org:mellor-buses', 'change:fare in 2024-06', -50]]);
  });

  it('reads the transitive form on the clause’s subject (press release)', () => {
    expect(changes('Tarnside Water raised its standing charges by 12 per cent in January 2025.')).toEqual([['org:tarnside-water', 'change:standing charge in 2025-01', 12]]);
    expect(changes('Mellor Buses cut its fares by 10% in May 2024.')).toEqual([['org:mellor-buses', 'change:fare in 2024-05', -10]]);
  });

  it('reads no change dated to no month: a measure may change more than once a year', () => {
    expect(changes('Mellor Buses cut its fares by 10% in 2024.')).toEqual([]);
    expect(changes('Mellor Buses cut its fares by 10%.')).toEqual([]);
  });

  it('flags "rose by 41%" against "nearly doubled" for one body’s measure in one year', () => {
    expect(conflicts('Fellgate Heat’s average bill rose by 41% in April 2025.', 'Bills at Fellgate Heat nearly doubled in April 2025.').map((c) => c.attribute)).toEqual([
      'change:bill in 2025-04',
    ]);
  });

  it('reads the key in words', () => {
    expect(attributeLabel('change:bill')).toBe('change in bill');
  });
});

const LOOK_ALIKES: ReadonlyArray<[string, string, string]> = [
  ['two changes in one year', 'Fellgate Heat’s bills rose by 41% in April 2025.', 'Fellgate Heat’s bills rose by 5% in October 2025.'],
  ['undated changes', 'Fellgate Heat’s bills rose by 41%.', 'Fellgate Heat’s bills rose by 5%.'],
  ['a level, not a change', 'Fellgate Heat’s bills rose to 41% of income in May 2025.', 'Fellgate Heat’s bills rose by 12% in May 2025.'],
  ['a forecast', 'Fellgate Heat’s bills are expected to rise by 41% in May 2025.', 'Fellgate Heat’s bills rose by 12% in May 2025.'],
  ['a possibility', 'Fellgate Heat’s bills could double in May 2025.', 'Fellgate Heat’s bills rose by 12% in May 2025.'],
  ['another year', 'Fellgate Heat’s bills rose by 41% in May 2024.', 'Fellgate Heat’s bills rose by 12% in May 2025.'],
  ['percentage points', 'Fellgate Heat’s bills rose by 4 percentage points in May 2025.', 'Fellgate Heat’s bills rose by 12% in May 2025.'],
  ['money, not a share', 'Fellgate Heat’s bills rose by £41 in May 2025.', 'Fellgate Heat’s bills rose by 12% in May 2025.'],
  ['another measure', 'Fellgate Heat’s profits rose by 41% in May 2025.', 'Fellgate Heat’s bills rose by 12% in May 2025.'],
  ['another body', 'Tarnside Water’s bills rose by 41% in May 2025.', 'Fellgate Heat’s bills rose by 12% in May 2025.'],
  ['no body named', 'The average bill rose by 41% in May 2025.', 'Fellgate Heat’s bills rose by 12% in May 2025.'],
  ['a denial', 'Fellgate Heat’s bills have not doubled in May 2025.', 'Fellgate Heat’s bills rose by 12% in May 2025.'],
  ['a rise against a stock', 'Fellgate Heat connects 2,400 homes.', 'Fellgate Heat’s homes rose by 12% in May 2025.'],
];

describe('look-alikes that must not conflict (precision)', () => {
  it.each(LOOK_ALIKES)('%s', (_name, a, b) => {
    expect(conflicts(a, b)).toEqual([]);
  });
});
