import { describe, expect, it } from 'vitest';
import { CONFLICT_OPEN, CONFLICT_REVIEWED, distinctValues, shapeConflictTree } from '../../../client/src/panel/conflictTree';
import { conflictsResponse, DOC_A, range } from './fakeResponses';

describe('Conflicts view shape', () => {
  it('groups conflicts by subject, subjects in alphabetical order', () => {
    const tree = shapeConflictTree(conflictsResponse, { showReviewed: true });
    expect(tree.map((node) => node.label)).toEqual(['Andrew Lansley', 'Circle']);
    expect(tree[1].children?.length).toBe(2);
  });

  it('hides reviewed conflicts unless asked to show them', () => {
    const hidden = shapeConflictTree(conflictsResponse, { showReviewed: false });
    const circle = hidden.find((node) => node.label === 'Circle');
    expect(circle?.children?.map((node) => node.refs?.conflictId)).toEqual(['c-category']);
    const shown = shapeConflictTree(conflictsResponse, { showReviewed: true });
    expect(shown.find((node) => node.label === 'Circle')?.description).toBe('1 open of 2');
  });

  it('labels a conflict with the values the sources give, and describes its kind and attribute in words', () => {
    const conflict = shapeConflictTree(conflictsResponse, { showReviewed: false })[1].children![0];
    expect(conflict.label).toBe('employee-owned co-operative ≠ NOT employee-owned co-operative');
    expect(conflict.description).toBe('negation · what it is');
  });

  it('marks open and reviewed conflicts with different context values, for the inline review actions', () => {
    const circle = shapeConflictTree(conflictsResponse, { showReviewed: true })[1];
    const byId = new Map(circle.children!.map((node) => [node.refs?.conflictId, node]));
    expect(byId.get('c-category')?.contextValue).toBe(CONFLICT_OPEN);
    expect(byId.get('c-share')?.contextValue).toBe(CONFLICT_REVIEWED);
    expect(byId.get('c-share')?.description).toContain('reviewed');
  });

  it('lists each source’s claims under a conflict with their value and place, each opening the claim', () => {
    const conflict = shapeConflictTree(conflictsResponse, { showReviewed: false })[1].children![0];
    const claims = conflict.children!;
    expect(claims.map((node) => [node.label, node.description])).toEqual([
      ['employee-owned co-operative', '000_circle.txt:4'],
      ['NOT employee-owned co-operative', '001_co-ops uk.txt:3'],
    ]);
    expect(claims[0].location).toEqual({ uri: DOC_A, range: range(3, 0, 50) });
    expect(claims[0].refs).toMatchObject({ subject: 'org:circle', attribute: 'category' });
  });

  it('falls back to the attribute key when the server gives no label', () => {
    const conflict = { ...conflictsResponse.conflicts[2], attributeLabel: '' };
    const node = shapeConflictTree({ conflicts: [conflict] }, { showReviewed: false })[0].children![0];
    expect(node.description).toBe('role · role');
  });

  it('counts a value once however many sources give it', () => {
    const claim = conflictsResponse.conflicts[0].claims[1];
    expect(distinctValues({ ...conflictsResponse.conflicts[0], claims: [claim, claim, conflictsResponse.conflicts[0].claims[0]] })).toEqual([
      'employee-owned co-operative',
      'NOT employee-owned co-operative',
    ]);
  });

  it('sets at most four values side by side, and says how many claims a bounded answer left out', () => {
    const base = conflictsResponse.conflicts[2];
    const claims = ['Health Secretary', 'Shadow Health Secretary', 'Minister', 'Chair', 'Director'].map((valueLabel, line) => ({ ...base.claims[0], valueLabel, range: range(line, 0, 5) }));
    const conflict = { ...base, claims, claimCount: 5017, sourceCount: 2900, valueCount: 612 };
    const node = shapeConflictTree({ conflicts: [conflict] }, { showReviewed: false })[0].children![0];
    expect(node.label).toBe('Health Secretary ≠ Shadow Health Secretary ≠ Minister ≠ Chair ≠ … (612 values)');
    expect(node.tooltip).toContain('between 2900 sources');
    expect(node.children).toHaveLength(6);
    expect(node.children!.at(-1)).toMatchObject({ label: '… 5012 more claims', contextValue: 'moreClaims', refs: { subject: base.subject, attribute: base.attribute } });
    expect(node.children!.at(-1)!.tooltip).toContain('Claim Matrix');
  });

  it('shows nothing when every conflict is reviewed and reviewed ones are hidden', () => {
    const allReviewed = { conflicts: conflictsResponse.conflicts.map((c) => ({ ...c, reviewed: true })) };
    expect(shapeConflictTree(allReviewed, { showReviewed: false })).toEqual([]);
  });
});
