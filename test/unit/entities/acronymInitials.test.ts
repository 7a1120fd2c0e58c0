// An acronym the text never introduced is the body named in the same text whose initials spell it;
// a legal suffix ("Ltd", "plc") is no part of those initials. Every name is invented.

import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

describe('an acronym spelt by a name without its legal suffix', () => {
  it('is that body, even when the text never introduced it', () => {
    const text = 'Staff will move into Kestrel Facilities Management Ltd in May. KFM is a private company.';
    const found = entitiesOf(text, 'organisation').map((entity) => [entity.text, entity.canonical]);
    expect(found).toEqual([
      ['Kestrel Facilities Management Ltd', 'org:kestrel-facilities-management'],
      ['KFM', 'org:kestrel-facilities-management'],
    ]);
  });
});

describe('an acronym no name spells', () => {
  it('stays a body of its own', () => {
    const text = 'Staff will move into Kestrel Facilities Management Ltd in May. KFS is a private company.';
    expect(entitiesOf(text, 'organisation').map((entity) => entity.canonical)).toEqual(['org:kestrel-facilities-management', 'org:kfs']);
  });
});
