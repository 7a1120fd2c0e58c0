// Staff handed over to a body are that body's intake (count:staff taken on), however the text puts
// it: they "transfer to" it (perhaps after where they work now), "become its employees", or the
// writer says "all N of us become its employees". An intake never meets the body's whole workforce.
// Every name is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import type { Claim } from '../../../server/src/engine/types';
import { conflictsAmongSources } from './conflictsAmong';

const intake = (text: string): Array<[string, string, number]> =>
  analyse(text)
    .claims.filter((c: Claim) => c.attribute.startsWith('count:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : Number.NaN]);

const INTAKE = 'count:staff taken on';

describe('staff handed over to a body, said in several ways', () => {
  it.each([
    ['press release', 'About 1,150 staff at Holmbury General Hospital and Wetherden Hospital will transfer to Arlen Services Ltd on their current terms.', 1150],
    ['news', 'Some 300 staff will become employees of Arlen Services Ltd in April.', 300],
    ['union bulletin', 'The board has decided that on 1 May 2025 all 1,640 of us become Arlen Services Ltd employees.', 1640],
    ['minutes', 'Members noted that 420 staff based at the depot would be transferred to Arlen Services Ltd.', 420],
    ['comment', 'Arlen Services Ltd will take on 95 staff from the council.', 95],
  ])('%s', (_genre, text, value) => {
    expect(intake(text)).toEqual([['org:arlen-services', INTAKE, value]]);
  });
});

describe('an intake and a workforce are two measures', () => {
  it('sets two intakes of one transfer against each other', () => {
    const a = analyse('About 1,150 staff at Holmbury General Hospital will transfer to Arlen Services Ltd.');
    const b = analyse('On 1 May 2025 all 1,640 of us become Arlen Services Ltd employees.');
    expect(conflictsAmongSources([{ doc: 'a', claims: a.claims }, { doc: 'b', claims: b.claims }])).toHaveLength(1);
  });

  it('does not set an intake against the whole workforce', () => {
    const a = analyse('About 1,150 staff at Holmbury General Hospital will transfer to Arlen Services Ltd.');
    const b = analyse('Arlen Services Ltd employs 1,640 staff.');
    expect(conflictsAmongSources([{ doc: 'a', claims: a.claims }, { doc: 'b', claims: b.claims }])).toEqual([]);
  });

  it('reads no intake for a body whose possession, not itself, takes them in', () => {
    for (const text of [
      'About 200 staff will transfer to Arlen Services Ltd’s new housing company.',
      'Some 300 staff will transfer to Arlen Services Ltd\'s subsidiary in May.',
      '40 staff will move to Arlen Services Ltd’s head office in Leeds.',
    ]) {
      expect(intake(text).filter(([, attribute]) => attribute === INTAKE), text).toEqual([]);
    }
    expect(intake('About 200 staff will transfer to Arlen Services Ltd’s payroll.')).toEqual([['org:arlen-services', INTAKE, 200]]);
  });

  it('reads staff who join a body as volunteers or members as no intake', () => {
    expect(intake('About 40 residents will become members of Arlen Services Ltd.').filter(([, attribute]) => attribute === INTAKE)).toEqual([]);
  });
});
