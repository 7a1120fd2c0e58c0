import { describe, expect, it } from 'vitest';
import { Corpus } from '../../../server/src/engine/corpus';
import { OrgLinks } from '../../../server/src/engine/corpus/orgLinks';
import type { Entity } from '../../../server/src/engine/types';

// Specification of the corpus-level link from a short organisation name to the one longer name
// holding it (server/src/engine/corpus/orgLinks.ts). All bodies are invented.

const org = (canonical: string, text = canonical.slice(4)): Entity => ({ type: 'organisation', start: 0, end: text.length, text, canonical });
const person = (canonical: string, text: string): Entity => ({ type: 'person', start: 0, end: text.length, text, canonical });

/** The links made from documents holding these entities. */
function linksOf(...docs: Entity[][]): OrgLinks {
  const links = new OrgLinks();
  docs.forEach((entities, i) => links.update(`d${i}`, entities));
  return links;
}

describe('which short names stand for a longer one', () => {
  it('links a name\'s first word(s) to the one longer name starting with them', () => {
    const links = linksOf([org('org:kelderby', 'Kelderby')], [org('org:kelderby-community-transport', 'Kelderby Community Transport Ltd')]);
    expect(links.target('org:kelderby')).toBe('org:kelderby-community-transport');
    expect(linksOf([org('org:orrin-grove')], [org('org:orrin-grove-health-trust')]).target('org:orrin-grove')).toBe('org:orrin-grove-health-trust');
  });

  it('links the head word(s) of a name\'s core, without its legal form or club words', () => {
    const links = linksOf([org('org:wanderers', 'Wanderers')], [org('org:wendlebury-wanderers-football-club')]);
    expect(links.target('org:wanderers')).toBe('org:wendlebury-wanderers-football-club');
  });

  it('links initials only where a document writes them in capitals', () => {
    expect(linksOf([org('org:fvh', 'FVH')], [org('org:fennick-valley-housing')]).target('org:fvh')).toBe('org:fennick-valley-housing');
    expect(linksOf([org('org:fvh', 'Fvh')], [org('org:fennick-valley-housing')]).target('org:fvh')).toBeUndefined();
  });

  it('makes no link when two longer names hold the short one', () => {
    const links = linksOf([org('org:ashcombe')], [org('org:ashcombe-learning-trust')], [org('org:ashcombe-rowing-club')]);
    expect(links.target('org:ashcombe')).toBeUndefined();
  });

  it('never takes generic words for a short form', () => {
    for (const generic of ['org:council', 'org:trust', 'org:group', 'org:ltd', 'org:college', 'org:company', 'org:services']) {
      expect(linksOf([org(generic)], [org(`${generic}-of-harnfield`), org('org:harnfield-college')]).target(generic)).toBeUndefined();
    }
  });

  it('does not take a person\'s surname for an organisation\'s short form', () => {
    const links = linksOf([org('org:pellow', 'Pellow')], [org('org:pellow-logistics'), person('person:joan-pellow', 'Joan Pellow')]);
    expect(links.target('org:pellow')).toBeUndefined();
    // A user name is no person's surname.
    const handle = linksOf([org('org:pellow', 'Pellow')], [org('org:pellow-logistics'), person('person:fan-of-pellow', 'fan_of_pellow')]);
    expect(handle.target('org:pellow')).toBe('org:pellow-logistics');
  });

  it('does not take a place for the body named after it', () => {
    expect(linksOf([org('org:draycott')], [org('org:draycott-district-council')]).target('org:draycott')).toBeUndefined();
    expect(linksOf([org('org:draycott')], [org('org:draycott-university')]).target('org:draycott')).toBeUndefined();
    // A place the lexicon knows never stands for a body on its own.
    expect(linksOf([org('org:bristol')], [org('org:bristol-rovers-football-club')]).target('org:bristol')).toBeUndefined();
  });

  it('does not take a name the corpus writes as a place for a body named after it', () => {
    // "Orrick Hospitals NHS Trust" and "the Orrick Sentinel" show Orrick is a town: "Orrick" is not "Orrick Facilities Management".
    expect(linksOf([org('org:orrick')], [org('org:orrick-facilities-management')]).target('org:orrick')).toBe('org:orrick-facilities-management');
    expect(linksOf([org('org:orrick')], [org('org:orrick-facilities-management')], [org('org:orrick-hospitals-nhs-trust')]).target('org:orrick')).toBeUndefined();
    expect(linksOf([org('org:orrick')], [org('org:orrick-facilities-management')], [org('org:orrick-sentinel')]).target('org:orrick')).toBeUndefined();
  });

  it('does not take a company for its holding company, its arm abroad, or a body its people formed', () => {
    expect(linksOf([org('org:selbridge-water')], [org('org:selbridge-water-holdings')]).target('org:selbridge-water')).toBeUndefined();
    expect(linksOf([org('org:tarrant')], [org('org:tarrant-capital')]).target('org:tarrant')).toBeUndefined();
    expect(linksOf([org('org:tarrant')], [org('org:tarrant-international')]).target('org:tarrant')).toBeUndefined();
    expect(linksOf([org('org:tarrant')], [org('org:tarrant-employee-trust')]).target('org:tarrant')).toBeUndefined();
    expect(linksOf([org('org:tarrant-rovers')], [org('org:tarrant-rovers-supporters-trust')]).target('org:tarrant-rovers')).toBeUndefined();
  });

  it('does not take a well-known body for its local branch, nor a body of state for one of its kind', () => {
    expect(linksOf([org('org:age-uk')], [org('org:age-uk-merebridge')]).target('org:age-uk')).toBeUndefined();
    expect(linksOf([org('org:parliament')], [org('org:scottish-parliament')]).target('org:parliament')).toBeUndefined();
  });

  it('follows the documents: a link comes, goes ambiguous, comes back and goes with the longer name', () => {
    const links = new OrgLinks();
    links.update('a', [org('org:ashcombe')]);
    expect(links.update('b', [org('org:ashcombe-learning-trust')])).toEqual(new Set(['org:ashcombe']));
    expect(links.target('org:ashcombe')).toBe('org:ashcombe-learning-trust');
    links.update('c', [org('org:ashcombe-rowing-club')]);
    expect(links.target('org:ashcombe')).toBeUndefined();
    links.update('b', [org('org:oakhurst-trust')]);
    expect(links.target('org:ashcombe')).toBe('org:ashcombe-rowing-club');
    links.update('c', undefined);
    expect(links.target('org:ashcombe')).toBeUndefined();
  });
});

