// The day a merger takes effect, however a source tells it: "X will merge with Y on 1 August",
// "X became part of Y in 2019", "X will cease to exist on 1 January when it becomes part of Y", or
// "X is to merge with Y. The merger will take effect on 1 August". Every wording gives both bodies
// date:merged:<the other>, so sources that date one merger differently disagree; the day it was
// announced is another event. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { SourcedClaim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'University of Harlow Vale': 'org:university-of-harlow-vale', 'Denbury University': 'org:denbury-university' };
const HV = 'org:university-of-harlow-vale';
const DU = 'org:denbury-university';
const mergers = (text: string): Array<[string, string, string]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute.startsWith('date:merged'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);
const both = (iso: string): Array<[string, string, string]> => [
  [HV, `date:merged:${DU}`, iso],
  [DU, `date:merged:${HV}`, iso],
];
const sorted = (rows: Array<[string, string, string]>) => [...rows].sort((a, b) => (a[0] < b[0] ? 1 : -1));

describe('the day a merger takes effect', () => {
  it('reads a merger still to come', () => {
    expect(sorted(mergers('The University of Harlow Vale will merge with Denbury University on 1 August 2024.'))).toEqual(both('2024-08-01'));
    expect(sorted(mergers('The University of Harlow Vale is to merge with its neighbour Denbury University from 1 August 2024.'))).toEqual(both('2024-08-01'));
    expect(sorted(mergers('The University of Harlow Vale and Denbury University will merge on 1 August 2024.'))).toEqual(both('2024-08-01'));
    expect(mergers('The University of Harlow Vale and Denbury University will meet on 1 August 2024.')).toEqual([]);
  });

  it('reads becoming part of the other body', () => {
    expect(sorted(mergers('The University of Harlow Vale became part of Denbury University in 2019.'))).toEqual(both('2019'));
    expect(sorted(mergers('Staff at the University of Harlow Vale were told. The university will cease to exist on 1 January 2025 when it becomes part of Denbury University.'))).toEqual(both('2025-01-01'));
  });

  it('reads a bare "the merger" taking effect as the one named just before', () => {
    expect(sorted(mergers('The University of Harlow Vale will merge with its neighbour Denbury University. The merger will take effect on 1 August 2024.'))).toEqual(both('2024-08-01'));
    expect(sorted(mergers('The merger of the University of Harlow Vale and Denbury University was completed on 3 March 2020.'))).toEqual(both('2020-03-03'));
  });

  it('dates nothing for an announcement, talks, or a merger with no parties named', () => {
    expect(mergers('The University of Harlow Vale will merge with Denbury University. The merger was announced on 6 February 2024.')).toEqual([]);
    expect(mergers('Its merger talks with Denbury University began on 6 February 2024.')).toEqual([]);
    expect(mergers('Universities are struggling. The merger will take effect on 1 August 2024.')).toEqual([]);
    expect(mergers('The University of Harlow Vale said its nursing school will become part of Denbury University on 1 August 2024.')).toEqual([]);
  });

  it('flags two sources that date one merger differently, not the announcement and the effect', () => {
    const sourced = (doc: string, text: string): SourcedClaim[] => extractClaims(text, tagEntities(text, NAMES)).map((claim) => ({ doc, claim }));
    const a = sourced('a.txt', 'The University of Harlow Vale will merge with its neighbour Denbury University. The merger was announced on 6 February 2024 and will take effect on 1 August 2024.');
    const b = sourced('b.txt', 'Staff at the University of Harlow Vale were told. The university will cease to exist on 1 January 2025 when it becomes part of Denbury University.');
    const key = (claims: SourcedClaim[]) => claims.filter((s) => s.claim.subject === HV && s.claim.attribute === `date:merged:${DU}`);
    expect(detectConflicts(key([...a, ...b])).map((c) => [c.kind, c.claims.map((s) => s.doc)])).toEqual([['date', ['a.txt', 'b.txt']]]);
    expect(detectConflicts(a.filter((s) => s.claim.subject === HV))).toEqual([]);
  });

  it('dates a bare "the merger" only when the merger named before it is one whose parties are read', () => {
    const named: Names = { ...NAMES, 'Kelsall College': 'org:kelsall-college', 'Denbury College': 'org:denbury-college', 'Ashby Homes': 'org:ashby-homes' };
    const of = (text: string) => extractClaims(text, tagEntities(text, named)).filter((c) => c.attribute.startsWith('date:merged')).map((c) => c.subject).sort();
    // the nearer merger's partner is no name the engine knows: the earlier pair is not meant
    expect(of('Kelsall College will merge with Denbury College. Ashby Homes has agreed to merge with a housing co-operative. The merger will take effect on 1 October 2025.')).toEqual([]);
    // two mergers named together: "the merger" is neither for certain
    expect(of('The University of Harlow Vale will merge with Denbury University, while Kelsall College will merge with Denbury College. The merger will take effect on 1 September 2025.')).toEqual([]);
    // one merger named, then other news: still that merger
    expect(of('The University of Harlow Vale will merge with Denbury University. The merger will take effect on 1 September 2025.')).toEqual([DU, HV].sort());
  });
});

