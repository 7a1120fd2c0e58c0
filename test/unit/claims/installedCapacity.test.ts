import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';
import { attributeLabel, claimValueLabel } from '../../../server/src/lsp/labels';

// Invented bodies on several topics: community energy, schools, hospitals, housing.
const NAMES: Names = {
  'Sunfold Energy Co-operative': 'org:sunfold-energy',
  'Sunfold Energy Co-operative Limited': 'org:sunfold-energy',
  'Ferrow Hospitals Energy Ltd': 'org:ferrow-hospitals-energy',
  'Kelbrook Schools Solar': 'org:kelbrook-schools-solar',
  'Marsh Lane Housing Association': 'org:marsh-lane-housing',
  'Hillfold Community Turbines': 'org:hillfold-turbines',
  'Coastline Courier': 'org:coastline-courier',
};

const claimsOf = (text: string) => extractClaims(text, tagEntities(text, NAMES));
const capacity = (text: string): Array<[string, number, string | undefined]> =>
  claimsOf(text)
    .filter((c) => c.attribute === 'capacity:installed' && c.value.kind === 'number')
    .map((c) => [c.subject, c.value.kind === 'number' ? c.value.value : NaN, c.value.kind === 'number' ? c.value.qualifier : undefined]);

describe('the generating capacity a body has installed, in MW whatever the unit', () => {
  it('reads "X has installed about N megawatts of solar panels"', () => {
    expect(capacity('Sunfold Energy Co-operative, a co-operative in the district, has installed about 2 megawatts of solar panels on schools.')).toEqual([
      ['org:sunfold-energy', 2, 'around'],
    ]);
  });

  it('reads "X now has N kW of panels installed" and turns kW into MW', () => {
    expect(capacity('Kelbrook Schools Solar now has 450 kW of panels installed on 12 school roofs.')).toEqual([['org:kelbrook-schools-solar', 0.45, undefined]]);
  });

  it('reads "X’s installed capacity stands at N MW"', () => {
    expect(capacity('Ferrow Hospitals Energy Ltd’s installed capacity stands at 3.4 MW.')).toEqual([['org:ferrow-hospitals-energy', 3.4, undefined]]);
  });

  it('gives a line of facts in a body’s own document to the body ("Installed now: N MW", "Installed capacity | N kWp")', () => {
    expect(capacity('Sunfold Energy Co-operative Limited\nShare offer\n\nKEY FACTS\nInstalled now: 1.2 MW on 17 roofs\nMembers: more than 480')).toEqual([
      ['org:sunfold-energy', 1.2, undefined],
    ]);
    expect(capacity('Marsh Lane Housing Association\nOur solar roofs\n\nInstalled capacity | 640 kWp\nRoofs | 9')).toEqual([['org:marsh-lane-housing', 0.64, undefined]]);
  });

  it('keeps a past figure with its year', () => {
    const [claim] = claimsOf('By 2022 Hillfold Community Turbines had installed 0.5 MW.').filter((c) => c.attribute === 'capacity:installed');
    expect(claim?.time).toBe('2022');
  });

  it('does not read capacity to come, a plant’s size, a newspaper’s line of facts or a rate', () => {
    expect(capacity('Hillfold Community Turbines will install 5 MW by 2028.')).toEqual([]);
    expect(capacity('Hillfold Community Turbines plans to add 1.5 MW next year.')).toEqual([]);
    expect(capacity('Hillfold Community Turbines has built a 5 MW wind farm near the dale.')).toEqual([]);
    expect(capacity('Coastline Courier\n\nInstalled now: 1.2 MW on 17 roofs')).toEqual([]);
    expect(capacity('Kelbrook Schools Solar has installed panels that make 90 MWh a year.')).toEqual([]);
  });

  it('flags a share offer’s line against a minister’s answer, and not two figures that can both be true', () => {
    const offer = claimsOf('Sunfold Energy Co-operative Limited\nShare offer\n\nInstalled now: 1.2 MW on 17 roofs');
    const answer = claimsOf('Sunfold Energy Co-operative has installed about 2 megawatts of solar panels on village halls.');
    const close = claimsOf('Sunfold Energy Co-operative has installed more than 1 MW of panels.');
    expect(conflictsAmongSources([{ doc: 'offer', claims: offer }, { doc: 'answer', claims: answer }]).some((c) => c.attribute === 'capacity:installed')).toBe(true);
    expect(conflictsAmongSources([{ doc: 'offer', claims: offer }, { doc: 'close', claims: close }]).some((c) => c.attribute === 'capacity:installed')).toBe(false);
  });

  it('reads in a diagnostic as "installed capacity", with the unit’s symbol never put in the plural', () => {
    expect(attributeLabel('capacity:installed')).toBe('installed capacity');
    expect(claimValueLabel({ kind: 'number', value: 1.2, unit: 'MW' })).toBe('1.2 MW');
    expect(claimValueLabel({ kind: 'number', value: 2, unit: 'MW', qualifier: 'around' })).toBe('about 2 MW');
  });
});
