// Measures how the claim readings generalise: runs the corpus engine (as scripts/eval-conflicts.ts
// does) on each pair of test/fixtures/paraphrases/ — two invented documents stating one fact in two
// sentence shapes — and prints, per fact type, conflicts found / pairs and look-alikes flagged.
//
//   npm run eval:paraphrases [-- -v] [-- --type count]
//     -v            list each miss (and each flagged look-alike) with the claims read from each side
//     --type NAME   only one fact type (the file's name: count, money, date, post, form, yesno)
// Format of the pairs: test/fixtures/paraphrases/README.md.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeValue, valueKey } from '../server/src/engine/claims/conflicts/index';
import { Corpus } from '../server/src/engine/corpus';
import type { Conflict, SourcedClaim } from '../server/src/engine/types';

interface Side {
  name: string;
  text: string;
  /** The marked span, in the text with the brackets removed. */
  start: number;
  end: number;
}

export interface Pair {
  type: string;
  id: string;
  conflict: boolean;
  shapes: string;
  a: Side;
  b: Side;
}

function side(label: string, genre: string, raw: string, id: string): Side {
  const marked = raw.trim();
  const open = marked.indexOf('[[');
  const close = marked.indexOf(']]', open);
  if (open < 0 || close < 0) throw new Error(`${id} ${label}: no [[...]] span`);
  const text = marked.slice(0, open) + marked.slice(open + 2, close) + marked.slice(close + 2);
  return { name: `${label.toLowerCase()}_${genre.replace(/\W+/g, '_')}.txt`, text, start: open, end: close - 2 };
}

export function parsePairs(type: string, source: string): Pair[] {
  const pairs: Pair[] = [];
  const blocks = source.split(/^## /m).slice(1);
  for (const block of blocks) {
    const lines = block.split('\n');
    const head = /^(\S+)\s+(conflict|lookalike)\s*\|\s*(.*)$/.exec(lines[0].trim());
    if (!head) throw new Error(`bad pair header: ${lines[0]}`);
    const body = lines.slice(1).filter((l) => !l.startsWith('#')).join('\n');
    const parts = body.split(/^([AB]) ([a-z][a-z ]*):[ \t]*$/m);
    // parts: [before, 'A', genre, text, 'B', genre, text]
    if (parts.length !== 7 || parts[1] !== 'A' || parts[4] !== 'B') throw new Error(`${head[1]}: needs an A and a B document`);
    pairs.push({
      type,
      id: head[1],
      conflict: head[2] === 'conflict',
      shapes: head[3],
      a: side('A', parts[2], parts[3], head[1]),
      b: side('B', parts[5], parts[6], head[1]),
    });
  }
  return pairs;
}

const overlaps = (s: Side, c: SourcedClaim): boolean => c.doc === s.name && c.claim.start < s.end && s.start < c.claim.end;

export interface PairResult {
  pair: Pair;
  /** found for a conflict pair, flagged for a look-alike */
  hit: boolean;
  conflicts: Conflict[];
  claims: { a: SourcedClaim[]; b: SourcedClaim[] };
  /** The organisations and people recognised in each marked span, to tell entity misses apart. */
  names: { a: string[]; b: string[] };
}

export function runPair(pair: Pair): PairResult {
  const corpus = new Corpus();
  corpus.upsert(pair.a.name, pair.a.text);
  corpus.upsert(pair.b.name, pair.b.text);
  const conflicts = corpus.conflicts();
  const across = (c: Conflict, differ: boolean): boolean => {
    for (const x of c.claims) {
      if (!overlaps(pair.a, x)) continue;
      for (const y of c.claims) {
        if (overlaps(pair.b, y) && (!differ || valueKey(x.claim.value) !== valueKey(y.claim.value))) return true;
      }
    }
    return false;
  };
  const hits = conflicts.filter((c) => across(c, pair.conflict));
  const sourced = (s: Side): SourcedClaim[] => (corpus.get(s.name)?.analysis.claims ?? []).map((claim) => ({ doc: s.name, claim }) as SourcedClaim);
  const named = (s: Side): string[] =>
    (corpus.get(s.name)?.analysis.entities ?? [])
      .filter((e) => (e.type === 'organisation' || e.type === 'person') && e.start < s.end && s.start < e.end)
      .map((e) => `${e.type === 'person' ? 'P' : 'O'}:${e.text}`);
  return {
    pair,
    hit: hits.length > 0,
    conflicts: hits.length ? hits : conflicts,
    claims: { a: sourced(pair.a), b: sourced(pair.b) },
    names: { a: named(pair.a), b: named(pair.b) },
  };
}

function describeClaims(s: Side, claims: SourcedClaim[]): string[] {
  if (!claims.length) return ['        (no claims)'];
  return claims.map((c) => {
    const mark = c.claim.start < s.end && s.start < c.claim.end ? '*' : ' ';
    const span = s.text.slice(c.claim.start, c.claim.end).replace(/\s+/g, ' ');
    return `      ${mark} ${c.claim.subjectName} | ${c.claim.attribute} = ${describeValue(c.claim.value)}${c.claim.time ? ` @${c.claim.time}` : ''}  «${span.length > 80 ? `${span.slice(0, 77)}...` : span}»`;
  });
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('-v');
  const only = args.includes('--type') ? args[args.indexOf('--type') + 1] : undefined;
  const dir = join(repoRoot, 'test/fixtures/paraphrases');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && (!only || f === `${only}.txt`)).sort();
  let found = 0, total = 0, flagged = 0, looks = 0;
  const lines: string[] = [];
  for (const file of files) {
    const type = file.replace(/\.txt$/, '');
    const results = parsePairs(type, readFileSync(join(dir, file), 'utf8')).map(runPair);
    const conflicts = results.filter((r) => r.pair.conflict);
    const lookalikes = results.filter((r) => !r.pair.conflict);
    const f = conflicts.filter((r) => r.hit).length;
    const l = lookalikes.filter((r) => r.hit).length;
    found += f; total += conflicts.length; flagged += l; looks += lookalikes.length;
    console.log(`${type.padEnd(6)} conflicts found ${f}/${conflicts.length}  look-alikes flagged ${l}/${lookalikes.length}`);
    if (!verbose) continue;
    for (const r of results) {
      if (r.pair.conflict === r.hit) continue;
      lines.push(`${r.pair.conflict ? 'MISSED ' : 'FLAGGED'} ${r.pair.id}  (${r.pair.shapes})`);
      if (!r.pair.conflict) for (const c of r.conflicts) lines.push(`      by ${c.kind}:${c.id} ${c.subjectName} / ${c.attribute}`);
      lines.push(`    A «${r.pair.a.text.slice(r.pair.a.start, r.pair.a.end)}»  names: ${r.names.a.join('; ') || '-'}`, ...describeClaims(r.pair.a, r.claims.a));
      lines.push(`    B «${r.pair.b.text.slice(r.pair.b.start, r.pair.b.end)}»  names: ${r.names.b.join('; ') || '-'}`, ...describeClaims(r.pair.b, r.claims.b));
    }
  }
  console.log(`total  conflicts found ${found}/${total}  look-alikes flagged ${flagged}/${looks}`);
  if (verbose && lines.length) console.log(`\n${lines.join('\n')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
