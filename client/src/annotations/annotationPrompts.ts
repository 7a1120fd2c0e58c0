// The questions Annotate Selection… and Edit Annotation… ask, one VS Code prompt each. Every
// prompt resolves to undefined when the researcher presses Escape, and the flows stop there.

import * as vscode from 'vscode';
import type { AnnotationAssessment, AnnotationBodyInput } from '../../../server/src/protocol';
import {
  assessmentChoices,
  canonicalChoices,
  entityTypeChoices,
  linkBody,
  type CanonicalChoice,
  type PickItem,
} from './annotationChoices';
import type { AnnotationsApi } from './annotationsApi';

const SEARCH_DELAY_MS = 200;

export async function pick<T>(items: PickItem<T>[], options: { title: string; placeHolder: string }): Promise<T | undefined> {
  const chosen = await vscode.window.showQuickPick(
    items.map((item) => ({ label: item.label, description: item.description, detail: item.detail, value: item.value })),
    { title: options.title, placeHolder: options.placeHolder, matchOnDescription: true, ignoreFocusOut: true },
  );
  return chosen?.value;
}

export async function askEntityType(title: string, current?: string): Promise<AnnotationBodyInput | undefined> {
  const entityType = await pick(entityTypeChoices(current), { title, placeHolder: 'Which kind of entity is this text?' });
  return entityType ? { kind: 'entity-tag', entityType } : undefined;
}

export async function askAssessment(title: string, current?: AnnotationAssessment): Promise<AnnotationBodyInput | undefined> {
  const value = await pick(assessmentChoices(current), { title, placeHolder: 'How does this claim stand?' });
  return value ? { kind: 'assessment', value } : undefined;
}

export async function askNote(title: string, current?: string): Promise<AnnotationBodyInput | undefined> {
  const text = await vscode.window.showInputBox({
    title,
    prompt: 'A note kept with the annotation (plain text)',
    value: current ?? '',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'Write a note, or press Escape to cancel.' : undefined),
  });
  return text === undefined ? undefined : { kind: 'note', text: text.trim() };
}

/**
 * The canonical search: a quick pick over the corpus's organisations and people, filtered by the
 * server as the researcher types (starting from the selected text), with "Create new entity…".
 */
export async function askCanonical(api: AnnotationsApi, title: string, initialQuery: string): Promise<AnnotationBodyInput | undefined> {
  const choice = await searchCanonical(api, title, initialQuery);
  if (!choice) return undefined;
  if (choice.kind === 'existing') return linkBody(choice);
  const name = await vscode.window.showInputBox({
    title: `${title}: new entity`,
    prompt: 'The entity’s name, as you want it shown everywhere',
    value: initialQuery.replace(/\s+/g, ' ').trim(),
    ignoreFocusOut: true,
    validateInput: (value) => (/[\p{L}\p{N}]/u.test(value) ? undefined : 'A name needs letters or digits.'),
  });
  if (name === undefined) return undefined;
  const type = await pick<'organisation' | 'person'>(
    [
      { label: '$(organization) Organisation', value: 'organisation' },
      { label: '$(person) Person', value: 'person' },
    ],
    { title: `${title}: new entity`, placeHolder: `Is “${name.trim()}” an organisation or a person?` },
  );
  return type ? linkBody(choice, { name, type }) : undefined;
}

function searchCanonical(api: AnnotationsApi, title: string, initialQuery: string): Promise<CanonicalChoice | undefined> {
  type Item = vscode.QuickPickItem & { value: CanonicalChoice };
  const quickPick = vscode.window.createQuickPick<Item>();
  quickPick.title = title;
  quickPick.placeholder = 'Search the organisations and people in the corpus';
  quickPick.value = initialQuery.replace(/\s+/g, ' ').trim();
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.ignoreFocusOut = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request = 0;
  const search = (query: string) => {
    const mine = ++request;
    quickPick.busy = true;
    api
      .searchEntities(query)
      .then(({ entities }) => {
        if (mine !== request) return;
        quickPick.items = canonicalChoices(entities).map((item) => ({ ...item, alwaysShow: item.value.kind === 'create' }));
      })
      .catch(() => {
        if (mine === request) quickPick.items = canonicalChoices([]).map((item) => ({ ...item, alwaysShow: true }));
      })
      .finally(() => {
        if (mine === request) quickPick.busy = false;
      });
  };
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: CanonicalChoice | undefined) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      resolve(value);
      quickPick.dispose();
    };
    quickPick.onDidChangeValue((value) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => search(value), SEARCH_DELAY_MS);
    });
    quickPick.onDidAccept(() => finish(quickPick.selectedItems[0]?.value));
    quickPick.onDidHide(() => finish(undefined));
    search(quickPick.value);
    quickPick.show();
  });
}
