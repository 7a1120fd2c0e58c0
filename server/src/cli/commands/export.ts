import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { exportAnnotations, type ExportDocument, type ExportedFile } from '../../engine/annotations/export/index';
import { writeFileAtomic } from '../../files/atomicWrite';
import { analyseSources } from '../analyseSources';
import { annotatedDocuments, loadWorkspaceAnnotations } from '../annotations';
import { CliError, EXIT, warn, type CliIO } from '../io';
import type { ParsedCommand } from '../options';
import { readSources } from '../readSources';
import { loadReference } from '../reference';

// `policy-lens export [PATHS…]` (by default, every document that has annotations): the researchers' annotations (and, for CoNLL, the engine's entities with
// the annotations winning) in the formats other tools read. A single-file format prints to stdout
// unless --out names a directory; brat writes a .ann per text, beside the texts in the working
// directory or, with --out, into that directory together with copies of the texts brat needs.

export async function runExport(command: Extract<ParsedCommand, { command: 'export' }>, io: CliIO): Promise<number> {
  const reference = loadReference(command.references, io, command.maxFileSizeKb);
  const paths = command.paths.length > 0 ? command.paths : annotatedDocuments(io);
  if (paths.length === 0) throw new CliError('no paths given and no annotations stored under .policy-lens/annotations here');
  const sources = readSources(paths, io, command.maxFileSizeKb);
  const annotations = loadWorkspaceAnnotations(sources, io);
  const corpus = analyseSources(sources, reference, annotations, io);
  if (annotations.total === 0 && command.format !== 'conll') {
    warn(io, 'no annotations found under .policy-lens/annotations for these texts; the export is empty');
  }

  const documents: ExportDocument[] = sources.map((source) => ({
    path: annotations.documentPathFor(source.file),
    text: source.text,
    annotations: annotations.anchoredFor(source.file),
    entities: corpus.get(source.file)?.analysis.entities,
  }));
  const result = exportAnnotations(command.format, documents);
  for (const skipped of result.skipped) warn(io, `${skipped.document}: annotation ${skipped.id} not exported (${skipped.reason})`);

  if (command.format === 'brat') {
    const outDir = resolve(io.cwd, command.outDir ?? '.');
    const files = command.outDir === undefined ? result.files : [...result.files, ...textCopies(documents, result.files)];
    writeAll(files, outDir, io);
    io.err(`policy-lens: wrote ${result.files.length} brat file${result.files.length === 1 ? '' : 's'} under ${relative(io.cwd, outDir) || '.'}\n`);
  } else if (command.outDir !== undefined) {
    writeAll(result.files, resolve(io.cwd, command.outDir), io);
    io.err(`policy-lens: wrote ${result.files.map((file) => relative(io.cwd, resolve(io.cwd, command.outDir ?? '.', file.path))).join(', ')}\n`);
  } else {
    for (const file of result.files) io.out(file.content);
  }
  return EXIT.ok;
}

/** brat pairs name.txt with name.ann: texts exported elsewhere travel with their .ann files. */
function textCopies(documents: readonly ExportDocument[], written: readonly ExportedFile[]): ExportedFile[] {
  const paths = new Set(written.map((file) => file.path));
  return documents.filter((doc) => doc.path.endsWith('.txt') && !paths.has(doc.path)).map((doc) => ({ path: doc.path, content: doc.text }));
}

function writeAll(files: readonly ExportedFile[], outDir: string, io: CliIO): void {
  for (const file of files) {
    const target = resolve(outDir, file.path);
    const inside = relative(outDir, target);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      throw new CliError(`refusing to write ${file.path}: it would land outside ${relative(io.cwd, outDir) || '.'}`);
    }
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileAtomic(target, file.content);
    } catch (error) {
      throw new CliError(`cannot write ${relative(io.cwd, target)}: ${(error as Error).message}`);
    }
  }
}
