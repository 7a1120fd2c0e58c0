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
