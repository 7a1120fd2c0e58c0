import { resolve } from 'node:path';
import { listCorpusFiles } from '../files/corpusFiles';
import { readTextFile } from '../files/readText';
import { CliError, EXIT, warn, type CliIO } from './io';

// Reading the texts the user named. A path that does not exist, or a directory with nothing to
// read, is an error (the user asked for something that is not there). A file that cannot be
// decoded is skipped with a warning naming it, so one bad file does not hide the rest; only when
// nothing at all could be read does the run fail.

export interface SourceText {
  /** The path as the user gave it (or as found under a directory they gave). */
  file: string;
  text: string;
}

export function readSources(paths: readonly string[], io: CliIO, maxFileSizeKb: number): SourceText[] {
  const { files, problems } = listCorpusFiles(paths, { cwd: io.cwd });
  if (problems.length > 0) throw new CliError(problems[0].message, EXIT.usage);

  const sources: SourceText[] = [];
  for (const file of files) {
    const result = readTextFile(resolve(io.cwd, file), maxFileSizeKb * 1024);
    if (result.ok) sources.push({ file, text: result.text });
    else warn(io, `${file}: skipped: ${skipReason(result.reason, result.message)}`);
  }
  if (sources.length === 0) {
    throw new CliError(`nothing to analyse: ${files.length === 1 ? 'the only file was' : `all ${files.length} files were`} skipped`);
  }
  return sources;
}

function skipReason(reason: string, message: string): string {
  return reason === 'unreadable' ? `cannot be read (${message})` : message;
}
