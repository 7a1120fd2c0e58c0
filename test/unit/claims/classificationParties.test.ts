// What a description after a name says about the named body, and what it says about another
// party: words after "of" or an agent's "by" describe someone else. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Orrin Foundation': 'org:orrin-foundation',
  'Orrin Group': 'org:orrin-group',
  'Velmar Works': 'org:velmar-works',
};

const categories = (text: string): string[] =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => c.attribute === 'category' && c.value.kind === 'category')
    .map((c) => (c.value.kind === 'category' ? `${c.subject} ${c.value.polarity} ${c.value.category}` : ''));

describe('categories of another party in a description', () => {
  it('does not give the body the category of the one that set it up', () => {
    expect(categories('Orrin Foundation, the charitable trust set up by outsourcing firm Orrin Group, gave £2m.')).toEqual(['org:orrin-foundation affirm charity']);
    expect(categories('Velmar Works is a company run by a charity.')).toEqual(['org:velmar-works affirm business']);
  });

  it('does not give the body the category of what it is part of or made of', () => {
    expect(categories('Velmar Works is a subsidiary of a private equity firm.')).toEqual(['org:velmar-works affirm ~subsidiary']);
    expect(categories('Velmar Works is a federation of charities.')).toEqual(['org:velmar-works affirm ~federation']);
  });
});
