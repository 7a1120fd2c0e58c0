// Whether a body was consulted: the consulted body's claim, affirmed or denied, however it is said
// (passive, active, a reported denial, "no consultation with"), so a press release's "the unions
// were consulted at every stage" meets a union's "this branch was never consulted". A
// consultation to come, owed or asked for is no statement that one happened. Every name is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Porthall Workers Union': 'org:porthall-workers-union',
  PWU: 'org:porthall-workers-union',
  'Allied Cleaners Guild': 'org:allied-cleaners-guild',
  'Dunmere Hospitals Trust': 'org:dunmere-hospitals-trust',
  'Dunmere Parish Council': 'org:dunmere-parish-council',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const consulted = (text: string): Array<[string, string]> =>
  claimsOf(text)
    .filter((c) => c.attribute === 'consulted' && c.value.kind === 'category')
    .map((c) => [c.subject, c.value.kind === 'category' ? c.value.polarity : '']);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

const CONSULTED = [
  'Porthall Workers Union and Allied Cleaners Guild were consulted at every stage.',
  'The Trust says Porthall Workers Union was consulted before the vote.',
  'Dunmere Hospitals Trust consulted Porthall Workers Union and Allied Cleaners Guild throughout.',
  'PWU has been fully consulted on the plans, the chief executive told the board.',
];
const NOT_CONSULTED = [
  'The truth: Porthall Workers Union was never consulted before the board voted.',
  'Porthall Workers Union denied it had ever been consulted.',
  'Dunmere Hospitals Trust pushed the plan through without consulting Porthall Workers Union.',
  'There was no consultation with Porthall Workers Union before the decision.',
  'PWU wasn’t consulted, its organiser said.',
  'Dunmere Hospitals Trust has not consulted PWU at all.',
  'Its organiser said no talks were held with Porthall Workers Union before the vote.',
];

describe('whether a body was consulted', () => {
  it('reads a consultation that happened as the consulted body’s, every body of a list included', () => {
    expect(consulted(CONSULTED[0]!)).toEqual([
      ['org:porthall-workers-union', 'affirm'],
      ['org:allied-cleaners-guild', 'affirm'],
    ]);
    for (const text of CONSULTED) expect(consulted(text), text).toContainEqual(['org:porthall-workers-union', 'affirm']);
  });

  it('reads a denial, a reported denial, "without consulting" and "no consultation with" as not consulted', () => {
    for (const text of NOT_CONSULTED) expect(consulted(text), text).toEqual([['org:porthall-workers-union', 'deny']]);
  });

  it('reads "this branch" in a bulletin under the union’s masthead as the union', () => {
    const text = 'PORTHALL WORKERS UNION DUNMERE BRANCH\nBulletin\n\nThe Trust says the unions were kept informed. The truth: this branch was never consulted.';
    const tagged = extractClaims(text, tagEntities(text, { 'PORTHALL WORKERS UNION': 'org:porthall-workers-union' }));
    expect(tagged.filter((c) => c.attribute === 'consulted').map((c) => [c.subject, c.value.kind === 'category' && c.value.polarity])).toEqual([
      ['org:porthall-workers-union', 'deny'],
    ]);
  });

  it('conflicts between a body said to have been consulted and said not to have been, whichever wordings', () => {
    for (const a of CONSULTED) for (const b of NOT_CONSULTED) expect(conflictsAmong(a, b).map((c) => c.kind), `${a} / ${b}`).toContain('negation');
  });

  it('reads nothing from a consultation to come, owed, asked for or put as a condition', () => {
    for (const text of [
      'Porthall Workers Union will be consulted next month.',
      'Porthall Workers Union should have been consulted.',
      'Porthall Workers Union must be consulted before any transfer.',
      'Dunmere Hospitals Trust plans to consult Porthall Workers Union in March.',
      'If Porthall Workers Union was not consulted, the transfer is unlawful.',
      'Was Porthall Workers Union ever consulted?',
      'Porthall Workers Union has ever been consulted on nothing.',
      'Talks with Porthall Workers Union begin on Monday.',
    ]) {
      expect(consulted(text), text).toEqual([]);
    }
  });

  it('reads a denial whose verb an adverb or "yet" follows, or whose subject is "nobody", as not consulted', () => {
    for (const text of [
      'Dunmere Hospitals Trust has not yet consulted Porthall Workers Union.',
      'The Trust has not properly consulted Porthall Workers Union, its organiser said.',
      'Dunmere Hospitals Trust had never once consulted Porthall Workers Union.',
      'Nobody consulted Porthall Workers Union about the move.',
      'No one has consulted Porthall Workers Union, the minutes record.',
    ]) {
      expect(consulted(text), text).toEqual([['org:porthall-workers-union', 'deny']]);
    }
  });

  it('reads nothing from a consultation held back until later: it happened, late', () => {
    for (const text of [
      'Porthall Workers Union was not consulted until the plans were published.',
      'There was no consultation with Porthall Workers Union until May.',
      'Dunmere Hospitals Trust did not consult Porthall Workers Union until after the vote.',
    ]) {
      expect(consulted(text), text).toEqual([]);
    }
    expect(conflictsAmong('Porthall Workers Union was not consulted until the plans were published.', 'Porthall Workers Union was consulted in June.')).toEqual([]);
  });

  it('reads a passive consultation as its subject’s, not as a body named inside the subject’s phrase', () => {
    for (const text of [
      'The steering group which includes Porthall Workers Union was consulted in April.',
      'The forum chaired by Porthall Workers Union was consulted last month.',
      'A panel that represents Porthall Workers Union was consulted.',
      'Members of Porthall Workers Union were consulted individually.',
    ]) {
      expect(consulted(text), text).toEqual([]);
    }
    expect(consulted('The Trust says Porthall Workers Union was consulted before the vote.')).toEqual([['org:porthall-workers-union', 'affirm']]);
    expect(consulted('Its organiser, who said Porthall Workers Union was never consulted, resigned.')).toEqual([['org:porthall-workers-union', 'deny']]);
  });

  it('reads "neither X nor Y was consulted" as a denial for both', () => {
    expect(consulted('Neither Porthall Workers Union nor Allied Cleaners Guild was consulted.')).toEqual([
      ['org:porthall-workers-union', 'deny'],
      ['org:allied-cleaners-guild', 'deny'],
    ]);
    expect(consulted('Neither the Allied Cleaners Guild nor Porthall Workers Union were consulted on the plans.')).toContainEqual(['org:porthall-workers-union', 'deny']);
  });

  it('does not conflict for two different bodies, one consulted and one not', () => {
    expect(conflictsAmong('Porthall Workers Union was consulted.', 'Dunmere Parish Council was never consulted.')).toEqual([]);
  });
});
