// A yes/no fact with one shape: a thing of a general class (a loan, a mortgage, redundancies, a
// finding of maladministration) exists for a body, or it does not. The denial ("has no loans",
// "there will be no compulsory redundancies", "has never had a finding of …") and the affirmation
// (a count or sum of the thing, "a finding of … against X", "there was … by X") are keyed alike, by
// the body and the thing's head noun, so they meet as a negation however each is worded. Every
// name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { claimSentence } from '../../../server/src/lsp/claimSentences';
import { attributeLabel } from '../../../server/src/lsp/labels';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Marlow Vale Hospice': 'org:marlow-vale-hospice',
  'Brenmoor Academy Trust': 'org:brenmoor-academy-trust',
  'Kellsby Water': 'org:kellsby-water',
  'Kellsby Community Energy': 'org:kellsby-energy',
  'Orrin Bank': 'org:orrin-bank',
  'Yardley Homes': 'org:yardley-homes',
  'Local Government Ombudsman': 'org:lgo',
  'Danecourt Radio': 'org:danecourt-radio',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const facts = (text: string): string[] =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('exists:') && c.value.kind === 'category')
    .map((c) => `${c.subject} ${c.attribute} ${c.value.kind === 'category' ? c.value.polarity : ''}`);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));
const negations = (...texts: string[]): Conflict[] => conflictsAmong(...texts).filter((c) => c.claims.some((s) => s.claim.attribute.startsWith('exists:')));

describe('a thing denied to exist for a body', () => {
  it('reads "has no", "never had a", "not … any" and "there will be no" as a denial of the thing for the clause’s body', () => {
    for (const text of [
      'Kellsby Community Energy has no loans: the turbines were paid for by members.',
      'Kellsby Community Energy has never had a loan from anyone.',
      'Kellsby Community Energy has not taken out any loans.',
      'Kellsby Community Energy carries no debt and has no loans.',
    ]) {
      expect(facts(text), text).toContain('org:kellsby-energy exists:loan deny');
    }
  });

  it('keeps the modifier of a denied thing, so that "no compulsory redundancies" denies only compulsory ones', () => {
    for (const text of [
      'Brenmoor Academy Trust said there will be no compulsory redundancies.',
      'Brenmoor Academy Trust has made no compulsory redundancies since 2019.',
      'Brenmoor Academy Trust will have no compulsory redundancies.',
    ]) {
      expect(facts(text), text).toEqual(['org:brenmoor-academy-trust exists:compulsory-redundancy deny']);
    }
  });

  it('reads a denial with no body in its sentence as the body the text speaks for, or else the one it names most', () => {
    const minutes = 'Brenmoor Academy Trust\nMinutes of the board, 3 March 2025\nThe chief executive confirmed that there will be no compulsory redundancies.';
    expect(facts(minutes)).toEqual(['org:brenmoor-academy-trust exists:compulsory-redundancy deny']);
  });

  it('reads "never had a finding of severe maladministration" as a denial of severe maladministration', () => {
    expect(facts('Yardley Homes has never had a finding of severe maladministration.')).toEqual(['org:yardley-homes exists:severe-maladministration deny']);
  });
});

