import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Acme Care': 'org:acme-care',
  'Acme Care Partnership': 'org:acme-care',
  'Bright Health': 'org:bright-health',
  'Northfield Trust': 'org:northfield-trust',
  'Harbour Group': 'org:harbour-group',
  'Riverside Mutual': 'org:riverside-mutual',
  'Jane Smith': 'person:jane-smith',
};

function categories(text: string, documentDate?: string): Array<Pick<Claim, 'subject'> & { category: string; polarity: string; hedged?: boolean; text: string }> {
  return extractClaims(text, tagEntities(text, NAMES), documentDate)
    .filter((c) => c.attribute === 'category' && c.value.kind === 'category')
    .map((c) => {
      const v = c.value as { category: string; polarity: string; hedged?: boolean };
      return { subject: c.subject, category: v.category, polarity: v.polarity, ...(v.hedged ? { hedged: true } : {}), text: c.text };
    });
}

describe('classification claims', () => {
  it('reads a copula "X is a Y" as an affirmed category of X, normalised through the vocabulary', () => {
    const claims = categories('Acme Care is a registered charity based in Leeds.');
    expect(claims).toEqual([{ subject: 'org:acme-care', category: 'charity', polarity: 'affirm', text: 'Acme Care is a registered charity based in Leeds' }]);
  });

  it('reads "is NOT" and "isn\'t" as denials, whatever the case of NOT', () => {
    expect(categories('Bright Health is NOT a "social enterprise".')[0]).toMatchObject({ category: 'social-enterprise', polarity: 'deny' });
    expect(categories('Bright Health isn’t a co-op.')[0]).toMatchObject({ category: 'co-operative', polarity: 'deny' });
  });

  it('splits a compound label into its categories: "an employee-owned co-operative"', () => {
    const claims = categories('Northfield Trust is an employee-owned co-operative.');
    expect(claims.map((c) => c.category).sort()).toEqual(['co-operative', 'employee-owned']);
  });

  it('marks "is not strictly a Y" as a hedged denial', () => {
    expect(categories('Harbour Group is not strictly a mutual.')[0]).toMatchObject({ category: 'mutual', polarity: 'deny', hedged: true });
  });

  it('marks "a so-called Y" as a hedged denial, in a copula and before a name', () => {
    expect(categories('Harbour Group is a so-called social enterprise.')[0]).toMatchObject({ category: 'social-enterprise', polarity: 'deny', hedged: true });
    expect(categories('They praised the so-called social enterprise Harbour Group.')[0]).toMatchObject({
      subject: 'org:harbour-group',
      category: 'social-enterprise',
      polarity: 'deny',
      hedged: true,
    });
  });

  it('does not deny a category when the negation may only reach a modifier ("not a large charity")', () => {
    expect(categories('Acme Care is not a large charity.')).toEqual([]);
  });

  it('reads comma and dash appositions: "X, a Y" and "X - an employee-owned social enterprise"', () => {
    expect(categories('We met Riverside Mutual, a housing co-operative, last week.')[0]).toMatchObject({ subject: 'org:riverside-mutual', category: 'co-operative' });
    const dash = categories('Bright Health - an employee-owned social enterprise - will join.');
    expect(dash.map((c) => c.category).sort()).toEqual(['employee-owned', 'social-enterprise']);
  });

  it('gives "– itself a Y" to the nearest organisation before it, even inside a title', () => {
    const claims = categories('Jane Smith, director at Acme Care Partnership – itself a thriving mutual – spoke first.');
    expect(claims).toEqual([expect.objectContaining({ subject: 'org:acme-care', category: 'mutual', polarity: 'affirm' })]);
  });

  it('treats "Y such as X" and "Ys like X and Z" as X (and Z) being a Y', () => {
    const claims = categories('Funding went to charities such as Northfield Trust and Acme Care.');
    expect(claims.map((c) => [c.subject, c.category])).toEqual([
      ['org:northfield-trust', 'charity'],
      ['org:acme-care', 'charity'],
    ]);
  });

  it('turns a clause reported as misinformation into a denial, resolving "it" to the organisation named before', () => {
    const claims = categories('I am tired of the misinformation that Bright Health is a "co-op" and that it is "employee-owned".');
    expect(claims.map((c) => [c.subject, c.category, c.polarity])).toEqual([
      ['org:bright-health', 'co-operative', 'deny'],
      ['org:bright-health', 'employee-owned', 'deny'],
    ]);
  });

  it('reads a bare predicate without article when it is a known category: "X is private healthcare"', () => {
    expect(categories('Bright Health is private healthcare pure and simple.')[0]).toMatchObject({ category: 'for-profit-private-company', polarity: 'affirm' });
  });

  it('keeps short unknown labels after an article as open categories so plain negations still meet', () => {
    expect(categories('Acme Care is a hospital.')[0]).toMatchObject({ category: '~hospital' });
    expect(categories('Acme Care is not a hospital.')[0]).toMatchObject({ category: '~hospital', polarity: 'deny' });
  });

  it('does not classify an organisation that is the object of a preposition, nor a verb phrase', () => {
    expect(categories('The report by Acme Care is a charity fundraiser.')).toEqual([]);
    expect(categories('Acme Care is working with a charity in Hull.')).toEqual([]);
  });

  it('does not read a list after a comma as an apposition: "X, the Y Association and Z"', () => {
    expect(categories('Support came from Acme Care, the Employee Ownership Association and others.')).toEqual([]);
  });

  it('dates a category claim by the document date when the text gives none', () => {
    const [claim] = extractClaims('Acme Care is a charity.', tagEntities('Acme Care is a charity.', NAMES), '2011-05-02');
    expect(claim.time).toBe('2011-05-02');
  });

  it('dates a claim by a dateline above it, such as a comment date', () => {
    const text = 'Comment date\n12 March 2012\nAcme Care is a charity.';
    const [claim] = extractClaims(text, tagEntities(text, NAMES), '2010');
    expect(claim.time).toBe('2012-03-12');
  });

  it('gives offsets that slice to the claim text, also after astral characters and no-break spaces', () => {
    const text = '😀 Note:\u00a0Acme Care is\u00a0a “co-operative”.';
    const [claim] = extractClaims(text, tagEntities(text, NAMES));
    expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    expect(claim.text).toBe('Acme Care is\u00a0a “co-operative”');
  });
});

