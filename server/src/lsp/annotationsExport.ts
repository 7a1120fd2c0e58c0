import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { EXPORT_FORMATS, exportAnnotations, importBrat, newImports, type ExportDocument, type ExportedFile } from '../engine/annotations/export/index';
import { writeFileAtomic } from '../files/atomicWrite';
import { readTextFile } from '../files/readText';
import type {
  AnnotationExportParams,
  AnnotationExportResult,
  AnnotationImportBratParams,
  AnnotationImportBratResult,
} from '../protocol';
import { InvalidAnnotationInputError } from './annotationsBodies';
import type { AnnotationsService } from './annotationsService';
import type { AnnotationTarget } from './annotationsWorkspace';
import type { CorpusDocument } from '../engine/corpus';
import type { CorpusState } from './corpusState';

// Export Annotations… and Import brat… from the editor: the engine's exporters fed with the
// annotations anchored against the texts as the corpus holds them now (unsaved edits included),
// written into the folder the researcher picked; and brat .ann files read back into the store.

const MAX_ANN_BYTES = 16 * 1024 * 1024;
const MAX_ANN_FILES = 10_000;

export function exportAnnotationsTo(state: CorpusState, annotations: AnnotationsService, params: AnnotationExportParams): AnnotationExportResult {
  if (!EXPORT_FORMATS.includes(params?.format)) throw new InvalidAnnotationInputError(`"${String(params?.format)}" is not an export format (${EXPORT_FORMATS.join(', ')})`);
  if (typeof params.folder !== 'string' || !isAbsolute(params.folder)) throw new InvalidAnnotationInputError('choose a folder to export to');
  state.flushAll();
  const documents = exportDocuments(state, annotations, params.format === 'conll');
  const result = exportAnnotations(params.format, documents);
  const files: Array<ExportedFile & { copyOfText?: boolean }> = [...result.files];
  if (params.format === 'brat') files.push(...bratTextCopies(documents, result.files));

  const folder = resolve(params.folder);
  const written: string[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const target = resolve(folder, file.path);
    const inside = relative(folder, target);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      problems.push(`${file.path} would land outside ${folder}; not written`);
      continue;
    }
    if (file.copyOfText && existsSync(target)) {
      // brat wants the text beside its .ann; an existing file there is never overwritten.
      if (readFileSync(target, 'utf8') !== file.content) problems.push(`${target} already exists with other content; left as it is, so its .ann may not match it`);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomic(target, file.content);
    written.push(target);
  }
  const byKey = new Map(documents.map((doc, index) => [doc.path, index]));
  return {
    files: written,
    documents: documents.filter((doc) => doc.annotations.length > 0).length,
    annotations: documents.reduce((sum, doc) => sum + doc.annotations.length, 0),
    skipped: result.skipped.map((skip) => ({ uri: uriOfExported(state, documents, byKey.get(skip.document)), id: skip.id, reason: skip.reason })),
    problems,
  };
}

interface KeyedExportDocument extends ExportDocument {
  key: string;
}

