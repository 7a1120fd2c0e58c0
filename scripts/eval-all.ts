// One line per gold standard (`npm run eval:all`): the seeds' gold in ../shared/eval/ and every
// held-out set in test/fixtures/heldout*/, scored with the same functions as `npm run eval`. A
// change to a recogniser or a claim rule should be judged on all of them at once: a gain on one set
// that costs another is not a general fix.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateConflicts } from './eval-conflicts';
import { documentsDirectory, evaluateEntities, goldPath, repositoryRoot, scoresOf } from './eval';

interface GoldSet {
  name: string;
  gold: string;
  documents: string;
}

function goldSets(root: string): GoldSet[] {
  const sets: GoldSet[] = [];
  const seedGold = goldPath(root);
  if (existsSync(seedGold)) sets.push({ name: 'seeds', gold: seedGold, documents: documentsDirectory(root) });
  const fixtures = join(root, 'test', 'fixtures');
  const heldOut = readdirSync(fixtures)
    .filter((name) => /^heldout\d*$/.test(name) && existsSync(join(fixtures, name, 'gold.json')))
    .sort((a, b) => Number(a.slice(7) || 1) - Number(b.slice(7) || 1));
  for (const name of heldOut) sets.push({ name, gold: join(fixtures, name, 'gold.json'), documents: join(fixtures, name) });
  return sets;
}

function main(): void {
  const root = repositoryRoot();
  const sets = goldSets(root);
  if (sets.length === 0) {
    console.error('eval:all: no gold standard found');
    process.exit(2);
  }
  console.log('set         entities P/R/F1      weakest type        canonical   conflicts  high conf.  look-alikes  unmatched  claims read');
  for (const set of sets) {
    const entities = evaluateEntities(set.gold, set.documents);
    const micro = scoresOf(entities.counts.get('micro')!);
    let weakest = '';
    let weakestF1 = Infinity;
    for (const [type, counts] of entities.counts) {
      const scores = scoresOf(counts);
      if (type !== 'micro' && counts.tp + counts.fn > 0 && scores.f1 < weakestF1) [weakest, weakestF1] = [type, scores.f1];
    }
    const conflicts = evaluateConflicts(set.gold, set.documents, { onlyGoldTexts: set.name !== 'seeds' });
    const { score, gold, high, read } = conflicts;
    const percent = (value: number): string => (value * 100).toFixed(1);
    console.log(
      [
        set.name.padEnd(11),
        `${percent(micro.precision)}/${percent(micro.recall)}/${percent(micro.f1)}`.padEnd(20),
        `${weakest} ${percent(weakestF1)}`.padEnd(19),
        `${entities.agreement.agreed}/${entities.agreement.total}`.padEnd(11),
        `${score.found.length}/${gold.conflicts.length}`.padEnd(10),
        `${high.found}/${high.total}`.padEnd(11),
        `${score.flagged.length}/${gold.non_conflicts.length}`.padEnd(12),
        String(score.unmatched.length).padEnd(10),
        `${read.read}/${read.total}`,
      ].join(' '),
    );
  }
}

main();
