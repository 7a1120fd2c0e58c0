// A yes/no fact of one shape: a body did a thing, or it did not. The predicate (the verb's stem,
// or the verb a noun after "made" names) and its object are keyed alike however the sentence is
// worded, with the body that stands as the clause's subject, so a denial meets an affirmation of
// the same act by the same body. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { verbStem } from '../../../server/src/engine/claims/extractors/actsDone';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Harlow Vale Academy': 'org:harlow-vale-academy',
  'Kingsmead School': 'org:kingsmead-school',
  'Redcliff Buses': 'org:redcliff-buses',
  'Moorgate Homes': 'org:moorgate-homes',
  'Larkspur Trust': 'org:larkspur-trust',
  'Greyfield Energy': 'org:greyfield-energy',
  'Aldwick Rovers': 'org:aldwick-rovers',
  'Corran Arts Council': 'org:corran-arts-council',
  'Hillcrest Farms Ltd': 'org:hillcrest-farms',
  'Castle Flats': 'org:castle-flats',
  'Tamsey Inspectorate': 'org:tamsey-inspectorate',
  'Tarrow Bus Company': 'org:tarrow-bus-company',
  'Nene Coaches': 'org:nene-coaches',
  'Brookfield Housing Association': 'org:brookfield-housing-association',
  'Kellan Water Board': 'org:kellan-water-board',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const acts = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('act:') && c.value.kind === 'category')
    .map((c) => (c.value.kind === 'category' ? `${c.subject} ${c.attribute} ${c.value.category} ${c.value.polarity}` : ''));
const negations = (...texts: string[]): Conflict[] =>
  conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) }))).filter((c) => c.attribute.startsWith('act:'));

describe('the stem of a verb', () => {
  it('is one key for a verb’s forms', () => {
    for (const forms of [
      ['cancel', 'cancels', 'cancelled', 'cancelling'],
      ['close', 'closes', 'closed', 'closing'],
      ['recognise', 'recognised', 'recognises'],
      ['lend', 'lent'],
      ['sell', 'sold'],
      ['hand', 'handed', 'handing'],
    ]) {
      expect(new Set(forms.map(verbStem)).size, forms.join(' ')).toBe(1);
    }
  });
});

