// Who holds shares in a company when no percentage is given ("no shares", "a golden share", "a
// wholly owned subsidiary"), what "the company", "the group" and "it" stand for in sentences about
// shares, a majority held by another body against "employee-owned", and the staff a holding is
// kept for. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Corvell Ports Ltd': 'org:corvell-ports-ltd',
  'Corvell Ports': 'org:corvell-ports-ltd',
  'Brindlemoor Holdings': 'org:brindlemoor-holdings',
  'Fenwright Capital Partners': 'org:fenwright-capital-partners',
  Fenwright: 'org:fenwright-capital-partners',
  'Pellam Borough Council': 'org:pellam-borough-council',
  'Corvell Staff Trust': 'org:corvell-staff-trust',
  'Ashgrove Tutoring': 'org:ashgrove-tutoring',
  'Ashgrove Learning Group': 'org:ashgrove-learning-group',
  'Teal Valley Gazette': 'org:teal-valley-gazette',
  'Quarry Lane Institute': 'org:quarry-lane-institute',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const owned = (claims: Claim[]): Array<[string, string, unknown]> =>
  claims
    .filter((c) => c.attribute.startsWith('owned-share:'))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : c.value.kind === 'category' ? c.value.polarity : undefined]);
const categories = (claims: Claim[], subject: string): Array<[string, string]> =>
  claims.filter((c) => c.subject === subject && c.attribute === 'category' && c.value.kind === 'category').map((c) => (c.value.kind === 'category' ? [c.value.category, c.value.polarity] : ['', '']));

const conflictsAmong = (...docs: Array<[string, string]>): Conflict[] => conflictsAmongSources(docs.map(([doc, text]) => ({ doc, claims: claimsOf(text) })));

describe('a holding of no shares', () => {
  it('reads "Y holds no shares of any class in X" as Y holding 0% of X, and denies that Y is a shareholder', () => {
    expect(owned(claimsOf('Brindlemoor Holdings holds no shares of any class in Corvell Ports Ltd.'))).toEqual([
      ['org:corvell-ports-ltd', 'owned-share:org:brindlemoor-holdings', 0],
      ['org:corvell-ports-ltd', 'owned-share:org:brindlemoor-holdings', 'deny'],
    ]);
  });

  it('reads "does not hold any" and "no longer owns any" as none, but not "holds shares" nor "does not hold no shares"', () => {
    expect(owned(claimsOf('Brindlemoor Holdings does not hold any shares in Corvell Ports Ltd.')).map((o) => o[2])).toEqual([0, 'deny']);
    expect(owned(claimsOf('Brindlemoor Holdings no longer owns any stake in Corvell Ports Ltd.')).map((o) => o[2])).toEqual([0, 'deny']);
    expect(owned(claimsOf('Brindlemoor Holdings holds shares in Corvell Ports Ltd.'))).toEqual([]);
  });

  it('reads "X is now ..., with Y holding no shares" as about X, the main clause\'s subject', () => {
    expect(owned(claimsOf('Corvell Ports Ltd is now run by its pilots, with Brindlemoor Holdings holding no shares.'))).toEqual([
      ['org:corvell-ports-ltd', 'owned-share:org:brindlemoor-holdings', 0],
      ['org:corvell-ports-ltd', 'owned-share:org:brindlemoor-holdings', 'deny'],
    ]);
  });

  it('reads "Y sold its remaining shares in X" as none held after the sale, but not a sale of part of them', () => {
    expect(owned(claimsOf('Brindlemoor Holdings sold its remaining shares in Corvell Ports Ltd in 2016.')).map((o) => o[2])).toEqual([0, 'deny']);
    expect(owned(claimsOf('Brindlemoor Holdings sold 10% of its shares in Corvell Ports Ltd.'))).toEqual([]);
  });

  it('reads a holder in a relative clause ("X ..., which retains no stake") as holding none of the main clause\'s body', () => {
    expect(owned(claimsOf('Corvell Ports Ltd is now independent of Brindlemoor Holdings, which retains no stake.'))).toEqual([
      ['org:corvell-ports-ltd', 'owned-share:org:brindlemoor-holdings', 0],
      ['org:corvell-ports-ltd', 'owned-share:org:brindlemoor-holdings', 'deny'],
    ]);
  });

  it('makes no claim when the company whose shares are meant is not named or implied', () => {
    expect(owned(claimsOf('Brindlemoor Holdings holds no shares.'))).toEqual([]);
  });
});

