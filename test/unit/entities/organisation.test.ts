import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

describe('organisations by form', () => {
  it('recognises unseen names by their organisational head noun', () => {
    expect(
      textsOf('Grants went to the Wessex Tenants Association, Harbour Lane Partnership and Northgate Fostering Trust.', 'organisation'),
    ).toEqual(['Wessex Tenants Association', 'Harbour Lane Partnership', 'Northgate Fostering Trust']);
  });

  it('reads names that take a complement, and legal suffixes in lower case', () => {
    expect(
      textsOf('Staff at the Royal Borough of Greenwich and the Institute for Rural Studies joined Acme Holdings plc.', 'organisation'),
    ).toEqual(['Royal Borough of Greenwich', 'Institute for Rural Studies', 'Acme Holdings plc']);
  });

  it('keeps a nation after the head in the name ("… Council England")', () => {
    expect(textsOf('Grants came from the Crafts Council England and the Tarnbury Trust Wales office.', 'organisation')).toEqual([
      'Crafts Council England',
      'Tarnbury Trust Wales',
    ]);
  });

  it('leaves out a leading "the" and a possessive', () => {
    expect(textsOf('The Wessex Tenants Association’s view was clear.', 'organisation')).toEqual(['Wessex Tenants Association']);
  });

  it('does not tag generic or anaphoric references, programmes or places', () => {
    expect(
      textsOf('The Government and Whitehall asked the Foundation Trust about the Big Society and the Pathfinder programme in London.', 'organisation'),
    ).toEqual([]);
  });
});

describe('schemes named like people or bodies', () => {
  it('reads a capitalised name ending in a scheme word as a scheme, not a person or a body', () => {
    const text = 'The council gave £40,000 to run the Summer Reading Challenge in Tarnbury, and Loxmoor Council ran the Winter Warmth Campaign.';
    expect(textsOf(text, 'person')).toEqual([]);
    expect(textsOf(text, 'organisation')).toEqual(['Loxmoor Council']);
  });
});

describe('funds and programmes', () => {
  it('treats a fund that is launched, bid for, allocated or worth a sum as a pot of money, in every mention', () => {
    const text = 'The £2bn Healthy Towns Fund was launched in May. Councils can bid for the Rural Care Fund. The Rural Care Fund covers 20 areas.';
    expect(textsOf(text, 'organisation')).toEqual([]);
  });

  it('keeps a fund that speaks, publishes or has staff as an organisation', () => {
    expect(textsOf('The Wessex Fund published a report, and the Harbour Fund said it would help.', 'organisation')).toEqual([
      'Wessex Fund',
      'Harbour Fund',
    ]);
  });

  it('keeps a body that is named a fund when the text also treats it as an actor', () => {
    expect(textsOf('The Lark Fund warned ministers. Charities bid for grants from the Lark Fund.', 'organisation')).toEqual(['Lark Fund', 'Lark Fund']);
  });

  it('keeps a pension fund as an organisation even where it pays, invests or is invested', () => {
    expect(textsOf('In a deal that completed in 2018, the Harlow Pension Fund paid £54 million for new shares.', 'organisation')).toEqual(['Harlow Pension Fund']);
    expect(textsOf('Members asked why the Denbury Pensions Fund had put £45m into the company.', 'organisation')).toEqual(['Denbury Pensions Fund']);
    expect(textsOf('The Marsh Superannuation Fund invested £3m.', 'organisation')).toEqual(['Marsh Superannuation Fund']);
    // a pot of money is still a pot
    expect(textsOf('Councils can bid for the Harlow Housing Fund, worth £3m.', 'organisation')).toEqual([]);
  });

  it('does not tag programmes named by what they set out to do', () => {
    expect(textsOf('Transforming Rural Services and Improving Care Pathways Partnership ran until 2012.', 'organisation')).toEqual([]);
  });

  it('still reads a place that ends in -ing as part of a name', () => {
    expect(textsOf('Reading Borough Council agreed.', 'organisation')).toEqual(['Reading Borough Council']);
  });
});

