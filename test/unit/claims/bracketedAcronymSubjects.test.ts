// A sentence that opens with a body's name and its acronym in brackets ("Harwick Civic Services
// (HCS) is …") has that body as its subject, though the recognisers tagged only the acronym: "it"
// and "its" in the next sentence are that body's, so "its chair, Jo Bloggs" is a post there. A
// name in brackets that abbreviates nothing before it stays an aside. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

const rolesOf = (text: string): Array<[string, string]> =>
  analyse(text)
    .claims.filter((c) => c.attribute === 'role' && c.value.kind === 'role')
    .map((c) => [c.subject, c.value.kind === 'role' ? c.value.office ?? '' : '']);

describe('an acronym in brackets after the name that opens a sentence', () => {
  it('makes the body the subject that "its" continues in the next sentence', () => {
    for (const text of [
      'Harwick Civic Services (HCS) is a little different. Its staff council elects three directors, and its chair, Jo Pemberton, talks about ownership.',
      'Harwick Civic Services (HCS) was set up in 2023. Its chair, Jo Pemberton, says the model works.',
      'Harwick Civic Services Ltd (HCS) runs the car parks. Its chair, Jo Pemberton, disagrees.',
    ]) {
      expect(rolesOf(text), text).toEqual([['person:jo-pemberton', 'office:chair@org:harwick-civic-services']]);
    }
  });

  it('keeps a party or other aside in brackets after a person out of the subject', () => {
    const text = 'Councillor Jo Pemberton (SNP) spoke first. Its chair, Sam Okoro, replied.';
    expect(rolesOf(text).some(([, office]) => office.includes('snp') || office.includes('scottish-national'))).toBe(false);
  });
});
