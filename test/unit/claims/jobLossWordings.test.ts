import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../server/src/engine/claims/index';
import type { Claim } from '../../../server/src/engine/types';
import { conflictsAmongSources } from './conflictsAmong';
import { tagEntities, type Names } from './tagEntities';

const NAMES: Names = {
  'Kelby Hospice': 'org:kelby-hospice',
  'Tarn Care': 'org:tarn-care',
  'Tarn Theatre': 'org:tarn-theatre',
};

const claimsOf = (text: string): Claim[] => extractClaims(text, tagEntities(text, NAMES));
const jobs = (text: string): Array<[string, string, string]> =>
  claimsOf(text)
    .filter((c) => /^(?:count:job-cut|exists:job-loss)/.test(c.attribute))
    .map((c) => [
      c.subject,
      c.attribute,
      c.value.kind === 'number' ? String(c.value.value) : c.value.kind === 'category' ? c.value.polarity : '?',
    ]);

describe('jobs told as gone, and as lost by name of the loss', () => {
  it('reads jobs that went or were lost as a cut made', () => {
    expect(jobs('31 jobs went at Kelby Hospice in the rescue.')).toEqual([['org:kelby-hospice', 'count:job-cut-made', '31']]);
    expect(jobs('Kelby Hospice said 20 posts have gone since 2020.')).toEqual([['org:kelby-hospice', 'count:job-cut-made', '20']]);
    expect(jobs('Kelby Hospice said about 40 roles were cut last year.')).toEqual([['org:kelby-hospice', 'count:job-cut-made', '40']]);
  });

  it('reads "the loss of N posts" as a cut to come, unless a verb before it says it happened', () => {
    expect(jobs('Tarn Care has confirmed that the plan includes the loss of 19 registered nurse posts.')).toEqual([
      ['org:tarn-care', 'count:job-cut', '19'],
      ['org:tarn-care', 'exists:job-loss', 'affirm'],
    ]);
    expect(jobs('Tarn Care said the merger led to the loss of 60 jobs.')).toEqual([['org:tarn-care', 'count:job-cut-made', '60']]);
  });

  it('does not give jobs gone somewhere the sentence names, but knows no body of, to the page’s body', () => {
    const page = 'Tarn Theatre is in trouble. Tarn Theatre has a new board. Tarn Theatre will reopen. 31 jobs went at the Rep in the rescue.';
    expect(jobs(page)).toEqual([]);
  });
});

describe('a body’s word that nobody loses their job', () => {
  it('reads "no one / nobody / no member of staff will lose their job" as job losses denied', () => {
    expect(jobs('Kelby Hospice said no one will lose their job.')).toEqual([['org:kelby-hospice', 'exists:job-loss', 'deny']]);
    expect(jobs('Kelby Hospice confirmed nobody lost their job in the restructure.')).toEqual([['org:kelby-hospice', 'exists:job-loss', 'deny']]);
    expect(jobs('Kelby Hospice said no permanent member of staff will lose his or her job.')).toEqual([['org:kelby-hospice', 'exists:job-loss', 'deny']]);
  });

  it('gives the denial to the writer when the sentence names no body before it', () => {
    const release = 'Kelby Hospice\nPress release\n\nAll staff will transfer to Tarn Care on their current terms, and no member of staff will lose their job.';
    expect(jobs(release)).toEqual([['org:kelby-hospice', 'exists:job-loss', 'deny']]);
  });

  it('meets the jobs another source counts as going', () => {
    const denial = claimsOf('Kelby Hospice said no one will lose their job.');
    const count = claimsOf('Kelby Hospice will cut 40 jobs.');
    const conflicts = conflictsAmongSources([
      { doc: 'a.txt', claims: denial },
      { doc: 'b.txt', claims: count },
    ]).filter((c) => c.attribute === 'exists:job-loss');
    expect(conflicts).toHaveLength(1);
  });

  it('does not read the promise for one kind of worker, a hope, a condition or a question', () => {
    expect(jobs('Kelby Hospice said no nurse will lose their job.')).toEqual([]);
    expect(jobs('We hope no one will lose their job, Kelby Hospice said.')).toEqual([]);
    expect(jobs('If Kelby Hospice merges and no one loses their job, fine.')).toEqual([]);
    expect(jobs('Did Kelby Hospice promise that no one will lose their job?')).toEqual([]);
  });
});
