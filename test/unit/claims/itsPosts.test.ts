// A post given by "its" or "their" in a clause about a named person is held at the body named
// last before that word in the sentence: "X, who joined Y in 2019, is now its treasurer", "Dr X,
// who left when Y took over and is now its director of nursing", "Y says X is now its chair". A
// word that is no title after "its" gives nothing, nor does an "its" with no body before it.
// Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Maria Lund': 'person:maria-lund',
  'Pentre Bowls Club': 'org:pentre-bowls-club',
  'Ravenhill Health': 'org:ravenhill-health',
  'Brindle Housing Co-operative': 'org:brindle-housing',
};
const offices = (text: string): string[] =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute === 'role' && c.value.kind === 'role')
    .map((c) => (c.value.kind === 'role' ? `${c.value.title} | ${c.value.office}` : ''));

describe('a post given by “its” in a clause about the person', () => {
  it.each([
    ['Maria Lund, who joined Pentre Bowls Club in 2019, is now its treasurer.', 'treasurer | title:treasurer@org:pentre-bowls-club'],
    ['Dr Maria Lund, who left the practice when Ravenhill Health took over and is now its director of nursing, spoke.', 'director of nursing | title:director nursing@org:ravenhill-health'],
    ['Brindle Housing Co-operative says Maria Lund is now its chair.', 'chair | office:chair@org:brindle-housing'],
  ])('reads «%s»', (text, office) => {
    expect(offices(text)).toEqual([office]);
  });

  it('reads nothing when no body stands before “its”, or when no title follows it', () => {
    expect(offices('Maria Lund, who joined in 2019, is now its treasurer.')).toEqual([]);
    expect(offices('Maria Lund, who joined Pentre Bowls Club in 2019, is now its longest-serving member of the committee.')).toEqual([]);
    expect(offices('Maria Lund said Pentre Bowls Club is now in its best shape.')).toEqual([]);
  });
});
