import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { tagEntities, type Names } from './tagEntities';

// A process that is open for a time (a share offer, a consultation, a ballot, a petition, an appeal,
// a tender, a call for nominations or applications) opens and closes on a day. The fact is the
// process, the edge (opens or closes) and the day, whatever the layout: prose, a key-facts line,
// a table row, a bullet. The body is the one the process is said to belong to ("Acme's share
// offer", "the consultation by X"), else the body the page names most. Opening and closing are two
// events: they never meet.

const NAMES: Names = {
  'Oxley Community Wind': 'org:oxley-community-wind',
  'Stannard Academy Trust': 'org:stannard-academy-trust',
  'Farrowdale Residents Association': 'org:farrowdale-residents-association',
  'Brookfield Sports Trust': 'org:brookfield-sports-trust',
  'Hamblin Parish Council': 'org:hamblin-parish-council',
  'Tarnmouth Hospice': 'org:tarnmouth-hospice',
  'Kelso Road Allotments Society': 'org:kelso-road-allotments-society',
  'Pellbridge Rail Users Group': 'org:pellbridge-rail-users-group',
};

const windows = (text: string, documentDate?: string): Array<[string, string, string]> =>
  extractClaims(text, tagEntities(text, NAMES), documentDate)
    .filter((c) => /^date:[a-z]+-(?:opens|closes)$/.test(c.attribute))
    .map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

describe('a process that opens or closes on a day', () => {
  it('reads the process, its edge and the day in prose, whatever the tense', () => {
    expect(windows('Oxley Community Wind is raising £2m for two turbines. The share offer closes on 30 September 2025.')).toEqual([
      ['org:oxley-community-wind', 'date:offer-closes', '2025-09-30'],
    ]);
    expect(windows('Stannard Academy Trust wants to merge two schools. Stannard Academy Trust says its consultation closed on 14 February 2026.')).toEqual([
      ['org:stannard-academy-trust', 'date:consultation-closes', '2026-02-14'],
    ]);
    expect(windows('Voting in the Farrowdale Residents Association ballot ends on 18 November 2025.')).toEqual([
      ['org:farrowdale-residents-association', 'date:ballot-closes', '2025-11-18'],
    ]);
    expect(windows('Hamblin Parish Council needs a contractor for the bridge. Hamblin Parish Council said the tender opened on 2 June 2025.')).toEqual([
      ['org:hamblin-parish-council', 'date:tender-opens', '2025-06-02'],
    ]);
  });

  it('reads a key-facts line, a bullet and a table row', () => {
    expect(windows('Tarnmouth Hospice – Spring Appeal\n\nKEY FACTS\nAppeal opens: Monday 2 March 2026\nAppeal closes: Friday 8 May 2026\n\nTarnmouth Hospice cares for 400 families.')).toEqual([
      ['org:tarnmouth-hospice', 'date:appeal-opens', '2026-03-02'],
      ['org:tarnmouth-hospice', 'date:appeal-closes', '2026-05-08'],
    ]);
    expect(windows('Pellbridge Rail Users Group wants a Sunday service.\n\n- Petition closes: 21 August 2025\n- Target: 5,000 names\n\nPellbridge Rail Users Group meets monthly.')).toEqual([
      ['org:pellbridge-rail-users-group', 'date:petition-closes', '2025-08-21'],
    ]);
  });

  it('gives the year of the page to a day and month, and counts a day on from another', () => {
    expect(windows('Brookfield Sports Trust grants\n\nBrookfield Sports Trust told members that applications close on 31 May.', '2026-04-10')).toEqual([
      ['org:brookfield-sports-trust', 'date:applications-closes', '2026-05-31'],
    ]);
    expect(windows('Kelso Road Allotments Society opened nominations for its committee on 3 March 2025 and nominations closed a fortnight later.')).toEqual([
      ['org:kelso-road-allotments-society', 'date:nominations-closes', '2025-03-17'],
    ]);
  });

  it('reads nothing from a question, a condition, or a process that is not said to open or close', () => {
    expect(windows('Oxley Community Wind is raising money. When does the share offer close?')).toEqual([]);
    expect(windows('Oxley Community Wind said that if the share offer closes on 30 September 2025 the turbines could turn by spring.')).toEqual([]);
    expect(windows('Oxley Community Wind launched its share offer on 1 July 2025.')).toEqual([]);
    expect(windows('Oxley Community Wind said the offer was announced on 1 July 2025.')).toEqual([]);
  });

  it('sets two closing days of one process against each other, but never an opening day against a closing one', () => {
    const read = (text: string) => extractClaims(text, tagEntities(text, NAMES)).filter((c) => /-(?:opens|closes)$/.test(c.attribute));
    const a = read('Oxley Community Wind is raising £2m. Offer closes: Friday 17 July 2026');
    const b = read('Oxley Community Wind told listeners the offer closes on 31 July 2026.');
    const c = read('Oxley Community Wind said its share offer opens on 1 June 2026.');
    expect(detectConflicts([...a, ...b].map((claim, i) => ({ doc: `${i}.txt`, claim })))).toHaveLength(1);
    // conflicts are looked for among claims of one key only: an opening is keyed apart from a closing
    expect(c.map((claim) => claim.attribute)).toEqual(['date:offer-opens']);
    expect(a.map((claim) => claim.attribute)).toEqual(['date:offer-closes']);
  });
});
