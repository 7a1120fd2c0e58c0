import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

// Capitals glued by "/" to a number open a paper's or a decision's reference ("CAB/2025/118"): the
// letters are a series' code, not a body, even when a body is listed under the same capitals.

describe('references made of capitals and numbers', () => {
  it('reads no body in a decision or paper reference', () => {
    expect(textsOf('Decisions › KLT/2025/118\n\nDecision notice: Cabinet', 'organisation')).toEqual([]);
    expect(textsOf('Paper reference: WPB/26/041\nTitle: Palliative care', 'organisation')).toEqual([]);
  });

  it('reads no listed body in a reference that spells its acronym', () => {
    expect(textsOf('Call-in of Cabinet decision CAB/2026/031 on the farms estate.', 'organisation')).toEqual([]);
  });

  it('still reads the acronym written on its own, or before a slash and words', () => {
    expect(textsOf('The KLT said the CAB would advise tenants.', 'organisation')).toEqual(['KLT', 'CAB']);
    expect(textsOf('A joint KLT/council plan was agreed.', 'organisation')).toContain('KLT');
  });
});
