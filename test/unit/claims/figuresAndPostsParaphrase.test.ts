// Figures about a body and who holds which post, said the many ways UK policy sources say them:
// press releases, news, blogs, annual reports and readers' comments. Each fact below is one claim;
// every wording of it must give that claim (subject, attribute, value) and nothing that says
// otherwise. The look-alikes share the words but say something else: they must not give the claim
// named, or, in a pair, the two claims must not conflict. A wording marked `gap` is one the claims
// do not read yet: it stays here as a test that fails once it is read (then drop the mark), so the
// specification says what is missing as well as what works. The texts go through the whole engine
// (recognisers, then claims), as a researcher's would; the posts' gaps today are names the
// recognisers do not take for a person without a cue ("Dr", "Ms", a title beside the name), so
// each such wording is kept twice: with a cue (read) and without (a gap). Every name is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { detectConflicts } from '../../../server/src/engine/claims/conflicts/index';
import type { Claim, SourcedClaim } from '../../../server/src/engine/types';

/** A wording the claims should read; `gap` marks one they do not read yet. */
type Way = string | { text: string; gap: true };

interface Fact {
  says: string;
  subject: string;
  attribute: string;
  /** A figure (GBP for money) or, for a post, the office key the title resolves to. */
  value: number | string;
  /** For a post: the person does not hold it. */
  denied?: true;
  ways: Way[];
}

interface LookAlike {
  text: string;
  /** Why it is not the claim. */
  because: string;
  /** The claim it must not give: subject ('*': any) and attribute, and the value when given. */
  not: { subject: string; attribute: string; value?: number | string };
}

interface Pair {
  texts: [string, string];
  /** Why the two do not contradict each other. */
  because: string;
}

const claimsOf = (text: string): Claim[] => analyse(text).claims;
const textOf = (way: Way): string => (typeof way === 'string' ? way : way.text);
const isGap = (way: Way): boolean => typeof way !== 'string';

function valueOf(c: Claim): number | string | undefined {
  if (c.value.kind === 'number') return c.value.value;
  if (c.value.kind === 'role') return c.value.office ?? c.value.title;
  return undefined;
}

/** True when the text gives the fact's claim. */
function reads(text: string, fact: Fact): boolean {
  return claimsOf(text).some(
    (c) =>
      c.subject === fact.subject &&
      c.attribute === fact.attribute &&
      valueOf(c) === fact.value &&
      (c.value.kind !== 'role' || (c.value.polarity === 'deny') === (fact.denied === true)),
  );
}

function conflictsBetween(a: string, b: string): number {
  const sourced: SourcedClaim[] = [...claimsOf(a).map((claim) => ({ doc: 'a', claim })), ...claimsOf(b).map((claim) => ({ doc: 'b', claim }))];
  return detectConflicts(sourced).length;
}

