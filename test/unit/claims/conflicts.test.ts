import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict, SourcedClaim } from '../../../server/src/engine/types';
import { tagEntities, type Names, type RoleSpec } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Acme Care': 'org:acme-care',
  'Acme Staff Trust Ltd': 'org:acme-staff-trust',
  'Acme Capital plc': 'org:acme-capital',
  'Bright Health': 'org:bright-health',
  'Ann Lee': 'person:ann-lee',
  'Social Fund': 'org:social-fund',
  'Skills Fund': 'org:skills-fund',
};

interface Source {
  doc: string;
  text: string;
  date?: string;
  roles?: RoleSpec[];
}

/** Extracts claims from each source and checks every (subject, attribute) key, as the corpus does. */
const conflictsAmong = (...sources: Source[]): Conflict[] =>
  conflictsAmongSources(sources.map((source) => ({ doc: source.doc, claims: extractClaims(source.text, tagEntities(source.text, NAMES, source.roles), source.date) })));

const texts = (c: Conflict): string[] => c.claims.map((s) => `${s.doc}: ${s.claim.text}`);

describe('conflict kinds', () => {
  it('negation: one source affirms a category another denies', () => {
    const [conflict, ...rest] = conflictsAmong(
      { doc: 'a.txt', text: 'Acme Care is a co-operative.' },
      { doc: 'b.txt', text: 'Acme Care is not a co-operative.' },
    );
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({ kind: 'negation', subject: 'org:acme-care', attribute: 'category' });
    expect(texts(conflict)).toEqual(['a.txt: Acme Care is a co-operative', 'b.txt: Acme Care is not a co-operative']);
  });

  it('categorical: categories the rules declare exclusive, e.g. social enterprise vs private company run for profit', () => {
    const conflicts = conflictsAmong(
      { doc: 'a.txt', text: 'Bright Health - an award-winning social enterprise - opened today.' },
      { doc: 'b.txt', text: 'Bright Health is a private company run for shareholders.' },
    );
    expect(conflicts.map((c) => c.kind)).toEqual(['categorical']);
  });

  it('categorical: "employee-owned" against an investor majority stated as a share', () => {
    const conflicts = conflictsAmong(
      { doc: 'a.txt', text: 'Bright Health is an employee-owned business.' },
      { doc: 'b.txt', text: '20% of Bright Health is owned by Acme Staff Trust Ltd. The majority is owned by City investors.' },
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].kind).toBe('categorical');
    expect(texts(conflicts[0])).toEqual(['a.txt: Bright Health is an employee-owned business', 'b.txt: The majority is owned by City investors']);
  });

  it('numeric: "about 650" and "770" disagree beyond their precision', () => {
    const conflicts = conflictsAmong(
      { doc: 'a.txt', text: 'Acme Care has about 650 staff.' },
      { doc: 'b.txt', text: 'Acme Care turned all 770 staff into co-owners.' },
    );
    expect(conflicts.map((c) => [c.kind, c.attribute])).toEqual([['numeric', 'count:staff']]);
  });

  it('role: one person, two different offices of state at the same time', () => {
    const conflicts = conflictsAmong(
      { doc: 'a.txt', text: 'Health Secretary Ann Lee spoke.', date: '2012', roles: [{ title: 'Health Secretary', person: 'person:ann-lee' }] },
      { doc: 'b.txt', text: 'Education Secretary Ann Lee spoke.', date: '2012', roles: [{ title: 'Education Secretary', person: 'person:ann-lee' }] },
    );
    expect(conflicts.map((c) => c.kind)).toEqual(['role']);
  });

  it('role: two different posts in the same organisation', () => {
    const conflicts = conflictsAmong(
      { doc: 'a.txt', text: 'Ann Lee, chief executive of Acme Care, spoke.', roles: [{ title: 'chief executive of Acme Care', person: 'person:ann-lee' }] },
      { doc: 'b.txt', text: 'Ann Lee, finance officer at Acme Care, spoke.', roles: [{ title: 'finance officer at Acme Care', person: 'person:ann-lee' }] },
    );
    expect(conflicts.map((c) => c.kind)).toEqual(['role']);
  });

  it('date: one event of one subject dated differently', () => {
    const conflicts = conflictsAmong(
      { doc: 'a.txt', text: 'Acme Care was founded in 1998.' },
      { doc: 'b.txt', text: 'Acme Care was established in 2001 by nurses.' },
    );
    expect(conflicts.map((c) => [c.kind, c.attribute])).toEqual([['date', 'date:founded']]);
  });
});

