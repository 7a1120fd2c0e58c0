import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

function organisations(text: string): Array<[string, string | undefined]> {
  return entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
}

describe('short forms of an organisation named in full elsewhere in the document', () => {
  it('gives a headline short form, written before the full name, the full name’s identity', () => {
    const text =
      'Kelmoor to run meals service\n\nKelmoor Facilities Services has won the county contract. A spokesperson for Kelmoor said staff would transfer.';
    const found = organisations(text);
    expect(found).toContainEqual(['Kelmoor Facilities Services', 'org:kelmoor-facilities-services']);
    expect(found.filter(([name]) => name === 'Kelmoor')).toEqual([
      ['Kelmoor', 'org:kelmoor-facilities-services'],
      ['Kelmoor', 'org:kelmoor-facilities-services'],
    ]);
  });

  it('tags the leading words of an unknown name where they stand alone later', () => {
    const text = 'Ashgrove Learning Trust runs nine schools. Parents said Ashgrove had not consulted them, and Ashgrove’s accounts were late.';
    const found = organisations(text);
    expect(found.filter(([name]) => name === 'Ashgrove')).toHaveLength(2);
    expect(new Set(found.map(([, canonical]) => canonical))).toEqual(new Set(['org:ashgrove-learning-trust']));
  });

  it('leaves a prefix shared by two different bodies unresolved to either', () => {
    const text = 'Pellow Learning Trust runs nine schools. Pellow Housing Association owns the land. Pellow said the deal was fair.';
    const found = organisations(text);
    expect(found.map(([name]) => name)).not.toContain('Pellow');
  });

  it('gives the shared prefix to the company, not to the employee trust or pension scheme that belongs to it', () => {
    const text =
      'Pellow Support Services employs 900 staff. Pellow Employee Trust owns a quarter of it, and the Pellow Pension Scheme is in deficit. Pellow said the deal was fair.';
    const found = organisations(text);
    expect(found).toContainEqual(['Pellow Employee Trust', 'org:pellow-employee-trust']);
    expect(found).toContainEqual(['Pellow', 'org:pellow-support-services']);
  });

  it('gives the shared prefix to the body a foundation is named after, and to the foundation when it stands alone', () => {
    const withCompany = organisations('The Tarrock Foundation gave £2m to Tarrock Homes Ltd. Tarrock said more would follow.');
    expect(withCompany).toContainEqual(['Tarrock', 'org:tarrock-homes']);
    const alone = organisations('The Tarrock Foundation gave £2m to the appeal. Tarrock said more would follow.');
    expect(alone).toContainEqual(['Tarrock', 'org:tarrock-foundation']);
  });

  it('keeps a prefix ambiguous when a foundation is named after more words than it (a community foundation and its area)', () => {
    const text = 'The Tarrow Community Foundation gave £2m to Tarrow Learning Trust. Tarrow said more would follow.';
    expect(organisations(text).map(([name]) => name)).not.toContain('Tarrow');
  });

  it('never lets a body that belongs to another lend that body’s name to itself', () => {
    const text = 'Pellow Employee Trust holds 30% of the shares. Staff at Pellow were not told.';
    expect(organisations(text)).not.toContainEqual(['Pellow', 'org:pellow-employee-trust']);
  });

  it('treats a word that names a council here as a place, not as the short form of another body', () => {
    const text = 'Ashgrove Learning Trust runs nine schools. Ashgrove Council agreed. Parents said Ashgrove had not consulted them.';
    const found = organisations(text);
    expect(found.map(([name]) => name)).not.toContain('Ashgrove');
  });

  it('does not take the word before a connector in a name for the body ("Hope" of "Hope for Tarrow")', () => {
    const text = 'We work with charities such as Hope for Tarrow. Hope is what they offer, said one.';
    expect(organisations(text).map(([name]) => name)).toEqual(['Hope for Tarrow']);
  });

  it('lends no leading words of a body known from reference data, whose short forms are listed with it', () => {
    const text = 'Teach First trains graduates. Teach them well, said one.';
    expect(organisations(text).map(([name]) => name)).toEqual(['Teach First']);
  });

  it('reads the words before a combined authority’s or council’s tail, however many, as the area, not as the body', () => {
    const text =
      'Norbury Vale Combined Authority will franchise buses. Fares in Norbury Vale will fall, the Mayor of Norbury Vale said. North Tarrow District Council agreed. Schools in North Tarrow are full.';
    const names = organisations(text).map(([name]) => name);
    expect(names).toEqual(['Norbury Vale Combined Authority', 'North Tarrow District Council']);
  });

  it('still lends the leading words of a body with a bare "Authority" that names no area', () => {
    const text = 'Kelbrook Housing Authority owns 900 homes. Tenants said Kelbrook had not consulted them.';
    expect(organisations(text).map(([name]) => name)).toEqual(['Kelbrook Housing Authority', 'Kelbrook']);
  });

  it('does not take a place or an ordinary word at the front of a name for the body', () => {
    const text = 'Dunmere County Council met on Monday. Families in Dunmere face cuts. Ferncombe Support Services works across Ferncombe, and Ferncombe schools are full.';
    const names = organisations(text).map(([name]) => name);
    expect(names).not.toContain('Dunmere');
    expect(names).not.toContain('Ferncombe');
  });
});

