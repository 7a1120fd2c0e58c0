// When an event named by a noun began: an outage, a strike, a hand-over taking effect. Each is keyed
// by the body it is an event of and a general class of event, so two wordings of one event meet,
// on any topic. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import { nearestYear } from '../../../server/src/engine/claims/extractors/eventDates';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Harrow Vale Water': 'org:harrow-vale-water',
  'Kestrel Court Care Home': 'org:kestrel-court',
  'Transport Workers Guild': 'org:transport-workers-guild',
  'Corrie Buses': 'org:corrie-buses',
  'Esk Parish Council': 'org:esk-parish-council',
  'Fallow District Council': 'org:fallow-district-council',
  'Lark Leisure': 'org:lark-leisure',
  'Tenants First': 'org:tenants-first',
};

const claimsOf = (text: string, documentDate?: string): Claim[] =>
  extractClaims(text, tagEntities(text, NAMES), documentDate).filter((c) => /^date:(?:began|handed-over|took-over)/.test(c.attribute));
const facts = (text: string, documentDate?: string): Array<[string, string, string]> =>
  claimsOf(text, documentDate).map((c) => [c.subject, c.attribute, c.value.kind === 'date' ? c.value.iso : '']);
const conflicts = (a: Claim[], b: Claim[]) =>
  detectConflicts([...a.map((claim) => ({ doc: 'a.txt', claim })), ...b.map((claim) => ({ doc: 'b.txt', claim }))]);

describe('the start of an incident, named by a noun', () => {
  it('keys an outage, a loss of supply, a power cut (and a fire, an event of its own) by the body it hit', () => {
    expect(facts('Harrow Vale Water’s outage began on 3 March 2024.')).toEqual([['org:harrow-vale-water', 'date:began:incident', '2024-03-03']]);
    expect(facts('The loss of supply at Harrow Vale Water began on 3 March 2024 and lasted two days.')).toEqual([
      ['org:harrow-vale-water', 'date:began:incident', '2024-03-03'],
    ]);
    expect(facts('Harrow Vale Water said the interruption that started on 3 March 2024 was caused by a burst main.')).toEqual([
      ['org:harrow-vale-water', 'date:began:incident', '2024-03-03'],
    ]);
    expect(facts('The fire at Kestrel Court Care Home started on Sunday 3 March 2024.')).toEqual([['org:kestrel-court', 'date:began:fire', '2024-03-03']]);
  });

  it('gives an incident told with no body to the body the paragraph or page is about, not to its author', () => {
    const newsletter =
      'Tenants First\nNews from Tenants First\n\nOur water comes from Harrow Vale Water. Harrow Vale Water has promised a refund, and Harrow Vale Water will meet us in May.\n\n' +
      'Dear neighbours, most of you will remember the outage that began on Sunday 3 March 2024, when the taps ran dry.';
    expect(facts(newsletter)).toEqual([['org:harrow-vale-water', 'date:began:incident', '2024-03-03']]);
  });

  it('reads homes losing heat, or left without water since a day, as the start of the incident', () => {
    expect(facts('Harrow Vale Water customers lost water on 3 March 2024.')).toEqual([['org:harrow-vale-water', 'date:began:incident', '2024-03-03']]);
    expect(facts('Harrow Vale Water says 900 homes have been without water since Sunday 3 March 2024.')).toEqual([
      ['org:harrow-vale-water', 'date:began:incident', '2024-03-03'],
    ]);
    expect(facts('A cyber attack on Fallow District Council’s systems began on 14 May 2024.')).toEqual([['org:fallow-district-council', 'date:began:incident', '2024-05-14']]);
  });

  it('sets two dates of one outage against each other', () => {
    const a = claimsOf('Harrow Vale Water’s outage began on 3 March 2024.');
    const b = claimsOf('Harrow Vale Water supplies 9,000 homes. The loss of supply that began on 10 March 2024 lasted four days.');
    expect(conflicts(a, b)).toHaveLength(1);
  });

  it('leaves alone another outage, an announcement, a deadline, and a page that dates two outages', () => {
    expect(facts('Harrow Vale Water’s second outage began on 12 April 2024.')).toEqual([]);
    expect(facts('Harrow Vale Water announced the outage on 3 March 2024.')).toEqual([]);
    expect(facts('Harrow Vale Water said the outage must end by 5 March 2024.')).toEqual([]);
    expect(facts('Harrow Vale Water’s outage began on 3 March 2024. Harrow Vale Water’s outage began on 9 May 2024 too.')).toEqual([]);
  });
});

