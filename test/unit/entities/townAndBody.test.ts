import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

// A body named after its town ("Wexby Savers Credit Union", "Harnley Community Pharmacy Ltd") is
// called by the town's name alone, in a text that also says things happen "in" the town. Each
// mention is read by where it stands: after "in", "across" or a comma it is the place; as a clause's
// subject, before a possessive or after "at" or "of" it is the body.

function bodies(text: string): string[] {
  return entitiesOf(text, 'organisation').map((entity) => `${entity.text}@${entity.start}`);
}

describe('a town’s name standing for the body named after it', () => {
  const letter =
    'Wexby Savers Credit Union has transferred its members to Castlegate Credit Union. Wexby did not need a penny from the compensation scheme. ' +
    'We have taken on most of Wexby’s loans. Our office in Wexby stays open on Mondays.';

  it('reads the town’s name as the body where it is the subject or owns something', () => {
    const found = entitiesOf(letter, 'organisation').filter((entity) => entity.text === 'Wexby');
    expect(found.map((entity) => entity.start)).toEqual([letter.indexOf('Wexby did'), letter.indexOf('Wexby’s')]);
    const full = entitiesOf(letter, 'organisation').find((entity) => entity.text === 'Wexby Savers Credit Union');
    for (const mention of found) expect(mention.canonical).toBe(full?.canonical);
  });

  it('leaves the town’s name after "in" or in an address as the place', () => {
    expect(bodies(letter)).not.toContain(`Wexby@${letter.lastIndexOf('Wexby')}`);
    const minutes =
      'Harnley Community Pharmacy Ltd will close its second branch. Harnley said the lease had ended. Services in Harnley will move to the high street. Contact: 4 Bridge Street, Harnley.';
    const found = bodies(minutes);
    expect(found).toContain(`Harnley@${minutes.indexOf('Harnley said')}`);
    expect(found).not.toContain(`Harnley@${minutes.indexOf('Harnley will')}`);
    expect(found).not.toContain(`Harnley@${minutes.lastIndexOf('Harnley')}`);
  });

  it('still reads a word named as a place by its own noun ("the Wexby estate") as the place only', () => {
    const text = 'Wexby Housing Co-operative manages homes on the Wexby estate. Wexby said rents would rise.';
    expect(bodies(text).filter((mention) => mention.startsWith('Wexby@'))).toEqual([]);
  });
});
