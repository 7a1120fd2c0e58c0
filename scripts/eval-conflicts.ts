// Scores conflict detection against the hand-made gold (seed-gold.json "conflicts" and
// "non_conflicts"): builds a Corpus over seeds/ exactly as the language server and the CLI do,
// then prints each gold conflict as FOUND or MISSED, each look-alike as OK or FLAGGED, and every
// predicted conflict that matches nothing in the gold, with its claims, for a human to review.
//
//   npm run eval                       (after the entity eval)
//   tsx scripts/eval-conflicts.ts [--strict] [--oracle-entities]
//     --strict            exit 1 if a high-confidence conflict is missed or a look-alike flagged
//     --oracle-entities   use the gold entities instead of the recognisers, to tell claim errors
//                         apart from entity errors
// The gold path is ../shared/eval/seed-gold.json from the repository root, or $POLICY_LENS_GOLD;
// the texts are read from seeds/, or from the directory $POLICY_LENS_DOCS.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeValue, valueKey } from '../server/src/engine/claims/conflicts/index';
import { extractClaims } from '../server/src/engine/claims/index';
import { Corpus } from '../server/src/engine/corpus';
import type { Conflict, DocumentAnalysis, Entity, EntityType, Qualifier, SourcedClaim } from '../server/src/engine/types';

export interface GoldClaim {
  file: string;
  start: number;
  end: number;
  text: string;
  value: string;
}

export interface GoldConflict {
  id: string;
  kind?: string;
  subject: string;
  attribute: string;
  claims: GoldClaim[];
  why?: string;
  confidence?: 'high' | 'medium' | string;
}

const overlaps = (gold: GoldClaim, predicted: SourcedClaim): boolean =>
  basename(predicted.doc) === gold.file && predicted.claim.start < gold.end && gold.start < predicted.claim.end;

/**
 * A predicted conflict covers a gold one when two of its claims with different values overlap
 * two different claims of the gold conflict.
 */
export function covers(predicted: Conflict, gold: GoldConflict): boolean {
  const hits = gold.claims.map((g) => predicted.claims.filter((p) => overlaps(g, p)));
  for (let i = 0; i < hits.length; i++) {
    for (let j = i + 1; j < hits.length; j++) {
      for (const a of hits[i]) {
        for (const b of hits[j]) {
          if (a !== b && valueKey(a.claim.value) !== valueKey(b.claim.value)) return true;
        }
      }
    }
  }
  return false;
}

export interface ConflictScore {
  found: Array<{ gold: GoldConflict; by: Conflict[] }>;
  missed: GoldConflict[];
  flagged: Array<{ gold: GoldConflict; by: Conflict[] }>;
  unflagged: GoldConflict[];
  unmatched: Conflict[];
}

export function scoreConflicts(
  predicted: readonly Conflict[],
  conflicts: readonly GoldConflict[],
  nonConflicts: readonly GoldConflict[],
): ConflictScore {
  const score: ConflictScore = { found: [], missed: [], flagged: [], unflagged: [], unmatched: [] };
  const matched = new Set<Conflict>();
  for (const gold of conflicts) {
    const by = predicted.filter((p) => covers(p, gold));
    by.forEach((p) => matched.add(p));
    if (by.length) score.found.push({ gold, by });
    else score.missed.push(gold);
  }
  for (const gold of nonConflicts) {
    const by = predicted.filter((p) => covers(p, gold));
    by.forEach((p) => matched.add(p));
    if (by.length) score.flagged.push({ gold, by });
    else score.unflagged.push(gold);
  }
  score.unmatched = predicted.filter((p) => !matched.has(p));
  return score;
}

