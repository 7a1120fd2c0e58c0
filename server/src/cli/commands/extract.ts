import { analyseSources } from '../analyseSources';
import { loadWorkspaceAnnotations } from '../annotations';
import { CliError, EXIT, type CliIO } from '../io';
import type { ParsedCommand } from '../options';
import { readSources } from '../readSources';
import { loadReference } from '../reference';
import { formatExtractJson } from '../format/extractJson';
import { formatExtractText } from '../format/extractText';

// `policy-lens extract`: the entities of each text, as JSON for other tools or as a listing.

export function runExtract(command: Extract<ParsedCommand, { command: 'extract' }>, io: CliIO): number {
  if (command.paths.length === 0) throw new CliError('extract needs at least one file or directory (see extract --help)');
  const reference = loadReference(command.references, io, command.maxFileSizeKb);
  const sources = readSources(command.paths, io, command.maxFileSizeKb);
  const corpus = analyseSources(sources, reference, loadWorkspaceAnnotations(sources, io), io);

  const analysed = sources.filter((source) => corpus.get(source.file) !== undefined);
  const documents = analysed.map((source) => ({ file: source.file, entities: corpus.get(source.file)?.analysis.entities ?? [] }));
  const texts = new Map(analysed.map((source) => [source.file, source.text]));
  io.out(command.format === 'json' ? formatExtractJson(documents) : formatExtractText(documents, (file) => texts.get(file) ?? ''));
  return EXIT.ok;
}