const FIGURE_FACTS: Fact[] = [
  {
    says: 'a body employs 1,250 people',
    subject: 'org:redmere-housing-trust',
    attribute: 'count:staff',
    value: 1250,
    ways: [
      'Redmere Housing Trust employs 1,250 people across the county.',
      'The 1,250 staff at Redmere Housing Trust were told of the cuts on Monday.',
      'Redmere Housing Trust has a workforce of 1,250.',
      'Redmere Housing Trust, which employs about 1,250, won the contract.',
      'The contract went to Redmere Housing Trust, which employs about 1,250 people.',
      'Our 1,250 colleagues at Redmere Housing Trust make this possible.',
      'Redmere Housing Trust, with 1,250 employees, is the largest provider in the area.',
      'I work for Redmere Housing Trust and all 1,250 of us got the same letter.',
      'I want to thank our 1,250 staff at Redmere Housing Trust.',
    ],
  },
  {
    says: 'a co-operative has 4,800 members',
    subject: 'org:wyndle-energy-co-operative',
    attribute: 'count:member',
    value: 4800,
    ways: [
      'Wyndle Energy Co-operative has 4,800 members.',
      'Wyndle Energy Co-operative, which has more than 4,800 members, will vote on the merger.',
      'The 4,800 members of Wyndle Energy Co-operative own the turbines.',
      'Wyndle Energy Co-operative now counts 4,800 members.',
      'Wyndle Energy Co-operative’s membership stands at 4,800.',
      'Wyndle Energy Co-operative has a membership of 4,800.',
    ],
  },
  {
    says: 'a supplier serves 22,000 customers',
    subject: 'org:wyndle-energy-co-operative',
    attribute: 'count:customer',
    value: 22000,
    ways: [
      'Wyndle Energy Co-operative serves 22,000 customers.',
      'Wyndle Energy Co-operative, which supplies 22,000 customers, raised its prices.',
      'The 22,000 customers of Wyndle Energy Co-operative will see bills rise.',
    ],
  },
  {
    says: 'an academy trust teaches 6,300 pupils',
    subject: 'org:calloway-learning-trust',
    attribute: 'count:pupil',
    value: 6300,
    ways: [
      'Calloway Learning Trust educates 6,300 pupils.',
      'Calloway Learning Trust, which teaches 6,300 pupils, was rated good.',
      'Calloway Learning Trust has 6,300 pupils on roll.',
      'The 6,300 pupils at Calloway Learning Trust sat the new tests.',
    ],
  },
  {
    says: 'an advice charity has 120 volunteers',
    subject: 'org:ashcombe-advice-centre',
    attribute: 'count:volunteer',
    value: 120,
    ways: [
      'Ashcombe Advice Centre has 120 volunteers.',
      'Ashcombe Advice Centre relies on 120 volunteers.',
      'The 120 volunteers at Ashcombe Advice Centre answered the calls.',
      'Ashcombe Advice Centre, with 120 volunteers, opens six days a week.',
    ],
  },
  {
    says: 'an investor put £30m into a body',
    subject: 'org:redmere-housing-trust',
    attribute: 'money:paid-by:org:orbiston',
    value: 30_000_000,
    ways: [
      'Orbiston Capital has invested £30m in Redmere Housing Trust.',
      'Orbiston Capital spent £30m on a stake in Redmere Housing Trust.',
      'Orbiston Capital’s £30m investment in Redmere Housing Trust was approved in May.',
      'Redmere Housing Trust received £30m from Orbiston Capital.',
      'Orbiston Capital put £30m into Redmere Housing Trust.',
    ],
  },
  {
    says: 'a bank lent a body £7m',
    subject: 'org:redmere-housing-trust',
    attribute: 'money:paid-by:org:hollins-bank',
    value: 7_000_000,
    ways: [
      'Hollins Bank lent Redmere Housing Trust £7m.',
      'Redmere Housing Trust took out a £7m loan from Hollins Bank.',
      'Redmere Housing Trust borrowed £7m from Hollins Bank.',
      'Hollins Bank’s £7m loan to Redmere Housing Trust is due in 2031.',
      'Redmere Housing Trust has a £7m loan from Hollins Bank.',
      'Redmere Housing Trust has secured £7m of funding from Hollins Bank.',
      'Hollins Bank has agreed to lend Redmere Housing Trust £7m.',
    ],
  },
  {
    says: 'a council granted a charity £250,000',
    subject: 'org:ashcombe-advice-centre',
    attribute: 'money:paid-by:local-authority',
    value: 250_000,
    ways: [
      'Stavenham Council granted Ashcombe Advice Centre £250,000.',
      'Stavenham Council gave Ashcombe Advice Centre £250,000.',
      'Ashcombe Advice Centre received a £250,000 grant from Stavenham Council.',
      'Ashcombe Advice Centre was awarded £250,000 by Stavenham Council.',
    ],
  },
  {
    says: 'a council faces an £18m deficit',
    subject: 'org:stavenham-council',
    attribute: 'money:deficit',
    value: 18_000_000,
    ways: [
      'Stavenham Council faces a deficit of £18m.',
      'Stavenham Council is facing an £18m deficit.',
      'Stavenham Council’s deficit stands at £18m.',
      'Stavenham Council has forecast an £18m deficit.',
    ],
  },
  {
    says: 'a hospital trust had a £44m deficit',
    subject: 'org:fellbrook-nhs-foundation-trust',
    attribute: 'money:deficit',
    value: 44_000_000,
    ways: [
      'Fellbrook NHS Foundation Trust’s deficit was £44m in 2024/25.',
      'Fellbrook NHS Foundation Trust reported a £44m deficit for 2024/25.',
      'Fellbrook NHS Foundation Trust posted a deficit of £44m for 2024/25.',
      'Fellbrook NHS Foundation Trust ended 2024/25 with a £44m deficit.',
    ],
  },
  {
    says: 'a council’s budget is £410m',
    subject: 'org:stavenham-council',
    attribute: 'money:budget',
    value: 410_000_000,
    ways: [
      'Stavenham Council’s budget is £410m.',
      'Stavenham Council has a budget of £410m.',
      'Stavenham Council set a £410m budget for 2025/26.',
      'Stavenham Council’s budget for 2025/26 is £410m.',
      'Stavenham Council’s 2025/26 budget is £410m.',
    ],
  },
];

