// One fact told by two sources in two sentence shapes must meet as a conflict when the values
// differ; the look-alikes (another year, another body, a past post, a seat beside a post) must not.
// The shapes here are the ones the paraphrase pairs (test/fixtures/paraphrases/) showed unread:
//   a post owned by an untagged body's possessive    "Greyhill Academy Trust's finance director Omar Sheikh"
//   a post told in the passive                       "Greyhill Academy Trust is chaired by Omar Sheikh"
//   money given, told by the giver or possessively   "Y gave X a £200,000 loan", "Y lent £900,000 to X",
//                                                    "X's £1.2m loan from Y", "Y's grant of £80,000 to X"
//   a state dated by "By <date>" opening a sentence  "By 2024 X employed 48 staff"
//   an event noun dated by the year before it        "the 2016 merger of X and Y", "its 2015 closure"
//   owners named by a possessive pronoun and a noun  "X is owned by its members", "owned by their own staff"
//   owing nothing against a loan                     "X is debt-free", "X owes nothing" / "X has a £40,000 loan",
//                                                    "X took out a £90,000 loan to buy the panels"
// Each text goes through the whole engine (recognisers, then claims). Every name is invented.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../../server/src/engine/analyse';
import { conflictsAmongSources } from './conflictsAmong';

/** True when a conflict holds a claim from each text. */
function conflictBetween(a: string, b: string): boolean {
  const conflicts = conflictsAmongSources([
    { doc: 'a', claims: analyse(a).claims },
    { doc: 'b', claims: analyse(b).claims },
  ]);
  return conflicts.some((c) => c.claims.some((x) => x.doc === 'a') && c.claims.some((x) => x.doc === 'b'));
}

function specify(title: string, conflicting: Array<[string, string]>, lookAlikes: Array<[string, string, string]>): void {
  describe(title, () => {
    for (const [a, b] of conflicting) it(`conflict: «${a}» / «${b}»`, () => expect(conflictBetween(a, b)).toBe(true));
    for (const [a, b, because] of lookAlikes) it(`no conflict (${because}): «${a}» / «${b}»`, () => expect(conflictBetween(a, b)).toBe(false));
  });
}

specify(
  'a post owned by the possessive of a body the recognisers did not tag is held at that body',
  [
    ["Greyhill Academy Trust's finance director Omar Sheikh said the budget was balanced.", 'Omar Sheikh, chief executive of Greyhill Academy Trust, said the budget was balanced.'],
    ["Fenby Bus Company's managing director, Jane Orr, said fares would rise.", 'Jane Orr, operations manager at Fenby Bus Company, said fares would rise.'],
    ["Moorside Community Hospital's medical director Dr Lena Fox welcomed the report.", 'Dr Lena Fox, chief executive of Moorside Community Hospital, welcomed the report.'],
    ["Avon Riverside Housing's chair, Tom Reed, said rents would be frozen.", 'Tom Reed, treasurer of Avon Riverside Housing, said rents would be frozen.'],
    ["Holt Energy Co-operative's secretary Ruth Lane opened the meeting.", 'Ruth Lane, chair of Holt Energy Co-operative, opened the meeting.'],
  ],
  [
    ["Labour's leader Sam Ray spoke at the rally.", 'Sam Ray, chair of Holt Energy Co-operative, spoke at the rally.', 'a one-word possessive may be a party or a place'],
    ["Greyhill Academy Trust's finance director Omar Sheikh said the budget was balanced.", 'Omar Sheikh, chair of Kelby Rugby Club, said the season was over.', 'posts at two bodies'],
    ["Jane Orr's deputy, Tom Lee, said fares would rise.", 'Tom Lee, chief executive of Fenby Bus Company, said fares would rise.', "a person's possessive names no body"],
    ["Avon Riverside Housing's chair, Tom Reed, said rents would be frozen.", 'Tom Reed, a trustee of Avon Riverside Housing, said rents would be frozen.', 'the chair sits among the trustees'],
  ],
);