// ---- Oracle entities: the gold's entities in the engine's vocabulary ---------------------------

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function goldQualifier(text: string): Qualifier | undefined {
  if (/^(?:over|more than)\b/i.test(text)) return 'over';
  if (/^(?:around|about|approximately|nearly|almost|some)\b/i.test(text)) return 'around';
  if (/^up to\b/i.test(text)) return 'up to';
  if (/^(?:under|less than|fewer than)\b/i.test(text)) return 'under';
  if (/^at least\b/i.test(text)) return 'at least';
  return undefined;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

function goldNumber(text: string): number {
  const word = /^(?:\p{L}+\s+)*?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/iu.exec(text);
  if (!/\d/.test(text) && word) return NUMBER_WORDS[word[1].toLowerCase()];
  const n = Number.parseFloat(text.replace(/,/g, '').replace(/^[^\d]*/, ''));
  const scale = /\bbillion|bn\b/i.test(text) ? 1e9 : /\bmillion|m\b/i.test(text) ? 1e6 : 1;
  return n * scale;
}

function goldDate(text: string): Entity['value'] | undefined {
  // a financial year ("2013/14", "2013-14"): the engine's form is "2013/2014"
  const fy = /\b(\d{4})[/–-](\d{2}|\d{4})\b/.exec(text);
  if (fy) {
    const end = fy[2].length === 2 ? `${fy[1].slice(0, 2)}${fy[2]}` : fy[2];
    if (Number(end) === Number(fy[1]) + 1) return { kind: 'date', iso: `${fy[1]}/${end}`, precision: 'financial-year' };
  }
  const year = /\b(\d{4})\b/.exec(text)?.[1];
  const monthIndex = MONTHS.findIndex((m) => text.toLowerCase().includes(m));
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text.replace(/\d{4}/, ''))?.[1];
  if (!year) {
    // a day and month with no year ("12 May")
    if (monthIndex >= 0 && day) return { kind: 'date', iso: `--${String(monthIndex + 1).padStart(2, '0')}-${day.padStart(2, '0')}`, precision: 'day-month' };
    return undefined;
  }
  if (monthIndex < 0) return { kind: 'date', iso: year, precision: 'year' };
  const mm = String(monthIndex + 1).padStart(2, '0');
  if (!day) return { kind: 'date', iso: `${year}-${mm}`, precision: 'month' };
  return { kind: 'date', iso: `${year}-${mm}-${day.padStart(2, '0')}`, precision: 'day' };
}

interface GoldEntity {
  type: EntityType;
  text: string;
  start: number;
  end: number;
  canonical?: string;
  person?: string;
  core?: { text: string; start: number; end: number };
}

export function oracleEntities(gold: readonly GoldEntity[]): Entity[] {
  return gold.map((g) => {
    const e: Entity = { type: g.type, text: g.text, start: g.start, end: g.end };
    if (g.core) e.core = g.core;
    if (g.canonical && (g.type === 'organisation' || g.type === 'person')) {
      e.canonical = `${g.type === 'person' ? 'person' : 'org'}:${slug(g.canonical)}`;
      e.canonicalName = g.canonical;
    }
    if (g.type === 'role' && g.person) e.person = `person:${slug(g.person)}`;
    const core = (g.core ?? g).text;
    const qualifier = goldQualifier(g.text);
    const q = qualifier ? { qualifier } : {};
    if (g.type === 'percentage') e.value = { kind: 'percentage', value: goldNumber(core), ...q };
    if (g.type === 'quantity') e.value = { kind: 'quantity', value: goldNumber(core), ...q };
    if (g.type === 'money') e.value = { kind: 'money', amount: goldNumber(core), currency: 'GBP', ...q };
    if (g.type === 'date') e.value = goldDate(g.text);
    return e;
  });
}

// ---- Running it ------------------------------------------------------------------------------

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function describeClaim(s: SourcedClaim): string {
  const text = s.claim.text.replace(/\s+/g, ' ');
  return `${basename(s.doc)}:${s.claim.start}-${s.claim.end}  [${describeValue(s.claim.value)}]  «${text.length > 110 ? `${text.slice(0, 107)}...` : text}»`;
}

/**
 * How many of the gold conflicts' claims the engine read at all (any claim of that file overlapping
 * the span, whatever its key or value): the ceiling on conflicts it can find, and the first thing
 * lost on unseen text.
 */
export function claimsRead(conflicts: GoldConflict[], claimsOf: (file: string) => ReadonlyArray<{ start: number; end: number }>): { read: number; total: number } {
  let read = 0;
  let total = 0;
  for (const conflict of conflicts) {
    for (const gold of conflict.claims) {
      total++;
      if (claimsOf(gold.file).some((claim) => claim.start < gold.end && gold.start < claim.end)) read++;
    }
  }
  return { read, total };
}

export interface ConflictEvaluation {
  gold: { conflicts: GoldConflict[]; non_conflicts: GoldConflict[] };
  files: string[];
  claimCount: number;
  predicted: Conflict[];
  score: ConflictScore;
  /** High-confidence gold conflicts found, and how many there are. */
  high: { found: number; total: number };
  /** Gold conflict claims overlapped by some claim the engine read (see claimsRead). */
  read: { read: number; total: number };
  elapsedMs: number;
}