describe('a holding of no stated size', () => {
  it('reads "Y will keep a golden share in X" as Y being a shareholder of X', () => {
    expect(owned(claimsOf('Pellam Borough Council will keep a golden share in Corvell Ports Ltd.'))).toEqual([
      ['org:corvell-ports-ltd', 'owned-share:org:pellam-borough-council', 'affirm'],
    ]);
  });

  it('reads "X, in which Y holds a golden share" as a holding in X', () => {
    expect(owned(claimsOf('Corvell Ports Ltd, in which Pellam Borough Council holds a golden share, runs the harbour.'))).toEqual([
      ['org:corvell-ports-ltd', 'owned-share:org:pellam-borough-council', 'affirm'],
    ]);
  });

  it('leaves a stake with a band or a figure to the ownership shares, and a denied one alone', () => {
    expect(owned(claimsOf('Pellam Borough Council will keep a minority stake in Corvell Ports Ltd.')).filter((o) => o[2] === 'affirm')).toEqual([]);
    expect(owned(claimsOf('Pellam Borough Council will not keep a golden share in Corvell Ports Ltd.'))).toEqual([]);
  });

  it('flags a holding against "no shares" in another source as a negation', () => {
    const conflicts = conflictsAmong(
      ['a.txt', 'Pellam Borough Council will keep a golden share in Corvell Ports Ltd.'],
      ['b.txt', 'Pellam Borough Council holds no shares of any class in Corvell Ports Ltd.'],
    );
    expect(conflicts.map((c) => [c.kind, c.attribute])).toEqual([['negation', 'owned-share:org:pellam-borough-council']]);
  });
});

describe('a wholly owned subsidiary', () => {
  it('reads "X, a wholly owned subsidiary of Y" and "X is a wholly-owned subsidiary of Y" as Y holding all of X', () => {
    expect(owned(claimsOf('The contract went to Ashgrove Tutoring, a wholly owned subsidiary of Ashgrove Learning Group.'))).toEqual([
      ['org:ashgrove-tutoring', 'owned-share:org:ashgrove-learning-group', 100],
    ]);
    expect(owned(claimsOf('Ashgrove Tutoring is a wholly-owned subsidiary of Ashgrove Learning Group.'))).toEqual([
      ['org:ashgrove-tutoring', 'owned-share:org:ashgrove-learning-group', 100],
    ]);
  });

  it('reads nothing into a plain subsidiary, which may be controlled without the shares', () => {
    expect(owned(claimsOf('Ashgrove Tutoring is a subsidiary of Ashgrove Learning Group.'))).toEqual([]);
  });

  it('flags a wholly owned subsidiary against the parent holding no shares, with "the group" read as the body named "... Group"', () => {
    const conflicts = conflictsAmong(
      ['a.txt', 'The contract went to Ashgrove Tutoring, a wholly owned subsidiary of Ashgrove Learning Group.'],
      [
        'b.txt',
        'Ashgrove Tutoring is not a charity. In 2015 the Ashgrove Learning Group board transferred it to its staff, and it is now a mutual, with the group holding no shares.',
      ],
    );
    expect(conflicts.map((c) => [c.kind, c.subject, c.attribute])).toEqual([
      ['negation', 'org:ashgrove-tutoring', 'category'],
      ['numeric', 'org:ashgrove-tutoring', 'owned-share:org:ashgrove-learning-group'],
    ]);
  });
});