specify(
  'a post told in the passive ("Y is chaired by X") is X\'s post at Y',
  [
    ['Greyhill Academy Trust is chaired by Omar Sheikh.', 'Omar Sheikh, treasurer of Greyhill Academy Trust, signed the accounts.'],
    ['Avon Riverside Housing Association has been chaired by Dr Ruth Lane since 2019.', 'Dr Ruth Lane, chief executive of Avon Riverside Housing Association, said rents would be frozen.'],
    ['Fenby Bus Company Ltd is managed by Jane Orr.', 'Jane Orr, finance director of Fenby Bus Company Ltd, said fares would rise.'],
    ['The board of Kelby Rugby Club, which is chaired by Dan Pryce, met on Monday.', 'Dan Pryce, secretary of Kelby Rugby Club, said the pitch was waterlogged.'],
  ],
  [
    ['Greyhill Academy Trust was chaired by Omar Sheikh until 2015.', 'Omar Sheikh, treasurer of Greyhill Academy Trust, signed the accounts.', 'a past post'],
    ['Greyhill Academy Trust is chaired by Omar Sheikh.', 'Omar Sheikh, treasurer of Kelby Rugby Club, signed the accounts.', 'posts at two bodies'],
    ['Greyhill Academy Trust is chaired by Omar Sheikh.', 'Omar Sheikh, a trustee of Greyhill Academy Trust, signed the accounts.', 'the chair sits among the trustees'],
  ],
);

specify(
  "money one body gives another is the recipient's money from the giver, however the giving is worded",
  [
    ['The Harwood Foundation has awarded Kelby Youth Theatre Ltd a grant of £45,000.', 'Kelby Youth Theatre Ltd received £60,000 from the Harwood Foundation.'],
    ['Stourford Borough Council gave Stourford Credit Union a £200,000 loan in 2023.', 'Stourford Credit Union has a £150,000 loan from Stourford Borough Council, taken out in 2023.'],
    ["Greyhill Academy Trust's £1.2m loan from the Education Funding Agency is due for repayment.", 'The Education Funding Agency lent £900,000 to Greyhill Academy Trust.'],
    ["The Moorland Energy Fund's grant of £80,000 to Holt Energy Co-operative paid for the panels.", 'Holt Energy Co-operative received £95,000 from the Moorland Energy Fund.'],
    ['Avon Riverside Housing Association has been lent £3m by Westmere County Council.', 'Westmere County Council lent Avon Riverside Housing Association £2.5m.'],
    ['The Ashdown Hospital Charity has given £250,000 to Moorside Hospital Trust.', 'Moorside Hospital Trust received £300,000 from the Ashdown Hospital Charity.'],
  ],
  [
    ['In 2021 the Harwood Foundation gave Kelby Youth Theatre Ltd a grant of £45,000.', 'In 2023 the Harwood Foundation gave Kelby Youth Theatre Ltd a grant of £70,000.', 'two years'],
    ['Stourford Borough Council gave Stourford Credit Union a £200,000 loan.', 'Stourford Borough Council gave Stourford Rugby Club a £90,000 loan.', 'two recipients'],
    ['The Harwood Foundation gave Kelby Youth Theatre Ltd a grant of £45,000.', 'The Ashdown Trust gave Kelby Youth Theatre Ltd a grant of £20,000.', 'two givers'],
    ['Holt Energy Co-operative paid Fenby Solar Ltd £400,000 for the panels.', 'Holt Energy Co-operative received £50,000 from Fenby Solar Ltd.', 'money each way'],
  ],
);

specify(
  '"By <date>" opening a sentence dates the state its clause tells',
  [['By 2024 Kelby Lido Trust employed 48 staff.', 'In 2024 Kelby Lido Trust employed 30 staff.']],
  [
    ['In 2019 Kelby Lido Trust employed 30 staff.', 'By 2024 Kelby Lido Trust employed 48 staff.', 'two years'],
    ['In March 2020 Avon Riverside Housing Association had 120 staff.', 'By March 2023, Avon Riverside Housing Association had 160 staff.', 'two years'],
    ['Greyhill Academy Trust had 900 pupils in 2018.', 'By 2022 Greyhill Academy Trust had 1,400 pupils.', 'two years'],
  ],
);

