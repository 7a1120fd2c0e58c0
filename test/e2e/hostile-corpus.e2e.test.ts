import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/editor/paths.mjs';
import { resultsDir, startEditorSession, type EditorSession } from './support/editorSession';
import { SELECTORS, hoverPart, hoverPhrase, openFile, screenshot } from './support/workbench';

// A corpus with files that must not be analysed: a binary file with a .txt name and a 20 MB text, ten times
// the default size limit. The editor must say so clearly, not hang, and keep answering on the real texts.

const SEED_000 = '000_cde4b1dd08b8758c.txt';
const BINARY = 'scanned-report.txt';
const HUGE = 'hansard-dump.txt';

let session: EditorSession;
let workspace: string;
let page: Page;

function writeHostileWorkspace(): string {
  const dir = path.join(resultsDir(), 'hostile', 'workspace');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(projectRoot, 'seeds', SEED_000), path.join(dir, SEED_000));
  // A PNG-like header and NUL bytes: what a mis-named image or PDF looks like to a text reader.
  const binary = Buffer.alloc(64 * 1024);
  for (let index = 0; index < binary.length; index += 1) binary[index] = (index * 7919) % 256;
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).copy(binary);
  fs.writeFileSync(path.join(dir, BINARY), binary);
  // 20 MB of real policy prose, so it is a text file in every respect but its size.
  const seedText = fs.readFileSync(path.join(projectRoot, 'seeds', SEED_000), 'utf8');
  const repeats = Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(seedText));
  const huge = fs.openSync(path.join(dir, HUGE), 'w');
  for (let index = 0; index < repeats; index += 1) fs.writeSync(huge, seedText);
  fs.closeSync(huge);
  return dir;
}

beforeAll(async () => {
  workspace = writeHostileWorkspace();
  session = await startEditorSession('hostile', workspace);
  page = await session.openWorkbench();
});

afterAll(async () => {
  await session?.close();
});

describe('Policy Lens on a corpus holding a binary file and a 20 MB text', () => {
  it('tells the user which files it skipped and why', async () => {
    await openFile(page, SEED_000);
    const toasts = page.locator(SELECTORS.toast);
    await expect
      .poll(async () => (await toasts.allInnerTexts()).join('\n'), { timeout: 60_000, interval: 500 })
      .toMatch(new RegExp(`${BINARY}|${HUGE}`));
    const notice = (await toasts.allInnerTexts()).join('\n');
    await screenshot(page, '09a-hostile-notice');
    expect(notice).toMatch(/binary|too large|larger|size|skipp/i);
  });

  it('stays responsive: a hover on the real text still answers within seconds', async () => {
    const started = Date.now();
    const hover = await hoverPhrase(page, fs.readFileSync(path.join(workspace, SEED_000), 'utf8'), 'Circle Health Partnership');
    expect(await hoverPart(hover, /organi[sz]ation/i)).toContain('Circle');
    await screenshot(page, '09b-hostile-hover');
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