const FIGURE_LOOK_ALIKES: LookAlike[] = [
  {
    text: 'Orbiston Capital has invested £30m in housing across the North.',
    because: 'a sum invested in a sector is no body’s receipt',
    not: { subject: '*', attribute: 'money:paid-by:org:orbiston' },
  },
  {
    text: 'Orbiston Capital has invested £30m in Redmere Housing Trust and Quillford Homes Group.',
    because: 'one figure for two bodies is neither body’s',
    not: { subject: 'org:redmere-housing-trust', attribute: 'money:paid-by:org:orbiston' },
  },
  {
    text: 'Redmere Housing Trust said 1,250 tenants had complained.',
    because: 'people who complained are not the body’s staff',
    not: { subject: 'org:redmere-housing-trust', attribute: 'count:staff' },
  },
  {
    text: 'Redmere Housing Trust aims to have 1,500 staff by 2030.',
    because: 'a target is not a count',
    not: { subject: 'org:redmere-housing-trust', attribute: 'count:staff', value: 1500 },
  },
  {
    text: 'Fellbrook NHS Foundation Trust has published a £44m deficit reduction plan.',
    because: 'a plan named after a deficit is not the deficit',
    not: { subject: 'org:fellbrook-nhs-foundation-trust', attribute: 'money:deficit' },
  },
  {
    text: 'Stavenham Council set a £60m capital budget for 2025/26.',
    because: 'a capital budget is one part of a budget',
    not: { subject: 'org:stavenham-council', attribute: 'money:budget' },
  },
  {
    text: 'Orbiston Capital spent £30m in Redmere Housing Trust’s shops.',
    because: 'money spent in a place is not money put into a body',
    not: { subject: '*', attribute: 'money:paid-by:org:orbiston' },
  },
  {
    text: 'Redmere Housing Trust is one of many landlords. Orbiston Capital said: “We have put more than £30m into this business.”',
    because: 'a recipient only referred to ("this business") is a guess',
    not: { subject: '*', attribute: 'money:paid-by:org:orbiston' },
  },
  {
    text: 'Redmere Housing Trust has a £7m contract from Hollins Bank to manage its offices.',
    because: 'a contract won is work paid for, not money lent or put in',
    not: { subject: 'org:redmere-housing-trust', attribute: 'money:paid-by:org:hollins-bank' },
  },
  {
    text: 'All 1,250 of us in the village signed the petition against Redmere Housing Trust.',
    because: 'a writer’s "us" is a body’s staff only when the writer says they work there',
    not: { subject: 'org:redmere-housing-trust', attribute: 'count:staff' },
  },
  {
    text: 'I work for Redmere Housing Trust. My sister works at Hollins Bank, where 400 of us were laid off.',
    because: 'another body named between the writer’s employer and "us" leaves "us" unclear',
    not: { subject: 'org:redmere-housing-trust', attribute: 'count:staff' },
  },
  {
    text: 'Orbiston Capital has invested £30m in Redmere Housing Trust, Quillford Homes Group and two other landlords.',
    because: 'a figure for a list of bodies is no one body’s',
    not: { subject: 'org:redmere-housing-trust', attribute: 'money:paid-by:org:orbiston' },
  },
  {
    text: 'Stavenham Council has a £410m budget gap to close by 2030.',
    because: 'a budget gap is not the budget',
    not: { subject: 'org:stavenham-council', attribute: 'money:budget' },
  },
  {
    text: 'Like Wyndle Energy Co-operative, our membership is about 3,300.',
    because: '"our membership" is the writer’s, not the body named before it',
    not: { subject: 'org:wyndle-energy-co-operative', attribute: 'count:member' },
  },
  {
    text: 'Wyndle Energy Co-operative grew from 900 members to 4,800.',
    because: 'the figure a count grew from is not the count now',
    not: { subject: 'org:wyndle-energy-co-operative', attribute: 'count:member', value: 900 },
  },
];

