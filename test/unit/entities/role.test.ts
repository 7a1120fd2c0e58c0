import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

function roles(text: string) {
  return entitiesOf(text, 'role').map((r) => [r.text, r.person]);
}

describe('roles', () => {
  it('reads a title before the name, including an organisation in it', () => {
    expect(roles('Health Secretary Andrew Lansley spoke, then Co-operatives UK Secretary General Ed Mayo.')).toEqual([
      ['Health Secretary', 'person:andrew-lansley'],
      ['Co-operatives UK Secretary General', 'person:ed-mayo'],
    ]);
    expect(roles('Minister for the Cabinet Office Francis Maude said so.')).toEqual([['Minister for the Cabinet Office', 'person:francis-maude']]);
  });

  it('reads a title in apposition, up to the organisation it is held at', () => {
    expect(roles('Ali Parsa, Managing Director at Circle Health Partnership – said it.')).toEqual([
      ['Managing Director at Circle Health Partnership', 'person:ali-parsa'],
    ]);
  });

  it('reads an organisation followed by a lower-case title', () => {
    expect(roles('Employee Ownership Association director Patrick Burns said:')).toEqual([
      ['Employee Ownership Association director', 'person:patrick-burns'],
    ]);
  });

  it('reads a title separated from the name by a parenthetical', () => {
    expect(roles('the chairman of ‘the voice of primary care’ — the NHS Alliance — Dr Michael Dixon admitted it')).toEqual([
      ['chairman', 'person:michael-dixon'],
    ]);
  });

  it('tags the organisation inside a role as well, and gives the person the title', () => {
    const text = 'Co-operatives UK Secretary General Ed Mayo welcomed it. Mayo was cautious.';
    const all = entitiesOf(text, 'organisation');
    expect(all.map((o) => o.text)).toEqual(['Co-operatives UK']);
    expect(entitiesOf(text, 'person').map((p) => p.role)).toEqual(['Co-operatives UK Secretary General', 'Co-operatives UK Secretary General']);
  });

  it('links a role to its office when the wording is a known one', () => {
    const [role] = entitiesOf('Health Secretary Andrew Lansley told the conference.', 'role');
    expect(role!.role).toBe('office:health-secretary');
  });

  it('does not make a role from a title with nobody attached', () => {
    expect(roles('Health Secretary bids to give power to staff.')).toEqual([]);
  });
});

describe('roles: longer titles', () => {
  it('keeps the capitalised complement of a title separated from the name', () => {
    expect(roles('The Secretary of State for Education, Damian Hinds, said so.')).toEqual([
      ['Secretary of State for Education', 'person:damian-hinds'],
    ]);
  });

  it('reads an apposition after an article, leaving the article out', () => {
    expect(roles('Sarah Wollaston, the chair of the Health and Social Care Committee, said more.')).toEqual([
      ['chair of the Health and Social Care Committee', 'person:sarah-wollaston'],
    ]);
  });
});

