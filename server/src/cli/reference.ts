import { loadReferenceData } from '../lsp/referenceData';
import type { ConflictRules } from '../engine/claims/rules';
import type { AliasLink } from '../engine/types';
import { CliError, type CliIO } from './io';

// `--reference FILE`: the workspace's own reference data and conflict rules, read by the same
// loader as the editor's `policyLens.referenceData` setting (formats in server/data/README.md), so
// a team's additions mean the same thing in the editor and in CI. The editor reports a bad file
// and carries on; the CLI stops instead, because a silently ignored rule file would change what CI
// lets through.

export interface ReferenceData {
  aliases: AliasLink[];
  /** Set when reference files were given; otherwise the engine's shipped rules apply. */
  rules?: ConflictRules;
}

export function loadReference(files: readonly string[], io: CliIO, maxFileSizeKb: number): ReferenceData {
  if (files.length === 0) return { aliases: [] };
  // The CLI user chose these files on their own command line: they are trusted.
  const loaded = loadReferenceData(io.cwd, files, true, maxFileSizeKb * 1024);
  if (loaded.problems.length > 0) throw new CliError(`reference data: ${loaded.problems[0]}`);
  return { aliases: loaded.aliases, rules: loaded.rules };
}