describe('classification claim spans', () => {
  it('start a detached apposition at its marker word', () => {
    const text = 'Jane Smith, director at Acme Care Partnership in Leeds – itself a thriving mutual – spoke.';
    const claims = extractClaims(text, tagEntities(text, NAMES)).filter((c) => c.attribute === 'category');
    expect(claims.map((c) => c.text)).toEqual(['itself a thriving mutual']);
  });
});

describe('classification wordings', () => {
  it('gives "X in <place>, a Y" to X, and only a category the rules know', () => {
    expect(categories('The minister visited Bright Health in Kendal, a staff-owned social enterprise.').map((c) => [c.subject, c.category]).sort()).toEqual([
      ['org:bright-health', 'employee-owned'],
      ['org:bright-health', 'social-enterprise'],
    ]);
    expect(categories('The minister visited Bright Health in Kendal, a market town.')).toEqual([]);
  });

  it('reads an apposition after a bracketed short form: "X (XY), a public body"', () => {
    expect(categories('Harbour Group (HG), a public body set up in 2010, runs the ferries.')[0]).toMatchObject({ subject: 'org:harbour-group', category: 'public-body' });
  });

  it('reads "X is a Y, not a Z" as affirming Y and denying Z', () => {
    expect(categories('Acme Care is a private company, not a charity.').map((c) => [c.category, c.polarity])).toEqual([
      ['for-profit-private-company', 'affirm'],
      ['charity', 'deny'],
    ]);
  });

  it('denies the category through intensifiers and curly contractions: "isn’t a charity at all", "not a mutual in any real sense"', () => {
    expect(categories('Acme Care isn’t a charity at all.')[0]).toMatchObject({ category: 'charity', polarity: 'deny' });
    expect(categories('Riverside Mutual is not a mutual in any real sense.')[0]).toMatchObject({ category: 'mutual', polarity: 'deny' });
  });

  it('reads "has been majority-owned by investors" after a fronted time phrase, with "it" for the organisation before', () => {
    const claims = categories('Bright Health is a private company. Since May 2015 it has been majority-owned by investors.');
    expect(claims.map((c) => [c.subject, c.category])).toEqual([
      ['org:bright-health', 'for-profit-private-company'],
      ['org:bright-health', 'investor-majority-owned'],
    ]);
  });

  it('reads "it’s a Y" after a pronoun, but not a possessive "X’s" as a copula', () => {
    expect(categories('Acme Care isn’t a mutual, it’s a charity.').map((c) => [c.category, c.polarity])).toEqual([
      ['mutual', 'deny'],
      ['charity', 'affirm'],
    ]);
    expect(categories('Acme Care’s social enterprise arm is growing.')).toEqual([]);
  });
});

describe('classification claims with words inserted around the category', () => {
  it('still reads a denial when a concessive clause follows the category without a comma', () => {
    expect(categories('Acme Care is not a charity whatever the brochure claims.')).toEqual([
      expect.objectContaining({ subject: 'org:acme-care', category: 'charity', polarity: 'deny' }),
    ]);
    expect(categories('Bright Health is not a co-op regardless of its name.')[0]).toMatchObject({ category: 'co-operative', polarity: 'deny' });
  });

  it('reads the copula behind a comma-enclosed aside between the subject and its verb', () => {
    expect(categories('Northfield Trust, like most hospices in the county, is a registered charity.')).toEqual([
      expect.objectContaining({ subject: 'org:northfield-trust', category: 'charity', polarity: 'affirm' }),
    ]);
    expect(categories('Harbour Group, according to its own filings, is not a charity.')[0]).toMatchObject({ subject: 'org:harbour-group', polarity: 'deny' });
  });

  it('does not take an aside when no copula follows it', () => {
    expect(categories('Acme Care, a small provider, said it was a charity.').filter((c) => c.polarity === 'deny')).toEqual([]);
  });
});

describe('what an organisation says of itself', () => {
  it('reads "describes itself as" and "calls itself" as the organisation\'s category claim', () => {
    expect(categories('Acme Care describes itself as employee-owned.')[0]).toMatchObject({ subject: 'org:acme-care', category: 'employee-owned', polarity: 'affirm' });
    expect(categories('Harbour Group calls itself a co-op.')[0]).toMatchObject({ subject: 'org:harbour-group', category: 'co-operative', polarity: 'affirm' });
  });

  it('reads a self-description in a relative clause, and the category in the last conjunct of a list', () => {
    const claims = categories('The deal went to Northfield Trust, a provider that describes itself as “Riverside Mutual-style” and employee-owned.');
    expect(claims).toContainEqual(expect.objectContaining({ subject: 'org:northfield-trust', category: 'employee-owned', polarity: 'affirm' }));
  });
});
