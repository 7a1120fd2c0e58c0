// A post given with no body ("the club's secretary", "Our bursar", a signature's "Chief
// Executive" line, "she is the treasurer there") is read as held at the one body where the
// sources place the person's other posts at a compatible time, so it meets the posts given
// there. A person placed at two bodies, an office of state, an occupation, a seat on the board
// and a post said with "a"/"an" (one of a kind, anywhere) stay as written. Every name is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import type { Claim, SourcedClaim } from '../../../server/src/engine/types';

function role(doc: string, office: string, title: string, options: { time?: string; text?: string } = {}): SourcedClaim {
  const text = options.text ?? title;
  const claim: Claim = { subject: 'person:ines-carrow', subjectName: 'Ines Carrow', text, attribute: 'role', value: { kind: 'role', title, office }, start: 0, end: text.length };
  if (options.time) claim.time = options.time;
  return { doc, claim };
}
const flagged = (...claims: SourcedClaim[]): string[] =>
  detectConflicts(claims)
    .flatMap((c) => c.claims.map((s) => s.doc))
    .sort();

describe('a post with no body, at the only body the person is placed at', () => {
  it.each([
    ['a school newsletter’s “Our bursar”', 'title:bursar', 'bursar', 'title:head teacher@org:ashcombe-primary-school'],
    ['a signature’s “Chief Executive” line', 'office:chief-executive', 'Chief Executive', 'title:medical director@org:penhallow-community-hospital'],
    ['a forum’s “is the treasurer there”', 'title:treasurer', 'treasurer', 'office:chair@org:brindle-housing-co-operative'],
    ['“the company’s finance director”', 'title:finance director', 'finance director', 'office:managing-director@org:harker-valley-buses'],
    ['a list’s “Secretary:”', 'title:secretary', 'Secretary', 'office:chair@org:tolley-rovers'],
    ['an interim vice-chancellor’s signature', 'title:interim vice chancellor', 'Interim Vice-Chancellor', 'title:chief operating officer@org:university-of-pellam'],
  ])('flags %s against another post there', (_shape, bare, title, placed) => {
    expect(flagged(role('bare.txt', bare, title), role('placed.txt', placed, 'post'))).toEqual(['bare.txt', 'placed.txt']);
  });

  it('reads a minister’s post with no government at the one government that names her', () => {
    expect(flagged(role('a.txt', 'title:business minister', 'business minister'), role('b.txt', 'title:cabinet secretary economy@org:scottish-government', 'Cabinet Secretary for Economy'))).toEqual(['a.txt', 'b.txt']);
  });

  it('finds no conflict when the bare post is the post held there, said another way', () => {
    expect(flagged(role('a.txt', 'office:chair', 'Chair'), role('b.txt', 'office:chair@org:fenby-lifeboat-trust', 'chair'))).toEqual([]);
    expect(flagged(role('a.txt', 'title:manager', 'manager'), role('b.txt', 'title:station manager@org:tollbridge-radio', 'station manager'))).toEqual([]);
  });
});

describe('bare posts that stay where they are', () => {
  it('leaves a bare post alone when the person is placed at two bodies', () => {
    expect(
      flagged(
        role('bare.txt', 'title:secretary', 'Secretary'),
        role('one.txt', 'office:chair@org:corling-food-bank', 'chair'),
        role('two.txt', 'title:treasurer@org:corling-rotary-club', 'treasurer'),
      ),
    ).toEqual([]);
  });

  it('leaves “a director”, one of a kind, alone', () => {
    expect(flagged(role('a.txt', 'office:director', 'director', { text: 'Ines Carrow, a director of several building firms' }), role('b.txt', 'office:chair@org:rushmere-housing-trust', 'chair'))).toEqual([]);
  });

  it('leaves an occupation alone', () => {
    expect(flagged(role('a.txt', 'title:retired civil engineer', 'retired civil engineer'), role('b.txt', 'office:chair@org:stennack-tramway-society', 'chair'))).toEqual([]);
    expect(flagged(role('a.txt', 'title:senior lecturer', 'senior lecturer'), role('b.txt', 'office:chair@org:stennack-tramway-society', 'chair'))).toEqual([]);
  });

  it('leaves a seat on the board beside a post there', () => {
    expect(flagged(role('a.txt', 'title:trustee', 'Trustee'), role('b.txt', 'office:chair@org:fenby-lifeboat-trust', 'chair'))).toEqual([]);
  });

  it('leaves a bare post alone when the other body’s post is of another time', () => {
    expect(flagged(role('a.txt', 'title:secretary', 'Secretary', { time: '2016' }), role('b.txt', 'office:chair@org:tolley-rovers', 'chair', { time: '2024' }))).toEqual([]);
  });

  it('leaves two offices of state said two ways alone', () => {
    expect(flagged(role('a.txt', 'title:transport minister', 'Transport Minister'), role('b.txt', 'title:minister transport', 'Minister for Transport'))).toEqual([]);
  });
});

describe('a minister with no government', () => {
  it('is not placed at a company or a charity', () => {
    expect(flagged(role('a.txt', 'title:rail minister', 'Rail Minister'), role('b.txt', 'office:chief-executive@org:brackwater-rail', 'chief executive'))).toEqual([]);
  });
});