describe('capitals that are not organisation acronyms', () => {
  it('skips capitals inside a social-media handle or a web address, and a press release’s closing ENDS', () => {
    const text = 'Read more on GOV.UK or follow @tamsin_KX for updates. The TUC welcomed it.\n\nENDS\n\nNotes for editors';
    expect(entitiesOf(text, 'organisation').map((entity) => entity.text)).toEqual(['TUC']);
  });

  it('tags an acronym in the possessive, and still not a plural of capitals', () => {
    const text = 'The Roads Inspection Agency (RIA) met GPs. The RIA’s own evidence and the RIA\'s accounts were late, said the PCTs.';
    const found = entitiesOf(text, 'organisation');
    expect(found.map((entity) => entity.text)).toEqual(['Roads Inspection Agency', 'RIA', 'RIA', 'RIA']);
    expect(new Set(found.map((entity) => entity.canonical))).toEqual(new Set(['org:roads-inspection-agency']));
  });

  it('still tags an acronym in brackets or before a full stop', () => {
    const text = 'The Local Government Association (LGA) agreed. So did the LGA.';
    expect(entitiesOf(text, 'organisation').map((entity) => entity.text)).toEqual(['Local Government Association', 'LGA', 'LGA']);
  });
});

describe('names whose complement has "and" before an organisation word', () => {
  it('keeps the words after the second half of the complement in the name', () => {
    const text = 'The Society of College and University Registrars agreed with the Guild of Academy and School Bursars.';
    expect(entitiesOf(text, 'organisation').map((entity) => entity.text)).toContain('Society of College and University Registrars');
  });

  it('still splits two bodies when the organisation word after "and" opens a name of its own', () => {
    const text = 'The Royal Borough of Kent and University College Leeds signed a pact.';
    expect(entitiesOf(text, 'organisation').map((entity) => entity.text)).toEqual(['Royal Borough of Kent', 'University College Leeds']);
  });
});

describe('a known body whose name is also a word, opening a sentence', () => {
  it('is the body when a verb of speech follows, and the word otherwise', () => {
    const text = 'Shelter said the figures were alarming. Shelter is a basic need. Crisis warned of more. Crisis talks followed.';
    expect(entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.start])).toEqual([
      ['Shelter', 0],
      ['Crisis', text.indexOf('Crisis warned')],
    ]);
  });
});

describe('a class noun opening a sentence before a known body', () => {
  it('stays out of the body’s name', () => {
    const text = 'Watchdog Care Quality Commission found failings. Charity Barnardo’s agreed.';
    expect(entitiesOf(text, 'organisation').map((entity) => entity.text)).toContain('Care Quality Commission');
    expect(entitiesOf(text, 'organisation').map((entity) => entity.text)).not.toContain('Watchdog Care Quality Commission');
  });
});

describe('short forms beside places named in pairs', () => {
  it('reads a word joined by "and" to a place after "in" as a place, not a body\'s short form', () => {
    const text = 'A partnership will run probation in Ostrey and Loxmoor. Staff formed the Loxmoor Valley Staff Mutual in 2013.';
    expect(organisations(text).map(([name]) => name)).toEqual(['Loxmoor Valley Staff Mutual']);
  });
});

describe('short forms beside a pair of names joined by "and"', () => {
  it('reads the second of two capitalised words joined by "and" as half of a pair, not a body\'s short form', () => {
    const text = 'Loxmoor Valley Staff Mutual was formed in 2013. The group won the Ostrey and Loxmoor contract last year.';
    expect(organisations(text).map(([name]) => name)).toEqual(['Loxmoor Valley Staff Mutual']);
  });

  it('still reads a short form joined by "and" to another body', () => {
    const text = 'Loxmoor Valley Staff Mutual and Pellham Care Ltd bid together. Pellham and Loxmoor won.';
    expect(organisations(text).map(([name]) => name)).toEqual(['Loxmoor Valley Staff Mutual', 'Pellham Care Ltd', 'Pellham', 'Loxmoor']);
  });
});

