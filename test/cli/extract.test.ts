import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../server/src/engine/types';
import { REPO_ROOT, runIn, workspace } from './helpers';

const SEED = 'seeds/000_cde4b1dd08b8758c.txt';
const ENTITY_KEYS = ['type', 'text', 'start', 'end', 'canonical', 'value'];

interface ExtractOutput {
  documents: Array<{ file: string; entities: Array<Record<string, unknown> & { type: string; text: string; start: number; end: number }> }>;
}

describe('policy-lens extract', () => {
  it('prints {"documents":[{"file","entities":[...]}]} for a seed, with the path as given and offsets that slice the text', async () => {
    const run = await runIn(REPO_ROOT, 'extract', SEED);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as ExtractOutput;
    expect(Object.keys(output)).toEqual(['documents']);
    expect(output.documents.map((doc) => doc.file)).toEqual([SEED]);

    const text = readFileSync(join(REPO_ROOT, SEED), 'utf8');
    const { entities } = output.documents[0];
    expect(entities.length).toBeGreaterThan(10);
    for (const entity of entities) {
      expect(ENTITY_KEYS).toEqual(expect.arrayContaining(Object.keys(entity)));
      expect(ENTITY_TYPES).toContain(entity.type);
      expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    }
    // Organisations carry their canonical display name; numbers and dates their normalised value.
    expect(entities.some((e) => e.type === 'organisation' && typeof e.canonical === 'string')).toBe(true);
    expect(entities.some((e) => e.type === 'percentage' && (e.value as { kind?: string })?.kind === 'percentage')).toBe(true);
  });

  it('keeps UTF-16 offsets exact on an invented CRLF text with a no-break space and an emoji', async () => {
    const text =
      'Published 3 March 2011\r\n\r\n😀 The Fenland Care Trust said that over 60\u00a0per cent of its 450 staff\r\n' +
      'backed the plan, which cost £2.5 million.\r\n';
    const root = workspace({ 'notes/crlf.txt': text });
    const run = await runIn(root, 'extract', 'notes/crlf.txt');
    expect(run.code).toBe(0);
    const [doc] = (JSON.parse(run.stdout) as ExtractOutput).documents;
    expect(doc.file).toBe('notes/crlf.txt');
    for (const entity of doc.entities) expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    const money = doc.entities.find((e) => e.type === 'money');
    expect(money?.value).toMatchObject({ kind: 'money', amount: 2_500_000, currency: 'GBP' });
    expect(doc.entities.some((e) => e.type === 'percentage' && e.text.includes('60'))).toBe(true);
  });

  it('lists every text of a directory, sorted, and prints a readable listing with --format text', async () => {
    const root = workspace({ 'corpus/b.txt': 'The NHS employs 1.2 million staff.', 'corpus/a.md': 'Published 4 May 2012.' });
    const run = await runIn(root, 'extract', '--format', 'text', 'corpus');
    expect(run.code).toBe(0);
    const headers = run.stdout.split('\n').filter((line) => /^\S/.test(line));
    expect(headers).toEqual([expect.stringMatching(/^corpus\/a\.md: \d+ entit/), expect.stringMatching(/^corpus\/b\.txt: \d+ entit/)]);
    expect(run.stdout).toMatch(/^ {2}1:\d+ +organisation +NHS/m);
  });
});

describe('--reference', () => {
  it('reads the workspace reference data, so a name only the team knows is found and resolved', async () => {
    const root = workspace({
      'texts/a.txt': 'Members of Harbour Lights said in 2011 that the scheme worked.\n',
      'team-aliases.json': JSON.stringify([
        { id: 'org:harbour-lights-housing', name: 'Harbour Lights Housing Association', aliases: ['Harbour Lights'], source: 'its rules' },
      ]),
    });
    const organisations = async (...args: string[]) =>
      (JSON.parse((await runIn(root, 'extract', ...args, 'texts/a.txt')).stdout) as ExtractOutput).documents[0].entities.filter(
        (e) => e.type === 'organisation',
      );
    expect(await organisations()).toEqual([]);
    expect(await organisations('--reference', 'team-aliases.json')).toEqual([
      expect.objectContaining({ text: 'Harbour Lights', canonical: 'Harbour Lights Housing Association' }),
    ]);
  });

  it('stops with exit 2 on a reference file it cannot use, naming it', async () => {
    const root = workspace({ 'texts/a.txt': 'The NHS.', 'broken.json': '[{"id": "org:x"' });
    const run = await runIn(root, 'extract', '--reference', 'broken.json', 'texts/a.txt');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^policy-lens: error: reference data: broken\.json: not valid JSON/);
  });
});

describe('bad input', () => {
  const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

  it('refuses a missing path with one error line and exit 2', async () => {
    const root = workspace({ 'real.txt': 'The NHS.' });
    const run = await runIn(root, 'extract', 'real.txt', 'missing.txt');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('policy-lens: error: missing.txt: no such file or directory\n');
  });

  it('refuses a directory that holds no texts', async () => {
    const root = workspace({ 'pdfs/report.pdf': '%PDF-1.4' });
    const run = await runIn(root, 'extract', 'pdfs');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('policy-lens: error: pdfs: directory holds no .txt or .md files\n');
  });

  it('skips a binary file with a warning, and fails only when nothing else was analysed', async () => {
    const root = workspace({ 'data.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), 'ok.txt': 'The NHS.' });
    const alone = await runIn(root, 'extract', 'data.txt');
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe(
      'policy-lens: warning: data.txt: skipped: binary file (contains NUL bytes)\n' +
        'policy-lens: error: nothing to analyse: the only file was skipped\n',
    );
    const mixed = await runIn(root, 'extract', 'data.txt', 'ok.txt');
    expect(mixed.code).toBe(0);
    expect(mixed.stderr).toBe('policy-lens: warning: data.txt: skipped: binary file (contains NUL bytes)\n');
    expect((JSON.parse(mixed.stdout) as ExtractOutput).documents.map((d) => d.file)).toEqual(['ok.txt']);
  });

  it('warns about a file that is not valid UTF-8, naming it', async () => {
    const root = workspace({ 'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x4e, 0x48, 0x53]), 'ok.txt': 'The NHS.' });
    const run = await runIn(root, 'extract', 'latin1.txt', 'ok.txt');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('policy-lens: warning: latin1.txt: skipped: not valid UTF-8\n');
  });

  it('skips a file over --max-file-size-kb with a warning', async () => {
    const root = workspace({ 'big.txt': 'The NHS said so. '.repeat(200), 'ok.txt': 'The NHS.' });
    const run = await runIn(root, 'extract', '--max-file-size-kb', '2', 'big.txt', 'ok.txt');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('policy-lens: warning: big.txt: skipped: 3 KB is over the 2 KB limit\n');
    noStackTrace(run.stderr);
  });

  it('explains usage errors in one line without a stack trace', async () => {
    const run = await runIn(REPO_ROOT, 'extract');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    noStackTrace(run.stderr);
  });
});
