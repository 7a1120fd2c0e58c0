import { describe, expect, it } from 'vitest';
import { anchorAll } from '../../../server/src/engine/annotations/anchoring';
import { toAliasLinks, toEntityOverrides } from '../../../server/src/engine/annotations/overrides';
import { annotate } from './helpers';

const TEXT = 'Mayo of Co-ops UK met the Health Secretary and Circle on 3 May 2011.';

describe('manual annotations as engine corrections', () => {
  it('turns a "not an entity" tag into a suppression of that span', () => {
    const record = annotate(TEXT, 'Health Secretary', [{ kind: 'not-an-entity' }]);
    const start = TEXT.indexOf('Health Secretary');
    expect(toEntityOverrides(anchorAll([record], TEXT))).toEqual([{ action: 'suppress', start, end: start + 16 }]);
  });

  it('turns an entity tag with a canonical link into a tag carrying the canonical id and name', () => {
    const record = annotate(TEXT, 'Co-ops UK', [
      { kind: 'entity-tag', entityType: 'organisation' },
      { kind: 'canonical-link', canonical: 'org:co-operatives-uk', label: 'Co-operatives UK' },
    ]);
    const start = TEXT.indexOf('Co-ops UK');
    expect(toEntityOverrides(anchorAll([record], TEXT))).toEqual([
      { action: 'tag', start, end: start + 9, type: 'organisation', canonical: 'org:co-operatives-uk', canonicalName: 'Co-operatives UK' },
    ]);
  });

  it('reads the type from the canonical id when a link comes without a tag', () => {
    const record = annotate(TEXT, 'Mayo', [{ kind: 'canonical-link', canonical: 'person:ed-mayo', label: 'Ed Mayo' }]);
    expect(toEntityOverrides(anchorAll([record], TEXT))[0]).toMatchObject({ action: 'tag', type: 'person', canonical: 'person:ed-mayo' });
  });

  it('lets the most recent annotation on a span win when two disagree', () => {
    const older = annotate(TEXT, 'Circle', [{ kind: 'entity-tag', entityType: 'organisation' }], { when: '2024-01-01T00:00:00Z' });
    const newer = annotate(TEXT, 'Circle', [{ kind: 'not-an-entity' }], { when: '2024-02-01T00:00:00Z' });
    expect(toEntityOverrides(anchorAll([newer, older], TEXT))).toEqual([expect.objectContaining({ action: 'suppress' })]);
  });

  it('gives no override for notes, assessments, or orphans', () => {
    const note = annotate(TEXT, '3 May 2011', [{ kind: 'note', text: 'check' }, { kind: 'assessment', value: 'disputed' }]);
    const orphan = annotate(TEXT, 'Circle');
    const live = [...anchorAll([note], TEXT), ...anchorAll([orphan], 'Nothing to see here at all.')];
    expect(live[1].anchor.status).toBe('orphan');
    expect(toEntityOverrides(live)).toEqual([]);
  });

  it('makes every canonical link an alias for the whole corpus, and reports a surface linked two ways', () => {
    const a = annotate(TEXT, 'Co-ops UK', [{ kind: 'canonical-link', canonical: 'org:co-operatives-uk', label: 'Co-operatives UK' }], { when: '2024-01-01T00:00:00Z' });
    const b = annotate(TEXT, 'Circle', [{ kind: 'canonical-link', canonical: 'org:circle-partnership', label: 'Circle Partnership Ltd' }], { when: '2024-01-01T00:00:00Z' });
    const c = annotate(TEXT, 'Circle', [{ kind: 'canonical-link', canonical: 'org:circle-health', label: 'Circle' }], { when: '2024-03-01T00:00:00Z' });
    const { aliases, conflicts } = toAliasLinks([a, b, c]);
    expect(aliases).toEqual([
      { surface: 'Circle', canonical: 'org:circle-health', canonicalName: 'Circle', type: 'organisation' },
      { surface: 'Co-ops UK', canonical: 'org:co-operatives-uk', canonicalName: 'Co-operatives UK', type: 'organisation' },
    ]);
    expect(conflicts).toEqual([{ surface: 'Circle', canonicals: ['org:circle-health', 'org:circle-partnership'] }]);
  });
});
