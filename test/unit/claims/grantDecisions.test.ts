// Whether a funder has decided an applicant's bid: an award, against an application not yet
// decided, still pending or turned down, however each is worded. "The application" with no owner
// stands for the bid just told ("X had applied to Y ... Y had not yet decided the application"),
// and an applicant named by its kind ("the parish council") is the latest body of that kind with
// that word in its name. Every name here is invented.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim, Conflict } from '../../../server/src/engine/types';
import { claimSentence } from '../../../server/src/lsp/claimSentences';
import { tagEntities, type Names } from './tagEntities';
import { conflictsAmongSources } from './conflictsAmong';

const NAMES: Names = {
  'Millbrook Parish Council': 'org:millbrook-parish-council',
  'Harrowdene District Council': 'org:harrowdene-district-council',
  'Arts Council England': 'org:arts-council-england',
  ACE: 'org:arts-council-england',
  'Sport England': 'org:sport-england',
  'Fenmoor Rowing Club': 'org:fenmoor-rowing-club',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const decisions = (text: string): Array<[string, string, string]> =>
  claimsOf(text)
    .filter((c) => c.attribute.startsWith('grant-from:') && c.value.kind === 'category')
    .map((c) => [c.subject, c.attribute, c.value.kind === 'category' ? c.value.polarity : '']);
const conflictsAmong = (...texts: string[]): Conflict[] => conflictsAmongSources(texts.map((text, i) => ({ doc: `doc${i}`, claims: claimsOf(text) })));

const CLUB_FROM_SPORT_ENGLAND = ['org:fenmoor-rowing-club', 'grant-from:org:sport-england'];

describe('a funder’s decision on an application', () => {
  it('reads an award, passive or active, and an approval, as awarded', () => {
    for (const text of [
      'Fenmoor Rowing Club has been awarded £40,000 by Sport England to rebuild its boathouse.',
      'Fenmoor Rowing Club was awarded £40,000 from Sport England.',
      'In May Sport England awarded Fenmoor Rowing Club £40,000.',
      'Sport England has approved Fenmoor Rowing Club’s application.',
    ]) {
      expect(decisions(text), text).toEqual([[...CLUB_FROM_SPORT_ENGLAND, 'affirm']]);
    }
  });

  it('reads an application not yet decided, pending or turned down as not awarded', () => {
    for (const text of [
      'Fenmoor Rowing Club had applied to Sport England for £40,000. The clerk confirmed that Sport England had not yet decided the application.',
      'Sport England has yet to decide Fenmoor Rowing Club’s application.',
      'Fenmoor Rowing Club’s application to Sport England is still pending.',
      'Sport England turned down Fenmoor Rowing Club’s bid in March.',
      'Fenmoor Rowing Club’s bid to Sport England was rejected.',
    ]) {
      expect(decisions(text), text).toEqual([[...CLUB_FROM_SPORT_ENGLAND, 'deny']]);
    }
  });

  it('finds the applicant named by its kind, with a word of its name, before "had applied"', () => {
    const text =
      'Harrowdene District Council will hand the museum to Millbrook Parish Council. The clerk said the parish council had applied to Arts Council England (ACE) for £250,000. In answer to the Chair, she confirmed that ACE had not yet decided the application.';
    expect(decisions(text)).toEqual([['org:millbrook-parish-council', 'grant-from:org:arts-council-england', 'deny']]);
  });

  it('does not read an application to another funder, a decision only supposed or asked about, or a contract', () => {
    for (const text of [
      'Fenmoor Rowing Club has applied to Arts Council England. Sport England had not decided the application.',
      'If Sport England had not decided Fenmoor Rowing Club’s bid, the club would wait.',
      'Has Sport England decided Fenmoor Rowing Club’s application?',
      'Sport England awarded the contract to Fenmoor Rowing Club.',
    ]) {
      expect(decisions(text), text).toEqual([]);
    }
  });

  it('conflicts between an award and an undecided application to the same funder, not another funder', () => {
    const awarded = 'We are delighted: Millbrook Parish Council has been awarded £250,000 by Arts Council England.';
    const open = 'The clerk said Millbrook Parish Council had applied to Arts Council England for £250,000. Arts Council England had not yet decided the application.';
    expect(conflictsAmong(awarded, open).map((c) => c.kind)).toEqual(['negation']);
    expect(conflictsAmong('Millbrook Parish Council has been awarded £250,000 by Sport England.', open)).toEqual([]);
  });

  it('says the decision in words', () => {
    const nameOf = (id: string): string | undefined => ({ 'org:sport-england': 'Sport England' })[id];
    const value = { kind: 'category', category: 'grant-awarded', polarity: 'deny' } as const;
    expect(claimSentence('Fenmoor Rowing Club', 'grant-from:org:sport-england', value, nameOf)).toBe('Sport England has NOT awarded Fenmoor Rowing Club a grant');
  });
});
