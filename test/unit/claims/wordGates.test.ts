import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../../server/src/engine/claims/index';
import { mayHold, wordGates, wordStarts, type WordGate } from '../../../server/src/engine/claims/wordGates';
import { tokenize } from '../../../server/src/engine/text/tokens';

// A word gate stands before patterns run over a whole text: it may only ever be looser than each
// of them. Whenever a pattern it guards matches a text, the gate must let it run, whether it reads
// the text's tokens or the text alone, whatever the case of the words ("ſ" and the Kelvin sign
// fold to s and k under 'iu'), the white space between them and the letters, hyphens and
// apostrophes joined to them. Each gate's sentences below match its patterns.

const EXAMPLES: Record<string, string[]> = {
  'a day counted later': ['Two weeks later the trust took over.', 'Afterwards, the council met. It met afterwards.', 'The trust took the keys a fortnight after the cabinet vote.'],
  'sole shareholder': ['Orrin Bank, now Tollway’s sole shareholder, said so.', 'Orrin is the only owner of Tollway.', 'Tollway’s single shareholder is Orrin.'],
  'owned jointly': [
    'Tollway is jointly owned by Orrin and Pellam.', 'Tollway, co-owned by Orrin and Pellam, runs buses.', 'Tollway, Co-owned by Orrin, runs buses.', 'Tollway is owned 60:40 by the two councils.',
    'Tollway was owned equally by Orrin and Pellam.', 'Tollway is owned in equal shares by both.', 'Tollway is owned 50/50 by both.',
  ],
  'joint venture': ['Tollway, a 50:50 joint venture between Orrin and Pellam, runs buses.', 'Tollway is now a joint venture owned by Orrin.', 'Tollway is a joint venture of Orrin and Pellam.'],
  'a stake in': ['Orrin keeps 20% of the shares in Tollway.', 'Orrin holds a 30% stake in Tollway.', 'Orrin has a 10% shareholding in the firm.', 'a mistake in the sums'],
  'subsidiary of': ['Tollway is a subsidiary of Orrin Bank.', 'Tollway, a UK subsidiary of the bank, runs buses.'],
  'merger of equals': ['This is a merger of equals.', 'It was not a genuine merger of equals.'],
  'a takeover': ['It’s a takeover by the larger association.', 'This is a hostile take-over, not a merger.', 'a merger, not a takeover'],
  'a group structure': ['Acme will be a group structure in which Bolt keeps its board.', 'Acme and Bolt will form a new group structure.'],
  'a transfer of engagements': ['Acme Credit Union transferred its engagements to Bolt.', 'This is a transfer of engagements, not an amalgamation.'],
  'an amalgamation': ['Acme and Bolt amalgamated into a new society.', 'It is an amalgamation of Acme and Bolt.'],
  'reduce staffing by': [
    'The trust will reduce staffing by 46 full-time equivalent posts.', 'Acme cut its headcount by about 60 roles.', 'It shrank the workforce by 120 jobs.',
    'It will slim staff numbers by 5 FTEs.', 'It reduced the number of posts by 12 positions.', 'It cuts its establishment by 3 permanent roles.', 'We are undercutting our workforce by 2 jobs.',
  ],
  'a reduction of posts': ['a reduction of 46 posts', 'a reduction in staffing of 46 FTE posts', 'a reduction in its number of posts of 1,200 jobs', 'the reduction of about 5 roles'],
  'closing or keeping open': ['All three surgeries will close.', 'The two libraries are closing.', 'Both depots shut in May.', 'The four pools will stay open.', 'the reopening of the baths'],
  'a fee': ['The trust pays Orrin Ltd a management fee of £40,000 a year.', 'a fee of £90 per pupil'],
  'a number then its figure': ['The number of volunteers rose to 120.', 'It put the number at 40.'],
  'a site or campus': ['About 300 staff work on the site.', 'The campus employs 1,200 people.', 'Visit our website.'],
  'a unit of power': ['The farm will generate 40MW of power.', 'a 250 kWp array', 'a 2 GW plant', 'It uses 900 megawatts.', 'a 5kW pump'],
  'from or by a figure': ['Staff fell from 20 to 12.', 'It cut its beds by 8 to 12.', 'It went from twenty full-time staff to ten.'],
  'a small number in words': ['It runs nine depots.', 'Acme has twenty-two studios.', 'The two councils, and forty-one schools.'],
  'posts cut': ['The trust will reduce staffing by 46 full-time equivalent posts.', 'a reduction in staffing of 46 FTE posts', 'It reduced the number of posts by 12 positions.'],
};