describe('gates: what is never flagged', () => {
  it('the same figure or category about different subjects', () => {
    expect(
      conflictsAmong(
        { doc: 'a.txt', text: 'Social Fund received 10% of the budget. Social Fund is a charity.' },
        { doc: 'b.txt', text: 'Skills Fund is not a charity.' },
      ),
    ).toEqual([]);
  });

  it('different attributes of one subject: staff and volunteers', () => {
    expect(
      conflictsAmong({ doc: 'a.txt', text: 'Acme Care has 770 staff.' }, { doc: 'b.txt', text: 'Acme Care has 300 volunteers.' }),
    ).toEqual([]);
  });

  it('incompatible times: figures from different years', () => {
    expect(
      conflictsAmong(
        { doc: 'a.txt', text: 'In 2009 Acme Care had 400 staff.' },
        { doc: 'b.txt', text: 'In 2015 Acme Care had 770 staff.' },
      ),
    ).toEqual([]);
  });

  it('incompatible times: a category denied long after it was affirmed', () => {
    expect(
      conflictsAmong(
        { doc: 'a.txt', text: 'Acme Care is a co-operative.', date: '2001' },
        { doc: 'b.txt', text: 'Acme Care is not a co-operative.', date: '2015' },
      ),
    ).toEqual([]);
  });

  it('complementary shares of one whole held by different owners (49.9% + 50.1%)', () => {
    const text = '* 49.9% of Acme Care is owned by Acme Staff Trust Ltd.\n* 50.1% is owned by Acme Capital plc.';
    expect(conflictsAmong({ doc: 'a.txt', text })).toEqual([]);
  });

  it('equivalent wordings of one office ("Health Secretary" = "Secretary of State for Health")', () => {
    expect(
      conflictsAmong(
        { doc: 'a.txt', text: 'Health Secretary Ann Lee spoke.', roles: [{ title: 'Health Secretary', person: 'person:ann-lee' }] },
        {
          doc: 'b.txt',
          text: 'Secretary of State for Health Ann Lee spoke.',
          roles: [{ title: 'Secretary of State for Health', person: 'person:ann-lee' }],
        },
      ),
    ).toEqual([]);
  });

  it('posts in different organisations, and a post described more or less fully', () => {
    expect(
      conflictsAmong(
        { doc: 'a.txt', text: 'Ann Lee, director of Acme Care, spoke.', roles: [{ title: 'director of Acme Care', person: 'person:ann-lee' }] },
        { doc: 'b.txt', text: 'Ann Lee, chair of Bright Health, spoke.', roles: [{ title: 'chair of Bright Health', person: 'person:ann-lee' }] },
        { doc: 'c.txt', text: 'Ann Lee, Managing Director at Acme Care, spoke.', roles: [{ title: 'Managing Director at Acme Care', person: 'person:ann-lee' }] },
      ),
    ).toEqual([]);
  });

  it('bounds: "more than 550" agrees with 770', () => {
    expect(
      conflictsAmong(
        { doc: 'a.txt', text: 'Acme Care has more than 550 staff.' },
        { doc: 'b.txt', text: 'Acme Care turned all 770 staff into co-owners.' },
      ),
    ).toEqual([]);
  });

  it('the same fact in other words: "co-op" and "co-operative", a year and a full date', () => {
    expect(
      conflictsAmong(
        { doc: 'a.txt', text: 'Acme Care is a co-op. Acme Care was founded in 1998.' },
        { doc: 'b.txt', text: 'Acme Care is a co-operative. Acme Care was founded on 4 June 1998.' },
      ),
    ).toEqual([]);
  });
});