/** Annotated documents; for CoNLL also every other workspace document, for the engine's entities. */
function exportDocuments(state: CorpusState, annotations: AnnotationsService, everyWorkspaceDocument: boolean): KeyedExportDocument[] {
  const documents = new Map<string, KeyedExportDocument>();
  for (const { key, target, text, annotations: live } of annotations.annotatedDocuments()) {
    documents.set(target.path, { key, path: target.path, text, annotations: live, entities: state.engine.get(key)?.analysis.entities });
  }
  if (everyWorkspaceDocument) {
    // A closed document's text is decoded when the exporter reaches it, and only the one being
    // exported is kept decoded: every text of a large workspace, decoded at once, would double
    // the heap the corpus takes (it keeps them as UTF-8).
    let decoded: { key: string; text: string } | undefined;
    const textOf = (key: string, entry: CorpusDocument): string => {
      if (decoded?.key !== key) decoded = { key, text: entry.text };
      return decoded.text;
    };
    for (const key of state.documents()) {
      const target = annotations.workspace.locate(key);
      const entry = state.engine.get(key);
      if (!target || !entry || documents.has(target.path)) continue;
      documents.set(target.path, {
        key,
        path: target.path,
        get text() {
          return textOf(key, entry);
        },
        annotations: [],
        entities: entry.analysis.entities,
      });
    }
  }
  return [...documents.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** brat pairs name.txt with name.ann, so .txt texts travel with their .ann files. */
function bratTextCopies(documents: readonly ExportDocument[], written: readonly ExportedFile[]): Array<ExportedFile & { copyOfText: true }> {
  const paths = new Set(written.map((file) => file.path));
  return documents
    .filter((doc) => doc.path.endsWith('.txt') && !paths.has(doc.path) && paths.has(`${doc.path.slice(0, -4)}.ann`))
    .map((doc) => ({ path: doc.path, content: doc.text, copyOfText: true as const }));
}

function uriOfExported(state: CorpusState, documents: readonly KeyedExportDocument[], index: number | undefined): string {
  const doc = index === undefined ? undefined : documents[index];
  return doc ? state.clientUri(doc.key) : '';
}

// ---- Import brat ---------------------------------------------------------------------------

export async function importBratFrom(
  state: CorpusState,
  annotations: AnnotationsService,
  params: AnnotationImportBratParams,
): Promise<AnnotationImportBratResult> {
  if (typeof params?.folder !== 'string' || !isAbsolute(params.folder)) throw new InvalidAnnotationInputError('choose a folder holding .ann files');
  state.flushAll();
  const folder = resolve(params.folder);
  const candidates = workspaceDocuments(state, annotations);
  const result: AnnotationImportBratResult = { imported: 0, duplicates: 0, documents: [], problems: [] };
  for (const annFile of annFiles(folder)) {
    const label = relative(folder, annFile).split(sep).join('/');
    const target = matchDocument(label, candidates);
    if (!target) {
      result.problems.push(`${label}: no document in the workspace corpus is named like it (expected ${label.slice(0, -4)}.txt or similar)`);
      continue;
    }
    const read = readTextFile(annFile, MAX_ANN_BYTES);
    if (!read.ok) {
      result.problems.push(`${label}: ${read.message}`);
      continue;
    }
    const text = state.engine.get(target.key)?.text ?? '';
    const imported = importBrat({ source: target.path, text, ann: read.text, creator: creatorOf(params.creator) });
    result.problems.push(...imported.problems.map((problem) => `${label}: ${problem}`));
    const fresh = newImports(annotations.currentRecords(target), imported.records);
    result.duplicates += imported.records.length - fresh.length;
    if (fresh.length === 0) continue;
    const save = await annotations.addRecords(target, fresh);
    if (!save.saved && save.message) result.problems.push(`${target.path}: ${save.message}`);
    result.imported += fresh.length;
    result.documents.push(state.clientUri(target.key));
  }
  return result;
}

function creatorOf(creator: unknown): string {
  return typeof creator === 'string' && creator.trim() !== '' ? creator.trim() : 'unknown';
}

function workspaceDocuments(state: CorpusState, annotations: AnnotationsService): AnnotationTarget[] {
  const found: AnnotationTarget[] = [];
  for (const key of state.documents()) {
    const target = annotations.workspace.locate(key);
    if (target) found.push(target);
  }
  return found;
}

/** "a/b.ann" annotates the document "a/b.<ext>"; else the one document anywhere named "b.<ext>". */
function matchDocument(annPath: string, candidates: readonly AnnotationTarget[]): AnnotationTarget | undefined {
  const stem = annPath.slice(0, -'.ann'.length);
  const withoutExtension = (path: string) => path.replace(/\.[^./]*$/, '');
  const exact = candidates.filter((target) => withoutExtension(target.path) === stem);
  const preferred = exact.find((target) => target.path.endsWith('.txt')) ?? exact[0];
  if (preferred) return preferred;
  const name = basename(stem);
  const byName = candidates.filter((target) => withoutExtension(basename(target.path)) === name);
  return byName.length === 1 ? byName[0] : undefined;
}

/** The .ann files under a folder (links not followed). */
function annFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (directory: string, depth: number) => {
    if (depth > 16 || found.length >= MAX_ANN_FILES) return;
    let names: string[];
    try {
      names = readdirSync(directory).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(directory, name);
      let stat;
      try {
        stat = lstatSync(path);
      } catch {
        continue;
      }
      if (stat.isSymbolicLink()) continue;
      if (stat.isDirectory() && name !== '.git' && name !== 'node_modules') walk(path, depth + 1);
      else if (stat.isFile() && name.endsWith('.ann')) found.push(path);
    }
  };
  walk(folder, 0);
  return found;
}
