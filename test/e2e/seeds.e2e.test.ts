import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { processesInGroup } from '../../scripts/editor/codeServer.mjs';
import { seedWorkspace, startEditorSession, type EditorSession } from './support/editorSession';
import {
  SELECTORS, activeEditor, documentsInProblems, findTextOnScreen, goToLineColumn, hoverPart, hoverPhrase, lineColumnOf, openFile,
  chooseQuickPickItem, openProblems, recordToasts, rowTexts, runCommand, screenshot, toastsSeen, waitForTextOnScreen,
} from './support/workbench';
import { boxesOf } from './support/inPage';
import { expandAll, openPolicyLensPanel, viewPane, viewRows } from './support/sidePanel';
import { indexCacheFiles, indexingSummaries, policyLensLogs, readLog } from './support/serverLog';

// The scenarios a researcher goes through on the seed corpus, in a real VS Code with Policy Lens installed
// from its .vsix. Each test opens its own browser window (and so its own extension host and language server)
// and asserts what is on screen; each leaves a screenshot in test-results/e2e/.

const SEED_000 = '000_cde4b1dd08b8758c.txt';
const SEED_004 = '004_c591c6519c85230c.txt';
/** Any seed file name, as the editor and Policy Lens label documents. */
const SEED_NAME = /\b00[0-4]_[0-9a-f]{6,}/;

let session: EditorSession;
let workspace: string;
let page: Page | undefined;

function seedText(file: string): string {
  return fs.readFileSync(path.join(workspace, file), 'utf8');
}

async function newWindow(): Promise<Page> {
  page = await session.openWorkbench();
  return page;
}

beforeAll(async () => {
  workspace = seedWorkspace('seeds');
  session = await startEditorSession('seeds', workspace);
});

afterEach(async (context) => {
  if (page && context.task.result?.state === 'fail') {
    await screenshot(page, `failed-${context.task.name.slice(0, 60).replace(/[^a-z0-9]+/gi, '-')}`).catch(() => undefined);
  }
  // Closing the window ends its extension host and so its language server before the next scenario.
  await page?.context().close();
  page = undefined;
});

afterAll(async () => {
  await session?.close();
});