describe('what "the company" and "it" stand for beside a shareholding', () => {
  const sale = 'The council agreed to sell Corvell Ports Ltd, the company that runs the harbour, to Fenwright Capital Partners. ';

  it('reads "Y will own 75% of the company" as a share of the company named before, not of Y itself', () => {
    expect(owned(claimsOf(`${sale}Under the deal, Fenwright will own 75% of the company.`))).toEqual([
      ['org:corvell-ports-ltd', 'owned-share:org:fenwright-capital-partners', 75],
    ]);
  });

  it('does not read "the company" as a council that keeps a share in it', () => {
    const text = `${sale}Under the deal, Fenwright will own 75% of the company. Pellam Borough Council will keep a golden share in the company.`;
    expect(owned(claimsOf(text)).map((o) => o[0])).toEqual(['org:corvell-ports-ltd', 'org:corvell-ports-ltd']);
  });

  it('reads "the company" in a company\'s own report as that company', () => {
    const report =
      'Corvell Ports Ltd\nAnnual Report 2017\n\nWe thank our staff. The sale to Fenwright Capital Partners completed in May. Fenwright now holds 75% of the ordinary shares. Pellam Borough Council holds no shares of any class in the company.';
    expect(owned(claimsOf(report)).filter((o) => o[1] === 'owned-share:org:pellam-borough-council').map((o) => o[0])).toEqual([
      'org:corvell-ports-ltd',
      'org:corvell-ports-ltd',
    ]);
  });

  it('reads "it" opening a reader\'s comment as the one body of the page\'s headline, but not a masthead\'s', () => {
    const comments = 'Teal Valley Gazette › News › Council sells Corvell Ports\n\nharbourwatcher\nGood. It’s employee-owned now.\n';
    expect(categories(claimsOf(comments), 'org:corvell-ports-ltd')).toEqual([['employee-owned', 'affirm']]);
    const blog = 'Quarry Lane Institute\n\nBlog\n\nThe harbour sale\n\nGood. It’s employee-owned now.\n';
    expect(claimsOf(blog).filter((c) => c.attribute === 'category')).toEqual([]);
  });
});

describe('"it" after a sentence naming one body', () => {
  it('does not read "it" as a body named only as the keeper of a record ("the X’s register")', () => {
    const text = 'Nor does the harbour firm appear on the Quarry Lane Institute’s register. It is a co-operative.';
    expect(claimsOf(text).filter((c) => c.subject === 'org:quarry-lane-institute')).toEqual([]);
  });

  it('reads "it" past a name that only qualifies a board as the body the paragraph is about', () => {
    const text = 'Ashgrove Tutoring is a company. In 2015 the Ashgrove Learning Group board transferred it to its staff, and it is now a co-operative.';
    expect(categories(claimsOf(text), 'org:ashgrove-tutoring')).toContainEqual(['co-operative', 'affirm']);
    expect(categories(claimsOf(text), 'org:ashgrove-learning-group')).toEqual([]);
  });
});

