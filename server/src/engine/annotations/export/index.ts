// One entry point for every export format, used by the CLI (`policy-lens export`) and the
// editor's Export command. Paths in the result are relative to the chosen output directory.

import { bratFiles, type BratOptions } from './brat';
import { exportConll } from './conll';
import { exportCsv } from './csv';
import type { ExportDocument, ExportedFile } from './document';
import { exportW3C } from './w3c';

export type ExportFormat = 'w3c' | 'brat' | 'csv' | 'conll';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['w3c', 'brat', 'csv', 'conll'];

export interface ExportResult {
  files: ExportedFile[];
  /** Annotations a format could not hold (brat: orphans), with the reason. */
  skipped: Array<{ document: string; id: string; reason: string }>;
}

export function exportAnnotations(format: ExportFormat, documents: readonly ExportDocument[], options: BratOptions = {}): ExportResult {
  switch (format) {
    case 'w3c':
      return { files: [{ path: 'annotations.jsonld', content: exportW3C(documents) }], skipped: [] };
    case 'csv':
      return { files: [{ path: 'annotations.csv', content: exportCsv(documents) }], skipped: [] };
    case 'conll':
      return { files: [{ path: 'annotations.conll', content: exportConll(documents) }], skipped: [] };
    case 'brat': {
      const result: ExportResult = { files: [], skipped: [] };
      for (const document of documents) {
        const { files, skipped } = bratFiles(document, options);
        result.files.push(...files);
        result.skipped.push(...skipped.map((s) => ({ document: document.path, ...s })));
      }
      return result;
    }
  }
}

export type { ExportDocument, ExportedFile } from './document';
export { exportW3C } from './w3c';
export { exportCsv } from './csv';
export { exportConll } from './conll';
export { exportBrat, bratFiles } from './brat';
export { importBrat, newImports } from './bratImport';