describe('names joined by "and"', () => {
  it('keeps capitalised words joined by "and" to a headed name in that name', () => {
    expect(
      textsOf('Patients of Ashby and Trent Valley NHS Foundation Trust were moved, and the Roads and Bridges Agency agreed.', 'organisation'),
    ).toEqual(['Ashby and Trent Valley NHS Foundation Trust', 'Roads and Bridges Agency']);
  });

  it('keeps two bodies apart when the first already ends in a head noun', () => {
    expect(textsOf('Staff from Harbour Community Health and Your Healthcare met.', 'organisation')).toEqual([
      'Harbour Community Health',
      'Your Healthcare',
    ]);
  });
});

describe('local branches', () => {
  it('keeps a known body followed by a place as one longer name with its own identity', () => {
    const found = entitiesOf('Age UK Dorset and Citizens Advice Exeter helped; NHS Bedford paid, and Age UK was thanked.', 'organisation');
    expect(found.map((o) => o.text)).toEqual(['Age UK Dorset', 'Citizens Advice Exeter', 'NHS Bedford', 'Age UK']);
    expect(found[0]!.canonical).not.toBe(found[3]!.canonical);
  });

  it('does not take titles, people or programme names for a branch', () => {
    expect(textsOf('NHS Chief Executive Anna Grey spoke; Age UK Sarah Jones; the NHS Pension Scheme grew.', 'organisation')).toContain('NHS');
    expect(textsOf('NHS Chief Executive Anna Grey spoke.', 'organisation')).toEqual(['NHS']);
    expect(textsOf('The NHS Five Year Forward View was read.', 'organisation')).toEqual(['NHS']);
  });

  it('takes the known body alone when a place and a part noun follow it ("Unison Dunmere branch secretary")', () => {
    const found = entitiesOf('Unison Dunmere branch secretary Ann Crole said no, and the Unison Corrow region agreed.', 'organisation');
    expect(found.map((o) => [o.text, o.canonical])).toEqual([
      ['Unison', 'org:unison'],
      ['Unison', 'org:unison'],
    ]);
  });
});

describe('organisations from reference data', () => {
  it('knows well-known homelessness charities and regional publishers, and a listed word-name beside one at a sentence start', () => {
    const text = 'Shelter and Thames Reach have made the case. Centrepoint agreed. The paper is part of the Newsquest group.';
    expect(entitiesOf(text, 'organisation').map((o) => [o.text, o.canonical])).toEqual([
      ['Shelter', 'org:shelter'],
      ['Thames Reach', 'org:thames-reach'],
      ['Centrepoint', 'org:centrepoint'],
      ['Newsquest', 'org:newsquest'],
    ]);
  });
});

describe('names that look like bodies but name a building or a document', () => {
  it('takes a civic, leisure or conference centre for a venue, and other centres for bodies', () => {
    const text = 'Speaking at Dunmere Civic Centre, the minister thanked Corrow Leisure Centre staff and Dunmere Carers Centre.';
    expect(textsOf(text, 'organisation')).toEqual(['Dunmere Carers Centre']);
  });

  it('takes a theme before a document or event word for no body, but keeps a body before one', () => {
    const text = 'Councils should sign the Fair Care Charter and follow the Dunmere Health Strategy; Corrow Care Services Ltd signed, and the Kelmoor Support Services Review agreed.';
    expect(textsOf(text, 'organisation')).toEqual(['Corrow Care Services Ltd', 'Kelmoor Support Services']);
  });
});

