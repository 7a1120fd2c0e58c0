// Jobs counted as going say that there are job losses: "X will cut 40 posts", "120 jobs will go at
// X" gainsay "X says there will be no job losses" (existence.ts reads that denial as exists:job-loss).
// So every count of jobs to be cut (count:job-cut, one or more) also affirms exists:job-loss for
// its body, over the same words and at the same time. A cut already made (count:job-cut-made) is
// left alone: "no job losses" in a plan is not gainsaid by cuts of years before.

import type { Claim } from '../../types';

const JOB_CUT = 'count:job-cut';
const JOB_LOSS = 'exists:job-loss';

/** The exists:job-loss claims the job-cut counts among `claims` imply. */
export function jobLossesImplied(claims: readonly Claim[]): Claim[] {
  const implied: Claim[] = [];
  for (const cut of claims) {
    if (cut.attribute !== JOB_CUT || cut.value.kind !== 'number' || (cut.value.low ?? cut.value.value) < 1) continue;
    const claim: Claim = { ...cut, attribute: JOB_LOSS, value: { kind: 'category', category: 'job loss', polarity: 'affirm' } };
    implied.push(claim);
  }
  return implied;
}