describe('a share held, bought or taken', () => {
  it('reads "Y will hold 75% of the shares in X", "Y has bought 75% of X" and "Y will take a 75% stake in X" as Y holding 75% of X', () => {
    for (const text of [
      'Fenwright Capital Partners will hold 75% of the shares in Corvell Ports Ltd.',
      'Fenwright Capital Partners has bought 75% of Corvell Ports Ltd.',
      'Fenwright Capital Partners will take a 75% stake in Corvell Ports Ltd.',
    ]) {
      expect(owned(claimsOf(text))).toEqual([['org:corvell-ports-ltd', 'owned-share:org:fenwright-capital-partners', 75]]);
    }
  });

  it('reads "Y holds 75% of the ordinary shares" in a company\'s own report as a share of that company, and elsewhere as none', () => {
    const report = 'Corvell Ports Ltd\nAnnual Report 2017\n\nWe thank our staff. Fenwright Capital Partners now holds 75% of the ordinary shares.';
    expect(owned(claimsOf(report))).toEqual([['org:corvell-ports-ltd', 'owned-share:org:fenwright-capital-partners', 75]]);
    expect(owned(claimsOf('Fenwright Capital Partners now holds 75% of the ordinary shares.'))).toEqual([]);
  });

  it('reads "Y, which owns 75% of X" as Y\'s share of X', () => {
    expect(owned(claimsOf('Fenwright Capital Partners, which owns 75% of Corvell Ports Ltd, reported a profit.'))).toEqual([
      ['org:corvell-ports-ltd', 'owned-share:org:fenwright-capital-partners', 75],
    ]);
  });

  it('reads "owned by Y" as wholly owned, but not "owned by Y (75%) and its staff" nor "owned by Y and Z"', () => {
    expect(owned(claimsOf('Corvell Ports Ltd is owned by Fenwright Capital Partners.')).map((o) => o[2])).toEqual([100]);
    expect(owned(claimsOf('Corvell Ports Ltd is owned by Fenwright Capital Partners (75%) and its staff (25%).'))).toEqual([]);
    expect(owned(claimsOf('Corvell Ports Ltd is owned by Fenwright Capital Partners and Pellam Borough Council.'))).toEqual([]);
    expect(owned(claimsOf('Corvell Ports Ltd is owned by Fenwright Capital Partners and run by its staff.')).map((o) => o[2])).toEqual([100]);
  });

  it('reads no share of a whole that is not a body ("bought 75% of its supplies", "took 75% of the vote")', () => {
    expect(owned(claimsOf('Fenwright Capital Partners bought 75% of its steel from Corvell Ports Ltd.'))).toEqual([]);
    expect(owned(claimsOf('Fenwright Capital Partners took 75% of the vote.'))).toEqual([]);
  });
});

describe('a majority held by another body', () => {
  it('denies "independent", "employee-owned" and "mutual" when another named body holds most or all of the shares', () => {
    const claims = claimsOf('Fenwright Capital Partners will own 75% of Corvell Ports Ltd.');
    expect(categories(claims, 'org:corvell-ports-ltd')).toEqual([
      ['independent', 'deny'],
      ['employee-owned', 'deny'],
      ['mutual', 'deny'],
    ]);
    const subsidiary = claimsOf('Ashgrove Tutoring is a wholly-owned subsidiary of Ashgrove Learning Group.');
    expect(categories(subsidiary, 'org:ashgrove-tutoring')).toEqual([
      ['independent', 'deny'],
      ['employee-owned', 'deny'],
      ['mutual', 'deny'],
    ]);
  });

  it('does not deny them for a staff vehicle\'s majority, a body the text calls a co-operative, or a minority', () => {
    expect(categories(claimsOf('Corvell Staff Trust will own 75% of Corvell Ports Ltd.'), 'org:corvell-ports-ltd')).toEqual([]);
    const coop = 'Fenwright Capital Partners is a co-operative. Fenwright Capital Partners will own 75% of Corvell Ports Ltd.';
    expect(categories(claimsOf(coop), 'org:corvell-ports-ltd')).toEqual([]);
    expect(categories(claimsOf('Fenwright Capital Partners will own 25% of Corvell Ports Ltd.'), 'org:corvell-ports-ltd')).toEqual([]);
  });

  it('flags "employee-owned" in one source against another body\'s 75% in another, but not 75% and 25% against each other', () => {
    const conflicts = conflictsAmong(
      ['a.txt', 'Corvell Ports Ltd, an employee-owned company, runs the harbour.'],
      ['b.txt', 'Fenwright Capital Partners will own 75% of Corvell Ports Ltd and the remaining 25% will be held by Corvell Staff Trust.'],
    );
    expect(conflicts.map((c) => [c.kind, c.subject, c.attribute])).toEqual([['negation', 'org:corvell-ports-ltd', 'category']]);
  });
});

describe('the staff a holding is kept for', () => {
  it('counts "held by a trust on behalf of about 410 staff" as the held company\'s staff, not an owner\'s', () => {
    const text = 'Fenwright Capital Partners will own 75% of Corvell Ports Ltd and the remaining 25% will be held by Corvell Staff Trust on behalf of about 410 staff.';
    const staff = claimsOf(text).filter((c) => c.attribute === 'count:staff');
    expect(staff.map((c) => [c.subject, c.value.kind === 'number' ? c.value.value : NaN])).toEqual([['org:corvell-ports-ltd', 410]]);
  });
});