const FIGURE_PAIRS: Pair[] = [
  {
    texts: ['Wyndle Energy Co-operative has more than 4,800 members.', 'Wyndle Energy Co-operative has 5,200 members.'],
    because: '"more than 4,800" allows 5,200',
  },
  {
    texts: ['Redmere Housing Trust employed 1,250 people in 2024.', 'Redmere Housing Trust employed 900 people in 2015.'],
    because: 'a figure of another year',
  },
  {
    texts: ['Redmere Housing Trust employs 1,250 people.', 'Housing associations in the county employ 9,000 people, Redmere Housing Trust said.'],
    because: 'a sector-wide figure is not the body’s',
  },
  {
    texts: ['Stavenham Council faces a deficit of £18m in 2025/26.', 'Stavenham Council faces a deficit of £31m in 2027/28.'],
    because: 'deficits of two years',
  },
  {
    texts: ['Redmere Housing Trust employs 1,250 people.', 'Redmere Housing Trust’s 400 support workers voted to strike.'],
    because: 'part of a workforce is not the whole of it',
  },
];

const POST_FACTS: Fact[] = [
  {
    says: 'a person is chief executive of a body',
    subject: 'person:miriam-tolland',
    attribute: 'role',
    value: 'office:chief-executive@org:redmere-housing-trust',
    ways: [
      'Miriam Tolland, chief executive of Redmere Housing Trust, said the cuts were unavoidable.',
      'Redmere Housing Trust’s chief executive Miriam Tolland said the cuts were unavoidable.',
      'Redmere Housing Trust chief executive Miriam Tolland said the cuts were unavoidable.',
      'Dr Miriam Tolland, Redmere Housing Trust’s chief executive, said the cuts were unavoidable.',
      'Dr Miriam Tolland is chief executive of Redmere Housing Trust.',
      'Dr Miriam Tolland was appointed chief executive of Redmere Housing Trust in 2022.',
      'Dr Miriam Tolland has been appointed as the new chief executive of Redmere Housing Trust.',
      'Dr Miriam Tolland joins Redmere Housing Trust as chief executive from Hollins Bank.',
      'Miriam Tolland, Redmere Housing Trust’s chief executive, said the cuts were unavoidable.',
      { text: 'Miriam Tolland is chief executive of Redmere Housing Trust.', gap: true },
    ],
  },
  {
    says: 'a person chairs a body',
    subject: 'person:gareth-penrose',
    attribute: 'role',
    value: 'office:chair@org:redmere-housing-trust',
    ways: [
      'Gareth Penrose, chair of Redmere Housing Trust, backed the plan.',
      'Gareth Penrose, who chairs Redmere Housing Trust, backed the plan.',
      'Gareth Penrose, who has chaired Redmere Housing Trust since 2019, backed the plan.',
      'Gareth Penrose took over as chair of Redmere Housing Trust in May.',
      'Gareth Penrose was appointed chair of Redmere Housing Trust in May.',
      'Gareth Penrose became chair of Redmere Housing Trust in May.',
    ],
  },
  {
    says: 'a person is a body’s finance director',
    subject: 'person:alys-dunmore',
    attribute: 'role',
    value: 'title:director finance@org:redmere-housing-trust',
    ways: [
      'Alys Dunmore, director of finance at Redmere Housing Trust, presented the accounts.',
      'Ms Alys Dunmore, Redmere Housing Trust’s director of finance, presented the accounts.',
      'Ms Alys Dunmore is director of finance at Redmere Housing Trust.',
    ],
  },
  {
    says: 'a person leads a council',
    subject: 'person:helen-marwick',
    attribute: 'role',
    value: 'title:leader@org:stavenham-council',
    ways: [
      'Helen Marwick, leader of Stavenham Council, welcomed the decision.',
      'Stavenham Council leader Helen Marwick welcomed the decision.',
      'Helen Marwick, Stavenham Council’s leader, welcomed the decision.',
      'Helen Marwick is leader of Stavenham Council.',
    ],
  },
  {
    says: 'a person is deputy director of a body',
    subject: 'person:priya-castellan',
    attribute: 'role',
    value: 'title:deputy director@org:ashcombe-advice-centre',
    ways: [
      'Priya Castellan is the deputy director of Ashcombe Advice Centre, not the director.',
      'Priya Castellan is deputy director at Ashcombe Advice Centre.',
      'Priya Castellan, deputy director of Ashcombe Advice Centre, gave evidence.',
      'Priya Castellan, Ashcombe Advice Centre’s deputy director, gave evidence.',
    ],
  },
  {
    says: 'a person no longer chairs a body',
    subject: 'person:tobias-wren',
    attribute: 'role',
    value: 'office:chair@org:wyndle-energy-co-operative',
    denied: true,
    ways: [
      'Mr Tobias Wren stepped down as chair of Wyndle Energy Co-operative in March.',
      'Mr Tobias Wren resigned as chair of Wyndle Energy Co-operative in March.',
      'Mr Tobias Wren is no longer chair of Wyndle Energy Co-operative.',
      { text: 'Tobias Wren stepped down as chair of Wyndle Energy Co-operative in March.', gap: true },
    ],
  },
  {
    says: 'a body appoints a person its chair',
    subject: 'person:nadia-fairweather',
    attribute: 'role',
    value: 'office:chair@org:calloway-learning-trust',
    ways: [
      'Calloway Learning Trust has appointed Dr Nadia Fairweather as its new chair.',
      'Calloway Learning Trust named Dr Nadia Fairweather chair in May.',
      'Nadia Fairweather, chair of Calloway Learning Trust, wrote to parents.',
      'Dr Nadia Fairweather, who chairs Calloway Learning Trust, wrote to parents.',
      'Calloway Learning Trust has appointed Nadia Fairweather as chair.',
    ],
  },
  {
    says: 'a person is a council’s chief executive',
    subject: 'person:mark-oduya',
    attribute: 'role',
    value: 'office:chief-executive@org:stavenham-council',
    ways: [
      'Stavenham Council’s chief executive, Mark Oduya, wrote to staff.',
      'Mark Oduya, chief executive at Stavenham Council, wrote to staff.',
      'Stavenham Council chief executive Mark Oduya wrote to staff.',
      'Mark Oduya, Stavenham Council chief executive, wrote to staff.',
    ],
  },
  {
    says: 'a councillor holds a portfolio',
    subject: 'person:oren-castleby',
    attribute: 'role',
    value: 'title:cabinet member housing@org:stavenham-council',
    ways: [
      'Cllr Oren Castleby, cabinet member for housing at Stavenham Council, said the plan would go ahead.',
      { text: 'Stavenham Council’s cabinet member for housing, Oren Castleby, said the plan would go ahead.', gap: true },
      { text: 'Oren Castleby, who holds the housing brief at Stavenham Council, said the plan would go ahead.', gap: true },
    ],
  },
  {
    says: 'a person is a minister',
    subject: 'person:ruth-calloway',
    attribute: 'role',
    value: 'office:housing-minister',
    ways: [
      'Housing Minister Ruth Calloway announced the fund.',
      'Ruth Calloway, the housing minister, announced the fund.',
      'Ruth Calloway, Minister for Housing, announced the fund.',
    ],
  },
  {
    says: 'a person is a charity’s treasurer',
    subject: 'person:alys-dunmore',
    attribute: 'role',
    value: 'title:treasurer@org:ashcombe-advice-centre',
    ways: [
      'Ms Alys Dunmore, treasurer of Ashcombe Advice Centre, spoke.',
      'Ms Alys Dunmore, who is treasurer of Ashcombe Advice Centre, spoke.',
      'Ms Alys Dunmore is Ashcombe Advice Centre’s treasurer.',
      'Ashcombe Advice Centre has elected Ms Alys Dunmore as treasurer.',
    ],
  },
];

