import { describe, expect, it } from 'vitest';
import { mergeAnnotations } from '../../../server/src/engine/annotations/merge';
import { withBodies, type AnnotationRecord } from '../../../server/src/engine/annotations/model';
import { annotate, at } from './helpers';

const TEXT = 'The King\u2019s Fund and the Nuffield Trust wrote to the Department of Health.';
const map = (...records: AnnotationRecord[]) => new Map(records.map((r) => [r.id, r]));
const ids = (records: AnnotationRecord[]) => records.map((r) => r.id).sort();

describe('merging the annotations in memory with a copy another process wrote', () => {
  const a = annotate(TEXT, 'The King\u2019s Fund');
  const b = annotate(TEXT, 'Nuffield Trust');
  const c = annotate(TEXT, 'Department of Health');

  it('keeps additions from both sides', () => {
    const result = mergeAnnotations(map(a), map(a, b), map(a, c));
    expect(ids(result.records)).toEqual(ids([a, b, c]));
    expect(result.differsFromDisk).toBe(true);
    expect(result.differsFromLocal).toBe(true);
  });

  it('honours a deletion made on disk when the annotation was not edited here', () => {
    const result = mergeAnnotations(map(a, b), map(a, b), map(a));
    expect(ids(result.records)).toEqual(ids([a]));
  });

  it('honours a deletion made here when the annotation was not edited on disk', () => {
    const result = mergeAnnotations(map(a, b), map(a), map(a, b));
    expect(ids(result.records)).toEqual(ids([a]));
    expect(result.differsFromDisk).toBe(true);
  });

  it('keeps an edit made here even if the other side deleted the annotation', () => {
    const edited = withBodies(b, [{ kind: 'note', text: 'keep me' }], { now: at('2024-06-01T00:00:00Z') });
    const result = mergeAnnotations(map(a, b), map(a, edited), map(a));
    expect(result.records).toContainEqual(edited);
  });

  it('keeps an edit made on disk even if this side deleted the annotation', () => {
    const edited = withBodies(b, [{ kind: 'note', text: 'theirs' }], { now: at('2024-06-01T00:00:00Z') });
    const result = mergeAnnotations(map(a, b), map(a), map(a, edited));
    expect(result.records).toContainEqual(edited);
  });

  it('takes the newer copy when both sides edited the same annotation', () => {
    const mine = withBodies(a, [{ kind: 'note', text: 'mine' }], { now: at('2024-06-01T00:00:00Z') });
    const theirs = withBodies(a, [{ kind: 'note', text: 'theirs' }], { now: at('2024-06-02T00:00:00Z') });
    expect(mergeAnnotations(map(a), map(mine), map(theirs)).records).toEqual([theirs]);
    expect(mergeAnnotations(map(a), map(theirs), map(mine)).records).toEqual([theirs]);
  });

  it('takes the edited copy when only one side changed, even if its timestamp is older', () => {
    const reverted = { ...a, modified: '2020-01-01T00:00:00.000Z', bodies: [] };
    expect(mergeAnnotations(map(a), map(a), map(reverted)).records).toEqual([reverted]);
  });
});