describe('a thing affirmed to exist for a body', () => {
  it('reads a sum or a count of the thing as its existence, keyed by its modifier and by its head', () => {
    expect(facts('Marlow Vale Hospice’s new wing is backed by a £2 million bank loan from Orrin Bank.')).toEqual([
      'org:marlow-vale-hospice exists:bank-loan affirm',
      'org:marlow-vale-hospice exists:loan affirm',
    ]);
    expect(facts('Brenmoor Academy Trust approved 40 job cuts, including up to 12 compulsory redundancies.')).toEqual([
      'org:brenmoor-academy-trust exists:job-loss affirm',
      'org:brenmoor-academy-trust exists:compulsory-redundancy affirm',
      'org:brenmoor-academy-trust exists:redundancy affirm',
    ]);
  });

  it('reads the body a finding is against, or by, as the one it is about, not the finder', () => {
    for (const text of [
      'The Local Government Ombudsman made a finding of severe maladministration against Yardley Homes.',
      'In its report the Local Government Ombudsman said there was severe maladministration by Yardley Homes.',
    ]) {
      expect(facts(text), text).toContain('org:yardley-homes exists:severe-maladministration affirm');
      expect(facts(text).some((f) => f.startsWith('org:lgo')), text).toBe(false);
    }
  });

  it('gives no claim where the body a finding is against is a phrase the engine does not know', () => {
    expect(facts('The Local Government Ombudsman found there was severe maladministration by the landlord.')).toEqual([]);
  });

  it('leaves a thing only sought, offered, supposed or proposed', () => {
    for (const text of [
      'Marlow Vale Hospice applied for a £2 million loan from Orrin Bank.',
      'Marlow Vale Hospice would need a £2 million loan if the appeal fails.',
      'Brenmoor Academy Trust is consulting on proposed redundancies.',
      'Brenmoor Academy Trust has no further redundancies planned.',
    ]) {
      expect(facts(text), text).toEqual([]);
    }
  });
});

describe('job losses and closures', () => {
  it('reads "no job losses" and "no closures" against a count of them, the modifier kept', () => {
    expect(facts('Marlow Vale Hospice said there would be no job losses.')).toEqual(['org:marlow-vale-hospice exists:job-loss deny']);
    expect(facts('Marlow Vale Hospice has promised there will be no job losses.')).toEqual(['org:marlow-vale-hospice exists:job-loss deny']);
    expect(facts('Marlow Vale Hospice confirmed 40 job cuts on Friday.')).toEqual(['org:marlow-vale-hospice exists:job-loss affirm']);
    const promise = 'Brenmoor Academy Trust, 2 May 2025. Brenmoor Academy Trust will have no school closures.';
    expect(negations(promise, 'Brenmoor Academy Trust, 6 May 2025. Brenmoor Academy Trust announced three school closures.').length).toBe(1);
    expect(negations(promise, 'Brenmoor Academy Trust, 6 May 2025. Brenmoor Academy Trust announced three library closures.')).toEqual([]);
  });
});

