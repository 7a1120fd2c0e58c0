import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Acme Care': 'org:acme-care',
  'Acme Staff Trust Ltd': 'org:acme-staff-trust',
  'Acme Capital plc': 'org:acme-capital',
  'Bright Health': 'org:bright-health',
  'Northfield Trust': 'org:northfield-trust',
  'Social Fund': 'org:social-fund',
  NHS: 'org:nhs',
};

const claimsOf = (text: string, names: Names = NAMES): Claim[] => extractClaims(text, tagEntities(text, names));
const byAttribute = (claims: Claim[], prefix: string): Claim[] => claims.filter((c) => c.attribute.startsWith(prefix));

describe('ownership claims', () => {
  it('reads "49.9% of X is owned by Y" with the owner in the attribute', () => {
    const [claim] = byAttribute(claimsOf('49.9% of Acme Care is owned by Acme Staff Trust Ltd.'), 'owned-share:');
    expect(claim).toMatchObject({ subject: 'org:acme-care', attribute: 'owned-share:org:acme-staff-trust', text: '49.9% of Acme Care is owned by Acme Staff Trust Ltd' });
    expect(claim.value).toMatchObject({ kind: 'number', value: 49.9, unit: '%' });
  });

  it('reads "N% of the company is owned by Y" as a share of the organisation the company refers to', () => {
    const text = 'Acme Care won the contract. Accounts show 70% of the company is owned by Acme Capital plc.';
    const [claim] = byAttribute(claimsOf(text), 'owned-share:');
    expect(claim).toMatchObject({ subject: 'org:acme-care', attribute: 'owned-share:org:acme-capital' });
  });

  it('gives a share that names no whole ("50.1% is owned by Y") to the whole divided just before', () => {
    const text = '* 49.9% of Acme Care is owned by Acme Staff Trust Ltd.\n* 50.1% is owned by Acme Capital plc.';
    const shares = byAttribute(claimsOf(text), 'owned-share:');
    expect(shares.map((c) => [c.subject, c.attribute])).toEqual([
      ['org:acme-care', 'owned-share:org:acme-staff-trust'],
      ['org:acme-care', 'owned-share:org:acme-capital'],
    ]);
  });

  it('ignores a subjectless share when no whole was under discussion', () => {
    expect(byAttribute(claimsOf('Elsewhere, 50.1% is owned by Acme Capital plc.'), 'owned-share:')).toEqual([]);
  });

  it('reads "a minority (49.9%) is owned by employees" and "the MAJORITY is owned by City investors" as owner classes', () => {
    const text = '40% of Bright Health is owned by Northfield Trust. So a minority (49.9%) is owned by employees. The MAJORITY is owned by City investors.';
    const shares = byAttribute(claimsOf(text), 'owned-share:');
    expect(shares.map((c) => c.attribute)).toEqual(['owned-share:org:northfield-trust', 'owned-share:employees', 'owned-share:outside-investors']);
    expect(shares[1].value).toMatchObject({ value: 49.9, high: expect.any(Number) });
    expect(shares[2].value).toMatchObject({ qualifier: 'over', low: 50, high: 100 });
  });

  it('derives categories from ownership through the rules: investor majority, employee minority', () => {
    const text = '10% of Bright Health is owned by Northfield Trust. A minority is owned by staff. The majority is owned by institutional investors.';
    const categories = claimsOf(text)
      .filter((c) => c.attribute === 'category' && c.value.kind === 'category')
      .map((c) => (c.value.kind === 'category' ? `${c.value.polarity}:${c.value.category}` : ''));
    expect(categories).toEqual(['deny:employee-owned', 'affirm:investor-majority-owned']);
  });

  it('reads "X, which is owned by everyone who works there" as whole ownership by employees', () => {
    const [claim] = byAttribute(claimsOf('Acme Staff Trust Ltd, which is owned by everyone who works there, votes.'), 'owned-share:');
    expect(claim).toMatchObject({ subject: 'org:acme-staff-trust', attribute: 'owned-share:employees' });
    expect(claim.value).toMatchObject({ value: 100 });
  });

  it('reads "Y owns 30% of X"', () => {
    const [claim] = byAttribute(claimsOf('Acme Capital plc owns 30% of Bright Health.'), 'owned-share:');
    expect(claim).toMatchObject({ subject: 'org:bright-health', attribute: 'owned-share:org:acme-capital' });
  });
});

