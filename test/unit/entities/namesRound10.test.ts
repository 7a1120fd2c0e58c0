import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

function organisations(text: string): Array<[string, string | undefined]> {
  return entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
}

describe('a group named after an institution', () => {
  it('keeps a college group apart from the college it is named after', () => {
    const text = 'Brinmoor College Group was formed in 2011 when Brinmoor College merged with Axholt College.';
    const found = organisations(text);
    expect(found).toContainEqual(['Brinmoor College Group', 'org:brinmoor-college-group']);
    expect(found).toContainEqual(['Brinmoor College', 'org:brinmoor-college']);
  });

  it('still merges a company’s group with the company', () => {
    const found = organisations('Quellbrook Group bought the site. Quellbrook Holdings owns the leases.');
    expect(new Set(found.map(([, canonical]) => canonical))).toEqual(new Set(['org:quellbrook']));
  });

  it('keeps a holding company apart from the registered company it owns, the brand alone going to the latter', () => {
    const text = 'Pellworth Holdings owns 75% of Pellworth Ltd. Pellworth Ltd runs the port, and Pellworth said so.';
    const found = organisations(text);
    expect(found).toContainEqual(['Pellworth Holdings', 'org:pellworth-holdings']);
    expect(found.filter(([name]) => name !== 'Pellworth Holdings').map(([, canonical]) => canonical)).toEqual(['org:pellworth', 'org:pellworth', 'org:pellworth']);
  });

  it('gives the leading word to a body that owns it rather than to the group named after a college', () => {
    const text = 'Brinmoor Training is not a charity. Brinmoor College Group set it up in 2014. Brinmoor will employ 90 tutors.';
    const found = organisations(text);
    expect(found.filter(([name]) => name === 'Brinmoor')).toEqual([['Brinmoor', 'org:brinmoor-training']]);
  });
});

describe('bodies a text states to be or not to be charities', () => {
  it('finds a body whose charitable status the text denies, and its other mentions', () => {
    const text = 'The contract went to Ostrey Tutoring. Ostrey Tutoring is not a charity, whatever its leaflets say.';
    expect(textsOf(text, 'organisation')).toEqual(['Ostrey Tutoring', 'Ostrey Tutoring']);
  });

  it('finds a body said plainly to be a charity, but not a charity shop', () => {
    expect(textsOf('Wenlow Reads is a charity based in Leeds.', 'organisation')).toEqual(['Wenlow Reads']);
    expect(textsOf('Wenlow Market is a charity shop on the high street.', 'organisation')).toEqual([]);
  });
});

describe('a name stated in a masthead and repeated in the text', () => {
  it('tags a repeat that opens with an acronym', () => {
    const text = 'QB Sector Today\nNews | Jobs | Events | Subscribe\n\nThe deal is worth £4m, QB Sector Today understands.';
    expect(textsOf(text, 'organisation')).toEqual(['QB Sector Today', 'QB Sector Today']);
  });
});

describe('organisations after a managing director', () => {
  it('takes the company a managing director runs, inside the role', () => {
    const text = 'Priya Tallant, managing director of Harrowgate Tutoring, said the bid was strong.';
    expect(textsOf(text, 'organisation')).toEqual(['Harrowgate Tutoring']);
    expect(textsOf(text, 'role')).toEqual(['managing director of Harrowgate Tutoring']);
  });
});

describe('names with a plural possessive inside', () => {
  it('keeps a curly plural possessive inside a body’s name', () => {
    const text = 'Ravi Obi, chief executive of the Carers’ Advice Trust, said grants would continue.';
    expect(textsOf(text, 'organisation')).toEqual(['Carers’ Advice Trust']);
    expect(textsOf(text, 'role')).toEqual(['chief executive of the Carers’ Advice Trust']);
  });

  it('keeps a straight plural possessive inside a body’s name too', () => {
    expect(textsOf("Grants from the Cleaners' Benevolent Trust were cut.", 'organisation')).toEqual(["Cleaners' Benevolent Trust"]);
  });
});

describe('acronyms with a connector in lower case', () => {
  it('takes a mixed-case acronym the text defines in brackets as that body, possessive too', () => {
    const text = 'The Association of Lecturers (AoL) said tutors were ready. AoL’s director, Sam Ferrow, agreed; AoL will write to members.';
    const found = entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
    expect(found.filter(([name]) => name === 'AoL')).toEqual([
      ['AoL', 'org:association-of-lecturers'],
      ['AoL', 'org:association-of-lecturers'],
      ['AoL', 'org:association-of-lecturers'],
    ]);
  });

  it('does not take a mixed-case word nobody defined', () => {
    expect(textsOf('The MoT test is due in May.', 'organisation')).toEqual([]);
  });
});

