// The generic readings of figures as open triples (claims/figures/): a body, the head of what is
// measured with the words that change its meaning, and the value. Money a body raised or borrowed
// is keyed by the verb and the drive it came from (sumsRaised.ts); a count of things a body has is
// keyed by the counted noun and the state it is counted in ("repairs outstanding", "jobs on site",
// "posts vacant"; countedHead.ts, thingCounts.ts), whatever the clause's shape: a named subject,
// "the <kind>", "it", the drive as the subject on the body's own page, a past tense, a qualifier.
// Precision first: each fact's paraphrases must meet on one key, and the look-alikes (a subset, a
// target, a forecast, another year, another body, another drive, a rate, a part, "up to", a
// denial, money raised for a body by others) must never conflict.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import { attributeLabel } from '../../../server/src/lsp/labels';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Fenwick Hospice': 'org:fenwick-hospice',
  'Holm Community Energy': 'org:holm-community-energy',
  'Tarnside Transport': 'org:tarnside-transport',
  'Kestrel Housing Trust': 'org:kestrel-housing-trust',
  'Brantmoor Homes': 'org:brantmoor-homes',
  'Fellgate Hospital Trust': 'org:fellgate-hospital-trust',
  'Oakmere Academy Trust': 'org:oakmere-academy-trust',
  'Wendle Courts Service': 'org:wendle-courts-service',
};

const isOpen = (attribute: string): boolean => /^money:(?:raised|borrowed)|^count:[a-z ]+ (?:outstanding|vacant|on site|waiting|on books|in service)$/.test(attribute);

const figures = (text: string): Array<[string, string, number]> =>
  extractClaims(text, tagEntities(text, NAMES))
    .filter((c) => isOpen(c.attribute) && c.value.kind === 'number')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);

const conflicts = (a: string, b: string) =>
  conflictsAmongSources([
    { doc: 'a.txt', claims: extractClaims(a, tagEntities(a, NAMES)) },
    { doc: 'b.txt', claims: extractClaims(b, tagEntities(b, NAMES)) },
  ]).filter((c) => isOpen(c.attribute));

/** Every paraphrase reads one key; each pair of them with different figures conflicts on it. */
function expectParaphrases(paraphrases: readonly string[], subject: string, attribute: string, value: number, rival: (text: string) => string): void {
  for (const text of paraphrases) expect(figures(text), text).toEqual([[subject, attribute, value]]);
  for (const text of paraphrases) {
    for (const other of paraphrases) expect(conflicts(text, rival(other)).map((c) => c.attribute), `${text} / ${rival(other)}`).toEqual([attribute]);
  }
}