describe('count claims', () => {
  it('gives "which has turned all 770 staff into co-owners" to the organisation before it', () => {
    const [claim] = byAttribute(claimsOf('Ministers cited Acme Care, which has turned all 770 staff into co-owners.'), 'count:');
    expect(claim).toMatchObject({ subject: 'org:acme-care', attribute: 'count:staff' });
    expect(claim.value).toMatchObject({ kind: 'number', value: 770 });
  });

  it('drops an organisation used as a modifier from the counted noun: "900 NHS staff" counts staff', () => {
    const [claim] = byAttribute(claimsOf('Bright Health will join, giving 900 NHS staff the chance to become co-owners.'), 'count:');
    expect(claim).toMatchObject({ subject: 'org:bright-health', attribute: 'count:staff' });
  });

  it('falls back to the organisation the counted things are within', () => {
    const [claim] = byAttribute(claimsOf('There are approximately 1000 co-ops working within the NHS.'), 'count:');
    expect(claim).toMatchObject({ subject: 'org:nhs', attribute: 'count:co op' });
    expect(claim.value).toMatchObject({ qualifier: 'around' });
  });

  it('does not give a count to an organisation that is the object of a preposition', () => {
    expect(byAttribute(claimsOf('Set up by Social Fund, the group is made of 10 charities.'), 'count:')).toEqual([]);
  });

  it('dates a figure by a year written in its own sentence', () => {
    const [claim] = byAttribute(claimsOf('In 2014 Acme Care had 450 staff.'), 'count:');
    expect(claim.time).toBe('2014');
  });
});

describe('statistics', () => {
  it('reads "N% of <population> <measure>" with a topic subject and the measure in the attribute', () => {
    const claims = claimsOf('In Leeds, 21% of adults living alone have no car, compared to 12% nationally.');
    const stat = byAttribute(claims, 'share:');
    expect(stat).toHaveLength(1);
    expect(stat[0]).toMatchObject({ subject: 'topic:adult living alone', attribute: 'share:have no car' });
  });

  it('reads no population from a pronoun: "70% of them have ..." is about whatever "them" was', () => {
    expect(byAttribute(claimsOf('Of the spun-out firms, over 70 per cent of them have won new business.'), 'share:')).toEqual([]);
    expect(byAttribute(claimsOf('Most firms grew; 40% of these have won new business.'), 'share:')).toEqual([]);
  });

  it('reads "In <place> <population> have <measure> of <number>"', () => {
    const [claim] = claimsOf('In Hillside women have life expectancy of 61.5 years.');
    expect(claim).toMatchObject({ subject: 'topic:hillside women', attribute: 'life expectancy' });
    expect(claim.value).toMatchObject({ value: 61.5, unit: 'year' });
  });

  it('ends the measure before the examples it gives, so that sources naming other examples still compare', () => {
    const one = claimsOf('Around 80% of these deaths are attributable to lifestyle factors such as excess alcohol and smoking.');
    const other = claimsOf('About 40% of these deaths are attributable to lifestyle factors, including poor diet.');
    const third = claimsOf('Some 60% of these deaths are attributable to lifestyle factors including inactivity.');
    const attributes = [one, other, third].map((claims) => byAttribute(claims, 'share:').map((c) => c.attribute));
    expect(attributes).toEqual([['share:attributable to lifestyle factor'], ['share:attributable to lifestyle factor'], ['share:attributable to lifestyle factor']]);
  });

  it('leaves shares of an organisation to the ownership extractor', () => {
    expect(byAttribute(claimsOf('49.9% of Acme Care is owned by Acme Staff Trust Ltd.'), 'share:')).toEqual([]);
  });
});