describe('local NHS bodies named by area and kind', () => {
  it('takes an area before CCG or PCT for a body, and the acronym alone for none', () => {
    const text = 'Dunmere CCG knows all about it. The CCG said CCG budgets were tight; Corrow PCT agreed.';
    expect(textsOf(text, 'organisation')).toEqual(['Dunmere CCG', 'Corrow PCT']);
  });

  it('gives the acronym form and the written-out form one identity', () => {
    const found = entitiesOf('Dunmere CCG agreed with Dunmere Clinical Commissioning Group, as Corrow Primary Care Trust and Corrow PCT did.', 'organisation');
    expect(found[0]!.canonical).toBe(found[1]!.canonical);
    expect(found[2]!.canonical).toBe(found[3]!.canonical);
    expect(found[0]!.canonical).not.toBe(found[2]!.canonical);
  });
});

describe('organisations by acronym', () => {
  it('tags acronyms, and NHS wherever it is not part of a longer name', () => {
    expect(textsOf('NHS staff told the NHS Alliance and WRVA that G4S and 3SC bid.', 'organisation')).toEqual([
      'NHS',
      'NHS Alliance',
      'WRVA',
      'G4S',
      '3SC',
    ]);
  });

  it('leaves out places, classes of body, programmes, shouted words and postcodes', () => {
    expect(textsOf('In the UK, GPs and PCTs run QIPP. It is NOT a co-op. Visit WESTMINSTER SW1H 9BP.', 'organisation')).toEqual([]);
  });
});

describe('organisations by context', () => {
  it('tags names listed after a class noun', () => {
    expect(
      textsOf('Firms such as Brightwater and Keel won; corporations like Corvex and Tandem lost; four contractors, Alder, Birch and Cedar, bid.', 'organisation'),
    ).toEqual(['Brightwater', 'Keel', 'Corvex', 'Tandem', 'Alder', 'Birch', 'Cedar']);
  });

  it('tags a name after a naming noun, in apposition, or listed with an organisation', () => {
    expect(
      textsOf('Speakers came from think tank Meridian, from Lumen, the advice charity, and from the Wessex Tenants Association and Pollard.', 'organisation'),
    ).toEqual(['Meridian', 'Lumen', 'Wessex Tenants Association', 'Pollard']);
  });

  it('tags a name used as a modifier', () => {
    const [style] = entitiesOf('a John Lewis-style scheme for staff', 'organisation');
    expect(style).toMatchObject({ text: 'John Lewis' });
  });

  it('tags a lower-case affiliation line under a commenter’s name', () => {
    const text = 'Great article.\n\njane okafor\n\nwessex partnership\nComment date\n3 May 2011\n';
    expect(textsOf(text, 'organisation')).toEqual(['wessex partnership']);
    expect(textsOf(text, 'person')).toEqual(['jane okafor']);
  });
});

describe('organisations: edges of a name', () => {
  it('does not take a sector word before a title for a body', () => {
    expect(textsOf('Shadow Health Secretary Jonathan Ashworth objected.', 'organisation')).toEqual([]);
  });

  it('joins the halves of one name around "and", but not two names', () => {
    expect(textsOf('The Greater Manchester Health and Social Care Partnership has pooled budgets.', 'organisation')).toEqual([
      'Greater Manchester Health and Social Care Partnership',
    ]);
    expect(textsOf('Firms such as Four Seasons Health Care and Allied Healthcare struggled.', 'organisation')).toEqual([
      'Four Seasons Health Care',
      'Allied Healthcare',
    ]);
  });

  it('reads a possessive inside a name', () => {
    expect(textsOf('Barnardo’s and the Children’s Society backed the call.', 'organisation')).toEqual(['Barnardo’s', 'Children’s Society']);
  });
});

