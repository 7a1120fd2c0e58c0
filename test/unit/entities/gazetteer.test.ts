import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../server/src/engine/entities/gazetteer';
import { tokenize } from '../../../server/src/engine/text/tokens';

/** The listed names matched at each token of `text`, in order, with a gazetteer of one name that is also a word. */
function listedNamesIn(text: string): string[] {
  const gazetteer = new Gazetteer();
  gazetteer.add('Lantern', { canonical: 'org:lantern', canonicalName: 'Lantern', type: 'organisation', ambiguous: true });
  const tokens = tokenize(text);
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = gazetteer.matchAt(tokens, i);
    if (match) found.push(text.slice(tokens[match.first]!.start, match.end));
  }
  return found;
}

describe('a listed name that is also a word, opening a sentence before a title', () => {
  it('is the body when a title and a capitalised name follow it', () => {
    expect(listedNamesIn('Lantern chief executive Moira Quell said no. Lantern regional officer Tam Brisk agreed.')).toEqual(['Lantern', 'Lantern']);
  });

  it('is the word when the title words lead to no name, or the words are no title', () => {
    expect(listedNamesIn('Lantern chief executive pay rose. Lantern light fell on Moira Quell. Lantern officers Tam Brisk.')).toEqual([]);
  });

  it('stays the body anywhere but a sentence’s start', () => {
    expect(listedNamesIn('We asked Lantern about it.')).toEqual(['Lantern']);
  });
});