describe('roles: fields, portfolios and other positions', () => {
  it('keeps the field after "of" and the body the title is held at', () => {
    expect(roles('Ann Rowe, Director of Finance at Fernhill Trust, said it. Amy Fox, Unison head of health, agreed.')).toEqual([
      ['Director of Finance at Fernhill Trust', 'person:ann-rowe'],
      ['Unison head of health', 'person:amy-fox'],
    ]);
  });

  it('keeps a portfolio word in front of the title', () => {
    expect(roles('The care minister Jo Bell spoke, and so did Sam Lowe, Housing Correspondent.')).toEqual([
      ['care minister', 'person:jo-bell'],
      ['Housing Correspondent', 'person:sam-lowe'],
    ]);
  });

  it('runs over a body named right after the organisation in the title', () => {
    expect(roles('Tom Hart, Chair of the LGA Community Wellbeing Board, spoke.')).toEqual([
      ['Chair of the LGA Community Wellbeing Board', 'person:tom-hart'],
    ]);
  });

  it('reads a title after a possessive, leaving the possessive out', () => {
    expect(roles('Its chief executive, Karen Lowe, agreed. Linda Cole, the union’s regional secretary in the South East, said it.')).toEqual([
      ['chief executive', 'person:karen-lowe'],
      ['regional secretary in the South East', 'person:linda-cole'],
    ]);
  });

  it('reads an organisation and its region before a lower-case title', () => {
    expect(roles('Mary Stone, Unison South West regional secretary, said so.')).toEqual([
      ['Unison South West regional secretary', 'person:mary-stone'],
    ]);
  });

  it('reads the title on the line under a name in a signature block', () => {
    expect(roles('We thank our volunteers.\n\nRuth Able\nChair\n\nChief Executive’s report\n\nPeter Moss\nChief Executive\n')).toEqual([
      ['Chair', 'person:ruth-able'],
      ['Chief Executive', 'person:peter-moss'],
    ]);
  });

  it('does not take the next line for a title when the line holds more than one', () => {
    expect(roles('Ruth Able\nChair of trustees and a long-serving volunteer\n')).toEqual([]);
  });
});

describe('roles and the organisations inside them', () => {
  it('never cuts an organisation at a role’s edge', () => {
    expect(roles('The King’s Fund chairman Aa Parsa spoke.')).toEqual([['King’s Fund chairman', 'person:aa-parsa']]);
  });
});

describe('roles before a comma that ends a field', () => {
  it('reads a title with its field between a possessive and the name', () => {
    const text = 'Ferncombe Trust’s director of finance, Ruth Bale, disagreed. The union’s director for older people, Tom Hale, spoke.';
    expect(textsOf(text, 'role')).toEqual(['director of finance', 'director for older people']);
  });

  it('reads "chief operating officer" as one title', () => {
    expect(textsOf('Rita Jones, chief operating officer at Ferncombe Trust, agreed.', 'role')).toEqual(['chief operating officer at Ferncombe Trust']);
  });

  it('takes no role from a field that is not introduced by a title word', () => {
    expect(textsOf('A tenant of the flats for years, Ruth Bale, disagreed.', 'role')).toEqual([]);
  });
});

