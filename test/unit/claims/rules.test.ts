import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { DEFAULT_CONFLICT_RULES, loadConflictRules } from '../../../server/src/engine/claims/rules';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { tagEntities } from './tagEntities';

describe('the shipped conflict rules', () => {
  it('document every category and exclusion with a source', () => {
    for (const c of DEFAULT_CONFLICT_RULES.categories) expect(c.source, c.id).toBeTruthy();
    for (const e of DEFAULT_CONFLICT_RULES.exclusions) expect(e.source && e.why, e.id).toBeTruthy();
  });

  it('only exclude categories that exist in the vocabulary', () => {
    const ids = new Set(DEFAULT_CONFLICT_RULES.categories.map((c) => c.id));
    for (const e of DEFAULT_CONFLICT_RULES.exclusions) for (const id of e.categories) expect(ids.has(id), `${e.id}: ${id}`).toBe(true);
  });

  it('include the office equivalences of offices.json', () => {
    expect(DEFAULT_CONFLICT_RULES.offices.find((o) => o.id === 'office:health-secretary')?.aliases).toContain('Health Secretary');
  });
});

describe('loadConflictRules', () => {
  const text = 'Acme Care is a hospice. Acme Care is a private company.';
  const entities = tagEntities(text, { 'Acme Care': 'org:acme-care' });

  it('merges a user file: new synonyms extend a category, new exclusions apply', () => {
    const rules = loadConflictRules([
      {
        where: 'team-rules.json',
        content: JSON.stringify({
          categories: [
            { id: 'hospice', name: 'hospice', synonyms: ['hospice'] },
            { id: 'charity', synonyms: ['charitable hospice'] },
          ],
          exclusions: [{ id: 'hospice-vs-for-profit', categories: ['hospice', 'for-profit-private-company'], why: 'team rule' }],
        }),
      },
    ]);
    expect(rules.categories.find((c) => c.id === 'charity')?.synonyms).toEqual(expect.arrayContaining(['charity', 'charitable hospice']));
    const claims = extractClaims(text, entities, undefined, rules).map((claim) => ({ doc: 'a', claim }));
    expect(detectConflicts(claims, rules).map((c) => c.kind)).toEqual(['categorical']);
    // the shipped rules read "a hospice" as an open category, so nothing conflicts
    expect(detectConflicts(extractClaims(text, entities).map((claim) => ({ doc: 'a', claim })))).toEqual([]);
  });

  it('removes rules listed under "remove"', () => {
    const rules = loadConflictRules([{ remove: ['social-enterprise-vs-for-profit'] }]);
    expect(rules.exclusions.map((e) => e.id)).not.toContain('social-enterprise-vs-for-profit');
    expect(DEFAULT_CONFLICT_RULES.exclusions.map((e) => e.id)).toContain('social-enterprise-vs-for-profit');
  });

  it('names the file and the entry when a rule is malformed', () => {
    expect(() => loadConflictRules([{ where: 'bad.json', content: '{"exclusions":[{"id":"x","categories":["a"]}]}' }])).toThrow(
      /bad\.json.*exclusions\[0\]\.categories/,
    );
    expect(() => loadConflictRules([{ where: 'broken.json', content: '{' }])).toThrow(/broken\.json.*not valid JSON/);
  });

  it('accepts office equivalences and organisation-scoped offices from a user file', () => {
    const rules = loadConflictRules([
      { offices: [{ id: 'office:chief-nurse', name: 'Chief Nursing Officer', aliases: ['Chief Nurse'] }], organisationOffices: ['office:chief-nurse'] },
    ]);
    expect(rules.offices.find((o) => o.id === 'office:chief-nurse')).toBeTruthy();
    expect(rules.organisationOffices).toContain('office:chief-nurse');
  });
});
