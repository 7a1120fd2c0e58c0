// A post still to come is not held, so it gives no role claim and meets no other post: "will
// become", "is to become", "is set to become", "will take over as", "Y's incoming chair", "chief
// executive designate", "president-elect". A post taken up already ("became chair in 2023") and a
// post held now are read as before. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { describeValue } from '../../../server/src/engine/claims/conflicts/values';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = { 'Ama Boateng': 'person:ama-boateng', 'Hartwell College': 'org:hartwell-college', 'Brookmere Hospice': 'org:brookmere-hospice' };
const rolesIn = (text: string, title: string): string[] =>
  extractClaims(text, tagEntities(text, NAMES, [{ title, person: 'person:ama-boateng' }]))
    .filter((c) => c.attribute === 'role')
    .map((c) => describeValue(c.value));

describe('posts still to come', () => {
  it.each([
    ['Ama Boateng will become principal of Hartwell College in September.', 'principal of Hartwell College'],
    ['Ama Boateng is to become chief executive of Brookmere Hospice next year.', 'chief executive of Brookmere Hospice'],
    ['Ama Boateng is expected to become the next chair of Hartwell College.', 'chair of Hartwell College'],
    ['Members noted that Ama Boateng will take over as chair of Hartwell College in April.', 'chair of Hartwell College'],
    ['Ama Boateng will be appointed treasurer of Brookmere Hospice at the AGM.', 'treasurer of Brookmere Hospice'],
    ['Hartwell College’s incoming principal, Ama Boateng, visited on Monday.', 'principal'],
    ['Ama Boateng, chief executive designate of Brookmere Hospice, visited the wards.', 'chief executive'],
    ['Ama Boateng, president-elect of Hartwell College, spoke first.', 'president-elect of Hartwell College'],
  ])('gives no post for «%s»', (text, title) => {
    expect(rolesIn(text, title)).toEqual([]);
  });

  it.each([
    ['Ama Boateng became chair of Hartwell College in 2023.', 'chair of Hartwell College'],
    ['Ama Boateng, principal of Hartwell College, said fees would not rise.', 'principal of Hartwell College'],
    ['Ama Boateng is the chief executive of Brookmere Hospice.', 'chief executive of Brookmere Hospice'],
    ['Ama Boateng, who will retire next year, is chair of Hartwell College.', 'chair of Hartwell College'],
  ])('still reads the post held in «%s»', (text, title) => {
    expect(rolesIn(text, title)).toEqual([title]);
  });
});
