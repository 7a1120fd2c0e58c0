// "the university" and "the college" stand for the body the text named as one, as "the council"
// and "the Trust" do (referents.ts): the University of X, X University, X College; never a body
// whose name only holds the word, such as a union of university staff. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'University of Harlow Vale': 'org:university-of-harlow-vale', 'Denbury University': 'org:denbury-university' };
const HV = 'org:university-of-harlow-vale';
const DU = 'org:denbury-university';

describe('"the university" and "the college"', () => {
  const NAMED: Names = { ...NAMES, 'University and College Union': 'org:ucu', 'Denbury College': 'org:denbury-college' };
  const staff = (text: string): string[] => extractClaims(text, tagEntities(text, NAMED)).filter((c) => c.attribute === 'count:staff').map((c) => c.subject);

  it('stand for the body named as a university or a college', () => {
    expect(staff('Staff at the University of Harlow Vale are worried. The university employs 1,900 staff.')).toEqual([HV]);
    expect(staff('Denbury University will grow. The university has 300 staff.')).toEqual([DU]);
    expect(staff('Denbury College was rated good. The college employs 400 staff.')).toEqual(['org:denbury-college']);
  });

  it('never stand for a body whose name only holds the word, as a union of university staff', () => {
    expect(staff('The University and College Union was angry. The university employs 1,900 staff.')).toEqual([]);
  });
});

describe('"the university" after two universities were named', () => {
  const staff = (text: string): string[] => extractClaims(text, tagEntities(text, NAMES)).filter((c) => c.attribute === 'count:staff').map((c) => c.subject);

  it('stands for the one that opened its sentence as the subject, not the one it acted on', () => {
    expect(staff('The University of Harlow Vale will merge with its neighbour Denbury University. Its income has fallen. The university employs 1,900 staff.')).toEqual([HV]);
    expect(staff('Denbury University will take over the University of Harlow Vale. The university employs 4,000 staff.')).toEqual([DU]);
  });

  it('prefers the subject only within the sentence that named both, never one from sentences before', () => {
    const named: Names = { ...NAMES, 'Denbury College': 'org:denbury-college', 'Kelsall College': 'org:kelsall-college' };
    const staffOf = (text: string): string[] => extractClaims(text, tagEntities(text, named)).filter((c) => c.attribute === 'count:staff').map((c) => c.subject);
    expect(staffOf('Kelsall College was rated good. The University of Harlow Vale signed a deal with Denbury College. The college employs 400 staff.')).toEqual(['org:denbury-college']);
    // the subject named again by a short form in the later sentence still acts there
    const short: Names = { ...named, 'Harlow Vale': 'org:harlow-vale' };
    const staffShort = (text: string): string[] => extractClaims(text, tagEntities(text, short)).filter((c) => c.attribute === 'count:staff').map((c) => c.subject);
    expect(staffShort('The University of Harlow Vale will merge with Denbury University. Under the plan Harlow Vale will be dissolved and its staff will join Denbury University. The university employs 1,900 staff.')).toEqual([HV]);
    expect(staffOf('Denbury University opened a campus. Its students were pleased. Staff at the University of Harlow Vale are worried. The university employs 1,900 staff.')).toEqual([HV]);
  });

  it('stands for the latest of the kind when none opened a sentence', () => {
    expect(staff('Staff at the University of Harlow Vale are worried. The university employs 1,900 staff.')).toEqual([HV]);
  });
});
