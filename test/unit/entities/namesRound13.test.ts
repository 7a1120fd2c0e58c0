import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

function organisations(text: string): Array<[string, string | undefined]> {
  return entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
}

describe('a body named after another body and the plural possessive of whom it serves', () => {
  it('reads the whole name, however the text frames it', () => {
    const paraphrases: Array<[string, string]> = [
      ['Kelby United Supporters’ Trust has bought a 20% stake in the club.', 'Kelby United Supporters’ Trust'],
      ['Present: Jo Hale (Tarnfield Rovers Supporters\' Trust) and 9 members of the public.', "Tarnfield Rovers Supporters' Trust"],
      ['A spokesperson for Ashgrove Housing Tenants’ Federation said the rents were unfair.', 'Ashgrove Housing Tenants’ Federation'],
      ['Fenby Rangers Fans’ Forum Ltd is a community benefit society.', 'Fenby Rangers Fans’ Forum Ltd'],
    ];
    for (const [text, name] of paraphrases) expect(textsOf(text, 'organisation')).toEqual([name]);
  });

  it('gives the name with and without its legal form, and its initials, one identity', () => {
    const text = 'Ashgrove Housing Tenants’ Federation Ltd was set up in 2019. The Ashgrove Housing Tenants’ Federation (AHTF) says so.';
    expect(new Set(organisations(text).map(([, canonical]) => canonical))).toEqual(new Set(['org:ashgrove-housing-tenants-federation']));
  });

  it('does not join a possessive that opens a lower-case phrase, nor a body’s singular possessive', () => {
    expect(textsOf('Kelby Rovers Supporters’ meeting is on Friday.', 'organisation')).toEqual(['Kelby Rovers']);
    expect(textsOf('The Kelmoor Trust’s Annual Report was late.', 'organisation')).toEqual(['Kelmoor Trust']);
  });
});

describe('a title in apposition that opens with the words of its holder’s beat or brief', () => {
  it('takes the lower-case words before the head into the title, and the person before the comma', () => {
    const paraphrases: Array<[string, string, string]> = [
      ['By Ruth Kellaway, regulation editor | 9 June 2025, 16:20', 'Ruth Kellaway', 'regulation editor'],
      ['By Leah Carrow, local democracy reporter\nTuesday 8 July 2025', 'Leah Carrow', 'local democracy reporter'],
      ['Callum Reddy, football finance correspondent | Monday 10 March 2025', 'Callum Reddy', 'football finance correspondent'],
      ['Sunita Vell, commercial commissioner, who chaired the panel, disagreed.', 'Sunita Vell', 'commercial commissioner'],
      ['Fiona Macklin, consumer editor\n24 October 2024', 'Fiona Macklin', 'consumer editor'],
    ];
    for (const [text, person, role] of paraphrases) {
      expect(textsOf(text, 'person')).toEqual([person]);
      expect(textsOf(text, 'role')).toEqual([role]);
    }
  });

  it('takes no verb that gives the post into the title', () => {
    for (const text of ['Ruth Kellaway was appointed chair of the Linthorpe Institute in May.', 'Leah Carrow, named editor last year, said so.', 'Tomas Ferrow was elected treasurer in 2021.']) {
      expect(textsOf(text, 'role').every((role) => !/^(?:appointed|named|elected) /.test(role)), text).toBe(true);
    }
  });

  it('keeps the body the title is held at', () => {
    expect(textsOf('Tomas Ferrow, research fellow at the Linthorpe Institute, said so.', 'role')).toEqual(['research fellow at the Linthorpe Institute']);
  });

  it('reads no title when the head does not close the apposition or a function word stands first', () => {
    expect(textsOf('Ruth Kellaway, the editor of it all, said so.', 'role')).toEqual(['editor']);
    expect(textsOf('In North Fenby, housing officers said no.', 'person')).toEqual([]);
    expect(textsOf('Mara Quell, council officer Jo Bell and others met.', 'person')).toEqual(['Jo Bell']);
    expect(textsOf('Kelvale Homes, which owns the block, said so.', 'role')).toEqual([]);
  });
});

