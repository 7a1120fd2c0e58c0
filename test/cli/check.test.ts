import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR, runIn, workspace, type CliRun } from './helpers';

// `check` over a copy of the seeds (which hold known cross-source conflicts), in a workspace of
// its own so each test can add or leave out a reviews file.

interface CheckJson {
  conflicts: Array<{ id: string; kind: string; subject: string; attribute: string; claims: Array<Record<string, unknown>> }>;
}

function seedWorkspace(): string {
  const root = workspace({});
  cpSync(SEEDS_DIR, join(root, 'seeds'), { recursive: true });
  return root;
}

function writeReviews(root: string, fingerprints: string[]): void {
  mkdirSync(join(root, '.policy-lens'), { recursive: true });
  const reviewed = fingerprints.map((fingerprint) => ({ fingerprint, reviewedAt: '2024-01-01T00:00:00Z' }));
  writeFileSync(join(root, '.policy-lens', 'reviews.json'), JSON.stringify({ version: 1, reviewed }));
}

describe('policy-lens check on the seeds', () => {
  let root: string;
  let json: CheckRun;
  type CheckRun = CliRun & { parsed: CheckJson };

  beforeAll(async () => {
    root = seedWorkspace();
    const run = await runIn(root, 'check', '--format', 'json');
    json = { ...run, parsed: JSON.parse(run.stdout) as CheckJson };
  });

  it('defaults to ./seeds, prints an entity summary per document and the conflicts like a compiler, and exits 1', async () => {
    const run = await runIn(root, 'check');
    expect(run.code).toBe(1);
    const summaries = run.stdout.split('\n').filter((line) => /^seeds\/[^:]+\.txt: \d+ entities \(/.test(line));
    expect(summaries).toHaveLength(5);
    expect(run.stdout).toMatch(/^seeds\/\S+\.txt:\d+:\d+ {2}warning {2}\S.* {2}\[conflict\.(negation|categorical|numeric|role|date)\]$/m);
    expect(run.stdout).toMatch(/^ {4}seeds\/\S+\.txt:\d+:\d+ {2}related: .+$/m);
    expect(run.stdout).toMatch(/\d+ conflicts?: \d+ unreviewed, 0 reviewed \(5 documents, \d+ entities\)\.\n$/);
  });

  it('--format json gives every conflict its id, kind, subject, attribute and claims with file, offsets, text and value', () => {
    expect(json.code).toBe(1);
    expect(json.parsed.conflicts.length).toBeGreaterThan(0);
    for (const conflict of json.parsed.conflicts) {
      expect(Object.keys(conflict)).toEqual(['id', 'kind', 'subject', 'attribute', 'claims']);
      expect(['negation', 'categorical', 'numeric', 'role', 'date']).toContain(conflict.kind);
      expect(conflict.claims.length).toBeGreaterThanOrEqual(2);
      for (const claim of conflict.claims) {
        expect(Object.keys(claim)).toEqual(['file', 'start', 'end', 'text', 'value']);
        expect(claim.file).toMatch(/^seeds\/.+\.txt$/);
      }
    }
  });

  it('--format sarif gives one result per conflict with locations, related locations and the conflict id as fingerprint', async () => {
    const run = await runIn(root, 'check', '--format', 'sarif');
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    const results = log.runs[0].results as Array<Record<string, any>>;
    expect(results.map((r) => r.partialFingerprints['policyLensConflict/v1']).sort()).toEqual(json.parsed.conflicts.map((c) => c.id).sort());
    for (const result of results) {
      expect(result.ruleId).toMatch(/^conflict\./);
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^seeds\/.+\.txt$/);
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(result.relatedLocations.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('exits 0 once every conflict is in .policy-lens/reviews.json, and still 1 while one is not', async () => {
    const ids = json.parsed.conflicts.map((c) => c.id);
    const reviewedRoot = seedWorkspace();
    writeReviews(reviewedRoot, ids);
    const allReviewed = await runIn(reviewedRoot, 'check');
    expect(allReviewed.code).toBe(0);
    expect(allReviewed.stdout).not.toContain('  warning  ');
    expect(allReviewed.stdout).toContain(`: 0 unreviewed, ${ids.length} reviewed`);
    expect(JSON.parse((await runIn(reviewedRoot, 'check', '--format', 'json')).stdout).conflicts).toEqual([]);

    const partlyRoot = seedWorkspace();
    writeReviews(partlyRoot, ids.slice(1));
    expect((await runIn(partlyRoot, 'check')).code).toBe(1);
  });

  it('stops with exit 2 on a reviews file that is not valid JSON, rather than guessing', async () => {
    const badRoot = seedWorkspace();
    mkdirSync(join(badRoot, '.policy-lens'));
    writeFileSync(join(badRoot, '.policy-lens', 'reviews.json'), '{ "version": 1, "reviewed": [');
    const run = await runIn(badRoot, 'check');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^policy-lens: error: \.policy-lens\/reviews\.json: reviews file is not valid JSON/);
  });
});

describe('policy-lens check elsewhere', () => {
  it('exits 0 and says so when the texts hold no conflict', async () => {
    const root = workspace({ 'calm/a.txt': 'The weather in Exeter was fine on Tuesday.\n' });
    const run = await runIn(root, 'check', 'calm');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No conflicts (1 document,');
  });

  it('falls back to the seeds shipped with the tool when the working directory has no seeds/', async () => {
    const root = workspace({ 'README.md': 'nothing here' });
    const { runCli } = await import('../../server/src/cli/main');
    let stdout = '';
    const code = await runCli(['check', '--format', 'json'], {
      cwd: root,
      out: (text) => (stdout += text),
      err: () => undefined,
      shippedSeedsDir: SEEDS_DIR,
    });
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as CheckJson).conflicts.length).toBeGreaterThan(0);
  });

  it('fails with exit 2 when there are no paths and no seeds anywhere', async () => {
    const run = await runIn(workspace({ 'README.md': 'nothing here' }), 'check');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no paths given and no seeds/ folder');
  });
});