describe('organisations in casual and reference text', () => {
  it('reads a commenter’s lower-case affiliation that names a known body, or its local branch', () => {
    const text = 'Good points.\n\nsue walsh\n\nunison, harbour health branch\nComment date\n\nmary jones\n\nage uk dorset\n';
    expect(textsOf(text, 'organisation')).toEqual(['unison', 'age uk dorset']);
  });

  it('reads a commenter’s affiliation in brackets after their name on the same line', () => {
    const text = 'Good points.\n\nsue walsh (unison)\nComment date: 8 May 2014\n\nmary jones (age uk dorset)\nIt was awful (really).';
    expect(entitiesOf(text, 'organisation').map((o) => [o.text, o.canonical])).toEqual([
      ['unison', 'org:unison'],
      ['age uk dorset', 'org:age-uk-dorset'],
    ]);
    expect(textsOf(text, 'person')).toEqual(['sue walsh', 'mary jones']);
  });

  it('reads a listed acronym typed in lower case only where it cannot be a word', () => {
    expect(textsOf('the bbc covered it and nhs staff agreed, though mind you it was late.', 'organisation')).toEqual(['bbc', 'nhs']);
  });

  it('does not tag a legal form used as a class noun', () => {
    expect(textsOf('I sat on the board of a CIC in Leeds, then an LLP.', 'organisation')).toEqual([]);
  });

  it('does not tag hospitals and other care buildings, which are venues', () => {
    expect(textsOf('Patients at the Royal Harbour Infirmary and Wessex General Hospital waited.', 'organisation')).toEqual([]);
  });

  it('does not take a place described in apposition after "in" for a body', () => {
    expect(textsOf('He visited Fernhill Care Trust in Harbury, an employee-owned social enterprise.', 'organisation')).toEqual(['Fernhill Care Trust']);
  });
});

describe('organisations by their founding', () => {
  it('takes a name said to have been founded for a body, and finds it again in the masthead, the text and the signature', () => {
    const text =
      'Tarrow Steps\nAnnual Report 2014\n\nThis has been the busiest year in Tarrow Steps’ history.\n\n' +
      'Tarrow Steps was founded in 1987 by a group of churches. Kelvale Roots, founded in 1990, helped.\n\n' +
      'Tarrow Steps, 14 Mill Street, Lenham LN1 3QT';
    const found = entitiesOf(text, 'organisation');
    expect(found.map((o) => o.text)).toEqual(['Tarrow Steps', 'Tarrow Steps', 'Tarrow Steps', 'Kelvale Roots', 'Tarrow Steps']);
    expect(new Set(found.filter((o) => o.text === 'Tarrow Steps').map((o) => o.canonical))).toEqual(new Set(['org:tarrow-steps']));
  });

  it('needs the founding verb right after the name', () => {
    expect(textsOf('Kelvale Roots said the scheme was founded on trust.', 'organisation')).toEqual([]);
  });

  it('takes no institution named by ordinary words for a body ("the Welfare State was founded …")', () => {
    expect(textsOf('The Welfare State was founded in 1948, when welfare was a new idea.', 'organisation')).toEqual([]);
  });
});

describe('organisations by employment and by title', () => {
  it('tags a name in an employer’s place, and its other mentions in the document', () => {
    expect(textsOf('Last year Kelvale grew. Staff at Kelvale were not asked, and Brightwater employs 300 people.', 'organisation')).toEqual([
      'Kelvale',
      'Kelvale',
      'Brightwater',
    ]);
  });

  it('tags a name after the title of one who leads a body ("chair of", "chief executive of", "founder of")', () => {
    const text = 'Ann Corr, chair of Tarrow Homes in Lenham, spoke, as did the chief executive of Kelvale Roots and the founder of Pellam Reach.';
    expect(textsOf(text, 'organisation')).toEqual(['Tarrow Homes', 'Kelvale Roots', 'Pellam Reach']);
  });

  it('takes no field or office after a title for a body ("director of Public Health", "Secretary of State")', () => {
    expect(textsOf('The director of Public Health and the head of Policy met the Secretary of State.', 'organisation')).toEqual([]);
  });

  it('takes no board or committee a chair chairs for a body ("chair of Trustees", "chair of Health Scrutiny")', () => {
    const text = 'She is chair of Trustees and chair of Governors, chair of Finance and Audit, and chair of Health Scrutiny, which covers health.';
    expect(textsOf(text, 'organisation')).toEqual([]);
  });

  it('leaves a person someone worked for to the person recognisers', () => {
    expect(textsOf('She worked for John Smith for years.', 'organisation')).toEqual([]);
  });

  it('reads a local newspaper’s title', () => {
    expect(textsOf('The Harbour Evening Post and the Wessex Daily Echo reported it.', 'organisation')).toEqual([
      'Harbour Evening Post',
      'Wessex Daily Echo',
    ]);
  });
});

