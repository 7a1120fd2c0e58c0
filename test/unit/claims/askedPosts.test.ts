// A post told in a clause that asks or supposes ("whether X was chair of Y", "if X is chair of
// Y", "unless X is chair of Y") is not held, so it meets no other holder of the post. A post set
// off by commas after the name is still told of the person, whatever the clause around it asks.
// Every name here is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

const roles = (text: string): Array<[string, string]> =>
  analyse(text)
    .claims.filter((c) => c.attribute === 'role')
    .map((c) => [c.subjectName, c.value.kind === 'role' ? (c.value.office ?? '') : '']);

describe('a post asked about or supposed', () => {
  it('is not read as held', () => {
    for (const text of [
      'Asked whether Ruth Ancell was chair of Tennick Housing Trust, the spokesperson declined to comment.',
      'It is unclear whether Ruth Ancell is chair of Tennick Housing Trust.',
      'Councillors will want to know if Ruth Ancell is chair of Tennick Housing Trust.',
      'The grant cannot be paid unless Ruth Ancell is chair of Tennick Housing Trust.',
    ])
      expect(roles(text), text).toEqual([]);
  });

  it('is read when stated, or set off by commas inside the clause', () => {
    expect(roles('Ruth Ancell is chair of Tennick Housing Trust.')).toEqual([['Ruth Ancell', 'office:chair@org:tennick-housing-trust']]);
    expect(roles('The plan goes ahead if Ruth Ancell, chair of Tennick Housing Trust, signs it.')).toEqual([['Ruth Ancell', 'office:chair@org:tennick-housing-trust']]);
  });
});