describe('money a body raised, keyed by the drive it came from', () => {
  it('reads one appeal told four ways: a named subject, "has raised … in its", the drive as subject on the body’s page, "It" after the drive', () => {
    expectParaphrases(
      [
        'Fenwick Hospice raised £48,000 through its summer appeal.',
        'Fenwick Hospice has raised almost £48,000 in its winter appeal, the charity said on Monday.',
        'Fenwick Hospice\nNews\n\nThank you! Our Christmas appeal raised £48,000 for patient care.',
        'Fenwick Hospice\nAbout our appeal\n\nThe appeal opened in October and closed at New Year. It raised £48,000 from 900 donors.',
      ],
      'org:fenwick-hospice',
      'money:raised:appeal',
      48000,
      (text) => text.replace('48,000', '61,000'),
    );
  });

  it('reads one share offer told four ways (news, FAQ, annual report, trade press)', () => {
    expectParaphrases(
      [
        'Holm Community Energy raised £350,000 in a community share offer from 600 local investors.',
        'Holm Community Energy’s share offer raised £350,000 before it closed in May.',
        'Holm Community Energy\nHow much did the offer raise?\n\nThe offer closed on 30 May. It raised £350,000 from 600 members.',
        'Last spring Holm Community Energy raised a total of £350,000 through a share offer.',
        'Holm Community Energy\nAnnual report 2024\n\nOur share offer in October raised £350,000 from 600 new members.',
        'Holm Community Energy, a community benefit society, raised £350,000 in community shares from 600 members.',
      ],
      'org:holm-community-energy',
      'money:raised:offer',
      350000,
      (text) => text.replace('350,000', '280,000'),
    );
  });

  it('reads money a body borrowed, past or present perfect (council report, news)', () => {
    expectParaphrases(
      ['Tarnside Transport borrowed £12m to buy the new buses.', 'Tarnside Transport has borrowed £12 million, its accounts show.', 'Tarnside Transport, the county’s bus company, borrowed £12m last year.', 'To buy the buses, Tarnside Transport borrowed £12m.'],
      'org:tarnside-transport',
      'money:borrowed',
      12e6,
      (text) => text.replace('12', '9'),
    );
  });

  it('words the attribute for a reader', () => {
    expect(attributeLabel('money:raised:appeal')).toBe('amount raised in its appeal');
    expect(attributeLabel('money:raised')).toBe('amount raised');
    expect(attributeLabel('money:borrowed')).toBe('amount borrowed');
  });

  describe('look-alikes that must not conflict', () => {
    const raised = 'Fenwick Hospice raised £48,000 through its summer appeal.';
    it('a target, a hope or a forecast against the sum raised (letter, press release)', () => {
      expect(conflicts(raised, 'Fenwick Hospice aims to raise £60,000 through its summer appeal.')).toEqual([]);
      expect(conflicts(raised, 'Fenwick Hospice hopes its summer appeal will raise £60,000.')).toEqual([]);
      expect(conflicts(raised, 'Fenwick Hospice expects to raise £60,000 through its summer appeal.')).toEqual([]);
    });

    it('two drives, or no drive against a drive (news)', () => {
      expect(conflicts(raised, 'Fenwick Hospice raised £350,000 in a share offer.')).toEqual([]);
      expect(conflicts(raised, 'Fenwick Hospice raised £1.2m last year.')).toEqual([]);
    });

    it('another year (annual review)', () => {
      expect(conflicts('In 2023 Fenwick Hospice raised £48,000 through its summer appeal.', 'In 2025 Fenwick Hospice raised £61,000 through its summer appeal.')).toEqual([]);
    });

    it('a rate, a part of the sum, "up to", a denial (comments, minutes)', () => {
      expect(figures('Fenwick Hospice raises £5,000 a month through its shop appeal.')).toEqual([]);
      expect(figures('Fenwick Hospice raised £20,000 of the total through its appeal.')).toEqual([]);
      expect(figures('Fenwick Hospice could raise up to £60,000 through its appeal.')).toEqual([]);
      expect(figures('Fenwick Hospice did not raise £60,000 through its appeal, whatever the post says.')).toEqual([]);
    });

    it('money others raised for the body, and raised against borrowed', () => {
      expect(figures('Local runners raised £5,000 for Fenwick Hospice through an appeal.')).toEqual([]);
      expect(conflicts('Tarnside Transport raised £12m.', 'Tarnside Transport borrowed £9m.')).toEqual([]);
    });

    it('the same sum for two bodies', () => {
      expect(conflicts(raised, 'Holm Community Energy raised £61,000 through its summer appeal.')).toEqual([]);
    });
  });
});