describe('a thing a body did, or did not do', () => {
  it('reads a denial by "not", "never", a contracted "n’t" and "no" before the object', () => {
    expect(acts('Harlow Vale Academy has not expelled any pupils.')).toEqual(['org:harlow-vale-academy act:expel ~expel deny']);
    expect(acts('Redcliff Buses did not cancel the school service.')).toEqual(['org:redcliff-buses act:cancel ~cancel school service deny']);
    expect(acts('tbh Moorgate Homes never evicted anyone from Castle Flats')).toEqual(['org:moorgate-homes act:evict ~evict deny']);
    expect(acts("Greyfield Energy haven't raised prices")).toEqual(['org:greyfield-energy act:rais ~rais price deny']);
    expect(acts('Corran Arts Council made no award to the theatre.')).toEqual(['org:corran-arts-council act:award ~award deny']);
  });

  it('reads an affirmation by the verb in the past or after an auxiliary, keyed by the verb with the object’s head and the word before it', () => {
    expect(acts('Redcliff Buses cancelled the school service on Monday.')).toEqual(['org:redcliff-buses act:cancel ~cancel school service affirm']);
    expect(acts('Hillcrest Farms Ltd has renewed its grazing licence.')).toEqual(['org:hillcrest-farms act:renew ~renew grazing licence affirm']);
    expect(acts('The Tamsey Inspectorate made a recommendation about the depot.')).toEqual(['org:tamsey-inspectorate act:recommend ~recommend affirm']);
    // a present tense tells a state ("runs three shops"), not an act
    expect(acts('Redcliff Buses runs the school service.')).toEqual([]);
  });

  it('meets a denial with an affirmation of the same act by the same body, in any genre', () => {
    const pairs: Array<[string, string]> = [
      ['Harlow Vale Academy has not expelled any pupils.', 'Harlow Vale Academy expelled three pupils in March.'],
      ['MANAGER: Redcliff Buses did not cancel the school service.', 'Redcliff Buses cancelled the school service on Monday.'],
      ['The Larkspur Trust did not sell the Old Mill.', 'The Larkspur Trust sold the Old Mill to a developer.'],
      ['Aldwick Rovers have never paid a transfer fee.', 'Aldwick Rovers paid a £40,000 transfer fee for the striker.'],
      ['Redcliff Buses did not cancel the service.', 'Redcliff Buses cancelled the school service on Monday.'],
      ['- Hillcrest Farms Ltd has not renewed the grazing licence.', 'Hillcrest Farms Ltd renewed its grazing licence in May.'],
      ['The Tamsey Inspectorate made no recommendation about the depot.', 'The Tamsey Inspectorate recommended that the depot close.'],
    ];
    for (const [denied, affirmed] of pairs) expect(negations(denied, affirmed), denied).toHaveLength(1);
  });

  it('does not meet another object, another body, another year, a plan, a question, a condition or a claim called untrue', () => {
    const apart: Array<[string, string]> = [
      ['Redcliff Buses did not cancel the school service.', 'Redcliff Buses cancelled the night service.'],
      ['Harlow Vale Academy has not expelled any pupils.', 'Kingsmead School expelled three pupils.'],
      ['In 2019 Hillcrest Farms Ltd did not renew the grazing licence.', 'In 2023 Hillcrest Farms Ltd renewed the grazing licence.'],
      ['Harlow Vale Academy has not expelled any pupils.', 'Harlow Vale Academy plans to expel three pupils.'],
      ['Has Greyfield Energy raised prices?', 'Greyfield Energy has not raised prices.'],
      ['If Aldwick Rovers paid a transfer fee, the league would object.', 'Aldwick Rovers have never paid a transfer fee.'],
      ['Critics say the Larkspur Trust sold the Old Mill, but that is untrue.', 'The Larkspur Trust did not sell the Old Mill.'],
      ['Moorgate Homes did not evict anyone from Castle Flats.', 'Moorgate Homes repaired Castle Flats.'],
    ];
    for (const [one, other] of apart) expect(negations(one, other), one).toEqual([]);
  });

  it('reads no act of a body that is what the verb is done to, or the object of a preposition', () => {
    expect(acts('Castle Flats was sold last year.')).toEqual([]);
    expect(acts('The chair of Harlow Vale Academy has not expelled anyone.')).toEqual([]);
    expect(acts('Harlow Vale Academy says it has not expelled anyone.')).toEqual([]);
  });
});

describe('the body acting through a second verb or its own organ', () => {
  it('gives a verb joined by "and" the subject of the clause', () => {
    expect(acts('Tarrow Bus Company cut two routes and did not raise fares.')).toEqual([
      'org:tarrow-bus-company act:cut ~cut route affirm',
      'org:tarrow-bus-company act:rais ~rais fare deny',
    ]);
    expect(negations('Kellan Water Board published its review in May and did not recommend a hosepipe ban.', 'Kellan Water Board recommended a hosepipe ban.')).toHaveLength(1);
  });

  it('reads the body’s board, report or inspection as the body: "X’s board met", "its 2023 report made no recommendation"', () => {
    expect(negations('Brookfield Housing Association’s board met on Monday and did not approve the rent rise.', 'Brookfield Housing Association approved the rent rise.')).toHaveLength(1);
    expect(negations('The Tamsey Inspectorate never visited: its 2023 report praised the staff and made no recommendation about the depot.', 'The Tamsey Inspectorate recommended that the depot close.')).toHaveLength(1);
  });

  it('does not lend the subject to a verb with a subject of its own, a possibility, or another body’s organ', () => {
    expect(negations('Tarrow Bus Company cut two routes and Nene Coaches did not raise fares.', 'Tarrow Bus Company raised fares.')).toEqual([]);
    expect(negations('Tarrow Bus Company cut two routes and may not raise fares.', 'Tarrow Bus Company raised fares.')).toEqual([]);
    expect(negations('The Tamsey Inspectorate praised Kellan Water Board: its report made no recommendation.', 'The Tamsey Inspectorate recommended a review.')).toEqual([]);
    expect(acts('Brookfield Housing Association’s chief executive did not approve the rent rise.')).toEqual([]);
  });
});