describe('roles', () => {
  it('gives the person the title, with a known office from offices.json', () => {
    const text = 'Health Secretary Ann Lee spoke.';
    const [claim] = extractClaims(text, tagEntities(text, { 'Ann Lee': 'person:ann-lee' }, [{ title: 'Health Secretary', person: 'person:ann-lee' }]));
    expect(claim).toMatchObject({ subject: 'person:ann-lee', attribute: 'role', text: 'Health Secretary Ann Lee' });
    expect(claim.value).toEqual({ kind: 'role', title: 'Health Secretary', office: 'office:health-secretary' });
  });

  it('keys a common post by its office and the organisation inside the title, whatever the word order', () => {
    const a = 'Acme Care director Bob Ray said.';
    const b = 'Bob Ray, director of Acme Care, said.';
    const names = { 'Acme Care': 'org:acme-care', 'Bob Ray': 'person:bob-ray' };
    const [ra] = extractClaims(a, tagEntities(a, names, [{ title: 'Acme Care director', person: 'person:bob-ray' }])).filter((c) => c.attribute === 'role');
    const [rb] = extractClaims(b, tagEntities(b, names, [{ title: 'director of Acme Care', person: 'person:bob-ray' }])).filter((c) => c.attribute === 'role');
    expect(ra.value).toMatchObject({ office: 'office:director@org:acme-care' });
    expect(rb.value).toMatchObject({ office: 'office:director@org:acme-care' });
  });

  it('skips past titles ("former Health Secretary")', () => {
    const text = 'Former Health Secretary Ann Lee spoke.';
    const claims = extractClaims(text, tagEntities(text, { 'Ann Lee': 'person:ann-lee' }, [{ title: 'Health Secretary', person: 'person:ann-lee' }]));
    expect(claims.filter((c) => c.attribute === 'role')).toEqual([]);
  });
});

describe('dates of events', () => {
  it('reads "X was founded in 1998" with the event normalised', () => {
    const [claim] = byAttribute(claimsOf('Northfield Trust was set up in 1998 by local nurses.'), 'date:');
    expect(claim).toMatchObject({ subject: 'org:northfield-trust', attribute: 'date:founded' });
    expect(claim.value).toEqual({ kind: 'date', iso: '1998', precision: 'year' });
  });

  it('reads a fronted participle: "Founded in 2004, X ..."', () => {
    const [claim] = byAttribute(claimsOf('Founded in 2004, Acme Care now runs six clinics.'), 'date:');
    expect(claim).toMatchObject({ subject: 'org:acme-care', attribute: 'date:founded' });
  });

  it('keeps what was announced in the attribute, so different announcements stay apart', () => {
    const claims = byAttribute(claimsOf('Acme Care announced its staff scheme on 3 May 2011.'), 'date:');
    expect(claims[0]).toMatchObject({ attribute: 'date:announced:staff scheme' });
    expect(claims[0].value).toMatchObject({ iso: '2011-05-03' });
  });
});

describe('references across sentences and non-assertions', () => {
  it('reads a sentence-initial "It" as the organisation that opened the sentence before', () => {
    const [claim] = byAttribute(claimsOf('Acme Care was praised by ministers. It has about 300 staff.'), 'count:');
    expect(claim).toMatchObject({ subject: 'org:acme-care', text: 'It has about 300 staff' });
    const [category] = claimsOf('Bright Health opened in May. It is a social enterprise.').filter((c) => c.attribute === 'category');
    expect(category).toMatchObject({ subject: 'org:bright-health', text: 'It is a social enterprise' });
  });

  it('reads "It" as the only organisation of the sentence before, and leaves it alone when there were two', () => {
    const single = claimsOf('Ministers praised Acme Care. It is a social enterprise.').filter((c) => c.attribute === 'category');
    expect(single.map((c) => [c.subject, c.text])).toEqual([['org:acme-care', 'It is a social enterprise']]);
    expect(claimsOf('Ministers praised Acme Care and Bright Health. It is a social enterprise.').filter((c) => c.attribute === 'category')).toEqual([]);
  });

  it('takes no claim from a question', () => {
    expect(claimsOf('Is Acme Care a charity? Acme Care is not a charity?')).toEqual([]);
  });

  it('does not date a figure by the date of another event in its sentence ("founded in 1998")', () => {
    const [claim] = extractClaims('Acme Care, founded in 1998, employs 450 staff.', tagEntities('Acme Care, founded in 1998, employs 450 staff.', NAMES), '2014')
      .filter((c) => c.attribute.startsWith('count:'));
    expect(claim.time).toBe('2014');
  });
});