describe('a loan or a debt told by its verb', () => {
  it('reads not borrowing as having no loan, and not owing as having no debt', () => {
    for (const text of [
      'Kellsby Community Energy did not borrow a penny: members paid for everything.',
      'Kellsby Community Energy has never borrowed any money.',
      'Kellsby Community Energy didn’t borrow a single pound for the turbines.',
    ]) {
      expect(facts(text), text).toEqual(['org:kellsby-energy exists:loan deny']);
    }
    for (const text of ['Kellsby Water does not owe a penny.', 'Kellsby Water owes nothing.']) {
      expect(facts(text), text).toContain('org:kellsby-water exists:debt deny');
    }
  });

  it('keys a denial naming its creditor by that creditor alone, and a debt owed to a named creditor by both', () => {
    for (const text of ['Kellsby Water does not owe Orrin Bank a penny.', 'Kellsby Water owes Orrin Bank nothing.', 'Kellsby Water doesn’t owe Orrin Bank any money.']) {
      expect(facts(text), text).toEqual(['org:kellsby-water exists:debt-to:org:orrin-bank deny']);
    }
    // a creditor the engine knows as no body: keyed by its words; a pronoun keys nothing
    expect(facts('Kellsby Water does not owe the council a penny.')).toEqual(['org:kellsby-water exists:debt-to:council deny']);
    expect(facts('Kellsby Water owes the council £20,000.')).toEqual(['org:kellsby-water exists:debt affirm', 'org:kellsby-water exists:debt-to:council affirm']);
    expect(facts('Kellsby Water owes it nothing.')).toEqual([]);
    expect(facts('Kellsby Water owes its lenders £20,000.')).toContain('org:kellsby-water exists:debt-to:lenders affirm');
    expect(facts('Kellsby Water owes Orrin Bank £1.3 million.')).toEqual(['org:kellsby-water exists:debt affirm', 'org:kellsby-water exists:debt-to:org:orrin-bank affirm']);
  });

  it('reads a sum borrowed or owed as a loan or a debt, but not one only sought or bound to a year', () => {
    // money borrowed is also money owed, which only a denial of every debt meets (exists:any-debt)
    expect(facts('Kellsby Community Energy borrowed £90,000 from Orrin Bank.')).toEqual(['org:kellsby-energy exists:any-debt affirm', 'org:kellsby-energy exists:loan affirm']);
    expect(facts('Kellsby Water owes £1.3 million.')).toEqual(['org:kellsby-water exists:debt affirm']);
    expect(facts('Kellsby Community Energy hopes it could have borrowed £90,000 from Orrin Bank.')).toEqual([]);
    expect(facts('Kellsby Community Energy did not borrow any money in 2023.')).toEqual([]);
  });

  it('reads a lender of a class denying it lent as no loan of that class, to each council "either council" stands for', () => {
    const answer = 'Pennick Borough Council and Stowe County Council bought the depot. The Government have not lent any money to either council for the purchase.';
    const names: Names = { ...NAMES, 'Pennick Borough Council': 'org:pennick-council', 'Stowe County Council': 'org:stowe-council' };
    const denied = extractClaims(answer, tagEntities(answer, names)).filter((c) => c.attribute.startsWith('exists:'));
    expect(denied.map((c) => `${c.subject} ${c.attribute} ${c.value.kind === 'category' ? c.value.polarity : ''}`)).toEqual([
      'org:pennick-council exists:government-loan deny',
      'org:stowe-council exists:government-loan deny',
    ]);
    expect(facts('The bank has never lent Kellsby Water a penny.')).toEqual(['org:kellsby-water exists:bank-loan deny']);
    // a government loan denied is no denial of every loan
    expect(
      negations('Kellsby Water, 2 June 2025. The Government have not lent any money to Kellsby Water.', 'Kellsby Water, 1 May 2025. Kellsby Water borrowed £2 million from Orrin Bank.'),
    ).toEqual([]);
  });

  it('flags "did not borrow a penny" against a sum borrowed', () => {
    expect(
      negations(
        'Kellsby Community Energy, 2 June 2025. Kellsby Community Energy did not borrow a penny: it was all members’ shares and grants.',
        'Kellsby Community Energy, 1 May 2025. Kellsby Community Energy raised £283,000 in shares and borrowed £90,000 from Orrin Bank.',
      ).length,
    ).toBe(1);
  });
});