describe('Policy Lens in a real VS Code, on the seed corpus', () => {
  it('colours entity spans with semantic tokens, unlike the plain words around them', async () => {
    const page = await newWindow();
    await openFile(page, SEED_000);
    const text = seedText(SEED_000);
    const { line, column } = lineColumnOf(text, text.indexOf('Circle Health Partnership'));
    await goToLineColumn(page, line, column);

    // Semantic tokens arrive after the server has analysed the document: wait for the colours to change.
    await expect
      .poll(async () => {
        const entity = await findTextOnScreen(page, 'Circle Health Partnership');
        return entity?.spans.every((span) => !/\bmtk1\b/.test(span.className) && span.color !== entity.plainColor) ?? false;
      }, { timeout: 30_000, interval: 500 })
      .toBe(true);
    const organisation = await waitForTextOnScreen(page, 'Circle Health Partnership');
    const person = await waitForTextOnScreen(page, 'Ali Parsa');
    const plainWord = await waitForTextOnScreen(page, 'successful');
    await screenshot(page, '01-entity-highlighting');

    expect(person.spans.every((span) => span.color !== person.plainColor)).toBe(true);
    // The plain word between them keeps the editor's default colour: not everything is painted.
    expect(plainWord.spans.map((span) => span.color)).toEqual(plainWord.spans.map(() => plainWord.plainColor));
    // An organisation and a person are told apart by colour.
    expect(organisation.spans[0].color).not.toBe(person.spans[0].color);
  });

  it('shows the canonical organisation and its mentions in other documents when hovering Circle Health Partnership', async () => {
    const page = await newWindow();
    await openFile(page, SEED_000);
    await waitForEntityColour(page, 'Circle Health Partnership');
    const hover = await hoverPhrase(page, seedText(SEED_000), 'Circle Health Partnership');
    // The claim's conflict diagnostic shares the hover; the entity card is the part naming the entity type.
    const card = await hoverPart(hover, /organi[sz]ation/i);
    await screenshot(page, '02-entity-hover');

    expect(card).toContain('Circle');
    // Seed 004 calls it "Circle Healthcare": the card must lead there.
    expect(card).toContain(SEED_004.replace('.txt', ''));
  });

  it('puts a conflict squiggle on the claim that Circle is an employee-owned co-operative, naming the other source', async () => {
    const page = await newWindow();
    await openFile(page, SEED_000);
    const text = seedText(SEED_000);
    const claim = 'successful employee-owned co-operative';
    const { line, column } = lineColumnOf(text, text.indexOf(claim));
    await goToLineColumn(page, line, column);

    const squiggles = activeEditor(page).locator('.squiggly-warning');
    await expect.poll(() => squiggles.count(), { timeout: 30_000, interval: 500 }).toBeGreaterThan(0);
    const claimOnScreen = await waitForTextOnScreen(page, claim);
    const squiggleBoxes = await squiggles.evaluateAll(boxesOf);
    const overlapsClaim = squiggleBoxes.some((box) =>
      claimOnScreen.rects.some(
        (rect) => box.x < rect.x + rect.width && rect.x < box.x + box.width && box.y < rect.y + rect.height && rect.y < box.y + box.height,
      ),
    );
    expect(overlapsClaim, 'a warning squiggle overlaps the employee-owned co-operative claim').toBe(true);

    const hover = await hoverPhrase(page, text, 'employee-owned co-operative');
    const diagnostic = await hoverPart(hover, /Policy Lens/);
    // It says what the other source says, and where: a document name with the claim's line.
    expect(diagnostic).toMatch(/NOT|not/);
    expect(diagnostic).toMatch(SEED_NAME);
    await screenshot(page, '03a-conflict-hover');
    await page.mouse.move(5, 5);

    const rows = await openProblems(page);
    await expect.poll(async () => (await rowTexts(rows)).join('\n'), { timeout: 15_000 }).toMatch(/employee-owned/i);
    const listed = await rowTexts(rows);
    await screenshot(page, '03b-problems-panel');
    const conflictRow = listed.findIndex((row) => row.startsWith('L2') && /employee-owned/i.test(row) && /Policy Lens/.test(row));
    expect(conflictRow, `a Policy Lens problem about employee ownership in:\n${listed.join('\n')}`).toBeGreaterThanOrEqual(0);
    // Its related information is listed under it (tree level 3): the other claims, each with file and position.
    const following = listed.slice(conflictRow + 1);
    const nextProblem = following.findIndex((row) => !row.startsWith('L3'));
    const related = following.slice(0, nextProblem < 0 ? following.length : nextProblem);
    expect(related.length, `related locations under the problem in:\n${listed.join('\n')}`).toBeGreaterThan(0);
    for (const row of related) expect(row).toMatch(new RegExp(`${SEED_NAME.source}.*\\[Ln \\d+, Col \\d+\\]`, 's'));
  });

  it('Check Claims reports progress and then lists conflicts from more than one document in Problems', async () => {
    const page = await newWindow();
    await recordToasts(page);
    await runCommand(page, 'Policy Lens: Check Claims');
    // The result names its counts; before it, a progress notification (with Cancel) was on screen.
    await expect.poll(async () => (await toastsSeen(page)).join('\n'), { timeout: 60_000 }).toMatch(/checked \d+ documents?/i);
    await page.locator(SELECTORS.toast).filter({ hasText: /checked \d+ documents?/i }).first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500); // let the toast's slide-in animation finish before the screenshot
    await screenshot(page, '04a-check-claims-notification');
    const toasts = await toastsSeen(page);
    expect(toasts.some((toast) => /checking claims/i.test(toast) && !/checked \d+/i.test(toast)), `a progress notification among:\n${toasts.join('\n')}`).toBe(true);
    expect(toasts.join('\n')).toMatch(/\d+ (open )?conflicts?/i);
    // The progress notification goes away once the check is done.
    const visibleToasts = page.locator(SELECTORS.toast);
    await expect.poll(async () => (await visibleToasts.allInnerTexts()).some((text) => /checking claims/i.test(text)), { timeout: 15_000 }).toBe(false);

    await openProblems(page);
    const documentsListed = async () => new Set((await documentsInProblems(page)).map((row) => /00[0-4]_[0-9a-f]+\.txt/.exec(row)?.[0]).filter(Boolean)).size;
    await expect.poll(documentsListed, { timeout: 30_000, interval: 1_000 }).toBeGreaterThanOrEqual(2);
    await screenshot(page, '04b-check-claims-problems');
  });

  it('fills the Entities and Conflicts views, and a conflict claim opens the other document at the claim', async () => {
    const page = await newWindow();
    await openFile(page, SEED_000);
    await openPolicyLensPanel(page);

    const entities = await viewRows(page, 'Entities');
    await expect.poll(() => entities.count(), { timeout: 30_000, interval: 500 }).toBeGreaterThan(0);
    await expect.poll(async () => (await rowTexts(entities)).join('\n'), { timeout: 30_000 }).toMatch(/Organisations/);

    const conflicts = await viewRows(page, 'Conflicts');
    await expect.poll(async () => (await rowTexts(conflicts)).join('\n'), { timeout: 30_000 }).toMatch(/Circle/);
    await expandAll(viewPane(page, 'Conflicts'));
    await screenshot(page, '05a-side-panel');

    const claimIn004 = conflicts.filter({ hasText: SEED_004 }).first();
    await claimIn004.waitFor({ timeout: 10_000 });
    await claimIn004.click();
    await page.locator(`.tabs-container .tab.active[aria-label*="${SEED_004}"]`).waitFor({ timeout: 10_000 });

    // The cursor sits on the claim's line: the status bar says which line, the file says what is there.
    // The claim is selected: the status bar says on which line and how much, the file says what is there.
    const position = await page.locator('#status\\.editor\\.selection').innerText();
    const lineNumber = Number(/Ln (\d+)/.exec(position)?.[1]);
    const lineText = seedText(SEED_004).split('\n')[lineNumber - 1] ?? '';
    await screenshot(page, '05b-claim-opened');
    expect(position).toMatch(/\(\d+ selected\)/);
    expect(lineText).toMatch(/Circle Healthcare/);
  });

  it('annotates a selection from the palette: listed in the Annotations view and written to the store file', async () => {
    const page = await newWindow();
    await openFile(page, SEED_000);
    const text = seedText(SEED_000);
    const phrase = 'Circle Health Partnership';
    const { line, column } = lineColumnOf(text, text.indexOf(phrase));
    await goToLineColumn(page, line, column);
    for (let index = 0; index < phrase.length; index += 1) await page.keyboard.press('Shift+ArrowRight');

    await runCommand(page, 'Policy Lens: Annotate Selection…');
    await chooseQuickPickItem(page, 'Tag as an entity type');
    await chooseQuickPickItem(page, 'organisation');

    await openPolicyLensPanel(page);
    const annotations = await viewRows(page, 'Annotations');
    await expect.poll(async () => (await rowTexts(annotations)).join('\n'), { timeout: 20_000 }).toContain(phrase);
    await screenshot(page, '06-annotation');

    const store = path.join(workspace, '.policy-lens', 'annotations', `${SEED_000}.jsonld`);
    await expect.poll(() => fs.existsSync(store), { timeout: 10_000 }).toBe(true);
    const collection = JSON.parse(fs.readFileSync(store, 'utf8'));
    const stored = JSON.stringify(collection);
    expect(collection.type).toBe('AnnotationCollection');
    expect(stored).toContain(`"exact":"${phrase}"`);
    expect(stored).toContain(`"start":${text.indexOf(phrase)},"end":${text.indexOf(phrase) + phrase.length}`);
    expect(stored).toContain('"value":"organisation"');
  });

  it('shows the Circle row with differing values in the Claim Matrix', async () => {
    const page = await newWindow();
    await openFile(page, SEED_000);
    await runCommand(page, 'Policy Lens: Show Claim Matrix');
    const matrix = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const circleRow = matrix.locator('tr.row.disagrees').filter({ has: matrix.locator('th.subject', { hasText: 'Circle' }) }).first();
    await circleRow.waitFor({ timeout: 30_000 });
    await circleRow.scrollIntoViewIfNeeded();
    await screenshot(page, '07-claim-matrix');

    const cells = await circleRow.locator('td.cell').allInnerTexts();
    const values = new Set(cells.map((cell) => cell.replace('≠', '').trim()).filter(Boolean));
    expect(values.size, `differing values in the Circle row: ${cells.join(' | ')}`).toBeGreaterThanOrEqual(2);
    expect(await circleRow.locator('td.cell.disagrees').count()).toBeGreaterThan(0);
  });

  it('restarts the language server after it is killed, and the same diagnostics come back from the index cache it kept', async () => {
    const page = await newWindow();
    const userDataDir = session.profile.userDataDir;
    await openFile(page, SEED_000);
    const squiggles = activeEditor(page).locator('.squiggly-warning');
    await expect.poll(() => squiggles.count(), { timeout: 30_000, interval: 500 }).toBeGreaterThan(0);

    // The first server this editor started found no cache, analysed the corpus and wrote its cache into
    // VS Code's storage folder for this workspace (whichever scenario opened the first window).
    const [firstLog] = policyLensLogs(userDataDir);
    const [firstStart] = indexingSummaries(readLog(firstLog));
    expect(firstStart, `an indexing summary in ${firstLog}`).toBeDefined();
    expect(firstStart.reused, 'the first start reuses nothing: there was no cache yet').toBe(0);
    expect(firstStart.analysed).toBeGreaterThan(0);
    const storage = path.join(userDataDir, 'User', 'workspaceStorage');
    expect(readLog(firstLog)).toMatch(new RegExp(`Index cache: wrote ${firstStart.analysed} analyses .* to ${escapeRegExp(storage)}`));
    expect(indexCacheFiles(userDataDir), 'one index cache, in the storage folder of the one workspace opened').toHaveLength(1);

    // This window's server has replaced the cache by now: the kill must not land in the middle of that.
    const log = policyLensLogs(userDataDir).at(-1);
    await expect.poll(() => /Index cache: wrote/.test(readLog(log)), { timeout: 15_000, interval: 250 }).toBe(true);
    const startsBefore = indexingSummaries(readLog(log)).length;
    const rows = await openProblems(page);
    const problemsBefore = await settledRows(rows);
    const squigglesBefore = await squiggles.count();

    const before = processesInGroup(session.editor.pid, 'dist/server.js');
    expect(before.length, 'a Policy Lens language server runs inside the editor').toBeGreaterThan(0);
    for (const pid of before) process.kill(pid, 'SIGKILL');

    // A new server process, not one of the killed ones, and diagnostics published by it.
    await expect
      .poll(() => processesInGroup(session.editor.pid, 'dist/server.js').filter((pid) => !before.includes(pid)).length, {
        timeout: 30_000,
        interval: 500,
      })
      .toBeGreaterThan(0);
    expect(before.some((pid) => processesInGroup(session.editor.pid, 'dist/server.js').includes(pid))).toBe(false);
    await expect.poll(() => indexingSummaries(readLog(log)).length, { timeout: 30_000, interval: 250 }).toBeGreaterThan(startsBefore);
    const restart = indexingSummaries(readLog(log)).at(-1)!;
    expect(restart.reused, 'the restarted server takes analyses from the cache').toBeGreaterThan(0);
    // The same conflicts as before, with the same related places, and the same squiggles in the open file.
    await expect.poll(() => rowTexts(rows), { timeout: 30_000, interval: 500 }).toEqual(problemsBefore);
    await expect.poll(() => squiggles.count(), { timeout: 30_000, interval: 500 }).toBe(squigglesBefore);
    const hover = await hoverPhrase(page, seedText(SEED_000), 'Circle Health Partnership');
    expect(await hoverPart(hover, /organi[sz]ation/i)).toContain('Circle');
    await screenshot(page, '08a-after-server-restart');
    await page.mouse.move(5, 5);

    // What the user reads in the Output channel: the restarted server's summary, with the reuse.
    await runCommand(page, 'Policy Lens: Show Output');
    const output = page.locator('.part.panel .monaco-editor .view-lines').first();
    const reuseLine = `reused ${restart.reused} from the index cache`;
    await expect.poll(async () => (await output.innerText().catch(() => '')).replace(/\s+/g, ' '), { timeout: 15_000 }).toContain(reuseLine);
    await screenshot(page, '08b-output-index-cache-reused');
  });
});

async function waitForEntityColour(page: Page, phrase: string): Promise<void> {
  await expect
    .poll(async () => {
      const found = await findTextOnScreen(page, phrase);
      return found?.spans.some((span) => span.color !== found.plainColor) ?? false;
    }, { timeout: 30_000, interval: 500 })
    .toBe(true);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The rows of a list once it has some and they stayed the same for a second (diagnostics arrive over a moment). */
async function settledRows(rows: Locator, timeoutMs = 15_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let last: string[] = [];
  let since = Date.now();
  for (;;) {
    const now = await rowTexts(rows);
    if (JSON.stringify(now) !== JSON.stringify(last)) {
      last = now;
      since = Date.now();
    } else if (now.length > 0 && Date.now() - since >= 1_000) {
      return now;
    }
    if (Date.now() > deadline) throw new Error(`The list did not settle on some rows (it shows ${last.length})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
