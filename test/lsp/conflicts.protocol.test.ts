import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import type { CheckCorpusResult, ClaimMatrixResult, ConflictsResult, SetReviewedResult } from '../../server/src/protocol';
import { fileUri, LspTestClient, sameUri, seedText, seedUri } from './harness/lspClient';

// Conflict diagnostics, their code actions, reviews and the conflict-related custom requests,
// over the real protocol on the shipped seeds (seed 000 holds claims that Circle is, and is NOT,
// an employee-owned co-operative).

const SEED = '000_cde4b1dd08b8758c.txt';
const uri = seedUri(SEED);

let client: LspTestClient;
let workspace: string;
let diagnostics: Diagnostic[];

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-conflicts-'));
  client = await LspTestClient.start({ workspace });
  client.open(uri, seedText(SEED));
  diagnostics = (await client.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0)).diagnostics;
});

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

const reviewsFile = () => join(workspace, '.policy-lens', 'reviews.json');
const conflictIdOf = (diagnostic: Diagnostic) => (diagnostic.data as { conflictId: string }).conflictId;

describe('conflict diagnostics', () => {
  it('are warnings from Policy Lens with a conflict.<kind> code', () => {
    for (const diagnostic of diagnostics) {
      expect(diagnostic.source).toBe('Policy Lens');
      expect(diagnostic.severity).toBe(2);
      expect(String(diagnostic.code)).toMatch(/^conflict\.(negation|categorical|numeric|role|date)$/);
    }
  });

  it('say what the other source says and point at every opposing claim', () => {
    for (const diagnostic of diagnostics) {
      expect(diagnostic.message).toMatch(/^(Another source says|Other sources say|This document also says) /);
      expect(diagnostic.relatedInformation?.length).toBeGreaterThan(0);
      for (const related of diagnostic.relatedInformation!) {
        expect(related.location.uri).toMatch(/^file:/);
        expect(related.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('flag the claim that Circle is NOT an employee-owned co-operative', () => {
    const text = seedText(SEED);
    const lines = text.split('\n');
    const flagged = diagnostics.map((diagnostic) => lines[diagnostic.range.start.line]);
    expect(flagged.some((line) => /Circle Health is NOT an/.test(line))).toBe(true);
  });

  it('carry the document version they were computed for', () => {
    const published = client.recorded.diagnostics.filter((params) => sameUri(params.uri, uri));
    expect(published[published.length - 1].version).toBe(1);
  });
});

describe('code actions on a conflict diagnostic', () => {
  it('offer to open each conflicting source and to mark the conflict reviewed', async () => {
    const diagnostic = diagnostics[0];
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const opens = actions.filter((action) => action.title.startsWith('Open the conflicting source: '));
    expect(opens.length).toBe(diagnostic.relatedInformation!.length);
    for (const action of opens) {
      expect(action.command?.command).toBe('policyLens.openLocation');
      const target = action.command!.arguments![0] as { uri: string; range: unknown };
      expect(diagnostic.relatedInformation!.some((related) => related.location.uri === target.uri)).toBe(true);
    }
    const review = actions.find((action) => action.title === 'Mark this conflict as reviewed');
    expect(review?.command).toEqual({ title: 'Mark this conflict as reviewed', command: 'policyLens.markReviewed', arguments: [conflictIdOf(diagnostic)] });
  });

  it('ignore diagnostics that are not ours', async () => {
    const foreign = { ...diagnostics[0], source: 'spell-checker', data: undefined };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: foreign.range,
      context: { diagnostics: [foreign] },
    });
    expect(actions).toEqual([]);
  });
});

describe('reviewing a conflict', () => {
  it('"Mark this conflict as reviewed" writes reviews.json and makes the diagnostic go away', async () => {
    const id = conflictIdOf(diagnostics[0]);
    const before = client.recorded.diagnostics.length;
    await client.request('workspace/executeCommand', { command: 'policyLens.markReviewed', arguments: [id] });
    const republished = await client.waitForDiagnostics(uri, () => true, before);
    expect(republished.diagnostics.map(conflictIdOf)).not.toContain(id);

    const stored = JSON.parse(readFileSync(reviewsFile(), 'utf8'));
    expect(stored.version).toBe(1);
    const entry = stored.reviewed.find((review: { fingerprint: string }) => review.fingerprint === id);
    expect(entry.subject).toMatch(/:/);
    expect(entry.values.length).toBeGreaterThanOrEqual(2);
    expect(new Date(entry.reviewedAt).toString()).not.toBe('Invalid Date');
    expect(readFileSync(reviewsFile(), 'utf8')).toMatch(/^\{\n {2}"version": 1,/);
  });

  it('policyLens/conflicts hides reviewed conflicts unless asked, and flags them', async () => {
    const id = conflictIdOf(diagnostics[0]);
    const open = await client.request<ConflictsResult>('policyLens/conflicts', {});
    expect(open.conflicts.map((conflict) => conflict.id)).not.toContain(id);
    const all = await client.request<ConflictsResult>('policyLens/conflicts', { includeReviewed: true });
    const reviewed = all.conflicts.find((conflict) => conflict.id === id);
    expect(reviewed?.reviewed).toBe(true);
    expect(reviewed!.claims.length).toBeGreaterThanOrEqual(2);
    for (const claim of reviewed!.claims) {
      expect(claim.valueLabel.length).toBeGreaterThan(0);
      expect(claim.documentLabel).toMatch(/\.(txt|md)$/);
    }
  });

  it('policyLens/conflicts lists as many claims as asked, every value first, and counts them all', async () => {
    const all = await client.request<ConflictsResult>('policyLens/conflicts', { includeReviewed: true });
    const one = await client.request<ConflictsResult>('policyLens/conflicts', { includeReviewed: true, claimsPerConflict: 1 });
    expect(one.conflicts.map((conflict) => conflict.id)).toEqual(all.conflicts.map((conflict) => conflict.id));
    for (const [index, whole] of all.conflicts.entries()) {
      const values = new Set(whole.claims.map((claim) => claim.valueLabel));
      expect(whole.claimCount).toBe(whole.claims.length);
      expect(whole.valueCount).toBe(values.size);
      expect(whole.sourceCount).toBe(new Set(whole.claims.map((claim) => claim.uri)).size);
      const bounded = one.conflicts[index]!;
      expect(bounded.claims).toHaveLength(1);
      expect({ claims: bounded.claimCount, values: bounded.valueCount, sources: bounded.sourceCount }).toEqual({
        claims: whole.claimCount,
        values: whole.valueCount,
        sources: whole.sourceCount,
      });
      const perValue = await client.request<ConflictsResult>('policyLens/conflicts', { includeReviewed: true, claimsPerConflict: values.size });
      const listed = perValue.conflicts.find((conflict) => conflict.id === whole.id)!;
      expect(new Set(listed.claims.map((claim) => claim.valueLabel))).toEqual(values);
    }
  });

  it('policyLens/setReviewed reopens it: the diagnostic comes back and the file forgets it', async () => {
    const id = conflictIdOf(diagnostics[0]);
    const before = client.recorded.diagnostics.length;
    const result = await client.request<SetReviewedResult>('policyLens/setReviewed', { conflictId: id, reviewed: false });
    expect(result).toEqual({ conflictId: id, reviewed: false, changed: true });
    const republished = await client.waitForDiagnostics(uri, (params) => params.diagnostics.some((d) => conflictIdOf(d) === id), before);
    expect(republished.diagnostics.length).toBe(diagnostics.length);
    const stored = JSON.parse(readFileSync(reviewsFile(), 'utf8'));
    expect(stored.reviewed.map((review: { fingerprint: string }) => review.fingerprint)).not.toContain(id);
  });

  it('policyLens/setReviewed refuses an id that names no current conflict', async () => {
    await expect(client.request('policyLens/setReviewed', { conflictId: 'no-such-conflict', reviewed: true })).rejects.toThrow(/No current conflict/);
  });
});

describe('the claim matrix', () => {
  it('has a row per disputed subject and attribute, a cell per source, disagreeing cells marked', async () => {
    const matrix = await client.request<ClaimMatrixResult>('policyLens/claimMatrix', {});
    expect(matrix.sources.length).toBeGreaterThanOrEqual(2);
    const disputed = matrix.rows.filter((row) => Object.values(row.cells).some((cell) => cell.disagrees));
    expect(disputed.length).toBeGreaterThan(0);
    const circle = disputed.find((row) => /Circle/.test(row.subjectName));
    expect(circle).toBeDefined();
    for (const [source, cell] of Object.entries(circle!.cells)) {
      expect(matrix.sources.map((s) => s.uri)).toContain(source);
      expect(cell.valueLabel.length).toBeGreaterThan(0);
      expect(cell.claims[0].uri).toBe(source);
    }
  });
});

describe('checking the whole corpus', () => {
  it('reports work-done progress, publishes diagnostics for every document with conflicts, and counts', async () => {
    const before = client.recorded.diagnostics.length;
    const token = 'check-1';
    const result = await client.request<CheckCorpusResult>('policyLens/checkCorpus', { workDoneToken: token });
    expect(result.documents).toBeGreaterThanOrEqual(5);
    expect(result.entities).toBeGreaterThan(0);
    expect(result.claims).toBeGreaterThan(0);
    expect(result.conflicts).toBeGreaterThan(0);
    expect(result.documentsWithConflicts).toBeGreaterThanOrEqual(2);
    const kinds = client.recorded.progress.filter((progress) => progress.token === token).map((progress) => progress.value.kind);
    expect(kinds[0]).toBe('begin');
    expect(kinds[kinds.length - 1]).toBe('end');
    const published = client.recorded.diagnostics.slice(before).filter((params) => params.diagnostics.length > 0);
    expect(new Set(published.map((params) => params.uri)).size).toBe(result.documentsWithConflicts);
    expect(published.some((params) => !sameUri(params.uri, uri))).toBe(true);
  });

  it('keeps the reviews file, listing nothing, once every review is undone', () => {
    expect(existsSync(reviewsFile())).toBe(true);
    expect(JSON.parse(readFileSync(reviewsFile(), 'utf8')).reviewed).toEqual([]);
  });
});

describe('a reviewed conflict that a new source changes', () => {
  const write = (name: string, text: string) => {
    writeFileSync(join(workspace, name), text);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(workspace, name)), type: 1 }] });
  };
  const numeric = (params: { diagnostics: Diagnostic[] }) => params.diagnostics.filter((d) => d.code === 'conflict.numeric');

  it('comes back under a new fingerprint, citing the new source', async () => {
    const text = 'Brightwater Care Partnership employs 770 staff, its chair said in 2012.\n';
    write('staff-a.txt', text);
    write('staff-b.txt', 'Brightwater Care Partnership employs about 650 staff, a 2012 audit found.\n');
    const staffA = fileUri(join(workspace, 'staff-a.txt'));
    client.open(staffA, text);
    const first = numeric(await client.waitForDiagnostics(staffA, (params) => numeric(params).length > 0));
    const reviewedId = conflictIdOf(first[0]);

    let before = client.recorded.diagnostics.length;
    await client.request('workspace/executeCommand', { command: 'policyLens.markReviewed', arguments: [reviewedId] });
    expect(numeric(await client.waitForDiagnostics(staffA, () => true, before))).toEqual([]);

    before = client.recorded.diagnostics.length;
    write('staff-c.txt', 'Brightwater Care Partnership employs 900 staff, according to a 2012 report.\n');
    const back = numeric(await client.waitForDiagnostics(staffA, (params) => numeric(params).length > 0, before));
    expect(conflictIdOf(back[0])).not.toBe(reviewedId);
    expect(back[0].relatedInformation!.some((related) => related.location.uri.endsWith('/staff-c.txt'))).toBe(true);
    expect(back[0].message).toMatch(/^Other sources say the number of staff for Brightwater Care Partnership is about 650 staff \(staff-b\.txt.*\); the number of staff for Brightwater Care Partnership is 900 staff \(staff-c\.txt/);
  });
});