/** The same text in other spellings the patterns may match: case, folded letters, white space. */
function spellings(text: string): string[] {
  const title = text.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  return [
    text,
    text.toUpperCase(),
    title,
    text.replace(/s/g, 'ſ'),
    text.replace(/k/g, '\u212a').replace(/K/g, '\u212a'),
    text.replace(/ /g, '\u00a0'),
    text.replace(/ /g, '\n  '),
    text.replace(/ /g, ' \t'),
  ];
}

/** What may stand joined to a word in a token: letters, a hyphen, an apostrophe, a digit. */
const JOINS: Array<[string, string]> = [['x', ''], ['', 'x'], ['un-', ''], ['', '-led'], ['', '’s'], ['', "'s"], ['', 's'], ['Co-', ''], ['5', ''], ['', '5'], ['é', ''], ['', 'é']];

/** The example with one of the gate's words joined to something, each way and at each place it stands. */
function joinedTo(gate: WordGate, example: string): string[] {
  const out: string[] = [];
  for (const word of [...gate.words, ...gate.previous]) {
    const find = new RegExp(word, 'gi');
    for (let m = find.exec(example); m; m = find.exec(example)) {
      for (const [before, after] of JOINS) out.push(example.slice(0, m.index) + before + m[0] + after + example.slice(m.index + m[0].length));
    }
  }
  return out;
}

/** Texts built of an example's words and what may stand joined to them. */
function piecesOf(gate: WordGate): string[] {
  const words = EXAMPLES[gate.name]!.flatMap((example) => example.split(/\s+/));
  const joined = [...gate.words, ...gate.previous].flatMap((word) => [word, word.toUpperCase(), `x${word}`, `${word}x`, `un-${word}`, `${word}-led`, `${word}’s`, `Co-${word}`, word.replace(/s/g, 'ſ')]);
  return [...words, ...joined, ' ', ' ', ' ', '  ', '\n', '\u00a0', '-', '–', ',', '’s', 'é', '5', '50:50', '.'];
}

function matches(pattern: RegExp, text: string): boolean {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test(text);
}

/** Whether the gate lets its patterns run, read from the tokens and from the text alone, which must agree with any match. */
function expectLooser(gate: WordGate, text: string): void {
  if (!gate.guards.some((pattern) => matches(pattern, text))) return;
  expect(mayHold({ text, tokens: tokenize(text) }, gate), `${gate.name}: ${JSON.stringify(text)}`).toBe(true);
  expect(mayHold({ text }, gate), `${gate.name} without tokens: ${JSON.stringify(text)}`).toBe(true);
}

const seeds = join(__dirname, '../../../seeds');

describe('word gates', () => {
  const gates = wordGates();

  it('each have a bit of their own and sentences that match their patterns', () => {
    expect(gates.length).toBeGreaterThan(0);
    for (const gate of gates) {
      expect(gate.bit, gate.name).not.toBe(0);
      expect(EXAMPLES[gate.name], gate.name).toBeDefined();
    }
  });

  for (const gate of gates) {
    describe(gate.name, () => {
      it('lets its patterns run on each of its sentences, however spelt', () => {
        for (const example of EXAMPLES[gate.name] ?? []) {
          expect(gate.guards.some((pattern) => matches(pattern, example)), example).toBe(true);
          for (const text of spellings(example)) expectLooser(gate, text);
          for (const joined of joinedTo(gate, example)) for (const text of spellings(joined)) expectLooser(gate, text);
        }
      });

      it('lets its patterns run on any text built from their words where they match', () => {
        fc.assert(
          fc.property(fc.array(fc.constantFrom(...piecesOf(gate)), { maxLength: 24 }), (pieces) => expectLooser(gate, pieces.join(''))),
          { numRuns: 400 },
        );
      });

      it('lets its patterns run on the seed texts where they match, and stops them where its words are not', () => {
        for (const name of readdirSync(seeds)) {
          const text = readFileSync(join(seeds, name), 'utf8');
          expectLooser(gate, text);
          expectLooser(gate, text.toUpperCase());
        }
        const text = 'The council met on Tuesday and agreed its budget for 2026.';
        expect(mayHold({ text, tokens: tokenize(text) }, gate)).toBe(false);
      });
    });
  }

  it('find their words where a search of the whole text finds them', () => {
    const gate = gates.find((g) => g.name === 'a day counted later')!;
    const pieces = [...piecesOf(gate), 'Later', 'LATER', 'latera', 'collateral', 'afterwardslater'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const expected: number[] = [];
        const search = new RegExp(gate.guards[0]!.source, 'g');
        for (let m = search.exec(text); m; m = search.exec(text)) expected.push(m.index);
        expect(wordStarts({ text, tokens: tokenize(text) }, gate)).toEqual(expected);
        expect(wordStarts({ text }, gate)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
