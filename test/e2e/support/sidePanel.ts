import type { Locator, Page } from 'playwright-core';

// The Policy Lens side panel: an activity-bar container with the Entities, Conflicts and Annotations views.

/** Shows the Policy Lens container in the side bar (clicking its activity-bar icon only when it is not shown). */
export async function openPolicyLensPanel(page: Page): Promise<void> {
  const entitiesHeader = page.locator('.sidebar .pane-header', { hasText: 'Entities' });
  if (await entitiesHeader.isVisible().catch(() => false)) return;
  const icon = page.locator('.activitybar .action-item [aria-label^="Policy Lens"]').first();
  try {
    await icon.waitFor({ timeout: 15_000 });
  } catch {
    throw new Error('The activity bar has no Policy Lens icon');
  }
  await icon.click();
  await entitiesHeader.waitFor({ timeout: 10_000 });
}

/** The side-bar pane of the view titled `title`, expanded if it was collapsed. */
export function viewPane(page: Page, title: string): Locator {
  return page.locator('.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: title }) });
}

/** The rows of a view's tree, expanding the view first when it is collapsed. */
export async function viewRows(page: Page, title: string): Promise<Locator> {
  const pane = viewPane(page, title);
  await pane.waitFor({ timeout: 10_000 });
  await expandPane(pane);
  return pane.locator('.pane-body .monaco-list-row');
}

async function expandPane(pane: Locator): Promise<void> {
  const header = pane.locator('.pane-header').first();
  if ((await header.getAttribute('aria-expanded').catch(() => 'true')) === 'false') await header.click();
}

/** Expands every collapsed node of a tree view (bounded, in case the tree keeps growing). */
export async function expandAll(pane: Locator): Promise<void> {
  for (let step = 0; step < 40; step += 1) {
    const collapsed = pane.locator('.pane-body .monaco-list-row[aria-expanded="false"]');
    if ((await collapsed.count()) === 0) return;
    await collapsed.first().locator('.monaco-tl-twistie').click();
  }
}