describe('titles named after the body a leader leads, and members’ seats', () => {
  it('keeps the body’s kind in a leader’s title before the name', () => {
    expect(textsOf('Yesterday council leader Cllr Ruth Denby backed the sale.', 'role')).toEqual(['council leader']);
    expect(textsOf('Yesterday party leader Ruth Denby backed the sale.', 'role')).toEqual(['party leader']);
  });

  it('gives no role to a member’s seat before the name', () => {
    expect(textsOf('Fenwick MP Joan Tarrant (Labour) opposed the sale.', 'role')).toEqual([]);
  });

  it('reads a body’s name opening the sentence, its post and a field before the comma as one title', () => {
    const text = 'The regulator will look at it. GMB regional organiser for the South West, Kevin Platt, said members were angry.';
    expect(textsOf(text, 'role')).toEqual(['GMB regional organiser for the South West']);
    expect(textsOf(text, 'organisation')).toEqual(['GMB']);
  });

  it('reads a post after a plural body’s possessive, the body staying outside', () => {
    expect(textsOf('Mr Lane, Axby Housing Partners’ finance director, agreed.', 'role')).toEqual(['finance director']);
    expect(textsOf('Axby Housing Partners’ finance director, Tom Lane, agreed.', 'role')).toEqual(['finance director']);
  });

  it('keeps a football club before its chairman’s title', () => {
    expect(textsOf('Axby Wanderers chairman Phil Dunn welcomed the plan.', 'organisation')).toEqual(['Axby Wanderers']);
  });

  it('takes a union official’s region into the title', () => {
    const text = 'Amir Lowe, GMB regional official for the Eastern region, said members were angry.';
    expect(textsOf(text, 'role')).toEqual(['GMB regional official for the Eastern region']);
  });

  it('reads a board’s employee or worker director as a title', () => {
    expect(textsOf('Employee Director Nell Ashby chairs the trustees.', 'role')).toEqual(['Employee Director']);
    expect(textsOf('Board members:\nNell Ashby, Worker Director\n', 'role')).toEqual(['Worker Director']);
  });

  it('reads a signature’s post without the body named after it on the same line', () => {
    const text = 'We look forward to the year ahead.\n\nSarah Quill\nChair, Quelby Harbour Ltd\n3 May 2017\n';
    expect(textsOf(text, 'role')).toEqual(['Chair']);
    expect(textsOf(text, 'organisation')).toEqual(['Quelby Harbour Ltd']);
  });
});

describe('prisons, addresses and airports', () => {
  it('takes neither a prison’s letters nor its name for a body', () => {
    expect(textsOf('Tutors at HMP Axmoor Fields and HMP Tarnby have not been told.', 'organisation')).toEqual([]);
    expect(textsOf('Young men at HMP YOI Fenlow and HMYOI Tarnby have no library.', 'organisation')).toEqual([]);
  });

  it('takes the parts of a registered office’s address for no body', () => {
    const text = 'Quelby Harbour Ltd\nAnnual report\n\nRegistered office: Pier House, Quelby Harbour, Quelby QB1 2XY\n';
    expect(textsOf(text, 'organisation')).toEqual(['Quelby Harbour Ltd']);
  });

  it('keeps "Airport" in the name of an international airport company and of a town corporation’s airport', () => {
    expect(textsOf('Tasker joined from Tarnside International Airport in 2012.', 'organisation')).toEqual(['Tarnside International Airport']);
    expect(textsOf('In the 1980s it was Axby Corporation Airport.', 'organisation')).toEqual(['Axby Corporation Airport']);
  });
});

describe('inspectorates', () => {
  it('takes an inspectorate named by its field for a body', () => {
    expect(textsOf('The Sewerage Standards Inspectorate will review the sale.', 'organisation')).toEqual(['Sewerage Standards Inspectorate']);
  });
});

describe('services named by the fields they provide', () => {
  it('takes a service named only by its fields for no body, but keeps one named by a word of its own', () => {
    expect(textsOf('The contracts replace the Veterans Housing and Employment Service from 2017.', 'organisation')).toEqual([]);
    expect(textsOf('Staff transfer from the Tarnby Ambulance Service next year.', 'organisation')).toEqual(['Tarnby Ambulance Service']);
  });
});