const POST_LOOK_ALIKES: LookAlike[] = [
  {
    text: 'Tobias Wren, the former chair of Wyndle Energy Co-operative, spoke at the meeting.',
    because: 'a former post is not held now',
    not: { subject: 'person:tobias-wren', attribute: 'role', value: 'office:chair@org:wyndle-energy-co-operative' },
  },
  {
    text: 'Mr Tobias Wren, who chaired Wyndle Energy Co-operative until March, spoke at the meeting.',
    because: 'a post held until a date is a past post',
    not: { subject: 'person:tobias-wren', attribute: 'role', value: 'office:chair@org:wyndle-energy-co-operative' },
  },
  {
    text: 'Mr Gareth Penrose met the chair of Redmere Housing Trust on Monday.',
    because: 'a person who met the chair is not the chair',
    not: { subject: 'person:gareth-penrose', attribute: 'role', value: 'office:chair@org:redmere-housing-trust' },
  },
  {
    text: 'Mr Gareth Penrose is expected to become chair of Redmere Housing Trust next year.',
    because: 'a post to come is not held now',
    not: { subject: 'person:gareth-penrose', attribute: 'role', value: 'office:chair@org:redmere-housing-trust' },
  },
  {
    text: 'Mr Gareth Penrose will take over as chair of Redmere Housing Trust next year.',
    because: 'a post to be taken up is not held now',
    not: { subject: 'person:gareth-penrose', attribute: 'role', value: 'office:chair@org:redmere-housing-trust' },
  },
  {
    text: 'Mr Gareth Penrose is a former chair of Redmere Housing Trust.',
    because: 'a former post stated with "is" is still a former post',
    not: { subject: 'person:gareth-penrose', attribute: 'role', value: 'office:chair@org:redmere-housing-trust' },
  },
  {
    text: 'Mr Gareth Penrose is chair of Redmere Housing Trust’s audit committee.',
    because: 'the chair of a body’s committee is not the body’s chair',
    not: { subject: 'person:gareth-penrose', attribute: 'role', value: 'office:chair@org:redmere-housing-trust' },
  },
  {
    text: 'Mr Gareth Penrose is the chair’s adviser at Redmere Housing Trust.',
    because: 'the chair’s adviser is not the chair',
    not: { subject: 'person:gareth-penrose', attribute: 'role', value: 'office:chair@org:redmere-housing-trust' },
  },
];

