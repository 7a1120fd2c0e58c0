import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureEditor } from '../../scripts/editor/install-editor.mjs';
import { buildExtension, packageVsix } from '../../scripts/editor/extension.mjs';
import { projectRoot } from '../../scripts/editor/paths.mjs';

// Once per run: make sure the editor and Chromium are installed (instant when they are), build the extension
// from the current sources and package it, so every test file installs the same, freshly built .vsix.

declare module 'vitest' {
  export interface ProvidedContext {
    /** The packaged extension, or '' when the project cannot package one yet (the folder is copied instead). */
    vsix: string;
    /** Where scenarios keep their screenshots, editor profiles and workspaces. */
    resultsDir: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  await ensureEditor({ browser: true });
  const resultsDir = path.join(projectRoot, 'test-results', 'e2e');
  fs.mkdirSync(resultsDir, { recursive: true });
  // Screenshots are this run's evidence: none may be left over from an earlier run. (Each editor session
  // clears its own profile and workspace folders when it starts.)
  for (const file of fs.readdirSync(resultsDir)) {
    if (file.endsWith('.png')) fs.rmSync(path.join(resultsDir, file));
  }
  buildExtension();
  project.provide('vsix', packageVsix(path.join(resultsDir, 'vsix')) ?? '');
  project.provide('resultsDir', resultsDir);
}
