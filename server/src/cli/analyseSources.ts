import { Corpus } from '../engine/corpus';
import type { WorkspaceAnnotations } from './annotations';
import { CliError, warn, type CliIO } from './io';
import type { ReferenceData } from './reference';
import type { SourceText } from './readSources';

// Running the engine over the texts the CLI read: the same Corpus the language server uses, with
// the same reference data and researchers' annotations, so a headless check finds what the editor
// shows. Documents are keyed by the path as given.

export function analyseSources(
  sources: readonly SourceText[],
  reference: ReferenceData,
  annotations: WorkspaceAnnotations,
  io: CliIO,
): Corpus {
  // The workspace's reference data first, then the researchers' own links.
  const aliases = [...reference.aliases, ...annotations.aliases];
  const corpus = new Corpus({
    // The CLI holds every text anyway: storing them again as UTF-8 would only cost the encoding.
    closedTexts: 'string',
    analyseOptions: (doc) => ({ aliases, overrides: annotations.overridesFor(doc) }),
    ...(reference.rules ? { rules: reference.rules } : {}),
  });
  for (const source of sources) {
    try {
      corpus.upsert(source.file, source.text);
    } catch (error) {
      // An engine failure on one text should cost that text, not the whole run.
      warn(io, `${source.file}: skipped: the analysis failed (${(error as Error).message})`);
    }
  }
  if (corpus.documents().length === 0) throw new CliError('nothing to analyse: the analysis failed on every file');
  return corpus;
}