describe('look-alikes of bodies in official and reader text', () => {
  it('takes no body from an honorific listed beside one ("From: a department and The Rt Hon …")', () => {
    expect(textsOf('From: Department for Transport and The Rt Hon Alan Fenwade MP\nPublished: 3 May 2016', 'organisation')).toEqual([
      'Department for Transport',
    ]);
  });

  it('reads a meeting abbreviation ("AGM") as no body', () => {
    expect(textsOf('See you all at the AGM on Thursday, and bring questions for the EGM too.', 'organisation')).toEqual([]);
  });

  it('reads digits before capitals as a number with a reference, not an acronym ("Column 201WH", "100MW")', () => {
    expect(textsOf('12 Jan 2016 : Column 304WH\n\nThe 100MW plant run by 3SC opened.', 'organisation')).toEqual(['3SC']);
  });

  it('reads the field of a minister\'s title as no body, and a body with its article as one', () => {
    expect(textsOf('The Minister for Civil Society answered, and so did the Minister for the Cabinet Office.', 'organisation')).toEqual([
      'Cabinet Office',
    ]);
  });

  it('matches a listed body written with a capitalised "The" and takes no short form from it', () => {
    const text = 'Reading matters.\n\nThe scheme, run by The Reading Agency, grew. Reading groups met in Tarnbury.';
    expect(textsOf(text, 'organisation')).toEqual(['Reading Agency']);
  });

  it('reads a place before a listed body as its local branch, a body of its own', () => {
    const found = entitiesOf('The office is shared with Tarnbury Citizens Advice and the Department for Work and Pensions.', 'organisation');
    expect(found.map((o) => o.text)).toEqual(['Tarnbury Citizens Advice', 'Department for Work and Pensions']);
    expect(found[0]!.canonical).not.toBe('org:citizens-advice');
  });

  it('keeps a listed body whole after a capitalised word that is no place', () => {
    expect(textsOf('Funding was cut. Yesterday Citizens Advice said so, and Howard League for Penal Reform agreed.', 'organisation')).toEqual([
      'Citizens Advice',
      'Howard League for Penal Reform',
    ]);
  });
});

describe('a body named by its area and the acronym of the rest of its name', () => {
  it('reads the area and the acronym as one mention of the full name, and the acronym alone as the same body', () => {
    const text =
      'Cuts at Tarnbury and Ostrey CRC\n\nThe Tarnbury and Ostrey Community Rehabilitation Company supervises 4,000 offenders. The CRC will cut 90 posts.';
    const found = entitiesOf(text, 'organisation');
    expect(found.map((o) => o.text)).toEqual(['Tarnbury and Ostrey CRC', 'Tarnbury and Ostrey Community Rehabilitation Company', 'CRC']);
    expect(new Set(found.map((o) => o.canonical)).size).toBe(1);
  });

  it('leaves an acronym alone when the words before it begin no name of the text that it shortens', () => {
    expect(textsOf('Staff at Pellham CRC protested.', 'organisation')).not.toContain('Pellham CRC');
  });
});