describe('ownership wordings', () => {
  it('reads "staff hold a minority stake" as employees owning less than half of the organisation talked about', () => {
    const claims = claimsOf('Acme Care has changed hands, and staff hold a minority stake.');
    expect(byAttribute(claims, 'owned-share:').map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.high : undefined])).toEqual([
      ['org:acme-care', 'owned-share:employees', 50],
    ]);
    expect(claims.find((c) => c.attribute === 'category')?.value).toMatchObject({ category: 'employee-owned', polarity: 'deny' });
  });

  it('reads "X sold a majority stake to a private investor" as investor majority ownership of X', () => {
    const claims = claimsOf('Acme Care has sold a majority stake to a private investor.');
    expect(claims.find((c) => c.attribute === 'category')?.value).toMatchObject({ category: 'investor-majority-owned', polarity: 'affirm' });
  });

  it('counts an owner the text calls an investment firm as an outside investor, and reads "belongs to"', () => {
    const names = { ...NAMES, 'Kite Ventures': 'org:kite-ventures' };
    const text = 'Kite Ventures, a private equity firm, bought in last year. Now 65% of Acme Care belongs to Kite Ventures.';
    const claims = claimsOf(text, names).filter((c) => c.subject === 'org:acme-care');
    expect(claims.map((c) => c.attribute).sort()).toEqual(['category', 'owned-share:org:kite-ventures', 'ownership']);
    expect(claims.find((c) => c.attribute === 'category')?.value).toMatchObject({ category: 'investor-majority-owned' });
  });
});

describe('count wordings', () => {
  it('counts the people an organisation employs as its staff, whatever the word', () => {
    expect(byAttribute(claimsOf('Acme Care employs 1,200 people.'), 'count:').map((c) => c.attribute)).toEqual(['count:staff']);
    expect(byAttribute(claimsOf('Acme Care has 1,200 employees.'), 'count:').map((c) => c.attribute)).toEqual(['count:staff']);
    expect(byAttribute(claimsOf('Acme Care helps 1,200 people.'), 'count:').map((c) => c.attribute)).toEqual(['count:people helped']);
  });

  it('puts what was done to those counted into the attribute, so helped and referred people never meet', () => {
    const attributes = (text: string): string[] => byAttribute(claimsOf(text), 'count:').map((c) => c.attribute);
    expect(attributes('Acme Care plans to help about 250 families next year.')).toEqual(['count:family helped']);
    expect(attributes('Acme Care saw 180 families referred by doctors.')).toEqual(['count:family referred']);
    expect(attributes('Acme Care gave 3,100 people one-to-one advice last year.')).toEqual(['count:people advised']);
    expect(attributes('Acme Care says 95 people were trained as mentors.')).toEqual(['count:people trained']);
  });

  it('keeps a figure written in words out of the counted noun: "its four directors" counts directors', () => {
    const text = 'Acme Care paid its four directors well. Acme Care has twenty-one trustees.';
    const entities = tagEntities(text, NAMES);
    for (const words of ['four directors', 'twenty-one trustees']) {
      const start = text.indexOf(words);
      const value = words.startsWith('four') ? 4 : 21;
      entities.push({ type: 'quantity', text: words, start, end: start + words.length, value: { kind: 'quantity', value, noun: words.split(' ')[1] } });
    }
    expect(byAttribute(extractClaims(text, entities), 'count:').map((c) => c.attribute)).toEqual(['count:director', 'count:trustee']);
  });

  it('leaves a count with no service verb keyed by its noun alone, so plain totals still meet', () => {
    expect(byAttribute(claimsOf('Acme Care teaches 900 pupils.'), 'count:').map((c) => c.attribute)).toEqual(['count:pupil']);
  });

  it('reads a figure spread "across" a region after the counted words as the whole, not a part', () => {
    expect(byAttribute(claimsOf('Acme Care has 900 members across the South of Wales.'), 'count:').map((c) => c.attribute)).toEqual(['count:member']);
  });

  it('keeps a figure for one place apart from the whole: "In Wales it has 300 members"', () => {
    const claims = claimsOf('Acme Care has more than 9,000 members. In Wales it has 300 members.');
    expect(byAttribute(claims, 'count:').map((c) => c.attribute)).toEqual(['count:member', 'count:member in wale']);
  });
});

