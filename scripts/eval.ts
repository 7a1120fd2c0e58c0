// Entity evaluation (`npm run eval`): scores analyse() on the seed texts against the hand-made gold
// standard with strict span matching. A gold number with a qualifier matches on either its full
// span or its core. Prints precision, recall and F1 per entity type and micro-averaged, and the
// canonical agreement of matched organisations and people (compared as clusterings, so ids need
// not be spelled like the gold's names). `--verbose` lists every false positive and negative.
//
// Gold: ../shared/eval/seed-gold.json relative to the repository root, or $POLICY_LENS_GOLD.
// Texts: seeds/ in the repository, or the directory $POLICY_LENS_DOCS (e.g. test/fixtures/heldout).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyse } from '../server/src/engine/analyse';
import { ENTITY_TYPES, type Entity, type EntityType } from '../server/src/engine/types';

export interface GoldEntity {
  type: EntityType;
  text: string;
  start: number;
  end: number;
  canonical?: string;
  core?: { text: string; start: number; end: number };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface MatchedPair {
  file: string;
  gold: GoldEntity;
  predicted: Entity;
}

export interface DocumentResult {
  matched: MatchedPair[];
  falsePositives: Entity[];
  falseNegatives: GoldEntity[];
}

function spansOf(entity: { start: number; end: number; core?: { start: number; end: number } }): Array<[number, number]> {
  const spans: Array<[number, number]> = [[entity.start, entity.end]];
  if (entity.core) spans.push([entity.core.start, entity.core.end]);
  return spans;
}

/** Strict matching: same type, and a full or core span of one equals a full or core span of the other. */
export function spansMatch(gold: GoldEntity, predicted: Entity): boolean {
  if (gold.type !== predicted.type) return false;
  for (const [gs, ge] of spansOf(gold)) for (const [ps, pe] of spansOf(predicted)) if (gs === ps && ge === pe) return true;
  return false;
}

/** One-to-one matching of one document's predictions to its gold entities. */
export function matchDocument(file: string, gold: readonly GoldEntity[], predicted: readonly Entity[]): DocumentResult {
  const used = new Set<number>();
  const matched: MatchedPair[] = [];
  const falseNegatives: GoldEntity[] = [];
  for (const g of gold) {
    const index = predicted.findIndex((p, i) => !used.has(i) && spansMatch(g, p));
    if (index < 0) falseNegatives.push(g);
    else {
      used.add(index);
      matched.push({ file, gold: g, predicted: predicted[index]! });
    }
  }
  const falsePositives = predicted.filter((_, i) => !used.has(i));
  return { matched, falsePositives, falseNegatives };
}

export function scoresOf(counts: Counts): Scores {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

export function countByType(results: readonly DocumentResult[]): Map<EntityType | 'micro', Counts> {
  const counts = new Map<EntityType | 'micro', Counts>();
  const bump = (type: EntityType, field: keyof Counts): void => {
    for (const key of [type, 'micro'] as const) {
      const entry = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
      entry[field]++;
      counts.set(key, entry);
    }
  };
  for (const type of ENTITY_TYPES) counts.set(type, { tp: 0, fp: 0, fn: 0 });
  counts.set('micro', { tp: 0, fp: 0, fn: 0 });
  for (const result of results) {
    for (const pair of result.matched) bump(pair.gold.type, 'tp');
    for (const entity of result.falsePositives) bump(entity.type, 'fp');
    for (const entity of result.falseNegatives) bump(entity.type, 'fn');
  }
  return counts;
}

/**
 * Canonical agreement over matched organisations and people, corpus-wide: a matched mention agrees
 * when the set of matched mentions sharing its gold canonical equals the set sharing its predicted
 * canonical. Identity is compared as a clustering, never by spelling.
 */
export function canonicalAgreement(pairs: readonly MatchedPair[]): { agreed: number; total: number; disagreements: MatchedPair[] } {
  const named = pairs.filter((p) => p.gold.type === 'organisation' || p.gold.type === 'person');
  const goldGroups = new Map<string, Set<number>>();
  const predictedGroups = new Map<string, Set<number>>();
  const goldKey = (p: MatchedPair): string => `${p.gold.type}|${p.gold.canonical ?? p.gold.text}`;
  const predictedKey = (p: MatchedPair, i: number): string => `${p.predicted.type}|${p.predicted.canonical ?? `#${i}`}`;
  named.forEach((p, i) => {
    const g = goldKey(p);
    const q = predictedKey(p, i);
    if (!goldGroups.has(g)) goldGroups.set(g, new Set());
    if (!predictedGroups.has(q)) predictedGroups.set(q, new Set());
    goldGroups.get(g)!.add(i);
    predictedGroups.get(q)!.add(i);
  });
  let agreed = 0;
  const disagreements: MatchedPair[] = [];
  named.forEach((p, i) => {
    const g = goldGroups.get(goldKey(p))!;
    const q = predictedGroups.get(predictedKey(p, i))!;
    if (g.size === q.size && [...g].every((member) => q.has(member))) agreed++;
    else disagreements.push(p);
  });
  return { agreed, total: named.length, disagreements };
}

interface GoldFile {
  documents: Record<string, { entities: GoldEntity[] }>;
}

export function repositoryRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..');
}

export function goldPath(root: string = repositoryRoot()): string {
  return process.env.POLICY_LENS_GOLD ?? join(root, '..', 'shared', 'eval', 'seed-gold.json');
}

/** Where the gold's texts live: seeds/ unless $POLICY_LENS_DOCS names another directory (relative to the working directory). */
export function documentsDirectory(root: string = repositoryRoot()): string {
  return process.env.POLICY_LENS_DOCS ? resolve(process.env.POLICY_LENS_DOCS) : join(root, 'seeds');
}

function percent(value: number): string {
  return (value * 100).toFixed(1).padStart(6);
}

function describe(entity: { type: string; start: number; end: number; text: string }): string {
  return `${entity.type.padEnd(12)} ${String(entity.start).padStart(6)}-${String(entity.end).padEnd(6)} ${JSON.stringify(entity.text)}`;
}

export interface EntityEvaluation {
  results: Array<DocumentResult & { file: string }>;
  counts: Map<EntityType | 'micro', Counts>;
  agreement: { agreed: number; total: number; disagreements: MatchedPair[] };
}

/** Scores analyse() on the texts in `documents` against the gold at `path`; throws when a text is missing. */
export function evaluateEntities(path: string, documents: string): EntityEvaluation {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
  const results: EntityEvaluation['results'] = [];
  for (const [file, document] of Object.entries(gold.documents)) {
    const textPath = join(documents, file);
    if (!existsSync(textPath)) throw new Error(`text ${textPath} is missing (set POLICY_LENS_DOCS to the directory holding the gold's texts)`);
    results.push({ file, ...matchDocument(file, document.entities, analyse(readFileSync(textPath, 'utf8')).entities) });
  }
  return { results, counts: countByType(results), agreement: canonicalAgreement(results.flatMap((r) => r.matched)) };
}

function main(): void {
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  const root = repositoryRoot();
  const path = goldPath(root);
  if (!existsSync(path)) {
    console.error(`eval: gold standard not found at ${path} (set POLICY_LENS_GOLD to point at it)`);
    process.exit(2);
  }
  let evaluation: EntityEvaluation;
  try {
    evaluation = evaluateEntities(path, documentsDirectory(root));
  } catch (error) {
    console.error(`eval: ${(error as Error).message}`);
    process.exit(2);
  }
  const { results, counts, agreement } = evaluation;
  if (verbose) {
    for (const result of results) {
      console.log(`\n== ${result.file}`);
      for (const entity of result.falsePositives) console.log(`  FP  ${describe(entity)}`);
      for (const entity of result.falseNegatives) console.log(`  FN  ${describe(entity)}`);
    }
  }

  console.log(`\nEntity eval against ${path}`);
  console.log('type            P       R      F1     tp   fp   fn');
  for (const [type, count] of counts) {
    const s = scoresOf(count);
    console.log(`${type.padEnd(12)} ${percent(s.precision)} ${percent(s.recall)} ${percent(s.f1)}  ${String(s.tp).padStart(5)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
  }
  const share = agreement.total === 0 ? 1 : agreement.agreed / agreement.total;
  console.log(`canonical agreement (matched organisations and people): ${agreement.agreed}/${agreement.total} = ${percent(share).trim()}%`);
  if (verbose && agreement.disagreements.length > 0) {
    console.log('\ncanonical disagreements (gold canonical → predicted canonical):');
    for (const p of agreement.disagreements) console.log(`  ${p.file} ${describe(p.gold)}  ${p.gold.canonical} → ${p.predicted.canonical}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
