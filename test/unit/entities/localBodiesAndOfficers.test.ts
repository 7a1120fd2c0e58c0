import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

function roles(text: string) {
  return entitiesOf(text, 'role').map((r) => [r.text, r.person]);
}

describe('local bodies named after a national one', () => {
  it('reads a listed name, a place and a public body head as one local body', () => {
    expect(textsOf('We work with NHS Quenby Clinical Commissioning Group on referrals.', 'organisation')).toEqual([
      'NHS Quenby Clinical Commissioning Group',
    ]);
  });

  it('leaves a listed name whole when the words after it end in a company or a field, not a public body', () => {
    expect(textsOf('The Co-operative Party Pellbrook Society met.', 'organisation')).not.toContain('Co-operative Party Pellbrook Society');
    expect(textsOf('Members back the Unison Tarnwick Care Charter.', 'organisation')).toContain('Unison');
  });
});

describe('acronyms a text defines in brackets', () => {
  it('takes a bracketed acronym after a name as its short form, even one that alone names a kind of body', () => {
    const text = 'Patients are referred by NHS Orrisdale Clinical Commissioning Group (CCG). A CCG spokesman said the sessions would move.';
    const ccg = entitiesOf(text, 'organisation').filter((e) => e.text === 'CCG');
    expect(ccg).toHaveLength(2);
    expect(new Set(ccg.map((e) => e.canonical))).toEqual(new Set(['org:nhs-orrisdale-clinical-commissioning']));
  });

  it('does not take the acronym after a quantifier, where it names the kind again', () => {
    const text = 'Ferrow Clinical Commissioning Group (CCG) agreed, as did every CCG in the region.';
    expect(textsOf(text, 'organisation').filter((t) => t === 'CCG')).toHaveLength(1);
  });
});

describe('names of firms and periodicals', () => {
  it('keeps a partners’ ampersand inside a firm’s name', () => {
    expect(textsOf('Our auditors, Halloway & Dellow LLP, signed the accounts.', 'organisation')).toEqual(['Halloway & Dellow LLP']);
  });

  it('closes a trade title with its periodical word', () => {
    expect(textsOf('Wrenfield is owned by a fund, Adult Services Monthly can reveal.', 'organisation')).toContain('Adult Services Monthly');
  });
});

describe('places that look like short names', () => {
  it('reads a street name found only by context as a place, not a body', () => {
    expect(textsOf('Twelve staff at Cobham Road will be offered jobs at other centres.', 'organisation')).not.toContain('Cobham Road');
  });

  it('reads the word before a branch as the branch’s place', () => {
    const text = 'Tarnwick Homes Trust runs the homes. Ian Brannagh, Unison Tarnwick branch secretary, objected.';
    expect(textsOf(text, 'organisation')).not.toContain('Tarnwick');
  });
});

describe('officers and their titles', () => {
  it('reads a name before a comma and a lower-case title as a person with that title', () => {
    expect(roles('Yusra Marchetti, chair of Ferrow Youth Trust, said the trust was full.')).toEqual([
      ['chair of Ferrow Youth Trust', 'person:yusra-marchetti'],
    ]);
  });

  it('runs a title to a body’s inner board after the body’s possessive', () => {
    expect(roles('Cllr Isolde Brannagh, chair of the LGA’s culture and tourism board, said no.')).toEqual([
      ['chair of the LGA’s culture and tourism board', 'person:isolde-brannagh'],
    ]);
  });

  it('opens a title with a portfolio word in the possessive', () => {
    expect(roles('The plan was dropped. Children’s Minister Ian Halloway said so.')).toEqual([['Children’s Minister', 'person:ian-halloway']]);
  });

  it('reads the post a relative clause gives in the present or perfect, not a former one', () => {
    expect(roles('Dr Ian Halloway, who has been appointed the trust’s chief executive, said so.')).toEqual([
      ['chief executive', 'person:ian-halloway'],
    ]);
    expect(roles('Ian Dellow, who is chair of Ferrow Youth Trust, agreed.')).toEqual([['chair of Ferrow Youth Trust', 'person:ian-dellow']]);
    expect(roles('Helen Marchetti, who was the trust’s chair, left.')).toEqual([]);
  });

  it('reads a list of officers, one title and name to a line', () => {
    const text = 'Trustees\n\nChair: Helen Marchetti\nVice-chair: Ian Brannagh\nBankers: Wrenfield Trust Bank\n';
    expect(roles(text)).toEqual([
      ['Chair', 'person:helen-marchetti'],
      ['Vice-chair', 'person:ian-brannagh'],
    ]);
  });

  it('gives no title to a label that is not one', () => {
    expect(roles('Contact: Yusra Marchetti\n')).toEqual([]);
  });
});

describe('schemes named after their field', () => {
  it('reads theme words followed by a scheme word as the scheme, not a body', () => {
    expect(textsOf('Funding comes from the Adult Social Care Wrenfield Programme this year.', 'organisation')).toEqual([]);
  });

  it('still reads a body whose name ends in a head that is no theme', () => {
    expect(textsOf('Funding comes from the Ferrow Health Partnership Programme this year.', 'organisation')).toEqual(['Ferrow Health Partnership']);
  });
});