describe('the first day of a strike', () => {
  it('keys strike action, a walkout or going on strike by the union whose members strike', () => {
    expect(
      facts('Transport Workers Guild balloted its members at Corrie Buses in May 2024. The result was announced on 3 June 2024, and strike action began on Monday 17 June 2024.'),
    ).toEqual([['org:transport-workers-guild', 'date:began:strike', '2024-06-17']]);
    expect(facts('Transport Workers Guild members went on strike on 17 June 2024.')).toEqual([['org:transport-workers-guild', 'date:began:strike', '2024-06-17']]);
    expect(facts('The walkout by Transport Workers Guild members began on 17 June 2024.')).toEqual([
      ['org:transport-workers-guild', 'date:began:strike', '2024-06-17'],
    ]);
  });

  it('finds the union named after the noun: "strike action by members of X"', () => {
    expect(facts('Strike action by members of the Transport Workers Guild began on 17 June 2024.')).toEqual([['org:transport-workers-guild', 'date:began:strike', '2024-06-17']]);
  });

  it('counts a day from another dated event: "a week after the result was announced on 3 June"', () => {
    const blog = 'Transport Workers Guild balloted its members at Corrie Buses in May. Drivers walked out a week after the ballot result was announced on 3 June, stopping 40 routes.';
    expect(facts(blog, '2024-07-01')).toEqual([['org:transport-workers-guild', 'date:began:strike', '2024-06-10']]);
    expect(facts('Transport Workers Guild said drivers walked out three days before the vote on 20 June 2024.')).toEqual([
      ['org:transport-workers-guild', 'date:began:strike', '2024-06-17'],
    ]);
  });

  it('sets a strike dated outright against one counted from the ballot', () => {
    const a = claimsOf('Transport Workers Guild balloted its members at Corrie Buses. Strike action began on Monday 17 June 2024.');
    const b = claimsOf('Transport Workers Guild balloted its members at Corrie Buses in May. Drivers walked out a week after the ballot result was announced on 3 June.', '2024-07-01');
    expect(conflicts(a, b)).toHaveLength(1);
  });

  it('does not read a ballot, a further strike or a strike planned by a deadline as the strike’s start', () => {
    expect(facts('Transport Workers Guild said its ballot began on 3 May 2024.')).toEqual([]);
    expect(facts('Transport Workers Guild said a further strike began on 1 July 2024.')).toEqual([]);
    expect(facts('Transport Workers Guild said strike action would begin by 1 July 2024.')).toEqual([]);
  });
});

describe('a hand-over taking effect', () => {
  it('keys "the transfer takes effect" by the body something was transferred to, and "X takes over all three" by X', () => {
    const minutes = 'The committee considered the decision to transfer the Old Mill Library, the bandstand and the museum to Esk Parish Council.\n\nThe officer said the transfer would take effect on 1 April 2025.';
    expect(facts(minutes)).toEqual([['org:esk-parish-council', 'date:handed-over', '2025-04-01']]);
    expect(facts('Esk Parish Council takes over all three on Wednesday 1 July 2025.')).toEqual([['org:esk-parish-council', 'date:handed-over', '2025-07-01']]);
    expect(facts('Esk Parish Council\nWhen will we take over? The parish council takes over both on 1 July 2025.')).toEqual([
      ['org:esk-parish-council', 'date:handed-over', '2025-07-01'],
    ]);
    expect(facts('The handover to Esk Parish Council takes effect on 1 July 2025.')).toEqual([['org:esk-parish-council', 'date:handed-over', '2025-07-01']]);
  });

  it('reads a service "to be run by X from D" and "X took over a fortnight later" as X’s hand-over', () => {
    expect(facts('From Sunday 2 March 2025, services on the Esk lines will be run by Lark Leisure (LL), the operator of last resort.')).toEqual([
      ['org:lark-leisure', 'date:handed-over', '2025-03-02'],
    ]);
    expect(facts('The two pools will be run by Lark Leisure from 1 April 2025.')).toEqual([['org:lark-leisure', 'date:handed-over', '2025-04-01']]);
    const blog = 'When Fallow District Council announced on 3 February 2025 that it would end the old contract, nobody was surprised.\nLark Leisure took over a fortnight later, and the pools reopened.';
    expect(facts(blog)).toEqual([]);
    const paragraph = 'When Fallow District Council announced on 3 February 2025 that it would end the old contract, nobody was surprised. Lark Leisure took over a fortnight later, and the pools reopened.';
    expect(facts(paragraph)).toEqual([['org:lark-leisure', 'date:handed-over', '2025-02-17']]);
  });

  it('reads becoming responsible for a thing, and the transfer of a named thing to a body, as the body’s hand-over', () => {
    expect(facts('Esk Parish Council became responsible for the bandstand on 1 April 2025.')).toEqual([['org:esk-parish-council', 'date:handed-over', '2025-04-01']]);
    expect(facts('Esk Parish Council will assume responsibility for the museum from 1 April 2025.')).toEqual([['org:esk-parish-council', 'date:handed-over', '2025-04-01']]);
    expect(facts('The transfer of the museum to Esk Parish Council took effect on 1 April 2025.')).toEqual([['org:esk-parish-council', 'date:handed-over', '2025-04-01']]);
  });

  it('does not read who runs a thing now, with no start, or a person taking over', () => {
    expect(facts('The two pools are run by Lark Leisure, a trust.')).toEqual([]);
    expect(facts('Jo Pike took over a fortnight later, on 17 February 2025.')).toEqual([]);
  });

  it('sets the two wordings of one hand-over against each other', () => {
    const a = claimsOf('Fallow District Council will transfer the museum to Esk Parish Council. The transfer will take effect on 1 April 2025.');
    const b = claimsOf('Esk Parish Council takes over all three on 1 July 2025.');
    expect(conflicts(a, b)).toHaveLength(1);
  });

  it('leaves alone the day a transfer was approved or must be done by', () => {
    expect(facts('Fallow District Council approved the transfer to Esk Parish Council on 10 December 2024.')).toEqual([]);
    expect(facts('The transfer to Esk Parish Council must take effect by 1 April 2025.')).toEqual([]);
  });
});

