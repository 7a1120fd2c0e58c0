import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

// Capitals that look like a body's acronym or name but label something else: a function word in a
// shouted heading, a register's or a paper's serial number, a section's title in capitals.

describe('capitals that name no body', () => {
  it('takes no acronym from a function word in a heading in capitals', () => {
    expect(textsOf('FERRY SALE: WHAT THE HARBOUR BOARD ISN’T SAYING\n\nThe board met on Monday.', 'organisation')).not.toContain('WHAT');
    expect(textsOf('WHY WE SAID NO\n\nThe vote was close.', 'organisation')).toEqual([]);
  });

  it('takes no acronym from the label of a serial number (register, paper, company number)', () => {
    expect(textsOf('Authorised by the regulator (FRN 213944).', 'organisation')).toEqual([]);
    expect(textsOf('Published as HC 688 by order of the House.', 'organisation')).toEqual([]);
    expect(textsOf('Registered in England, CRN 04512345.', 'organisation')).toEqual([]);
  });

  it('still reads capitals before a year, a figure with commas, or a small number as a body', () => {
    expect(textsOf('The KVPA 2024 report was late.', 'organisation')).toContain('KVPA');
    expect(textsOf('The TWCA said 3,400 members had voted.', 'organisation')).toContain('TWCA');
  });

  it('takes no body from a section title in capitals whose words the text writes in ordinary case', () => {
    const bulletin = 'In this issue: Pay talks | Credit union news\n\nCREDIT UNION NEWS\nOur credit union has moved.';
    expect(textsOf(bulletin, 'organisation')).toEqual([]);
  });

  it('still reads a body’s own name in capitals on a line of its own', () => {
    expect(textsOf('KELVALE HOUSING TRUST\nAnnual report 2025\n\nWe build homes as a housing trust.', 'organisation')).toEqual(['KELVALE HOUSING TRUST']);
  });

  it('takes no body from the acronym of a measure, a relief or an office', () => {
    const text = 'The ROI on the scheme was 12%. The team grew to 40 FTE. SBRR cut the bill. The PCC sets the precept, and the OPCC publishes it.';
    expect(textsOf(text, 'organisation')).toEqual(['OPCC']);
  });
});