describe('a person named in apposition to a title, whatever their given name', () => {
  it('finds the name set off after a title that a possessive or "the" opens', () => {
    const paraphrases: Array<[string, string, string]> = [
      ['Our chair, Bronagh Wealde, thanked the stewards.', 'Bronagh Wealde', 'chair'],
      ['The board will meet Tarnholt’s chairman, Corin Vasse, in April.', 'Corin Vasse', 'chairman'],
      ['The council’s monitoring officer, Ruadh Ingleby, advised caution.', 'Ruadh Ingleby', 'monitoring officer'],
      ['Its section 151 officer, Keziah Lidd, issued a notice.', 'Keziah Lidd', 'section 151 officer'],
      ['Their spokesperson, Oduya Brenn, said no.', 'Oduya Brenn', 'spokesperson'],
    ];
    for (const [text, person, role] of paraphrases) {
      expect(textsOf(text, 'person')).toEqual([person]);
      expect(textsOf(text, 'role')).toEqual([role]);
    }
  });

  it('finds officers listed with their titles in brackets', () => {
    const text = 'Your board\nLorna Whitby (Chair)\nKamil Dessa (Secretary)\nBevin Ashcombe (Treasurer)';
    expect(textsOf(text, 'person')).toEqual(['Lorna Whitby', 'Kamil Dessa', 'Bevin Ashcombe']);
    expect(textsOf(text, 'role')).toEqual(['Chair', 'Secretary', 'Treasurer']);
    expect(textsOf('Committee: Pella Ogun (Chair), Amira Rasch (Treasurer)', 'person')).toEqual(['Pella Ogun', 'Amira Rasch']);
  });

  it('gives no title to the name after a copula’s title, nor a person to a body in either place', () => {
    const spliced = 'Maud is the company secretary, Ilse Bortan runs it.';
    expect(textsOf(spliced, 'person')).toEqual([]);
    expect(textsOf(spliced, 'role')).toEqual([]);
    expect(textsOf('The club’s chairman, Kelby Homes, said no.', 'person')).toEqual([]);
    expect(textsOf('Kelby Homes (Chair)', 'person')).toEqual([]);
    expect(textsOf('Our chair, Bronagh Wealde and the board met.', 'person')).toEqual([]);
  });

  it('reads no person after a title that a body holds as often as a person (partner, auditor, regulator, owner)', () => {
    for (const text of [
      'Our partner, Harlow Vale, is a market town.',
      'Its auditor, Brakewell Morrow, signed the accounts in May.',
      'The sector’s regulator, Tarn Water, said so.',
      'The club’s owner, Vesey Brothers, will sell.',
    ]) {
      expect(textsOf(text, 'person'), text).toEqual([]);
    }
  });
});

describe('a body named after its place, where the text uses the place’s name for the place', () => {
  it('does not read the place’s name alone as the body', () => {
    const texts = [
      'Tarnsay Community Company bought the estate. The people of Tarnsay celebrated, and Tarnsay showed what islands can do.',
      'Tarnsay islanders took ownership on Friday. Tarnsay Community Company says Tarnsay will grow.',
      'The Fennock Estuary Trust manages the Fennock estuary; Fennock is busy in summer.',
      'Minutes: Ardle Community Energy reported on the Ardle valley scheme. Ardle has good wind.',
    ];
    for (const text of texts) expect(organisations(text).every(([name]) => name.includes(' '))).toBe(true);
  });

  it('still reads the short form where the text gives the word no place’s position', () => {
    const text = 'Tarnsay Community Company bought the estate. Tarnsay said the sale completed on Friday.';
    expect(organisations(text)).toEqual([
      ['Tarnsay Community Company', 'org:tarnsay-community-company'],
      ['Tarnsay', 'org:tarnsay-community-company'],
    ]);
  });
});

describe('words of a heading in capitals', () => {
  it('reads the edge words of a capital heading as shouted words when the text writes them in lower or title case', () => {
    const bulletin = [
      'MEMBERS MEETING\nThe members meeting is on Friday; bring a friend to the meeting.',
      'STRIKE BALLOT RESULT\nThe strike ballot result is in.',
      'DATES FOR YOUR DIARY\nPut these dates in your diary.',
      'NEWS  >  LOCAL\nLocal news, by the KPL desk.',
    ];
    for (const text of bulletin) expect(textsOf(text, 'organisation').filter((name) => name !== 'KPL')).toEqual([]);
  });

  it('keeps a body’s acronym beside a heading, and one the text never writes as a word', () => {
    expect(textsOf('KPL: THE FACTS THE TRUST LEFT OUT\nKPL will not say. Find out more below.', 'organisation')).toEqual(['KPL', 'KPL']);
    expect(textsOf('TARNFORD ARMS LENGTH BODY KPL\nNothing else.', 'organisation')).toContain('KPL');
  });

  it('does not run a name in capitals back over an article that no connector holds', () => {
    expect(textsOf('THE FACTS THE TRUST LEFT OUT\nThe trust left them out.', 'organisation')).toEqual([]);
    expect(textsOf('FRIENDS OF THE EARTH TRUST\nSo there.', 'organisation')).toEqual(['FRIENDS OF THE EARTH TRUST']);
  });
});