describe('things a body has, keyed by the state they are counted in', () => {
  it('reads a backlog told four ways: present, past with "it", a qualifier, a month (tenants’ letter, ombudsman, news, minutes)', () => {
    expectParaphrases(
      [
        'Kestrel Housing Trust has 1,200 repairs outstanding.',
        'Kestrel Housing Trust wrote to us last week. It had 1,200 repairs outstanding across its stock.',
        'Kestrel Housing Trust has about 1,200 repairs outstanding today.',
        'Kestrel Housing Trust now has 1,200 repairs pending.',
      ],
      'org:kestrel-housing-trust',
      'count:repair outstanding',
      1200,
      (text) => text.replace('1,200', '2,900'),
    );
  });

  it('reads jobs on site and posts vacant (press release, news, Hansard, board papers)', () => {
    expectParaphrases(
      ['Fellgate Hospital Trust supports 1,850 jobs on site.', 'Fellgate Hospital Trust has 1,850 jobs on site.', 'Last year Fellgate Hospital Trust supported 1,850 jobs on site.', 'Fellgate Hospital Trust, the county’s largest employer, supports about 1,850 jobs on site.'],
      'org:fellgate-hospital-trust',
      'count:job on site',
      1850,
      (text) => text.replace('1,850', '1,100'),
    );
    expectParaphrases(
      ['Oakmere Academy Trust has 40 posts vacant.', 'Oakmere Academy Trust had 40 posts unfilled.', 'Oakmere Academy Trust has about 40 posts vacant.', 'Oakmere Academy Trust holds 40 posts vacant.'],
      'org:oakmere-academy-trust',
      'count:post vacant',
      40,
      (text) => text.replace('40', '90'),
    );
  });

  it('words the attribute for a reader', () => {
    expect(attributeLabel('count:repair outstanding')).toBe('number of repairs outstanding');
    expect(attributeLabel('count:job on site')).toBe('number of jobs on site');
    expect(attributeLabel('count:post vacant')).toBe('number of posts vacant');
  });

  describe('look-alikes that must not conflict', () => {
    const backlog = 'Kestrel Housing Trust has 1,200 repairs outstanding.';
    it('a subset against the whole backlog (ombudsman, news)', () => {
      expect(conflicts(backlog, 'Kestrel Housing Trust has 300 damp repairs outstanding.')).toEqual([]);
      expect(conflicts(backlog, 'Kestrel Housing Trust has 300 repairs overdue.')).toEqual([]);
    });

    it('a backlog against all repairs done, and jobs on site against all jobs (press release)', () => {
      expect(conflicts(backlog, 'Kestrel Housing Trust carried out 9,000 repairs last year.')).toEqual([]);
      expect(conflicts('Fellgate Hospital Trust supports 1,850 jobs on site.', 'Fellgate Hospital Trust supports 4,000 jobs across the county.')).toEqual([]);
    });

    it('two different years', () => {
      expect(conflicts('In 2023 Kestrel Housing Trust had 1,200 repairs outstanding.', 'In 2025 Kestrel Housing Trust had 400 repairs outstanding.')).toEqual([]);
    });

    it('a target or a plan against the backlog, and "up to" against a figure inside its range', () => {
      expect(figures('Kestrel Housing Trust will have 300 repairs outstanding by March.')).toEqual([]);
      expect(conflicts(backlog, 'Kestrel Housing Trust has up to 1,300 repairs outstanding.')).toEqual([]);
    });

    it('the same figure for two bodies, and homes empty against all homes', () => {
      expect(conflicts(backlog, 'Brantmoor Homes has 2,900 repairs outstanding.')).toEqual([]);
      expect(conflicts('Brantmoor Homes has 4,000 homes.', 'Brantmoor Homes has 300 homes empty.')).toEqual([]);
    });
  });
});

describe('a workforce reduced by a number of posts is a cut of jobs', () => {
  const cuts = (text: string): Array<[string, string, number]> =>
    extractClaims(text, tagEntities(text, NAMES))
      .filter((c) => c.attribute.startsWith('count:job-cut') && c.value.kind === 'number')
      .map((c) => [c.subject, c.attribute, c.value.kind === 'number' ? c.value.value : NaN]);
  const cutConflicts = (a: string, b: string) =>
    conflictsAmongSources([
      { doc: 'a.txt', claims: extractClaims(a, tagEntities(a, NAMES)) },
      { doc: 'b.txt', claims: extractClaims(b, tagEntities(b, NAMES)) },
    ]).filter((c) => c.attribute.startsWith('count:job-cut'));

  it('reads one cut told five ways (news, board minutes, trade press, press release) and meets "cut N jobs"', () => {
    const paraphrases = [
      'Fellgate Hospital Trust will reduce its headcount by 60 posts.',
      'Fellgate Hospital Trust\nMinutes of the Board\n\nThe Board approved the proposal to reduce staffing by 60 full-time equivalent posts.',
      'Fellgate Hospital Trust is to cut its workforce by 60 roles over two years.',
      'Fellgate Hospital Trust has proposed a reduction of 60 FTE posts.',
      'Oakmere Academy Trust said on Monday that it would not close schools. Fellgate Hospital Trust plans a reduction in staffing of 60 posts.',
    ];
    for (const text of paraphrases) expect(cuts(text), text).toEqual([['org:fellgate-hospital-trust', 'count:job-cut', 60]]);
    for (const text of paraphrases) expect(cutConflicts(text, 'Fellgate Hospital Trust plans to cut 110 jobs.').map((c) => c.attribute), text).toEqual(['count:job-cut']);
  });

  it('keeps a cut already made apart from one to come', () => {
    expect(cuts('Fellgate Hospital Trust reduced its workforce by 40 posts last year.')).toEqual([['org:fellgate-hospital-trust', 'count:job-cut-made', 40]]);
    expect(cutConflicts('Fellgate Hospital Trust reduced its workforce by 40 posts last year.', 'Fellgate Hospital Trust will reduce its headcount by 60 posts.')).toEqual([]);
  });

  it('reads a reduction told as made ("made a reduction of", "a reduction of N posts was achieved") as a cut already made', () => {
    for (const text of [
      'Fellgate Hospital Trust made a reduction of 40 posts in 2021.',
      'Fellgate Hospital Trust has already achieved a reduction of 40 posts.',
      'The union said Fellgate Hospital Trust had made a reduction of 40 posts.',
      'A reduction of 40 posts at Fellgate Hospital Trust was completed last year.',
    ]) expect(cuts(text), text).toEqual([['org:fellgate-hospital-trust', 'count:job-cut-made', 40]]);
    expect(cuts('Fellgate Hospital Trust will have made a reduction of 40 posts by 2027.')).toEqual([['org:fellgate-hospital-trust', 'count:job-cut', 40]]);
    expect(cutConflicts('Fellgate Hospital Trust had made a reduction of 40 posts.', 'Fellgate Hospital Trust will reduce its headcount by 60 posts.')).toEqual([]);
  });

  it('look-alikes: a part of the workforce, a share, a sum, a cut only possible or rejected, another body’s cut', () => {
    expect(cuts('Fellgate Hospital Trust will reduce agency staff by 20 posts.')).toEqual([]);
    expect(cuts('Fellgate Hospital Trust will reduce staffing by 10%.')).toEqual([]);
    expect(cuts('Fellgate Hospital Trust will reduce staffing costs by £2m.')).toEqual([]);
    expect(cuts('Fellgate Hospital Trust could reduce staffing by 60 posts.')).toEqual([]);
    expect(cuts('Fellgate Hospital Trust\nMinutes\n\nThe Board rejected a proposal to reduce staffing by 60 posts.')).toEqual([]);
    expect(cuts('Fellgate Hospital Trust\nMinutes\n\nThe Board noted the plan by Wendle Courts Service to reduce staffing by 30 posts.')).toEqual([]);
    expect(cuts('Fellgate Hospital Trust\nMinutes\n\nThe Board noted that Wendle Courts Service will reduce staffing by 30 posts.')).toEqual([
      ['org:wendle-courts-service', 'count:job-cut', 30],
    ]);
  });
});