describe('party abbreviations on a parliamentary record\'s speaker lines', () => {
  it('reads the bracketed abbreviation after a member\'s seat, at the end of the line, as the party', () => {
    const text = 'Ms Jane Corvane (Sallowby East) (Lab)\nI beg to move the motion.\n\nMr Tim Wendle (Haverwick) (LD)\nWill she give way?';
    const found = entitiesOf(text, 'organisation');
    expect(found.map((o) => [o.text, o.canonical])).toEqual([
      ['Lab', 'org:labour-party'],
      ['LD', 'org:liberal-democrats'],
    ]);
  });

  it('takes no party from the same word elsewhere', () => {
    expect(textsOf('The pilot (Lab) ran twice, and (Con) was written on the form.\nThe vote (Con)\nwas lost.', 'organisation')).toEqual([]);
  });
});

describe('organisations a text states plainly', () => {
  it('reads the short capitalised line above a website\'s menu as the site\'s name, and its other mentions as the same body', () => {
    const text = 'Quillon Review\nNews   Prisons   Courts   Jobs   Events\n\nStaff told Quillon Review that caseloads had risen.\n\nQuillon Review is read by 4,000 managers.';
    const found = entitiesOf(text, 'organisation');
    expect(found.map((o) => o.text)).toEqual(['Quillon Review', 'Quillon Review', 'Quillon Review']);
    expect(new Set(found.map((o) => o.canonical)).size).toBe(1);
    expect(textsOf(text, 'person')).toEqual([]);
  });

  it('reads a menu whose items are set apart by bars', () => {
    expect(textsOf('Loxmoor Policy Unit\nHome | Research | Blog | Events | About us\n\nA note on housing.', 'organisation')).toEqual([
      'Loxmoor Policy Unit',
    ]);
  });

  it('takes no masthead from a first line without a menu below it, nor from a person\'s name', () => {
    expect(textsOf('Quillon Review\n\nA look at the year in probation.', 'organisation')).toEqual([]);
    expect(textsOf('Harriet Corvane\nHome   Blog   Talks   Contact\n\nMy week in probation.', 'organisation')).toEqual([]);
  });

  it('reads a name said to be a registered charity, a company limited by guarantee or published by someone as a body', () => {
    const text =
      'Chief executive Ann Wendle said Explore Haverwick, which is a registered charity, would cope. Sallowby Futures is a company limited by guarantee. Tarn Weekly Bulletin is published by Fenwade Media Ltd.';
    expect(textsOf(text, 'organisation')).toEqual(['Explore Haverwick', 'Sallowby Futures', 'Tarn Weekly Bulletin', 'Fenwade Media Ltd']);
  });

  it('reads the name after a signer\'s title and a comma, ending a signature line, as the body they sign for, and its other mentions too', () => {
    const text = 'Comments\n\nGreat work by 📚 Tarnbury Reads this year.\n\n    Ann, chief exec, Tarnbury Reads\n\nnobody owns tarnbury reads, ask them.';
    expect(textsOf(text, 'organisation')).toEqual(['Tarnbury Reads', 'Tarnbury Reads', 'tarnbury reads']);
  });

  it('takes no body from a longer line with a title and a comma before a name', () => {
    expect(textsOf('We met the new manager of the branch last week and the director, Tarnbury Reads\n', 'organisation')).toEqual([]);
  });

  it('takes no body from a pronoun that is a registered charity', () => {
    expect(textsOf('I volunteer there twice a week. It is a registered charity, number 1234567.', 'organisation')).toEqual([]);
  });
});

describe('local papers and football clubs named by their town', () => {
  it('reads a town and a paper\'s word, or a club\'s word, as a body', () => {
    expect(textsOf('Comments do not reflect the views of the Tarnbury Advertiser.\n\nMost read\n1. Ostrey Rovers through to the final', 'organisation')).toEqual([
      'Tarnbury Advertiser',
      'Ostrey Rovers',
    ]);
  });
});