describe('roles: where a title ends and what it is built on', () => {
  it('ends a title at the name of the body it is held at, leaving a locative after the name out', () => {
    expect(roles('Nadia Brooke, chair of Larkhill Homes in Dunmere, told us.')).toEqual([['chair of Larkhill Homes', 'person:nadia-brooke']]);
  });

  it('still keeps a region that qualifies the title itself', () => {
    expect(roles('Linda Cole, regional secretary in the South East, said it.')).toEqual([['regional secretary in the South East', 'person:linda-cole']]);
  });

  it('keeps a portfolio word between a modifier and the head', () => {
    expect(roles('3 May 2015 | Dr Imogen Pryce, Senior Research Fellow\n')).toEqual([['Senior Research Fellow', 'person:imogen-pryce']]);
  });

  it('reads a council portfolio after "cabinet member", in each position a title takes', () => {
    expect(roles('Cllr Ruth Okello, the council’s cabinet member for children and young people, said so.')).toEqual([
      ['cabinet member for children and young people', 'person:ruth-okello'],
    ]);
    expect(roles('The council’s cabinet member for adult social care, Cllr Ivo Tarrant, admitted it.')).toEqual([
      ['cabinet member for adult social care', 'person:ivo-tarrant'],
    ]);
    expect(roles('Cabinet member for housing Cllr Tessa Vane said so.')).toEqual([['Cabinet member for housing', 'person:tessa-vane']]);
  });

  it('does not make "member" alone a title', () => {
    expect(roles('Ruth Okello, a member of the public, said so. Ivo Tarrant, a member of Unite, agreed.')).toEqual([]);
  });

  it('reads a title after a capitalised anaphoric body’s possessive ("The Trust’s")', () => {
    expect(roles('The Trust’s chief operating officer, Carla Marlow, said it.')).toEqual([['chief operating officer', 'person:carla-marlow']]);
  });

  it('reads a title after "whose"', () => {
    expect(roles('the Audit Committee, whose chair, Lena Voss MP, said so.')).toEqual([['chair', 'person:lena-voss']]);
  });

  it('reads a sentence-opening title whose field names a body’s board after the body’s possessive', () => {
    expect(roles('It was small. Chair of the Ferncombe Trust’s audit board, Cllr Kiran Arora, said so.')).toEqual([
      ['Chair of the Ferncombe Trust’s audit board', 'person:kiran-arora'],
    ]);
  });

  it('reads a branch officer of a union, with the union and the branch’s place in the title', () => {
    expect(roles('Unison Dunmere branch secretary Harriet Vole said so.')).toEqual([['Unison Dunmere branch secretary', 'person:harriet-vole']]);
  });

  it('keeps "Her Majesty’s" as part of a Crown office', () => {
    expect(roles('Dame Alys Penrose, Her Majesty’s Chief Inspector of Prisons, said so.')).toEqual([
      ['Her Majesty’s Chief Inspector of Prisons', 'person:alys-penrose'],
    ]);
  });

  it('reads a title in brackets after a name in a list of members, after the party and seat', () => {
    expect(roles('Current membership\nMaria Quenby MP (Labour, Eastfold) (Chair)\nLena Voss MP (Conservative, Hollins)\n')).toEqual([
      ['Chair', 'person:maria-quenby'],
    ]);
  });

  it('keeps a body’s own board after "of the" in a title, but not capitals that only qualify a noun', () => {
    expect(roles('Nadia Brooke, Chair of the Board at Larkhill Foundation, said so.')).toEqual([
      ['Chair of the Board at Larkhill Foundation', 'person:nadia-brooke'],
    ]);
    expect(roles('Nadia Brooke, chair of the Dunmere branch, said so.')).toEqual([['chair', 'person:nadia-brooke']]);
  });

  it('reads an official title whose portfolio is in capitals right before the name, with no comma', () => {
    expect(roles('Minister of State for Ports and Harbours Thomas Renwick said so.')).toEqual([
      ['Minister of State for Ports and Harbours', 'person:thomas-renwick'],
    ]);
    // The given name need not be known: the title and the verb of speech show where the name is.
    expect(roles('Minister of State for Ports and Harbours Tobias Renwick said so.')).toEqual([
      ['Minister of State for Ports and Harbours', 'person:tobias-renwick'],
    ]);
    expect(textsOf('The Secretary of State for Health and Social Care, said so.', 'person')).toEqual([]);
  });

  it('leaves a body’s possessive outside a title in apposition, as it does "its"', () => {
    expect(roles('Helen Marchetti, Pendlewood Group’s chief executive, said so.')).toEqual([['chief executive', 'person:helen-marchetti']]);
  });

  it('reads a title with the holder’s name in brackets after it, as parliamentary reports write a minister', () => {
    expect(roles('The Minister for Rural Affairs (Mr Idris Mallory)\nIt is a pleasure.')).toEqual([['Minister for Rural Affairs', 'person:idris-mallory']]);
  });

  it('keeps both members of a portfolio joined by "and" when the second closes the clause', () => {
    expect(roles('Cllr Petra Lindqvist, the council’s cabinet member for housing and cemeteries, said so.')).toEqual([
      ['cabinet member for housing and cemeteries', 'person:petra-lindqvist'],
    ]);
    expect(roles('Cllr Petra Lindqvist, the council’s cabinet member for housing and said so.')).toEqual([['cabinet member for housing', 'person:petra-lindqvist']]);
  });

  it('reads a sign-off’s title up to the body after a comma that ends the line, and "exec" as executive', () => {
    expect(roles('Thanks all.\nOliver Pelham, chief exec, Fernhollow Arts Trust\nLike (4)')).toEqual([
      ['chief exec, Fernhollow Arts Trust', 'person:oliver-pelham'],
    ]);
    // Within a sentence the words after the comma are the sentence's, not the post's.
    expect(roles('Thanks all. Oliver Pelham, chief exec, Fernhollow Arts Trust said.')).toEqual([['chief exec', 'person:oliver-pelham']]);
  });

  it('reads a researcher’s post at a body', () => {
    expect(roles('Marcus Holloway is a senior researcher at Quillon Reform Institute.')).toEqual([
      ['senior researcher at Quillon Reform Institute', 'person:marcus-holloway'],
    ]);
  });
});