specify(
  'a loan, a mortgage or money borrowed is a debt, so owing nothing meets it',
  [
    ['Kelby Rugby Club is debt-free.', 'Kelby Rugby Club has a £40,000 loan from Stourford Borough Council.'],
    ['Avon Riverside Housing Association does not owe any money.', 'Avon Riverside Housing Association has a £2m mortgage on its offices.'],
    ['Greyhill Academy Trust has no debts.', 'Greyhill Academy Trust borrowed £300,000 from the Education Funding Agency.'],
    ['Holt Energy Co-operative owes nothing.', 'Holt Energy Co-operative took out a £90,000 loan to buy the panels.'],
  ],
  [
    ['Fenby Bus Company Ltd has no debts.', 'Fenby Bus Company Ltd received a £50,000 grant from Stourford Borough Council.', 'a grant is no debt'],
    ['Kelby Rugby Club has no loans.', 'Kelby Rugby Club owes £3,000 to its brewery.', 'no loans says nothing of other debts'],
    ['Kelby Rugby Club is debt-free.', 'Kelby Cricket Club has a £40,000 loan from Stourford Borough Council.', 'two bodies'],
    ['Kelby Rugby Club was debt-free in 2015.', 'In 2023 Kelby Rugby Club took out a £40,000 loan.', 'two years'],
    ['Tollbridge Homes Ltd has a £12 million loan from Orrin Bank.', 'Tollbridge Homes Ltd does not owe Pellam County Council a penny.', 'nothing owed to one creditor says nothing of another'],
  ],
);

specify(
  'an event told by its noun may carry its year before the noun, as a modifier',
  [
    ['Since the 2016 merger of Greyhill Academy Trust and Moorside Learning Trust, the schools have shared a head.', 'Greyhill Academy Trust merged with Moorside Learning Trust in 2018.'],
    ['Fenby Coaches Ltd blamed its 2015 closure on the council.', 'Fenby Coaches Ltd closed in 2017.'],
    ['Avon Riverside Housing Association marked the 1998 founding of Avon Riverside Housing Association with a party.', 'Avon Riverside Housing Association was founded in 2001.'],
  ],
  [
    ['Since the 2021 merger talks of Kelby Housing Association and Fenby Homes Ltd, little has changed.', 'Kelby Housing Association and Fenby Homes Ltd merged in 2023.', 'the year dates the talks'],
    ['Since the 2021 merger of Kelby Housing Association and Fenby Homes Ltd, rents have risen.', 'Kelby Housing Association merged with Stourford Homes Ltd in 2015.', 'another partner'],
    ['Fenby Coaches Ltd drew up its 2015 closure plan.', 'Fenby Coaches Ltd closed in 2017.', 'the year dates the plan'],
  ],
);

specify(
  '"owned by its members" names the owners (a class of people), not the body "its" stands for',
  [
    ['Kelby Community Energy Ltd is owned by its members.', 'Kelby Community Energy Ltd is owned by Fenby Power Group.'],
    ['Greyhill Bakery Ltd is owned by its staff.', 'Greyhill Bakery Ltd is a subsidiary of Sable Foods Ltd.'],
    ['Holt Brewery Ltd is owned by their own staff.', 'Holt Brewery Ltd is owned by Sable Drinks Ltd.'],
  ],
  [
    ['Fenby Dairy Ltd is owned by its members.', 'Fenby Dairy Ltd is a co-operative.', 'a members-owned body may be a co-operative'],
    ['Kelby Community Energy Ltd is owned by its members.', 'Kelby Solar Ltd is owned by Fenby Power Group.', 'two bodies'],
  ],
);