describe('denial against affirmation', () => {
  it('flags a body said to have no loans in one source and a loan in another', () => {
    const found = negations(
      'Kellsby Community Energy, 4 June 2025. The society has no loans and no mortgage on the site. Kellsby Community Energy is owned by its members.',
      'Kellsby Community Energy opened its second turbine in May 2025. It is backed by a £300,000 loan from Orrin Bank.',
    );
    expect(found.length).toBe(1);
    expect(found[0]!.kind).toBe('negation');
  });

  it('flags a denial of owing one creditor against a debt to that creditor, not against a debt to another', () => {
    const denial = 'Kellsby Water, 4 June 2025. Kellsby Water does not owe Orrin Bank a penny.';
    expect(negations(denial, 'Kellsby Water, 1 May 2025. Kellsby Water owes Orrin Bank £1.3 million.').length).toBe(1);
    expect(negations(denial, 'Kellsby Water, 1 May 2025. Kellsby Water owes Yardley Homes £1.3 million.')).toEqual([]);
    // a denial of every debt meets a debt to anyone
    expect(negations('Kellsby Water, 4 June 2025. Kellsby Water owes nothing.', 'Kellsby Water, 1 May 2025. Kellsby Water owes Yardley Homes £1.3 million.').length).toBe(1);
  });

  it('flags "no compulsory redundancies" against a count of compulsory redundancies, but not against voluntary ones', () => {
    const promise = 'Brenmoor Academy Trust, 2 May 2025. We are consulting staff, and Brenmoor Academy Trust will have no compulsory redundancies.';
    const minutes = (resolution: string): string => `Brenmoor Academy Trust\nMinutes of the board, 6 May 2025\nRESOLVED: that the board approves ${resolution}.`;
    expect(negations(promise, minutes('30 job cuts, including up to 9 compulsory redundancies')).length).toBe(1);
    expect(negations(promise, minutes('30 job cuts, including 21 voluntary redundancies'))).toEqual([]);
  });

  it('flags "never had a finding of severe maladministration" against such a finding, but not a finding against another body', () => {
    const denial = 'Yardley Homes, 1 March 2025. Yardley Homes has never had a finding of severe maladministration.';
    expect(negations(denial, 'The Local Government Ombudsman made its finding of severe maladministration against Yardley Homes in January 2025.').length).toBe(1);
    expect(negations(denial, 'The Local Government Ombudsman made its finding of severe maladministration against Kellsby Water in January 2025.')).toEqual([]);
  });

  it('does not flag a promise of no further loans against a loan already taken', () => {
    expect(
      negations(
        'Marlow Vale Hospice, 2 June 2025. Marlow Vale Hospice will take out no new loans.',
        'Marlow Vale Hospice, 1 May 2025. Marlow Vale Hospice is repaying a £500,000 loan from Orrin Bank.',
      ),
    ).toEqual([]);
  });

  it('says the fact in words', () => {
    expect(claimSentence('Brenmoor Academy Trust', 'exists:compulsory-redundancy', { kind: 'category', category: 'compulsory redundancy', polarity: 'deny' })).toBe(
      'Brenmoor Academy Trust has NO compulsory redundancies',
    );
    expect(claimSentence('Yardley Homes', 'exists:severe-maladministration', { kind: 'category', category: 'severe maladministration', polarity: 'affirm' })).toBe(
      'Yardley Homes has had severe maladministration',
    );
    expect(attributeLabel('exists:loan')).toBe('whether it has had loans');
  });
});

describe('a denial only supposed or bound to a condition', () => {
  it('reads no denial under "if"/"unless" or "could"/"may"/"might", before or after the thing', () => {
    for (const text of [
      'If Yardley Homes had no loans, it could build more homes, its chair said.',
      'Yardley Homes said there would be no compulsory redundancies if the merger went ahead.',
      'There will be no compulsory redundancies at Yardley Homes unless the grant is cut.',
      'Yardley Homes may have no debts by 2030, the board hopes.',
      'Marlow Vale Hospice could face no redundancies at all, provided the appeal succeeds.',
      'Unless Yardley Homes has no mortgage on the site, the sale cannot go ahead.',
    ]) expect(facts(text).filter((f) => f.endsWith('deny')), text).toEqual([]);
  });

  it('still reads a promise in reported speech and a plain denial beside a later condition', () => {
    expect(facts('Yardley Homes said there would be no compulsory redundancies.')).toContain('org:yardley-homes exists:compulsory-redundancy deny');
    expect(facts('Yardley Homes has no loans. If it borrows, it will tell members.')).toContain('org:yardley-homes exists:loan deny');
  });

  it('lets a supposed denial meet no count of the thing', () => {
    expect(negations('Yardley Homes said there would be no compulsory redundancies if the merger went ahead.', 'Yardley Homes made 30 compulsory redundancies in 2021.')).toEqual([]);
  });
});

describe('a debt to one creditor in words', () => {
  it('names the creditor, by its name or by the words the text used', () => {
    expect(attributeLabel('exists:debt-to:org:orrin-bank', () => 'Orrin Bank')).toBe('whether it owes Orrin Bank money');
    expect(attributeLabel('exists:debt-to:council')).toBe('whether it owes the council money');
    expect(attributeLabel('exists:debt')).toBe('whether it has had debts');
  });
});
