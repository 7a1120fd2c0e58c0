// "The merged credit union", "the enlarged housing association", "the district council": a
// definite description whose head is a kind of body, with lower-case words between "the" and the
// head. It stands for the body named before whose name holds the head and every such word, or
// whose state the word gives (merged, enlarged, combined, new, joint, single); it stands for no
// body when a word names another one ("the county council" after a district council, "the other
// trust", "the ambulance trust"). The examples were written before the rule. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

const subjects = (text: string, attribute: string): string[] =>
  analyse(text).claims.filter((c) => c.attribute === attribute).map((c) => c.subjectName ?? c.subject);

describe('a kind of body with words between "the" and the head', () => {
  it('stands for the body named before, in prose, reports, bulletins and chats', () => {
    expect(subjects('Northmead Housing Association took over Ferris Homes in 2024. The enlarged housing association now manages 9,800 homes.', 'count:homes')).toEqual(['Northmead Housing Association']);
    expect(subjects('Welcome to the spring newsletter of Harbury Learning Trust.\n\nThe learning trust now runs 12 schools across the county.', 'count:school')).toEqual(['Harbury Learning Trust']);
    expect(subjects('Calderside Hospitals NHS Foundation Trust today published its annual report. The foundation trust employs 7,400 staff.', 'count:staff')).toEqual(['Calderside Hospitals NHS Foundation Trust']);
    expect(subjects('Ashgrove Credit Union merged with Penmoor Credit Union in May. The merged credit union now has 4,200 members.', 'count:member')).toEqual(['Penmoor Credit Union']);
    expect(subjects('Q: Who runs the buses?\nA: Kettleby Transport Partnership, since April.\nQ: How big is it?\nA: The new transport partnership operates 64 buses.', 'count:vehicles')).toEqual(['Kettleby Transport Partnership']);
    expect(subjects('Dunholm District Council and Ravensby Borough Council share a chief executive. The district council employs 640 staff.', 'count:staff')).toEqual(['Dunholm District Council']);
    expect(subjects('• Ridgeway Community Energy Society was set up in 2019.\n• The energy society has 1,150 members.', 'count:member')).toEqual(['Ridgeway Community Energy Society']);
    expect(subjects('[01/06/2026, 10:00] kev_d: Ashcombe Rovers Football Club had a good season\n[01/06/2026, 10:02] jo pike: the football club has 400 members now', 'count:member')).toEqual(['Ashcombe Rovers Football Club']);
  });

  it('stands for no body when a word between names another one', () => {
    expect(subjects('Dunholm District Council agreed its budget. The county council employs 5,000 staff.', 'count:staff')).toEqual([]);
    expect(subjects('Penmoor Credit Union opened a branch. The other credit union has 900 members.', 'count:member')).toEqual([]);
    expect(subjects('Harbury Learning Trust bid for the school. The rival trust runs 9 schools.', 'count:school')).toEqual([]);
    expect(subjects('Calderside Hospitals NHS Foundation Trust runs the hospital. The ambulance trust employs 4,000 staff.', 'count:staff')).toEqual([]);
    expect(subjects('Northmead Housing Association bought the flats. A neighbouring housing association manages 3,000 homes.', 'count:homes')).toEqual([]);
    expect(subjects('Kettleby Transport Partnership took over in April. The two partnerships run 64 buses.', 'count:vehicles')).toEqual([]);
  });
});