describe('the start of a contract', () => {
  it('keys it by the contractor: "X’s contract", "the council’s contract with X", "the contract with X"', () => {
    expect(facts('Lark Leisure’s contract began on 1 April 2019.')).toEqual([['org:lark-leisure', 'date:began:contract', '2019-04-01']]);
    expect(facts('Fallow District Council’s contract with Lark Leisure started on 1 April 2019 and runs until 2029.')).toEqual([
      ['org:lark-leisure', 'date:began:contract', '2019-04-01'],
    ]);
    expect(facts('The ten-year contract with Lark Leisure commenced in April 2019.')).toEqual([['org:lark-leisure', 'date:began:contract', '2019-04']]);
  });

  it('leaves alone a new contract, a contract signed, and one that ends', () => {
    expect(facts('Lark Leisure’s new contract began on 1 April 2024.')).toEqual([]);
    expect(facts('Lark Leisure signed the contract on 1 March 2019.')).toEqual([]);
    expect(facts('Lark Leisure’s contract ends on 31 March 2029.')).toEqual([]);
  });
});

describe('running a service since a day', () => {
  it('keys it by what is run, without its owner, count or the word "service"', () => {
    expect(facts('Lark Leisure has run the borough’s swimming pools since 1 April 2021.').map((f) => f[1])).toContain('date:took-over:swimming pools');
    // the day it took them over is also its bare hand-over day (takeOverDays.ts)
    expect(facts('Lark Leisure, a trust set up by the council, has run the swimming pools service since 1 June 2021.')).toEqual([
      ['org:lark-leisure', 'date:handed-over', '2021-06-01'],
      ['org:lark-leisure', 'date:took-over:swimming pools', '2021-06-01'],
    ]);
    expect(facts('Lark Leisure has run the four swimming pools in the district since 2021.')).toEqual([
      ['org:lark-leisure', 'date:handed-over', '2021'],
      ['org:lark-leisure', 'date:took-over:swimming pools', '2021'],
    ]);
  });

  it('sets two starts of running one service against each other', () => {
    const a = claimsOf('Lark Leisure has run the borough’s swimming pools since 1 April 2021.');
    const b = claimsOf('Lark Leisure, a trust set up by the council, has run the swimming pools service since 1 June 2021.');
    expect(conflicts(a, b).length).toBeGreaterThan(0);
  });

  it('reads no start of running what a body owns or a service not named', () => {
    expect(facts('Lark Leisure has run its own gyms since 2010.')).toEqual([]);
    expect(facts('Lark Leisure has run the service since 2010.')).toEqual([]);
  });
});

describe('a day and month with no year on a page dated only by its byline', () => {
  it('takes the year that puts the day nearest the page’s day', () => {
    expect(nearestYear('--01-06', '2025-02-26')).toBe(2025);
    expect(nearestYear('--12-10', '2025-02-26')).toBe(2024);
    expect(nearestYear('--01-20', '2024-12-15')).toBe(2025);
    expect(nearestYear('--01-20', undefined)).toBeUndefined();
  });
});
