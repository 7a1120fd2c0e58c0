// Ownership told with appositions on either side of "owned by": the owned body in apposition to
// the clause's opening noun phrase ("The operator, X, is majority-owned by ...") and the owner named
// after a descriptor ("... by a shipping group, Y"). A majority held by another company then
// meets "employee-owned" and "a staff mutual"; a staff vehicle's majority, and the parts of one
// split, do not. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Corvell Ports Ltd': 'org:corvell-ports-ltd',
  'Brindlemoor Holdings plc': 'org:brindlemoor-holdings',
  'Brindlemoor Holdings': 'org:brindlemoor-holdings',
  'Fenwright Capital Partners': 'org:fenwright-capital-partners',
  'Corvell Staff Trust': 'org:corvell-staff-trust',
  'Harrowgate Almshouse Charity': 'org:harrowgate-almshouse-charity',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const owners = (text: string): Array<[string, string, number | undefined]> =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('owned-share:') && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.low : undefined]);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

describe('an owner named after a descriptor, an owned body in apposition to the subject', () => {
  it('reads the body in apposition as what is owned and the name after the descriptor as its owner', () => {
    for (const text of [
      'The operator, Corvell Ports Ltd, is majority-owned by a shipping group, Brindlemoor Holdings plc, with a staff trust holding 40%.',
      'The port company, Corvell Ports Ltd, is controlled by a logistics group, Brindlemoor Holdings.',
      'Corvell Ports Ltd is majority-owned by a national ports business, Brindlemoor Holdings.',
      'Its new operator, Corvell Ports Ltd, is majority owned by a holding company, Brindlemoor Holdings plc.',
    ]) {
      const found = owners(text);
      expect(found.length, text).toBe(1);
      expect(found[0]!.slice(0, 2), text).toEqual(['org:corvell-ports-ltd', 'owned-share:org:brindlemoor-holdings']);
      expect(found[0]![2]!, text).toBeGreaterThanOrEqual(50);
    }
  });

  it('reads an investment firm named after its descriptor as an outside investor', () => {
    const text = 'Corvell Ports Ltd is owned by a private equity firm, Fenwright Capital Partners.';
    expect(owners(text)).toEqual([['org:corvell-ports-ltd', 'owned-share:org:fenwright-capital-partners', 95]]);
    expect(claimsOf(text).some((c) => c.value.kind === 'category' && c.value.category === 'investor-majority-owned' && c.value.polarity === 'affirm')).toBe(true);
  });

  it('conflicts with "employee-owned" and "a staff mutual" when another company holds the majority', () => {
    const majority = 'The operator, Corvell Ports Ltd, is majority-owned by a shipping group, Brindlemoor Holdings plc, with a staff trust holding 40%.';
    for (const label of ['Corvell Ports Ltd, the employee-owned company that runs the docks, said so.', 'Corvell Ports Ltd, a staff mutual set up by the council, runs the docks.']) {
      expect(conflictsAmong(label, majority).map((c) => c.kind), label).toEqual(['categorical']);
    }
  });

  it('does not conflict when the majority owner is the staff’s own vehicle or a charity, nor between the parts of one split', () => {
    const employeeOwned = 'Corvell Ports Ltd, the employee-owned company that runs the docks, said so.';
    expect(conflictsAmong(employeeOwned, 'The operator, Corvell Ports Ltd, is majority-owned by its staff trust, Corvell Staff Trust.')).toEqual([]);
    expect(conflictsAmong('Corvell Ports Ltd is a charity.', 'The operator, Corvell Ports Ltd, is owned by a housing charity group, Harrowgate Almshouse Charity.')).toEqual([]);
    expect(conflictsAmong('Brindlemoor Holdings holds 60% of Corvell Ports Ltd, with Corvell Staff Trust holding 40%.')).toEqual([]);
  });
});
