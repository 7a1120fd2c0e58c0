import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { findTextInEditor, recordedToasts, revealHoverPart, rowTextsOf, startRecordingToasts, topLevelRowTextsOf, type TextOnScreen } from './inPage';

export type { TextOnScreen } from './inPage';

// What a user does in the VS Code workbench, as Playwright steps, with the selectors that proved stable on
// code-server 4.139 (VS Code 1.139). Every wait has a timeout and fails with a sentence saying what was
// expected on screen, so a failure reads as a behaviour that is missing, not as a stack of selectors.

export const SELECTORS = {
  workbench: '.monaco-workbench',
  paletteInput: '.quick-input-widget .quick-input-box input',
  paletteRows: '.quick-input-widget .quick-input-list .monaco-list-row',
  hover: '.monaco-hover',
  squigglyWarning: '.monaco-editor .squiggly-warning',
  problemsStatus: '#status\\.problems',
  toast: '.notifications-toasts .notification-toast',
  problemsRows: '.markers-panel .monaco-list-row',
} as const;

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator(SELECTORS.workbench).waitFor({ timeout: 60_000 });
  // The status bar's problems item appears once the workbench has restored its parts.
  await page.locator(SELECTORS.problemsStatus).waitFor({ timeout: 60_000 });
}

/** The Policy Lens status bar item (its DOM id ends with the item's id, after the extension's id). */
export function policyLensStatus(page: Page): Locator {
  return page.locator('.statusbar-item[id$="policyLens.status"]');
}

/**
 * Waits until Policy Lens has started and indexed the corpus, as the user sees it: the status bar item
 * no longer says "starting" or "indexing".
 */
export async function waitForPolicyLensReady(page: Page, timeoutMs = 60_000): Promise<void> {
  const status = policyLensStatus(page);
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = (await status.first().innerText({ timeout: 1_000 }).catch(() => '')).trim();
    if (text && !/starting|indexing/i.test(text)) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`Policy Lens did not become ready (its status bar item says "${text || 'nothing'}")`);
}

/** Saves a full-window screenshot as test-results/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(inject('resultsDir'), `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

async function openPalette(page: Page, text: string): Promise<Locator> {
  const input = page.locator(SELECTORS.paletteInput);
  // Right after a window loads, the first F1 can land before the keybindings are live: press again.
  for (let attempt = 0; !(await input.isVisible()); attempt += 1) {
    if (attempt === 10) throw new Error('The command palette does not open (F1)');
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 2_000 }).catch(() => undefined);
  }
  await input.fill(text);
  return input;
}

/**
 * Runs a command from the palette (F1), picking the entry whose label is exactly `label`. The palette lists
 * what is registered when the text is typed; an extension's commands can arrive a moment after the window,
 * so the text is typed again until the entry shows.
 */
export async function runCommand(page: Page, label: string): Promise<void> {
  const row = page.locator(SELECTORS.paletteRows).filter({ has: page.locator('.label-name', { hasText: label }) });
  const deadline = Date.now() + 20_000;
  for (;;) {
    await openPalette(page, `>${label}`);
    if (await row.first().waitFor({ timeout: 2_000 }).then(() => true, () => false)) break;
    if (Date.now() > deadline) throw new Error(`The command palette offers no command "${label}"`);
    await openPalette(page, '>');
  }
  await row.first().click();
}

/** In an open quick pick (an extension's showQuickPick), chooses the entry whose label starts with `label`. */
export async function chooseQuickPickItem(page: Page, label: string): Promise<void> {
  const row = page
    .locator(SELECTORS.paletteRows)
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }) });
  try {
    await row.first().waitFor({ timeout: 15_000 });
  } catch {
    const offered = await page.locator(SELECTORS.paletteRows).allInnerTexts();
    throw new Error(`The quick pick offers no "${label}" (it offers: ${offered.join(' | ') || 'nothing'})`);
  }
  await row.first().click();
}

/** Opens a workspace file through Quick Open and waits until its text is in the editor. */
export async function openFile(page: Page, fileName: string): Promise<void> {
  await openPalette(page, fileName);
  const row = page.locator(SELECTORS.paletteRows).filter({ hasText: fileName });
  try {
    await row.first().waitFor({ timeout: 15_000 });
  } catch {
    throw new Error(`Quick Open does not find ${fileName} in the workspace`);
  }
  await row.first().click();
  await page.locator(`.tabs-container .tab.active[aria-label*="${fileName}"]`).waitFor({ timeout: 15_000 });
  await activeEditor(page).locator('.view-line').first().waitFor({ timeout: 15_000 });
}

export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
}