/**
 * Builds a Corpus over the gold's texts in `documents` as the language server and the CLI do and
 * scores its conflicts; with `oracle`, from the gold's entities instead of the recognisers.
 */
export function evaluateConflicts(goldPath: string, documents: string, options: { oracle?: boolean; onlyGoldTexts?: boolean } = {}): ConflictEvaluation {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
    documents: Record<string, { entities: GoldEntity[] }>;
    conflicts: GoldConflict[];
    non_conflicts: GoldConflict[];
  };
  // A documents directory other than seeds/ may hold other files (a README, notes): score only
  // the texts its gold annotates.
  const files = readdirSync(documents)
    .filter((f) => /\.(txt|md)$/.test(f) && (!options.onlyGoldTexts || f in gold.documents))
    .sort();

  let current = '';
  const corpus = options.oracle
    ? new Corpus({
        analyse: (text: string): DocumentAnalysis => {
          const entities = oracleEntities(gold.documents[current]?.entities ?? []);
          return { entities, claims: extractClaims(text, entities) };
        },
      })
    : new Corpus();
  const started = performance.now();
  for (const file of files) {
    current = file;
    corpus.upsert(file, readFileSync(join(documents, file), 'utf8'));
  }
  const elapsedMs = performance.now() - started;
  const predicted = corpus.conflicts();
  const score = scoreConflicts(predicted, gold.conflicts, gold.non_conflicts);
  const claimCount = files.reduce((n, f) => n + (corpus.get(f)?.analysis.claims.length ?? 0), 0);
  const high = gold.conflicts.filter((c) => c.confidence === 'high');
  const highFound = high.filter((c) => score.found.some((f) => f.gold === c)).length;
  const read = claimsRead(gold.conflicts, (file) => corpus.get(file)?.analysis.claims ?? []);
  return { gold, files, claimCount, predicted, score, high: { found: highFound, total: high.length }, read, elapsedMs };
}

function main(): void {
  const args = process.argv.slice(2);
  const strict = args.includes('--strict');
  const oracle = args.includes('--oracle-entities');
  const goldPath = process.env.POLICY_LENS_GOLD ?? resolve(repoRoot, '../shared/eval/seed-gold.json');
  const documents = process.env.POLICY_LENS_DOCS ? resolve(process.env.POLICY_LENS_DOCS) : join(repoRoot, 'seeds');
  const { gold, files, claimCount, predicted, score, high, read, elapsedMs: elapsed } = evaluateConflicts(goldPath, documents, {
    oracle,
    onlyGoldTexts: Boolean(process.env.POLICY_LENS_DOCS),
  });

  console.log(`Conflict eval${oracle ? ' (oracle entities)' : ''}: ${files.length} documents, ${claimCount} claims, ${predicted.length} predicted conflicts (${elapsed.toFixed(0)} ms)`);
  console.log(`gold: ${goldPath}\n`);
  console.log('Gold conflicts');
  for (const gc of gold.conflicts) {
    const hit = score.found.find((f) => f.gold === gc);
    console.log(`  ${hit ? 'FOUND ' : 'MISSED'} ${gc.id} (${gc.kind}, ${gc.confidence ?? '?'})${hit ? `  by ${hit.by.map((c) => `${c.kind}:${c.id}`).join(', ')}` : ''}`);
  }
  console.log('\nLook-alikes (must not be flagged)');
  for (const nc of gold.non_conflicts) {
    const hit = score.flagged.find((f) => f.gold === nc);
    console.log(`  ${hit ? 'FLAGGED' : 'OK     '} ${nc.id}${hit ? `  by ${hit.by.map((c) => c.id).join(', ')}` : ''}`);
  }
  console.log(`\nPredicted conflicts matching nothing in the gold: ${score.unmatched.length}`);
  for (const c of score.unmatched) {
    console.log(`  ${c.kind} ${c.id}  ${c.subjectName} / ${c.attribute}`);
    for (const s of c.claims) console.log(`      ${describeClaim(s)}`);
  }
  console.log(
    `\nSummary: found ${score.found.length}/${gold.conflicts.length} (high confidence ${high.found}/${high.total}), ` +
      `look-alikes flagged ${score.flagged.length}/${gold.non_conflicts.length}, unmatched predictions ${score.unmatched.length}, ` +
      `conflict claims read ${read.read}/${read.total}`,
  );
  if (strict && (high.found < high.total || score.flagged.length > 0)) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
