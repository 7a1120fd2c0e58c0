// "The corporation", "the hospice", "the museum", "the co-operative": a body named once by its name
// and then by the kind its name ends in. The kind word stands for the body of that kind named
// before it, as "the trust" and "the council" do. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

const subjects = (text: string, attribute: string): string[] =>
  analyse(text).claims.filter((c) => c.attribute === attribute).map((c) => c.subjectName ?? c.subject);

describe('a kind word standing for the body of that kind named before it', () => {
  it('reads "the corporation", "the hospice" and "the museum" as the body named so', () => {
    expect(subjects('Ostley Valley Development Corporation was set up last year. The corporation employs 52 staff.', 'count:staff')).toEqual(['Ostley Valley Development Corporation']);
    expect(subjects('St Merryn’s Hospice cares for 900 patients a year. The hospice employs 210 staff.', 'count:staff')).toEqual(["St Merryn's Hospice"]);
    expect(subjects('Fenby Museum reopened in May after a refit. The museum now has 14 staff.', 'count:staff')).toEqual(['Fenby Museum']);
  });

  it('reads the hyphenated "the co-operative" as a body whose name holds that word', () => {
    expect(subjects('Tallow Vale Energy Co-operative Limited runs two wind turbines. The co-operative has 410 members.', 'count:member')).toEqual(['Tallow Vale Energy Co-operative Limited']);
  });

  it('stands for nothing when no body of the kind has been named', () => {
    expect(subjects('The council met on Monday. The hospice employs 210 staff.', 'count:staff')).toEqual([]);
    expect(subjects('Harwick Borough Council met on Monday. The corporation employs 52 staff.', 'count:staff')).toEqual([]);
  });
});

describe('a kind word standing for a body of that kind whose name does not say so', () => {
  it('reads "the union" as a listed trade union named before it', () => {
    expect(subjects('Unison balloted staff at the hospital last week. The union has 2,000 members there.', 'count:member')).toEqual(['Unison']);
    expect(subjects('The GMB wrote to the yard’s owners on Monday. The union has 1,100 members at the yard.', 'count:member')).toEqual(['GMB']);
    expect(subjects('Nurses balloted by the Royal College of Nursing voted to strike. The union has 3,000 members in the county.', 'count:member')).toEqual(['Royal College of Nursing']);
  });

  it('reads "the authority" and "the local authority" as a council named before it', () => {
    expect(subjects('Wenlow District Council approved the plan on Monday. The authority employs 950 staff.', 'count:staff')).toEqual(['Wenlow District Council']);
    expect(subjects('Harwick Borough Council set its budget. The local authority employs 1,200 staff.', 'count:staff')).toEqual(['Harwick Borough Council']);
  });

  it('prefers a body named with the kind word itself', () => {
    expect(subjects('Wenlow District Council approved the plan. Kelby Combined Fire Authority objected. The authority employs 950 staff.', 'count:staff')).toEqual(['Kelby Combined Fire Authority']);
    expect(subjects('Unison met managers. The Fenby Credit Union then closed its doors. The union has 400 members.', 'count:member')).toEqual(['Fenby Credit Union']);
  });

  it('does not make a company or a charity a union or an authority', () => {
    expect(subjects('Ridgeway Solar Ltd won the contract. The union has 200 members at the site.', 'count:member')).toEqual([]);
    expect(subjects('Fenby Housing Trust approved the plan. The authority employs 950 staff.', 'count:staff')).toEqual([]);
  });
});