describe('a mutual’s transfer of engagements, and a date fronting the clause', () => {
  const MUTUALS: Names = { 'Fenwick Savers Credit Union': 'org:fenwick-savers', 'Riverside Credit Union': 'org:riverside-cu', 'Ashby Building Society': 'org:ashby-bs' };
  const merged = (text: string) =>
    extractClaims(text, tagEntities(text, MUTUALS))
      .filter((c) => c.attribute.startsWith('date:merged'))
      .map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

  it('reads transferring its engagements to another body as merging with it, dated after or before', () => {
    expect(merged('Fenwick Savers Credit Union transferred its engagements to Riverside Credit Union on 2 March 2031.')).toContainEqual(['org:fenwick-savers', 'date:merged:org:riverside-cu', '2031-03-02']);
    expect(merged('On Monday 2 March 2031 Fenwick Savers Credit Union transferred its engagements to Riverside Credit Union, and your savings are safe.')).toContainEqual([
      'org:riverside-cu',
      'date:merged:org:fenwick-savers',
      '2031-03-02',
    ]);
    expect(merged('From 1 April 2031, Ashby Building Society will transfer all of its engagements to Riverside Credit Union.')).toContainEqual(['org:ashby-bs', 'date:merged:org:riverside-cu', '2031-04-01']);
  });

  it('reads a fronted date for any merger wording, but not the day the transfer was agreed', () => {
    expect(merged('On 1 August 2031 Fenwick Savers Credit Union merged into Riverside Credit Union.')).toContainEqual(['org:fenwick-savers', 'date:merged:org:riverside-cu', '2031-08-01']);
    expect(merged('The transfer of engagements to Riverside Credit Union was agreed by its board on 20 January 2031.')).toEqual([]);
    expect(merged('Fenwick Savers Credit Union said on 3 May 2031 that it hoped to transfer its engagements to Riverside Credit Union.')).toEqual([]);
  });
});

describe('a merger dated by the body it dissolves, or by a noun', () => {
  const NAMED: Names = { ...NAMES, 'Ofsted': 'org:ofsted', 'Office for Students': 'org:office-for-students' };
  const merged = (text: string): Array<[string, string, string]> =>
    extractClaims(text, tagEntities(text, NAMED))
      .filter((c) => c.attribute.startsWith('date:merged'))
      .map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

  it('takes the body dissolved when the merger takes effect as the one merging, not whoever recommended it', () => {
    const text =
      'The Office for Students reviewed the University of Harlow Vale and recommended a merger with Denbury University. ' +
      'The merger will take effect on 1 August 2025, when the University of Harlow Vale will be dissolved.';
    expect(sorted(merged(text))).toEqual(both('2025-08-01'));
  });

  it('reads "a merger date of D" with the merger the clause names, the text’s own body as the other party', () => {
    const minutes = 'University of Harlow Vale\nMinutes of the Board of Governors\nRESOLVED: that the Board approves the merger with Denbury University, with a merger date of 1 January 2026.';
    expect(sorted(merged(minutes))).toEqual(both('2026-01-01'));
    expect(sorted(merged('The University of Harlow Vale confirmed the merger with Denbury University; the merger date is 1 January 2026.'))).toEqual(both('2026-01-01'));
  });

  it('reads no merger date where no merger with a named body is told in the clause', () => {
    expect(merged('University of Harlow Vale\nMinutes\nThe Board noted a possible merger date of 1 January 2026.')).toEqual([]);
  });

  it('flags two sources that date the merger differently, however each names it', () => {
    const a =
      'The Office for Students recommended a merger with Denbury University. The merger will take effect on 1 August 2025, when the University of Harlow Vale will be dissolved.';
    const b = 'University of Harlow Vale\nMinutes of the Board of Governors\nRESOLVED: that the Board approves the merger with Denbury University, with a merger date of 1 January 2026.';
    const sourced: SourcedClaim[] = [a, b].flatMap((text, i) => extractClaims(text, tagEntities(text, NAMED)).map((claim) => ({ doc: `d${i}`, claim })));
    expect(detectConflicts(sourced).filter((c) => c.kind === 'date').length).toBeGreaterThan(0);
  });
});
