// In a transcript's turn ("Name: words"), the speaker's "I" is the person the label names: a post
// they state of themself ("I have chaired X's board since 2019", "I am the chief executive of X",
// "As treasurer of X, I …") is their post at X, and meets the posts other sources give them. A
// post in a part of the body ("I chair X's audit committee") and a question put to a witness are
// not read. Every name is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';

const officesOf = (text: string, person: string): string[] =>
  analyse(text)
    .claims.filter((c) => c.attribute === 'role' && c.subject === person)
    .map((c) => (c.value.kind === 'role' ? (c.value.office ?? '') : ''));

const TRANSCRIPT = [
  'Q42 Nadia Rashid: Ms Bell, what is your part in this?',
  '',
  'Mary Bell: I have chaired Kelvale Homes’ board since 2021, and I will stay on.',
  '',
  'Dr Tom Lowe: I am the chief executive of Fenbury Trust. As treasurer of Kelvale Homes, I disagree.',
  '',
  'Gill Ware: I chair Kelvale Homes’ audit committee, and I was never asked.',
].join('\n');

describe('posts a speaker states in a transcript', () => {
  it('reads "I chair", "I have chaired … board", "I am the … of" and "As … of" as the speaker’s posts', () => {
    expect(officesOf(TRANSCRIPT, 'person:mary-bell')).toEqual(['office:chair@org:kelvale-homes']);
    expect(officesOf(TRANSCRIPT, 'person:tom-lowe')).toEqual(['office:chief-executive@org:fenbury-trust', 'title:treasurer@org:kelvale-homes']);
  });

  it('reads no post in a part of the body, nor in the text outside a turn', () => {
    expect(officesOf(TRANSCRIPT, 'person:gill-ware')).toEqual([]);
    expect(officesOf('Mary Bell said that I have chaired Kelvale Homes’ board since 2021.', 'person:mary-bell')).toEqual([]);
  });
});
