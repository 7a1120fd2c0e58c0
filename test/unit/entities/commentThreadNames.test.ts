import { describe, expect, it } from 'vitest';
import { entitiesOf, textsOf } from './helpers';

const thread = (body: string, writer = 'brenda_k'): string =>
  `Tarnby Herald › News › Ferry sale agreed\n\nComments (2)\n\n${writer}\nComment date: 2 May 2016 09:10\n${body}\nLike (3)   Reply\n\nsam.tillotson\nComment date: 2 May 2016 10:02\nAgreed.\nLike (1)   Reply\n`;

describe('names in a thread of reader comments', () => {
  it('reads a commenter’s user name with a full stop in it as the writer', () => {
    expect(textsOf(thread('Fine by me.'), 'person')).toContain('sam.tillotson');
  });

  it('reads a lower-case full name before a copula and a title as a person holding that title', () => {
    const text = thread('And colin ashworth is deputy leader, not leader, since May.');
    const people = entitiesOf(text, 'person').filter((entity) => entity.text === 'colin ashworth');
    expect(people.map((entity) => entity.canonicalName)).toEqual(['Colin Ashworth']);
    expect(textsOf(text, 'role')).toEqual(['deputy leader']);
  });

  it('leaves a lower-case given name and a word alone without a title after them', () => {
    expect(textsOf(thread('And colin ashworth is wrong about the ferry.'), 'person')).not.toContain('colin ashworth');
  });

  it('calls the paper the thread hangs under by the last word of its title', () => {
    const found = entitiesOf(thread('the Herald got that wrong again.'), 'organisation').map((entity) => [entity.text, entity.canonical]);
    expect(found).toContainEqual(['Herald', 'org:tarnby-herald']);
  });

  it('reads a lower-case listed union before a noun for its officers as the union', () => {
    const found = entitiesOf(thread('Speaking as a unison rep at the port: nobody asked us.'), 'organisation').map((entity) => [entity.text, entity.canonical]);
    expect(found).toContainEqual(['unison', 'org:unison']);
  });
});