describe('the people who work on a body’s site are its jobs on site', () => {
  it('reads one site workforce told four ways (press release, consultant’s article, news, report) on one key', () => {
    expectParaphrases(
      [
        'Fellgate Hospital Trust supports 1,850 jobs on site.',
        'About 1,850 people work on the Fellgate Hospital Trust site, including contractors and shops.',
        'Some 1,850 staff are based at Fellgate Hospital Trust’s site.',
        'Fellgate Hospital Trust is expanding. Around 1,850 people now work on site at the trust.',
        'Fellgate Hospital Trust has new wards. About 1,850 people work on the trust site, nurses and porters alike.',
      ],
      'org:fellgate-hospital-trust',
      'count:job on site',
      1850,
      (text) => text.replace('1,850', '1,100'),
    );
  });

  it('reads people who work at "the <kind>" as the staff of the body it stands for', () => {
    const staff = (text: string) => extractClaims(text, tagEntities(text, NAMES)).filter((c) => c.attribute === 'count:staff').map((c) => [c.subject, c.value.kind === 'number' ? c.value.value : NaN]);
    expect(staff('Oakmere Academy Trust runs nine schools. About 1,100 people work for the trust.')).toEqual([['org:oakmere-academy-trust', 1100]]);
  });

  it('reads "the <kind> site" as the site of the body of that kind named last (Hansard, news)', () => {
    const site = (text: string) => extractClaims(text, tagEntities(text, { ...NAMES, 'Corrow Airport': 'org:corrow-airport' })).filter((c) => c.attribute === 'count:job on site').map((c) => [c.subject, c.value.kind === 'number' ? c.value.value : NaN]);
    expect(site('Corrow Airport handled a million passengers. About 1,100 people work on the airport site.')).toEqual([['org:corrow-airport', 1100]]);
    // no airport named: the site is no one's
    expect(site('Fellgate Hospital Trust is busy. About 1,100 people work on the airport site.')).toEqual([]);
  });

  it('look-alikes: the body’s own staff anywhere against everyone on its site, "up to"', () => {
    expect(conflicts('Fellgate Hospital Trust supports 1,850 jobs on site.', 'About 4,000 people work for Fellgate Hospital Trust.')).toEqual([]);
    expect(figures('Managers say up to 1,100 people work on the Fellgate Hospital Trust site.')).toEqual([]);
  });
});