describe('times of figures', () => {
  it('dates a figure by the date nearest to it in its own clause, not by a date in a clause about something else', () => {
    const [claim] = byAttribute(claimsOf('Acme Care, which was spun out of the NHS in 2011, employs 450 staff.', NAMES), 'count:');
    expect(claim.time).toBeUndefined();
    const [later] = byAttribute(claimsOf('In 2013 Acme Care had 300 staff; by contrast Bright Health had 90 staff in 2015.'), 'count:');
    expect(later.time).toBe('2013');
  });

  it('keeps a footnote marker with the sentence it closes, so the next sentence is not dated by that one', () => {
    const [claim] = byAttribute(claimsOf('Acme Care grew in 2009.[12] It has 450 staff.'), 'count:');
    expect(claim).toMatchObject({ subject: 'org:acme-care', text: 'It has 450 staff' });
    expect(claim.time).toBeUndefined();
  });
});

describe('organisations of titles', () => {
  const names = { 'Acme Care': 'org:acme-care', 'Bob Ray': 'person:bob-ray', 'Kay Lund': 'person:kay-lund', 'Bright Health': 'org:bright-health' };
  const officeOf = (text: string, title: string, person = 'person:bob-ray'): string | undefined => {
    const [claim] = extractClaims(text, tagEntities(text, names, [{ title, person }])).filter((c) => c.attribute === 'role');
    return claim?.value.kind === 'role' ? claim.value.office : undefined;
  };

  it('takes the organisation from a possessive before the title: "Its chief executive", "Acme Care’s chair"', () => {
    expect(officeOf('Acme Care won the contract. Its chief executive, Bob Ray, was pleased.', 'chief executive')).toBe('office:chief-executive@org:acme-care');
    expect(officeOf('Acme Care’s chair Bob Ray spoke.', 'chair')).toBe('office:chair@org:acme-care');
  });

  it('takes the organisation and the rest of a title cut short from the words after it: "Director of Finance at X"', () => {
    expect(officeOf('Bob Ray, Director of Finance at Acme Care, said so.', 'Director')).toBe('title:director finance@org:acme-care');
  });

  it('gives a bare post in an organisation’s own report to that organisation, and a signature line to the name above it', () => {
    const report = 'Acme Care annual report\n\nWe thank the Chief Executive, Bob Ray, for his work.\n\nKay Lund\nChair';
    expect(officeOf(report, 'Chief Executive')).toBe('office:chief-executive@org:acme-care');
    const [chair] = extractClaims(report, tagEntities(report, names, [{ title: 'Chair', person: 'person:kay-lund' }])).filter((c) => c.attribute === 'role');
    expect(chair).toMatchObject({ subject: 'person:kay-lund', text: 'Kay Lund\nChair' });
  });

  it('gives a bare post in a story plainly about one organisation to that organisation, and to none when two share the story', () => {
    const story = 'Acme Care will open two homes. The expansion makes Acme Care the largest provider, and Acme Care plans more.\nChief Executive Bob Ray said the homes would open soon.';
    expect(officeOf(story, 'Chief Executive')).toBe('office:chief-executive@org:acme-care');
    const shared = 'Acme Care and Kay Lund met. Acme Care, Bright Health and Acme Care talked; Bright Health agreed.\nChief Executive Bob Ray said so.';
    expect(officeOf(shared, 'Chief Executive')).toBe('office:chief-executive');
  });

  it('leaves a bare post without an organisation in a text that speaks for none, and an office of state always alone', () => {
    expect(officeOf('We thank the Chief Executive, Bob Ray, for his work.', 'Chief Executive')).toBe('office:chief-executive');
    expect(officeOf('Acme Care’s Health Secretary Bob Ray', 'Health Secretary')).toBe('office:health-secretary');
  });

  it('flags "Director of Finance at X" against "chief executive of X" for one person at one time', () => {
    const a = 'Bob Ray, Director of Finance at Acme Care, said so.';
    const b = 'Bob Ray, chief executive of Acme Care, disagreed.';
    const claims = [
      ...extractClaims(a, tagEntities(a, names, [{ title: 'Director of Finance at Acme Care', person: 'person:bob-ray' }]), '2016-03-01').map((claim) => ({ doc: 'a', claim })),
      ...extractClaims(b, tagEntities(b, names, [{ title: 'chief executive of Acme Care', person: 'person:bob-ray' }]), '2016-03-04').map((claim) => ({ doc: 'b', claim })),
    ].filter((s) => s.claim.attribute === 'role');
    expect(detectConflicts(claims).map((c) => c.kind)).toEqual(['role']);
  });
});