/** Moves the cursor to a 1-based line and column with "Go to Line/Column", which also scrolls it into view. */
export async function goToLineColumn(page: Page, line: number, column: number): Promise<void> {
  await openPalette(page, `:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator(SELECTORS.paletteInput).waitFor({ state: 'hidden', timeout: 5_000 });
}

/** 1-based line and column of a UTF-16 offset in `text`, as VS Code counts them. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

/** Finds the n-th occurrence of `phrase` as rendered in the active editor (see findTextInEditor). */
export async function findTextOnScreen(page: Page, phrase: string, occurrence = 0): Promise<TextOnScreen | undefined> {
  return activeEditor(page).evaluate(findTextInEditor, { phrase, occurrence });
}

/** Waits until `phrase` is rendered in the active editor and returns where. */
export async function waitForTextOnScreen(page: Page, phrase: string, occurrence = 0, timeoutMs = 10_000): Promise<TextOnScreen> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await findTextOnScreen(page, phrase, occurrence);
    if (found && found.rects.length > 0) return found;
    if (Date.now() > deadline) throw new Error(`"${phrase}" is not visible in the active editor`);
    await page.waitForTimeout(200);
  }
}

/** Reveals the phrase at a known offset of the file's text, then hovers the middle of its first part. */
export async function hoverPhrase(page: Page, text: string, phrase: string, occurrence = 0): Promise<Locator> {
  const offset = nthIndexOf(text, phrase, occurrence);
  const { line, column } = lineColumnOf(text, offset);
  await goToLineColumn(page, line, column);
  // Count the occurrences rendered above it, so the right one is hovered when the phrase repeats nearby.
  const onScreen = await locateOccurrenceNear(page, phrase);
  const target = onScreen.rects[0];
  const x = target.x + Math.min(target.width / 2, 40);
  const y = target.y + target.height / 2;
  // A real pointer arrives from somewhere: moving in steps triggers the editor's mouse-move hover logic.
  await page.mouse.move(x - 60, y + 40);
  await page.mouse.move(x, y, { steps: 8 });
  const hover = page.locator(SELECTORS.hover).filter({ visible: true });
  try {
    await hover.first().waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    throw new Error(`No hover appeared over "${phrase}"`);
  }
  return hover.first();
}

function nthIndexOf(text: string, phrase: string, occurrence: number): number {
  let at = -1;
  for (let index = 0; index <= occurrence; index += 1) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`The text does not contain "${phrase}" ${occurrence + 1} times`);
  }
  return at;
}

/** The on-screen occurrence of `phrase` closest to the cursor (which Go to Line/Column put at its start). */
async function locateOccurrenceNear(page: Page, phrase: string): Promise<TextOnScreen> {
  const cursor = await activeEditor(page).locator('.cursors-layer .cursor').first().boundingBox();
  let best: TextOnScreen | undefined;
  let bestDistance = Infinity;
  for (let occurrence = 0; occurrence < 50; occurrence += 1) {
    const found = await findTextOnScreen(page, phrase, occurrence);
    if (!found) break;
    const first = found.rects[0];
    if (!first) continue;
    const distance = cursor ? Math.hypot(first.x - cursor.x, first.y - cursor.y) : 0;
    if (distance < bestDistance) {
      best = found;
      bestDistance = distance;
    }
  }
  if (!best) throw new Error(`"${phrase}" is not visible in the active editor`);
  return best;
}

/** Opens the Problems panel (through the command palette) and returns its rows. */
export async function openProblems(page: Page): Promise<Locator> {
  const rows = page.locator(SELECTORS.problemsRows);
  if (!(await page.locator('.markers-panel').isVisible())) {
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  }
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 10_000 });
  return rows;
}

/**
 * The documents the Problems panel lists. The panel's list is virtual (only rows on screen exist), so its
 * tree is collapsed first, leaving one row per document.
 */
export async function documentsInProblems(page: Page): Promise<string[]> {
  await page.locator('.part.panel .title-actions [aria-label="Collapse All"]').first().click();
  return page.locator(SELECTORS.problemsRows).evaluateAll(topLevelRowTextsOf);
}

/** The visible text of each row of a list or tree, in order (aria-labels carry the full text of a row). */
export async function rowTexts(rows: Locator): Promise<string[]> {
  return rows.evaluateAll(rowTextsOf);
}

/** Closes every open editor, so a scenario starts from an empty editor area. */
export async function closeAllEditors(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  // "Don't Save" if a scenario left a modified document behind: its changes are not part of the next one.
  const dontSave = page.getByRole('button', { name: "Don't Save" });
  if (await dontSave.isVisible({ timeout: 1_000 }).catch(() => false)) await dontSave.click();
}

/** Starts recording every notification toast, however briefly shown (read them with toastsSeen). */
export async function recordToasts(page: Page): Promise<void> {
  await page.evaluate(startRecordingToasts);
}

export async function toastsSeen(page: Page): Promise<string[]> {
  return page.evaluate(recordedToasts);
}

/**
 * The text of the hover part matching `pattern` (a hover stacks one part per provider: diagnostics first,
 * then the entity card), scrolled into view; waits until it is there.
 */
export async function hoverPart(hover: Locator, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await hover.evaluate(revealHoverPart, { source: pattern.source, flags: pattern.flags });
    if (text) return text;
    if (Date.now() > deadline) throw new Error(`The hover has no part matching ${pattern}: "${await hover.innerText()}"`);
    await hover.page().waitForTimeout(250);
  }
}