describe('roles after a possessive', () => {
  it('reads a title after a body’s possessive that no recogniser tagged, before a comma and the name', () => {
    expect(roles('It said so. QUORVAL’s head of policy, Tom Birtles, said the council should act.')).toEqual([['head of policy', 'person:tom-birtles']]);
  });

  it('takes an untagged name of two or more capitalised words after "at" into the title, but not a single word', () => {
    expect(roles('Hannah Vesk is a senior researcher at Quillon Policy Unit, where she leads.')).toEqual([
      ['senior researcher at Quillon Policy Unit', 'person:hannah-vesk'],
    ]);
    expect(roles('Hannah Vesk is a lecturer at Oxford, where she leads.')).toEqual([['lecturer', 'person:hannah-vesk']]);
  });
});


describe('council and ministerial titles with a portfolio or a group', () => {
  it('takes a council portfolio of paired fields, a minister "responsible for" a field, and a party group’s leader whole', () => {
    const text =
      'Fenby Council agreed. Cllr Ann Kell, the council’s cabinet member for climate and environment, said so. Conservative group leader Cllr Derek Shawcross said no. Tom Vale, the minister responsible for buses, said yes.';
    expect(textsOf(text, 'role')).toEqual(['cabinet member for climate and environment', 'Conservative group leader', 'minister responsible for buses']);
    expect(textsOf(text, 'organisation')).toContain('Conservative');
  });
});

describe('an officer the law names by its section', () => {
  it('reads "Section 151 Officer" whole, alone or as the second member of a field', () => {
    expect(roles('Witnesses: Jo Brant, Director of Finance and Section 151 Officer, Pellam Borough Council.').map(([title]) => title)).toEqual([
      'Director of Finance and Section 151 Officer',
    ]);
    expect(roles('Jo Brant, Section 151 Officer at Pellam Borough Council, said so.').map(([title]) => title)).toEqual(['Section 151 Officer at Pellam Borough Council']);
  });

  it('does not read a section number without an officer after it as a title', () => {
    const titles = roles('Jo Brant, Director of Finance and Section 151 of the Act, said so.').map(([title]) => String(title));
    expect(titles.some((title) => title.includes('151'))).toBe(false);
  });
});

describe('a university’s head', () => {
  it('reads "vice-chancellor" as a title, with the body inside it and a title between it and the name', () => {
    expect(roles('Pellam vice-chancellor Professor Jo Brant said so.').map(([title]) => title)).toEqual(['Pellam vice-chancellor']);
    expect(roles('The vice-chancellor, Jo Brant, said so.').map(([title]) => title)).toEqual(['vice-chancellor']);
    expect(roles('Jo Brant, Pro-Vice-Chancellor for Research at the University of Pellam, said so.').map(([title]) => title)).toEqual([
      'Pro-Vice-Chancellor for Research at the University of Pellam',
    ]);
  });
});

describe('a title after an acronym’s possessive, in apposition', () => {
  it('reads the title after "GMB’s" or "TFO’s" as after any body’s possessive, the acronym left outside', () => {
    const texts = [
      'Harwick Transport (HTO) took over. Jo Pell, HTO’s chair, told the committee.',
      'Unite met. Jo Pell, GMB’s regional organiser, said no.',
      'Jo Pell, Kelmoor Homes’ chair, said no.',
    ];
    const titles = ['chair', 'regional organiser', 'chair'];
    texts.forEach((text, n) => expect(textsOf(text, 'role')).toEqual([titles[n]]));
  });
});