describe('conflict fingerprints', () => {
  const negation = (denial: string, extra?: Source): Conflict =>
    conflictsAmong({ doc: 'a.txt', text: 'Acme Care is a co-operative.' }, { doc: 'b.txt', text: denial }, ...(extra ? [extra] : []))[0];

  it('do not depend on where the claims are', () => {
    const before = negation('Acme Care is not a co-operative.');
    const moved = negation('Some new opening words here.\n\nAcme Care is not a co-operative.');
    expect(moved.claims[1].claim.start).not.toBe(before.claims[1].claim.start);
    expect(moved.id).toBe(before.id);
  });

  it('change when a new source brings a different value', () => {
    const before = negation('Acme Care is not a co-operative.');
    const after = negation('Acme Care is not a co-operative.', { doc: 'c.txt', text: 'Acme Care is not strictly a co-operative.' });
    expect(after.id).not.toBe(before.id);
  });

  it('stay the same when a new source repeats a value already there', () => {
    const before = negation('Acme Care is not a co-operative.');
    const after = negation('Acme Care is not a co-operative.', { doc: 'c.txt', text: 'Acme Care is a co-operative.' });
    expect(after.claims).toHaveLength(3);
    expect(after.id).toBe(before.id);
  });
});

describe('detectConflicts', () => {
  it('finds nothing in a single claim', () => {
    const claim: Claim = {
      start: 0,
      end: 4,
      text: 'Acme',
      subject: 'org:acme-care',
      subjectName: 'Acme Care',
      attribute: 'category',
      value: { kind: 'category', category: 'charity', polarity: 'affirm' },
    };
    expect(detectConflicts([{ doc: 'a.txt', claim }])).toEqual([]);
  });
});

describe('checking a much-discussed subject', () => {
  it('stays fast and exact with thousands of sources on one category', () => {
    const claim = (i: number, polarity: 'affirm' | 'deny', year: number): SourcedClaim => ({
      doc: `d${i}.txt`,
      claim: {
        start: 0,
        end: 3,
        text: 'NHS',
        subject: 'org:nhs',
        subjectName: 'NHS',
        attribute: 'category',
        time: String(year),
        value: { kind: 'category', category: 'business', polarity },
      },
    });
    const claims = [
      ...Array.from({ length: 3000 }, (_, i) => claim(i, 'affirm', 1990)),
      ...Array.from({ length: 3000 }, (_, i) => claim(3000 + i, 'deny', 2020)),
      claim(9000, 'deny', 1991),
    ];
    const started = performance.now();
    const conflicts = detectConflicts(claims);
    // pairwise comparison would take seconds here; bucketing by year takes milliseconds
    expect(performance.now() - started).toBeLessThan(1500);
    // only the 1991 denial is close enough in time to the 1990 affirmations
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].claims).toHaveLength(3001);
  });
});

describe('counts of different measures', () => {
  it('raises no conflict between people helped and people supported by one organisation, but does between two totals helped', () => {
    expect(
      conflictsAmong(
        { doc: 'a.txt', text: 'In 2014 Acme Care supported 2,000 people.' },
        { doc: 'b.txt', text: 'In 2014 Acme Care helped 140 people into work.' },
      ),
    ).toEqual([]);
    const [conflict] = conflictsAmong(
      { doc: 'a.txt', text: 'In 2014 Acme Care helped 2,000 people.' },
      { doc: 'b.txt', text: 'In 2014 Acme Care helped 140 people.' },
    );
    expect(conflict).toMatchObject({ kind: 'numeric', attribute: 'count:people helped' });
  });
});
