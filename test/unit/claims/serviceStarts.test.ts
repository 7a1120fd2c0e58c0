import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Brightwater Libraries CIC': 'org:brightwater-libraries',
  Brightwater: 'org:brightwater-libraries',
  'Fallow Vale Borough Council': 'org:fallow-vale-borough-council',
  'Orchard Care': 'org:orchard-care',
  'Linnet Homes': 'org:linnet-homes',
};

const starts = (text: string) =>
  extractClaims(text, tagEntities(text, NAMES)).filter((c) => c.attribute.startsWith('date:took-over:'));
const facts = (text: string): Array<[string, string, string]> =>
  starts(text).map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);

describe('when a body began running a council’s services', () => {
  it('reads "X took over from the council in D" as taking over the council’s services', () => {
    expect(facts('Brightwater took over from the council in March 2019, staff said.')).toEqual([
      ['org:brightwater-libraries', 'date:took-over:services-of:local-authority', '2019-03'],
    ]);
  });

  it('keys a take-over from a named council as one from the local authority, and from another body by that body', () => {
    expect(facts('Brightwater took over from Fallow Vale Borough Council on 1 May 2019.')).toEqual([
      ['org:brightwater-libraries', 'date:took-over:services-of:local-authority', '2019-05-01'],
    ]);
    expect(facts('Orchard Care took over from Linnet Homes in June 2020.')).toEqual([['org:orchard-care', 'date:took-over:services-of:org:linnet-homes', '2020-06']]);
  });

  it('reads "X, which has run the borough’s libraries since D" as the day X took them over from the council, and took over the libraries', () => {
    expect(facts('Brightwater Libraries CIC, which has run the borough’s nine libraries since 1 April 2019, is short of money.')).toEqual([
      ['org:brightwater-libraries', 'date:took-over:libraries', '2019-04-01'],
      ['org:brightwater-libraries', 'date:took-over:services-of:local-authority', '2019-04-01'],
    ]);
  });

  it('does not read running something that is no council’s since a date as a take-over', () => {
    expect(facts('Orchard Care has run its own care homes since 2004.')).toEqual([]);
    expect(facts('Orchard Care has run the Linnet Homes estate since 2004.')).toEqual([]);
  });

  it('does not give the take-over to a body named after a preposition', () => {
    expect(facts('Under a deal with Orchard Care, staff took over from the council in 2019.')).toEqual([]);
  });

  it('sets the two ways of dating one hand-over against each other', () => {
    const a = starts('Brightwater Libraries CIC, which has run the borough’s nine libraries since 1 April 2019, is short of money.').filter((c) => c.attribute.includes('services-of'));
    const b = starts('Brightwater took over from the council in October 2018, not 2019.');
    expect(a).toHaveLength(1);
    expect(b.map((c) => c.attribute)).toEqual(a.map((c) => c.attribute));
    expect(detectConflicts([{ doc: 'a.txt', claim: a[0]! }, { doc: 'b.txt', claim: b[0]! }])).toHaveLength(1);
  });
});
