import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

// Invented bodies: canal trusts, a boat club, a community energy society, a food bank, a newspaper.
const claimsOf = (text: string) => analyse(text).claims;
const counts = (text: string): Array<[string, string, number]> =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('count:') && c.value.kind === 'number')
    .map((c) => [c.subjectName, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

describe('counts laid out as facts: a body’s key-facts lines and the rows of a table', () => {
  it('reads each row of a table under a header that names what its columns count', () => {
    const table = 'Canal and river groups in the county, 2025\n\nOrganisation | Paid staff | Volunteers\nFenwick Canal Trust | 6 | 410\nAshby Boat Club | 0 | 35\n';
    expect(counts(table)).toEqual([
      ['Fenwick Canal Trust', 'count:staff', 6],
      ['Fenwick Canal Trust', 'count:volunteer', 410],
      ['Ashby Boat Club', 'count:staff', 0],
      ['Ashby Boat Club', 'count:volunteer', 35],
    ]);
  });

  it('gives a line of key facts in a body’s own document to the body ("Members: more than 480", "Volunteers – 230")', () => {
    const offer = 'Marsh Lane Community Energy Ltd\nShare offer\n\nKEY FACTS\nOffer opens: Monday 1 June 2026\nTarget: £600,000\nMembers: more than 480\n';
    expect(counts(offer)).toEqual([['Marsh Lane Community Energy Ltd', 'count:member', 480]]);
    expect(counts('Hexley Food Bank Ltd\nAbout us\n\nVolunteers – 230\nFounded: 2012\n')).toEqual([['Hexley Food Bank Ltd', 'count:volunteer', 230]]);
  });

  it('flags a table row against a sentence about the same body', () => {
    const table = claimsOf('Organisation | Paid staff | Volunteers\nFenwick Canal Trust | 6 | 410\n');
    const news = claimsOf('Fenwick Canal Trust has 230 volunteers, its chair said.');
    expect(conflictsAmongSources([{ doc: 'table', claims: table }, { doc: 'news', claims: news }]).map((c) => c.attribute)).toEqual(['count:volunteer']);
  });

  it('does not read money, years or ranks, a newspaper’s fact lines, a row of no body, or "one member, one vote"', () => {
    expect(counts('Hexley Food Bank Ltd\nAbout us\n\nTarget: £600,000\nFounded: 2012\nRank: 4\n')).toEqual([]);
    expect(counts('Coastline Courier\n\nMembers: 480\n')).toEqual([]);
    expect(counts('Year | Visitors | Members\n2024 | 12,000 | 480\n')).toEqual([]);
    expect(counts('Marsh Lane Community Energy Ltd is owned by its members – one member, one vote.')).toEqual([]);
  });
});