const POST_PAIRS: Pair[] = [
  {
    texts: ['Miriam Tolland, chief executive of Redmere Housing Trust, spoke.', 'Redmere Housing Trust CEO Miriam Tolland spoke.'],
    because: 'two wordings of one office',
  },
  {
    texts: ['Ms Alys Dunmore, Redmere Housing Trust’s finance director, spoke.', 'Ms Alys Dunmore is director of finance at Redmere Housing Trust.'],
    because: 'one office with its words in another order',
  },
  {
    texts: ['Tobias Wren, the former chair of Wyndle Energy Co-operative, spoke.', 'Tobias Wren, a trustee of Wyndle Energy Co-operative, spoke.'],
    because: 'a former post beside a current one',
  },
  {
    texts: ['Gareth Penrose, chair of Redmere Housing Trust, spoke.', 'Gareth Penrose, chair of Quillford Homes Group, spoke.'],
    because: 'one person may chair two bodies',
  },
  {
    texts: ['Priya Castellan, chair of Ashcombe Advice Centre, gave evidence.', 'Priya Castellan, a trustee of Ashcombe Advice Centre, gave evidence.'],
    because: 'a chair sits among the trustees',
  },
  {
    texts: ['Miriam Tolland, interim chief executive of Redmere Housing Trust, spoke.', 'Miriam Tolland, chief executive of Redmere Housing Trust, spoke.'],
    because: 'an interim chief executive holds the post',
  },
];