describe('public bodies of Scotland and Wales and the governing bodies of football', () => {
  it('finds them by name and by the short forms they go by', () => {
    const text =
      'Highlands and Islands Enterprise (HIE) and Community Land Scotland backed the buyout; the Scottish Land Court heard the appeal, and the Land Court ruled in March. ' +
      'Transport for Wales and Natural Resources Wales were consulted. The EFL and the Independent Football Regulator must approve any owner.';
    expect(organisations(text)).toEqual([
      ['Highlands and Islands Enterprise', 'org:highlands-and-islands-enterprise'],
      ['HIE', 'org:highlands-and-islands-enterprise'],
      ['Community Land Scotland', 'org:community-land-scotland'],
      ['Scottish Land Court', 'org:scottish-land-court'],
      ['Land Court', 'org:scottish-land-court'],
      ['Transport for Wales', 'org:transport-for-wales'],
      ['Natural Resources Wales', 'org:natural-resources-wales'],
      ['EFL', 'org:english-football-league'],
      ['Independent Football Regulator', 'org:independent-football-regulator'],
    ]);
  });
});

describe('an acronym that leaves out its body’s legal form', () => {
  it('takes the identity of the name whose words before "Ltd" or "plc" it spells, wherever the name stands', () => {
    const paraphrases = [
      'KFM staff were told on Monday. Kestlebury Facilities Management Ltd will employ them from April.',
      'Tarnholt Port Services Limited runs the quay. TPS said the berths were full.',
      'The contract went to Ardle Bus Company plc; ABC said it would hire 40 drivers.',
    ];
    for (const text of paraphrases) expect(new Set(organisations(text).map(([, canonical]) => canonical)).size).toBe(1);
  });

  it('keeps an acronym whose letters spell no name of the text apart', () => {
    const found = organisations('TPL is hiring. Tarn Ports plc said so.');
    expect(found[0]![1]).not.toBe(found[1]![1]);
  });
});

describe('speakers in a parliament’s official report', () => {
  it('finds the member who opens a speaker label with seat and party, and the party after it, the speech on the same line or the next', () => {
    const holyrood = '17:21\r\n\r\nEachann Moray (Na h-Eileanan an Iar) (SNP): Six days ago the island was sold.\r\n\r\nJamieson Kerrow (Highlands and Islands) (Con): I congratulate Eachann Moray.\r\n';
    expect(textsOf(holyrood, 'person')).toEqual(['Eachann Moray', 'Jamieson Kerrow', 'Eachann Moray']);
    expect(textsOf(holyrood, 'organisation')).toEqual(['SNP', 'Con']);
    const commons = 'Mr Tomas Hadlow (Kelbrook North) (Lab)\nI thank the Minister.';
    expect(textsOf(commons, 'person')).toEqual(['Tomas Hadlow']);
    expect(textsOf(commons, 'organisation')).toEqual(['Lab']);
  });

  it('finds the holder named in brackets after an office that opens the label', () => {
    const text = 'The Minister for Land Reform and Islands (Ciorstaidh Dewar): I, too, congratulate him.\n\nThe Deputy Presiding Officer (Lewys Bairn): Order.';
    expect(textsOf(text, 'person')).toEqual(['Ciorstaidh Dewar', 'Lewys Bairn']);
    expect(textsOf(text, 'role')).toEqual(['Minister for Land Reform and Islands', 'Deputy Presiding Officer']);
  });

  it('reads no person from a body or a place in brackets, nor a seat without a party', () => {
    expect(textsOf('The Ashby Housing Trust (Tarn Valley): no comment.', 'person')).toEqual([]);
    expect(textsOf('Harbour Road (Caldmouth) (Stadium): closed.', 'person')).toEqual([]);
  });
});

describe('a name after a question’s or an item’s number', () => {
  it('finds the person a numbered line names', () => {
    const evidence = 'Q114 Peter Dunholm: Mr Pryce, was the company not supposed to make a profit?\r\n\r\nQ116 Angela Trewin: Who owns it today?';
    expect(textsOf(evidence, 'person')).toEqual(['Peter Dunholm', 'Pryce', 'Angela Trewin']);
    expect(textsOf('A12 Sarah Whitfield moved the motion.', 'person')).toEqual(['Sarah Whitfield']);
  });

  it('still reads a given name inside a longer capitalised name as part of that name', () => {
    expect(textsOf('The St Thomas Road site closed.', 'person')).toEqual([]);
  });
});

describe('a title in brackets that opens with the words of its brief', () => {
  it('takes capitalised brief words before the head, the head closing the bracket', () => {
    expect(textsOf('Present: Ruth Ingleby (Monitoring Officer), Dev Patel (Programme Director)', 'role')).toEqual(['Monitoring Officer', 'Programme Director']);
  });

  it('reads no title from a body or a place in brackets', () => {
    expect(textsOf('Lorna Whitby (Caldwick Rovers Supporters’ Trust) and Jo Bell (Tarn Valley) attended.', 'role')).toEqual([]);
  });
});

describe('a verb before a title is no beat', () => {
  it('leaves a participle out of the title after a copula', () => {
    expect(textsOf('Gareth Penrow was appointed chair of Redmere Housing Trust in May.', 'role')).not.toContain('appointed chair of Redmere Housing Trust');
  });
});
