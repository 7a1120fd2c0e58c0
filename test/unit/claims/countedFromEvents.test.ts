import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { tagEntities, type Names } from './tagEntities';

// A day told as a span from another event ("a fortnight after the cabinet vote", "three days after
// the 8 May open day") is a calendar day once the other event is dated: in the same words ("the
// 8 May open day"), or where the text tells of that event before (a vote, a decision or an approval
// is dated by the sentence that says the body voted, decided, agreed or approved on a day). With no
// such day it dates nothing. Every name here is invented.

const NAMES: Names = {
  'Harlow Schools Trust': 'org:harlow-schools-trust',
  'Tarnside Council': 'org:tarnside-council',
  'Kestle Arts': 'org:kestle-arts',
  'Brook Valley Buses': 'org:brook-valley-buses',
};

const handedOver = (text: string, documentDate?: string): Array<[string, string]> =>
  extractClaims(text, tagEntities(text, NAMES), documentDate)
    .filter((c) => c.attribute === 'date:handed-over')
    .map((c) => [c.subject, c.value.kind === 'date' ? c.value.iso : '']);

describe('a day counted from another event', () => {
  it('counts from a day written in the other event’s words', () => {
    expect(handedOver('Kestle Arts took the keys to the old library three days after the 8 May 2025 open day.')).toEqual([['org:kestle-arts', '2025-05-11']]);
  });

  it('counts from a vote or a decision dated in an earlier sentence', () => {
    expect(handedOver('Tarnside Council’s cabinet approved the transfer on 10 March 2026. Harlow Schools Trust took the keys to both schools a fortnight after the cabinet vote.')).toEqual([
      ['org:harlow-schools-trust', '2026-03-24'],
    ]);
    expect(handedOver('Members voted for the change on 2 June 2025. Brook Valley Buses took over a week after the vote.')).toEqual([['org:brook-valley-buses', '2025-06-09']]);
  });

  it('dates nothing when the other event is not dated, or is another kind of event', () => {
    expect(handedOver('Harlow Schools Trust took the keys to both schools a fortnight after the cabinet vote.')).toEqual([]);
    expect(handedOver('The library closed on 10 March 2026. Harlow Schools Trust took the keys to both schools a fortnight after the cabinet vote.')).toEqual([]);
  });
});