function specify(family: string, facts: Fact[], lookAlikes: LookAlike[], pairs: Pair[]): void {
  describe(family, () => {
    for (const fact of facts) {
      describe(fact.says, () => {
        for (const way of fact.ways) {
          const text = textOf(way);
          if (isGap(way)) it.fails(`(gap) reads: ${text}`, () => expect(reads(text, fact)).toBe(true));
          else it(`reads: ${text}`, () => expect(reads(text, fact)).toBe(true));
        }
      });
    }
    describe('look-alikes give no such claim', () => {
      for (const look of lookAlikes) {
        it(`${look.because}: ${look.text}`, () => {
          const found = claimsOf(look.text).filter(
            (c) => (look.not.subject === '*' || c.subject === look.not.subject) && c.attribute === look.not.attribute && (look.not.value === undefined || valueOf(c) === look.not.value),
          );
          expect(found).toEqual([]);
        });
      }
    });
    describe('pairs that do not conflict', () => {
      for (const pair of pairs) it(`${pair.because}: "${pair.texts[0]}" / "${pair.texts[1]}"`, () => expect(conflictsBetween(...pair.texts)).toBe(0));
    });
  });
}

specify('figures about a body', FIGURE_FACTS, FIGURE_LOOK_ALIKES, FIGURE_PAIRS);
specify('who holds which post', POST_FACTS, POST_LOOK_ALIKES, POST_PAIRS);

describe('conflicts across wordings', () => {
  it('sets a figure said one way against another figure said another way', () => {
    expect(conflictsBetween('Redmere Housing Trust employs 1,250 people.', 'The 900 staff at Redmere Housing Trust were told on Monday.')).toBe(1);
  });
  it('sets a commenter who works at a body, counting "us", against the body’s own figure', () => {
    const comment = 'I have worked at Redmere Housing Trust for nine years. There are fewer than 900 of us now.';
    expect(conflictsBetween('Redmere Housing Trust employs 1,250 people.', comment)).toBe(1);
  });
  it('sets a chief executive against a finance director of the same body, whichever way each is said', () => {
    expect(conflictsBetween('Redmere Housing Trust has appointed Dr Miriam Tolland as chief executive.', 'Ms Miriam Tolland is director of finance at Redmere Housing Trust.')).toBe(1);
  });
  it('sets a chair against a deputy chair of the same body', () => {
    expect(conflictsBetween('Gareth Penrose, chair of Redmere Housing Trust, spoke.', 'Gareth Penrose, deputy chair of Redmere Housing Trust, spoke.')).toBe(1);
  });
});