describe('claims about a short name meet the longer name\'s, with the engine reading the texts', () => {
  const conflictsOf = (docs: Record<string, string>) => {
    const corpus = new Corpus();
    for (const [doc, text] of Object.entries(docs)) corpus.upsert(doc, text);
    return corpus.conflicts().map((conflict) => ({ subject: conflict.subject, docs: conflict.claims.map((s) => s.doc) }));
  };

  it('a transport charity named in full in a news story and by its first word in a staff blog', () => {
    expect(
      conflictsOf({
        'news.txt': 'Published 3 March 2025\n\nKelderby Community Transport Ltd, which runs dial-a-ride buses across the county, employs 64 staff, its annual report says.',
        'blog.txt': 'Published 9 March 2025\n\nDrivers at Kelderby say the charity is stretched. Kelderby employs 41 staff, according to its manager.',
      }),
    ).toEqual([{ subject: 'org:kelderby-community-transport', docs: ['blog.txt', 'news.txt'] }]);
  });

  it('a school trust named in full in a press release and by its first word in a parents\' letter', () => {
    expect(
      conflictsOf({
        'release.txt': 'Published 2 April 2025\n\nThe Ashcombe Learning Trust employs 410 staff across its schools.',
        'letter.txt': 'Published 4 April 2025\n\nParents were told that Ashcombe employs 380 staff.',
      }),
    ).toEqual([{ subject: 'org:ashcombe-learning-trust', docs: ['letter.txt', 'release.txt'] }]);
  });

  it('a housing association named in full in one source and by its initials in committee minutes', () => {
    expect(
      conflictsOf({
        'release.txt': 'Published 1 June 2025\n\nFennick Valley Housing employs 220 staff, the landlord said.',
        'minutes.txt': 'Minutes, 4 June 2025\n\nThe committee heard that FVH employs 180 staff.',
      }),
    ).toEqual([{ subject: 'org:fennick-valley-housing', docs: ['minutes.txt', 'release.txt'] }]);
  });

  it('look-alikes: a town is not its council, a surname is not the founder\'s firm, two candidates are none', () => {
    expect(
      conflictsOf({
        'council.txt': 'Published 1 August 2025\n\nDraycott District Council employs 700 staff.',
        'chamber.txt': 'Published 2 August 2025\n\nDraycott employs 5,000 staff in its factories, the chamber of commerce said.',
        'firm.txt': 'Published 1 September 2025\n\nPellow Logistics employs 85 staff. Its founder, Joan Pellow, said so.',
        'other.txt': 'Published 2 September 2025\n\nPellow employs 60 staff.',
        'trust.txt': 'Published 2 April 2025\n\nThe Ashcombe Learning Trust employs 410 staff across its schools.',
        'club.txt': 'Published 3 April 2025\n\nThe Ashcombe Rowing Club has 90 members.',
        'letter.txt': 'Published 4 April 2025\n\nParents were told that Ashcombe employs 380 staff.',
      }),
    ).toEqual([]);
  });
});
