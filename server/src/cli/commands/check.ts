import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseSources } from '../analyseSources';
import { loadWorkspaceAnnotations } from '../annotations';
import { CliError, EXIT, type CliIO } from '../io';
import type { ParsedCommand } from '../options';
import { readSources } from '../readSources';
import { loadReference } from '../reference';
import { readReviewedFingerprints } from '../reviews';
import { buildCheckReport, type CheckedDocument } from '../format/checkReport';
import { formatCheckJson } from '../format/checkJson';
import { formatCheckSarif } from '../format/checkSarif';
import { formatCheckText } from '../format/checkText';

// `policy-lens check`: analyse the corpus, find conflicting claims, print them, and exit 1 when
// any conflict has not been reviewed, so CI can gate on it.

export function runCheck(command: Extract<ParsedCommand, { command: 'check' }>, io: CliIO): number {
  const reviewed = readReviewedFingerprints(io, command.reviewsFile);
  const reference = loadReference(command.references, io, command.maxFileSizeKb);
  const paths = command.paths.length > 0 ? command.paths : [defaultCorpusPath(io)];
  const sources = readSources(paths, io, command.maxFileSizeKb);
  const corpus = analyseSources(sources, reference, loadWorkspaceAnnotations(sources, io), io);

  const documents: CheckedDocument[] = [];
  for (const source of sources) {
    const entry = corpus.get(source.file);
    if (!entry) continue;
    documents.push({
      file: source.file,
      text: source.text,
      entities: entry.analysis.entities,
      documentDate: entry.analysis.documentDate,
    });
  }
  const report = buildCheckReport(documents, corpus.conflicts(), reviewed);

  if (command.format === 'json') io.out(formatCheckJson(report, command.includeReviewed));
  else if (command.format === 'sarif') io.out(formatCheckSarif(report, io.cwd));
  else io.out(formatCheckText(report, command.includeReviewed));

  return report.conflicts.some((conflict) => !conflict.reviewed) ? EXIT.conflicts : EXIT.ok;
}

/** `seeds/` in the working directory, else the seeds shipped beside the CLI. */
function defaultCorpusPath(io: CliIO): string {
  if (isDirectory(resolve(io.cwd, 'seeds'))) return 'seeds';
  if (io.shippedSeedsDir && isDirectory(io.shippedSeedsDir)) return io.shippedSeedsDir;
  throw new CliError('no paths given and no seeds/ folder here: name the files or directories to check');
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
