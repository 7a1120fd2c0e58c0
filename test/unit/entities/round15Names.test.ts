import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

function organisations(text: string): Array<[string, string | undefined]> {
  return entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
}

describe('a name cut short at a head word, completed by the longer name the same document gives', () => {
  it('reads a masthead that drops the legal form as the whole name, and lets its brand stand for it', () => {
    const text =
      'Copperfield School Food\nHome | News\n\nCopperfield School Food Ltd runs 68 kitchens. Copperfield has run the service since 2022.';
    const found = organisations(text);
    expect(found).toContainEqual(['Copperfield School Food', 'org:copperfield-school-food']);
    expect(found).toContainEqual(['Copperfield', 'org:copperfield-school-food']);
    expect(found.map(([name]) => name)).not.toContain('Copperfield School');
  });

  it('does the same for a college caterer, a hospital laundry and an academy’s meals company in a heading', () => {
    for (const [heading, full, brand] of [
      ['Hartwell College Catering', 'Hartwell College Catering Ltd', 'Hartwell'],
      ['Dunmore Hospital Laundry Services', 'Dunmore Hospital Laundry Services CIC', 'Dunmore'],
      ['Pennock Academy Meals', 'Pennock Academy Meals Ltd', 'Pennock'],
    ]) {
      const text = `${heading}\nAbout us\n\n${full} was set up in 2019. Staff at ${brand} voted for the change.`;
      const found = organisations(text);
      expect(found.map(([name]) => name)).toContain(heading);
      expect(new Set(found.map(([, canonical]) => canonical)).size).toBe(1);
    }
  });

  it('leaves a shorter body alone where no longer name follows it on its line', () => {
    const found = organisations('Hartwell College said so. Hartwell College Catering Ltd runs its kitchens.');
    expect(found.map(([name]) => name)).toEqual(['Hartwell College', 'Hartwell College Catering Ltd']);
  });
});

describe('"Councillors" before a list of names', () => {
  it('is a plural honorific outside the first name, like "Cllr"', () => {
    expect(textsOf('Present: Councillors Margaret Tebb (Chair), Jane Orrell and Tom Lee', 'person')).toEqual(['Margaret Tebb', 'Jane Orrell', 'Tom Lee']);
    expect(textsOf('Messrs David Hale and Peter Crane attended.', 'person')).toEqual(['David Hale', 'Peter Crane']);
  });

  it('makes no person of a title-case headline that opens with it', () => {
    expect(textsOf('Councillors Back Plan To Close Library\n\nCouncillors agreed the plan.', 'person')).toEqual([]);
  });
});

describe('"Friends of <place>": a supporters’ group named by its opener and complement', () => {
  it('tags the group of a park, a library, a wood and a hospital', () => {
    for (const name of ['Friends of Brackenford Park', 'Friends of Kelby Library', 'Friends of Marsh Lane Woods', 'Friends of Tollgate Hospital']) {
      expect(textsOf(`Peter Ansell, chair of the ${name}, said the group would object.`, 'organisation')).toContain(name);
      expect(textsOf(`The ${name} has 200 members.`, 'organisation')).toContain(name);
    }
  });

  it('tags no generic "the Friends" and no friends of a person', () => {
    expect(textsOf('The Friends said no. Friends of mine came too, and friends of the park helped.', 'organisation')).toEqual([]);
  });
});

describe('a holding company beside the company it holds', () => {
  it('gives the shared brand to the company held, not to its holding company', () => {
    for (const [company, parent, brand] of [
      ['Marbeck Water Ltd', 'Marbeck Water Holdings Ltd', 'Marbeck'],
      ['Tollgate Buses Ltd', 'Tollgate Transport Holdings plc', 'Tollgate'],
      ['Redfern Care Homes Ltd', 'Redfern Care Holdings Limited', 'Redfern'],
    ]) {
      const text = `${company} borrowed heavily after its sale to ${parent} in 2015. ${brand} said the debt was manageable.`;
      const found = organisations(text);
      const held = found.find(([name]) => name === company)![1];
      expect(found.find(([name]) => name === parent)![1]).not.toBe(held);
      expect(found).toContainEqual([brand, held]);
    }
  });

  it('lets the brand stand for a holding company named alone', () => {
    const found = organisations('Tarnwick Holdings Ltd owns the site. Tarnwick said it would sell.');
    expect(found.filter(([name]) => name === 'Tarnwick')).toHaveLength(1);
  });
});

describe('a brand that qualifies a plural noun together with another name', () => {
  it('is not a mention of the body ("across the Marbeck and Exe valleys")', () => {
    const text = 'Marbeck Water Ltd supplies customers across the Marbeck and Exe valleys. Marbeck and Unison agreed a deal.';
    const found = organisations(text).map(([name, canonical]) => [name, canonical]);
    expect(found).toEqual([
      ['Marbeck Water Ltd', 'org:marbeck-water'],
      ['Marbeck', 'org:marbeck-water'],
      ['Unison', 'org:unison'],
    ]);
    expect(textsOf(text, 'organisation').filter((name) => name === 'Marbeck')).toHaveLength(1);
  });
});

describe('hospices and names that hold a possessive', () => {
  it('tags a hospice as the charity it is, and its short form with the possessive of its name', () => {
    const text =
      'St Aldhelm’s Hospice, an independent charity, will close eight beds. St Aldhelm’s said funding had fallen, and St Aldhelm’s staff were told on Monday. Nurses at St Aldhelm’s were angry.';
    expect(organisations(text)).toEqual([
      ['St Aldhelm’s Hospice', 'org:st-aldhelms-hospice'],
      ['St Aldhelm’s', 'org:st-aldhelms-hospice'],
      ['St Aldhelm’s', 'org:st-aldhelms-hospice'],
      ['St Aldhelm’s', 'org:st-aldhelms-hospice'],
    ]);
  });

  it('tags a hospice named after its town', () => {
    expect(textsOf('Kelby Hospice said it would cut its inpatient unit.', 'organisation')).toEqual(['Kelby Hospice']);
  });

  it('still leaves a body’s own possessive outside its short form', () => {
    const found = organisations('Kelmoor Housing Trust said so, and Kelmoor’s staff agreed.');
    expect(found).toEqual([
      ['Kelmoor Housing Trust', 'org:kelmoor-housing-trust'],
      ['Kelmoor', 'org:kelmoor-housing-trust'],
    ]);
  });

  it('still treats a hospital as a venue', () => {
    expect(textsOf('Patients at Kelby General Hospital waited longer.', 'organisation')).toEqual([]);
  });
});