describe('names copied in lower case by writers who ignore case', () => {
  it('reads a word-for-word lower-case copy of a name the text gives capitalised as that body, and its acronym too', () => {
    const text =
      'Comment one\nThe nurses were fine but pellham home services just kept saying no.\n\nComment two\nPellham Home Services is a private company. PHS lost the contract.';
    const found = organisations(text);
    expect(found.map(([name]) => name)).toEqual(['pellham home services', 'Pellham Home Services', 'PHS']);
    expect(new Set(found.map(([, canonical]) => canonical)).size).toBe(1);
  });

  it('leaves a lower-case phrase alone when its first word is also an ordinary word in the text, or after "a"', () => {
    const text = 'Corvane Garden Trust opened in May. We plan to corvane garden trust work, and corvane the hedges. It is a corvane garden trust of sorts.';
    expect(organisations(text).map(([name]) => name)).toEqual(['Corvane Garden Trust']);
  });
});

describe('a body called by the words before "Enterprises"', () => {
  it('calls "X Enterprises Ltd" by X where X stands alone, in the possessive too, as "X Capital" is called X', () => {
    for (const full of ['Tollway Enterprises Ltd', 'Tollway Enterprises']) {
      const text = `${full} collects the bins. Tollway’s chair, Jo Brant, said Tollway would bid again.`;
      const found = organisations(text);
      expect(found.filter(([name]) => name === 'Tollway'), full).toHaveLength(2);
      expect(new Set(found.map(([, canonical]) => canonical)), full).toEqual(new Set(['org:tollway']));
    }
  });
});

describe('two bodies joined by "and"', () => {
  it('reads the short form of a body named before, then "and", then another name, as two bodies', () => {
    for (const sentence of ['The council holds 51% of Tollway and Renfrew Capital the rest.', 'Tollway and Renfrew Capital signed the deal.']) {
      const found = organisations(`Tollway Enterprises collects the bins. ${sentence}`).map(([name]) => name);
      expect(found, sentence).toContain('Renfrew Capital');
      expect(found, sentence).not.toContain('Tollway and Renfrew Capital');
    }
  });

  it('still joins a place that only opens a council’s name to the body after "and"', () => {
    const found = organisations('Pellam Borough Council met. Pellam and Wyre Valley NHS Foundation Trust signed the deal.').map(([name]) => name);
    expect(found).toContain('Pellam and Wyre Valley NHS Foundation Trust');
  });
});

describe('a university called by its place', () => {
  it('gives a body found as "X" the identity of the "University of X" named in the document', () => {
    const text = 'Pellam to merge with Wrenbury\n\nThe University of Pellam will merge with Wrenbury University. Pellam expects a deficit, and staff at Pellam were told on Monday.';
    const found = organisations(text).filter(([name]) => name === 'Pellam');
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map(([, canonical]) => canonical))).toEqual(new Set(['org:university-of-pellam']));
  });

  it('leaves the town untagged where no rule found a body', () => {
    const text = 'The University of Pellam will merge with Wrenbury University. Students in Pellam protested.';
    expect(organisations(text).map(([name]) => name)).not.toContain('Pellam');
  });
});

describe('short forms beside the bodies of a body’s members, and beside shares held in it', () => {
  it('gives the shared prefix to the landlord, not to its tenants’ or residents’ body', () => {
    for (const members of ['Tenants’ Federation', "Residents' Association", 'Leaseholders Forum', 'Tenants Panel']) {
      const text = `Harwick Housing Trust owns 9,000 homes. The Harwick ${members} opposed the merger. Harwick said rents would rise.`;
      expect(organisations(text)).toContainEqual(['Harwick', 'org:harwick-housing-trust']);
    }
  });

  it('still tells two bodies of their own apart when neither is a members’ body', () => {
    const text = 'Harwick Housing Trust owns 9,000 homes. Harwick Learning Trust runs schools. Harwick said rents would rise.';
    expect(organisations(text).map(([name]) => name)).not.toContain('Harwick');
  });

  it('never lets a members’ body lend the name it takes from its landlord to itself', () => {
    const text = 'The Harwick Tenants’ Federation met on Monday. Harwick has not replied to our letter.';
    expect(organisations(text)).not.toContainEqual(['Harwick', 'org:harwick-tenants-federation']);
  });

  it('reads what shares or a stake are held "in" as the company, not as a place', () => {
    for (const holding of ['The council holds no shares in Harwick', 'A fund bought a 30% stake in Harwick', 'Its shareholding in Harwick was sold']) {
      const text = `Harwick Energy Ltd supplies 40,000 homes. ${holding}. Harwick said the deal was fair.`;
      expect(organisations(text).filter(([name]) => name === 'Harwick')).toEqual([
        ['Harwick', 'org:harwick-energy'],
        ['Harwick', 'org:harwick-energy'],
      ]);
    }
  });

  it('still reads a word after a plain "in" as the place the body is named after', () => {
    const text = 'Harwick Energy Ltd supplies 40,000 homes in Harwick. Harwick said the deal was fair.';
    expect(organisations(text).map(([name]) => name)).not.toContain('Harwick');
  });
});
