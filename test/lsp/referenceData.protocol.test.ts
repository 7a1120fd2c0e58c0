import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntitiesResult } from '../../server/src/protocol';
import { fileUri, LspTestClient } from './harness/lspClient';

// A trusted workspace's own reference data (policyLens.referenceData): extra aliases in the
// organisations.json format, picked up when the setting changes, without a reload.

let workspace: string;
let client: LspTestClient;

const canonicalOf = async (text: string) => {
  const { entities } = await client.request<EntitiesResult>('policyLens/entities', { uri: fileUri(join(workspace, 'clinic.txt')) });
  return entities.find((entity) => entity.name === text || entity.aliases.includes(text))?.canonical;
};

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'policy-lens-reference-'));
  writeFileSync(join(workspace, 'clinic.txt'), 'Staff at BCP voted in 2012. Zanzibar Holdings Ltd owns the building.\n');
  writeFileSync(
    join(workspace, 'aliases.json'),
    JSON.stringify([{ id: 'org:brightwater-care', name: 'Brightwater Care Partnership', aliases: ['BCP'], source: 'the organisation’s own name' }]),
  );
  client = await LspTestClient.start({ workspace, trusted: true, settings: {} });
});

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

describe('reference data in a trusted workspace', () => {
  it('resolves an alias from the workspace file once the setting names it, without a reload', async () => {
    expect(await canonicalOf('BCP')).not.toBe('org:brightwater-care');
    const before = client.recorded.corpusChanges.length;
    client.settings = { referenceData: ['aliases.json'] };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => client.recorded.corpusChanges.slice(before).find((change) => change.reason === 'all'), 'the corpus to be rebuilt');
    expect(await canonicalOf('BCP')).toBe('org:brightwater-care');
    expect(client.recorded.messages.filter((message) => /reference data/i.test(message.message))).toEqual([]);
  });

  it('watches the reference-data file and reports a broken one instead of failing', async () => {
    const watchers = client.recorded.registrations.filter((registration) => registration.method === 'workspace/didChangeWatchedFiles').pop();
    const patterns = JSON.stringify(watchers?.registerOptions);
    expect(patterns).toContain('aliases.json');

    const before = client.recorded.messages.length;
    writeFileSync(join(workspace, 'aliases.json'), '[{"id": "org:x", ');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(workspace, 'aliases.json')), type: 2 }] });
    const notice = await client.waitFor(() => client.recorded.messages.slice(before).find((message) => /aliases\.json: not valid JSON/.test(message.message)), 'a notice');
    expect(notice.type).toBe(2);
    const { entities } = await client.request<EntitiesResult>('policyLens/entities', {});
    expect(entities.length).toBeGreaterThan(0);
  });
});