describe('community enterprises named by place, "Community" and their field', () => {
  it('reads a place before "Community Energy" or "Community Transport" as a body, and its short form after it', () => {
    const text = 'Tarnbeck Community Energy has 400 members. Kelby Community Transport runs dial-a-ride. Take Ostley Community Energy, which started in 2015. Members of Tarnbeck voted.';
    expect(textsOf(text, 'organisation')).toEqual(['Tarnbeck Community Energy', 'Kelby Community Transport', 'Ostley Community Energy', 'Tarnbeck']);
  });

  it('does not make a body of the field alone', () => {
    expect(textsOf('The Community Energy sector grew, and Community Transport schemes closed.', 'organisation')).toEqual([]);
  });
});

describe('well-known bodies from the reference data', () => {
  it('reads a department whose name holds a comma whole, not cut at the comma', () => {
    expect(textsOf('A report for the Department for Business, Energy and Industrial Strategy found it.', 'organisation')).toEqual([
      'Department for Business, Energy and Industrial Strategy',
    ]);
  });

  it('reads a listed firm named like a person as the firm', () => {
    const text = 'Auditors Grant Thornton reviewed the bids, and Transport Focus and Stagecoach responded.';
    expect(entitiesOf(text, 'person')).toEqual([]);
    expect(textsOf(text, 'organisation')).toEqual(['Grant Thornton', 'Transport Focus', 'Stagecoach']);
  });
});

describe('words that look like bodies on news pages and in the names of Acts', () => {
  it('reads a section label in capitals on a line of its own as the word it shouts, and keeps an acronym on its own line', () => {
    const text = 'Tarnby Courier\nNews   Sport   Jobs\n\nNEWS\n\nCouncil loan saved the scheme\n\nQWPA\nThe QWPA said so.';
    expect(textsOf(text, 'organisation')).toEqual(['Tarnby Courier', 'QWPA', 'QWPA']);
  });

  it('takes no body from the words before "Act" in the name of an Act', () => {
    const text = 'The Bus Services Act 2017 lets mayors franchise, and the Co-operative and Community Benefit Societies Act 2014 applies. Kelby Support Services acted fast.';
    expect(textsOf(text, 'organisation')).toEqual(['Kelby Support Services']);
  });
});

describe('a listed name that is also a word, opening a sentence', () => {
  it('is the body before a relative clause that says what it does, and the word before one told in the past', () => {
    const text = 'Unite, which represents bus workers, welcomed it. Crisis, which began in 2008, hit hard. Reform, which is overdue, matters.';
    expect(textsOf(text, 'organisation')).toEqual(['Unite']);
  });
});

describe('health and community centres', () => {
  it('reads a place’s health, medical or community centre as a venue, and keeps a body named "Centre for …"', () => {
    const text = 'Panels went on Fenby Health Centre and Kelby Community Centre. The Centre for Mental Health agreed.';
    expect(textsOf(text, 'organisation')).toEqual(['Centre for Mental Health']);
  });
});

describe('regional arms of national bodies', () => {
  it('reads a listed body followed by an English region of two words as its regional arm, but not before a part noun', () => {
    const text = 'Watch BBC North West tonight. Age UK East Midlands agreed. The Unison North West branch said no.';
    expect(textsOf(text, 'organisation')).toEqual(['BBC North West', 'Age UK East Midlands', 'Unison']);
  });
});

describe('funds named after what another body says of them', () => {
  it('reads a fund worth a sum as a pot of money even after another body’s verb of speech, and one told something as a body', () => {
    const text = 'Kelby Agency says the Rural Energy Fund, worth up to £10 million, will help. Kelby Agency told the Fenby Fund to apply.';
    expect(textsOf(text, 'organisation')).toEqual(['Kelby Agency', 'Kelby Agency', 'Fenby Fund']);
  });
});

describe('a town corporation’s undertakings', () => {
  it('keeps the service a corporation ran in its name, and ends a corporation’s name before any other word', () => {
    const text = 'In 1986 the former Tollbury Corporation Tramways was sold to its staff. Staff at the Tollbury Corporation Planning office objected.';
    expect(textsOf(text, 'organisation')).toEqual(['Tollbury Corporation Tramways', 'Tollbury Corporation']);
  });
});
