import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readSeeds } from './seedCorpus';

// The issue-7 benchmark corpus: thousands of policy-like documents made by recombining the seed
// texts' sentences, with names, organisations, numbers and dates varied so that the index holds
// many distinct entities and claims, not five documents' worth repeated. Deterministic for a given
// seed (same seeds, same generator version, same files), written to the git-ignored bench-corpus/.
//
// Layout: bench-corpus/all/ holds every document; bench-corpus/n<N>/ holds the first N of them as
// hard links (the growth table starts a server on each); each tree also holds the 1 MB document.

const GENERATOR_VERSION = 1;
const MIN_DOC_BYTES = 2 * 1024;
const MAX_DOC_BYTES = 50 * 1024;
const BIG_DOC_BYTES = 1024 * 1024;
const DOCS_PER_FOLDER = 250;
export const BIG_DOC_PATH = 'big/one-megabyte-report.txt';

export interface GeneratedCorpus {
  root: string;
  /** Root of the tree holding the first n documents plus the big one. */
  treeFor(n: number): string;
  totalBytes(n: number): number;
}

interface Manifest {
  version: number;
  seed: number;
  documents: number;
  sizes: number[];
  bigDocBytes: number;
}

/** A small, fast, seedable PRNG (mulberry32): reproducible across machines and Node versions. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = ['Alice', 'Amir', 'Bethan', 'Callum', 'Chloe', 'Daniel', 'Deborah', 'Emeka', 'Fiona', 'Gareth', 'Hannah', 'Imran', 'Joanna', 'Kwame', 'Laura', 'Malcolm', 'Niamh', 'Owen', 'Priya', 'Rhys', 'Sarah', 'Tomasz', 'Una', 'Victoria', 'William', 'Yasmin'];
const SURNAMES = ['Ahmed', 'Baker', 'Campbell', 'Davies', 'Evans', 'Fletcher', 'Gupta', 'Hughes', 'Iqbal', 'Jenkins', 'Kowalski', 'Lloyd', 'MacLeod', 'Nowak', "O'Brien", 'Patel', 'Quinn', 'Roberts', 'Singh', 'Thompson', 'Underwood', 'Vaughan', 'Walsh', 'Young'];
const PLACES = ['Ashford', 'Barnsley', 'Carlisle', 'Dorset', 'Exeter', 'Fenland', 'Gloucester', 'Harrow', 'Ipswich', 'Kendal', 'Lambeth', 'Medway', 'Norwich', 'Oldham', 'Preston', 'Reading', 'Salford', 'Torbay', 'Wakefield', 'York'];
const ORG_SUFFIXES = 'Trust|Partnership|Foundation|Fund|Council|Association|Consortium|Alliance|Group|Healthcare|Health|Society|Institute|Agency';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Sentences of the seed texts, cut at a full stop, question or exclamation mark before a space or line break. */
export function seedSentences(seeds: readonly string[]): string[] {
  const sentences: string[] = [];
  for (const seed of seeds) {
    for (const paragraph of seed.split(/\r?\n\s*\r?\n/)) {
      for (const sentence of paragraph.replace(/\s*\r?\n\s*/g, ' ').split(/(?<=[.!?]["”’)]?)\s+(?=[A-Z"“‘(£0-9])/)) {
        if (sentence.trim().length > 20) sentences.push(sentence.trim());
      }
    }
  }
  return sentences;
}

/** Rewrites a sentence with other people, organisations, years and figures, keeping its grammar. */
function vary(sentence: string, random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  return sentence
    .replace(new RegExp(`\\b[A-Z][a-z]+(?: [A-Z][a-z]+)? (${ORG_SUFFIXES})\\b`, 'g'), (match, suffix: string) =>
      random() < 0.6 ? `${pick(PLACES)} ${pick(SURNAMES)} ${suffix}` : match,
    )
    .replace(/\b(?:Mr|Mrs|Ms|Dr|Professor|Sir) [A-Z][a-z]+(?: [A-Z][a-z]+)?/g, (match) =>
      random() < 0.7 ? `${match.split(' ')[0]} ${pick(FIRST_NAMES)} ${pick(SURNAMES)}` : match,
    )
    .replace(/\b(19[5-9]\d|20[0-2]\d)\b/g, () => String(1990 + Math.floor(random() * 35)))
    // Figures of up to three digits (with thousands groups and decimals); four-digit runs are years, left to the line above.
    .replace(/(?<![\d.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?!\d)/g, (match) => similarNumber(match, random));
}

/** A different number written the same way: same digit groups and decimals, first digit non-zero. */
function similarNumber(literal: string, random: () => number): string {
  return literal.replace(/\d/g, (_, offset: number) => String(offset === 0 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10)));
}

function documentOf(targetBytes: number, sentences: readonly string[], random: () => number, title: string): string {
  const day = 1 + Math.floor(random() * 28);
  const header = `${title}\n\nPublished ${day} ${MONTHS[Math.floor(random() * 12)]} ${1995 + Math.floor(random() * 30)}\n\n`;
  const parts: string[] = [header];
  let bytes = Buffer.byteLength(header);
  while (bytes < targetBytes) {
    const count = 3 + Math.floor(random() * 4);
    const paragraph: string[] = [];
    for (let i = 0; i < count; i++) paragraph.push(vary(sentences[Math.floor(random() * sentences.length)], random));
    const text = `${paragraph.join(' ')}\n\n`;
    parts.push(text);
    bytes += Buffer.byteLength(text);
  }
  return parts.join('');
}

/** 2–50 KB, skewed towards the small end (mean about 10 KB, so 10,000 documents make about 100 MB). */
function documentSize(random: () => number): number {
  return Math.round(MIN_DOC_BYTES * (MAX_DOC_BYTES / MIN_DOC_BYTES) ** (random() ** 2));
}

/** Where the index-th generated document lives inside a corpus tree. */
export function documentPath(index: number): string {
  const folder = String(Math.floor(index / DOCS_PER_FOLDER)).padStart(3, '0');
  return join('docs', folder, `doc-${String(index).padStart(5, '0')}.txt`);
}

export function generateCorpus(options: { root: string; seedsDir: string; documents: number; seed: number; log?: (line: string) => void }): GeneratedCorpus {
  const { root, documents, seed } = options;
  const manifestPath = join(root, 'manifest.json');
  let manifest: Manifest | undefined;
  if (existsSync(manifestPath)) {
    const found = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (found.version === GENERATOR_VERSION && found.seed === seed && found.documents >= documents) manifest = found;
  }

  if (!manifest) {
    options.log?.(`generating ${documents} documents into ${root} (seed ${seed}) ...`);
    rmSync(root, { recursive: true, force: true });
    const random = seededRandom(seed);
    const sentences = seedSentences(readSeeds(options.seedsDir));
    const sizes: number[] = [];
    for (let index = 0; index < documents; index++) {
      const text = documentOf(documentSize(random), sentences, random, `Policy brief ${index + 1}`);
      writeFile(join(root, 'all', documentPath(index)), text);
      sizes.push(Buffer.byteLength(text));
    }
    const big = documentOf(BIG_DOC_BYTES, sentences, random, 'Annual review of public service mutuals');
    writeFile(join(root, 'all', BIG_DOC_PATH), big);
    manifest = { version: GENERATOR_VERSION, seed, documents, sizes, bigDocBytes: Buffer.byteLength(big) };
    writeFileSync(manifestPath, JSON.stringify(manifest));
  }

  const complete = manifest;
  return {
    root,
    treeFor(n: number): string {
      const tree = join(root, `n${n}`);
      if (!existsSync(join(tree, '.complete'))) {
        rmSync(tree, { recursive: true, force: true });
        for (let index = 0; index < n; index++) linkOrCopy(join(root, 'all', documentPath(index)), join(tree, documentPath(index)));
        linkOrCopy(join(root, 'all', BIG_DOC_PATH), join(tree, BIG_DOC_PATH));
        writeFileSync(join(tree, '.complete'), '');
      }
      return tree;
    },
    totalBytes(n: number): number {
      return complete.sizes.slice(0, n).reduce((sum, size) => sum + size, 0) + complete.bigDocBytes;
    },
  };
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Hard links keep the subset trees free; a file system without them gets copies. */
function linkOrCopy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
