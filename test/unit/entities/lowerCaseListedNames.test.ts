import { describe, expect, it } from 'vitest';
import type { AliasLink } from '../../../server/src/engine/types';
import { entitiesOf } from './helpers';

// Invented bodies, given as alias links (the engine reads them as it reads the reference data).
const LINKS: readonly AliasLink[] = [
  { surface: 'Passenger Voice Network', canonical: 'org:passenger-voice-network', canonicalName: 'Passenger Voice Network', type: 'organisation' },
  { surface: 'National Ferry Watch', canonical: 'org:national-ferry-watch', canonicalName: 'National Ferry Watch', type: 'organisation' },
  { surface: 'Housing Services Council', canonical: 'org:housing-services-council', canonicalName: 'Housing Services Council', type: 'organisation' },
  { surface: 'BWRA', canonical: 'org:bwra', canonicalName: 'Brackwater Rail Authority', type: 'organisation' },
  { surface: 'OKRA', canonical: 'org:okra', canonicalName: 'Ollerby Kiln Restoration Association', type: 'organisation' },
  { surface: 'Rally', canonical: 'org:rally', canonicalName: 'Rally', type: 'organisation' },
  { surface: 'Quorvex', canonical: 'org:quorvex', canonicalName: 'Quorvex', type: 'organisation' },
  { surface: 'Tandrel', canonical: 'org:tandrel', canonicalName: 'Tandrel', type: 'organisation' },
];

function thread(...comments: string[]): string {
  return ['Comments (2)', '', ...comments.flatMap((body, n) => [`reader_${n + 1}`, 'Comment date 3 May 2021 09:15', body, 'Reply | Report', ''])].join('\n');
}

function organisations(text: string): Array<[string, string | undefined]> {
  return entitiesOf(text, 'organisation', { aliases: LINKS }).map((entity) => [entity.text, entity.canonical]);
}

describe('listed names typed in lower case in a comment thread', () => {
  it('reads a lower-case run that spells a listed name of several words as that body', () => {
    const text = thread('Ask passenger voice network what riders think.');
    expect(organisations(text)).toEqual([['passenger voice network', 'org:passenger-voice-network']]);
  });

  it('leaves the run a phrase after an indefinite article or a possessive, and outside a comment thread', () => {
    expect(organisations(thread('We need a passenger voice network here.'))).toEqual([]);
    expect(organisations('Ask passenger voice network what riders think.')).toEqual([]);
  });

  it('leaves a run that is a phrase of the language in lower case: an ordinary modifier first, or only words for fields and kinds of body', () => {
    expect(organisations(thread('Ask the national ferry watch about it. Ask the housing services council too.'))).toEqual([]);
  });

  it('reads a listed one-word name in lower case as the body when the text names it capitalised mid-sentence', () => {
    const text = thread('did rally say anything? rally say drivers keep their terms.', 'Well done to Rally for this.');
    expect(organisations(text).map(([name]) => name)).toEqual(['rally', 'rally', 'Rally']);
  });

  it('leaves a one-word name in lower case a word when used as a verb, or when the text never names the body capitalised', () => {
    expect(organisations(thread('We must rally the drivers.', 'Well done to Rally for this.')).map(([name]) => name)).toEqual(['Rally']);
    expect(organisations(thread('rally say drivers keep their terms.'))).toEqual([]);
  });

  it('reads listed one-word names in lower case joined by "and" as bodies, and one joined to a body already found', () => {
    expect(organisations(thread('quorvex and tandrel must be laughing.')).map(([name]) => name)).toEqual(['quorvex', 'tandrel']);
    expect(organisations(thread('Passenger Voice Network and quorvex agree.')).map(([name]) => name)).toEqual(['Passenger Voice Network', 'quorvex']);
  });

  it('reads one after "and the" that joins it to a body already found, but not after "and the" alone', () => {
    expect(organisations(thread('regulated by the bwra and the tandrel like everyone else')).map(([name]) => name)).toEqual(['bwra', 'tandrel']);
    expect(organisations(thread('Passenger Voice Network or the quorvex, whichever.')).map(([name]) => name)).toEqual(['Passenger Voice Network', 'quorvex']);
    expect(organisations(thread('the rain and the tandrel both came.'))).toEqual([]);
  });

  it('leaves a lone listed one-word name in lower case a word when nothing vouches for it', () => {
    expect(organisations(thread('quorvex must be laughing.'))).toEqual([]);
  });

  it('reads a listed acronym typed in lower case as the body when its first two letters open no English word, and leaves one that reads as a word', () => {
    expect(organisations(thread('Ask the bwra about it. I grow okra.'))).toEqual([['bwra', 'org:bwra']]);
  });
});
