import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchCodeServer, prepareProfile, type EditorProfile, type RunningEditor } from '../../../scripts/editor/codeServer.mjs';
import { installExtension } from '../../../scripts/editor/extension.mjs';
import { CHROMIUM_PATH, projectRoot } from '../../../scripts/editor/paths.mjs';
import { waitForPolicyLensReady, waitForWorkbench } from './workbench';

// One real editor for one test file: a fresh code-server profile (settings, extensions, XDG folders) with
// the freshly packaged Policy Lens installed, opened on the given workspace, and a Chromium to look at it.

/** Settings on top of the recipe's that make the screen predictable for a test. */
const TEST_SETTINGS = {
  // Long paragraphs wrap, so a phrase is on screen without horizontal scrolling.
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'workbench.colorTheme': 'Default Dark Modern',
  'window.commandCenter': false,
  'files.autoSave': 'off',
  'workbench.editor.enablePreview': false,
  'git.enabled': false,
  'extensions.ignoreRecommendations': true,
};

/** Chromium flags from the recipe: no sandbox (root), no GPU, and no background traffic on a closed network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface EditorSession {
  name: string;
  dir: string;
  workspace: string;
  profile: EditorProfile;
  editor: RunningEditor;
  browser: Browser;
  /** Opens a new browser window on the workspace; resolves once the workbench shows and Policy Lens is ready. */
  openWorkbench(): Promise<Page>;
  close(): Promise<void>;
}

export function resultsDir(): string {
  return inject('resultsDir');
}

/**
 * Starts a fresh editor on `workspace`. `name` names its folder under test-results/e2e/, where its profile
 * and log stay after the run for anyone investigating a failure.
 */
export async function startEditorSession(name: string, workspace: string, extraSettings: Record<string, unknown> = {}): Promise<EditorSession> {
  const dir = path.join(resultsDir(), name);
  fs.rmSync(path.join(dir, 'profile'), { recursive: true, force: true });
  const profile = prepareProfile(path.join(dir, 'profile'), { ...TEST_SETTINGS, ...extraSettings });
  installExtension(profile, { vsix: inject('vsix') || undefined });
  const editor = await launchCodeServer({ profile, workspace });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    await editor.stop();
    throw error;
  }
  const pages: Page[] = [];
  return {
    name,
    dir,
    workspace,
    profile,
    editor,
    browser,
    async openWorkbench() {
      // A new context is a fresh browser profile: no state carried over from the previous scenario's page.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      pages.push(page);
      await page.goto(`${editor.url}/?folder=${encodeURIComponent(workspace)}`);
      await waitForWorkbench(page);
      await waitForPolicyLensReady(page);
      return page;
    },
    async close() {
      await Promise.allSettled(pages.map((page) => page.context().close()));
      await browser.close().catch(() => undefined);
      await editor.stop();
    },
  };
}

/** A scratch workspace holding a copy of the seed texts, so scenarios never write into the repository. */
export function seedWorkspace(name: string): string {
  const workspace = path.join(resultsDir(), name, 'workspace');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.mkdirSync(workspace, { recursive: true });
  const seeds = path.join(projectRoot, 'seeds');
  for (const file of fs.readdirSync(seeds)) fs.copyFileSync(path.join(seeds, file), path.join(workspace, file));
  return workspace;
}
