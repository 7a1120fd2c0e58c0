import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { loadConflictRules, type ConflictRules } from '../engine/claims/rules';
import type { AliasLink } from '../engine/types';
import { readTextFile } from '../files/readText';

// The workspace's own reference data (setting policyLens.referenceData): extra alias files in the
// format of server/data/organisations.json (a list of { id, name, aliases, source }) and extra
// conflict-rule files in the format of server/data/conflict-rules.json. A list whose ids start with
// "office:" adds office equivalences (offices.json format). An object may also carry alias lists
// under "organisations", "people" or "aliases" beside its rule sections. Only read in a trusted
// workspace: a malicious repository must not be able to steer the analysis. Paths are relative to
// the workspace folder and must stay inside it (no absolute paths, no "..", no links out).

export interface ReferenceData {
  aliases: AliasLink[];
  rules: ConflictRules;
  /** Absolute paths of the files read, to watch them. */
  files: string[];
  problems: string[];
}

const ALIAS_SECTIONS = ['organisations', 'people', 'aliases'] as const;

export function loadReferenceData(folder: string | undefined, paths: readonly string[], trusted: boolean, maxBytes: number): ReferenceData {
  const aliases: AliasLink[] = [];
  const ruleFiles: Array<{ where: string; content: object }> = [];
  const problems: string[] = [];
  const files: string[] = [];
  if (!trusted) {
    if (paths.length > 0) problems.push('policyLens.referenceData is ignored because the workspace is not trusted');
    return { aliases, rules: loadConflictRules(), files, problems };
  }

  for (const path of paths) {
    if (!folder) {
      problems.push(`${path}: no workspace folder to resolve it against`);
      continue;
    }
    const file = resolve(folder, path);
    const outside = outsideFolder(folder, path, file);
    if (outside) {
      problems.push(`${path}: ${outside}; reference data must be a file inside the workspace folder`);
      continue;
    }
    files.push(file);
    const read = readTextFile(file, maxBytes);
    if (!read.ok) {
      problems.push(`${path}: ${read.message}`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(read.text);
    } catch (error) {
      problems.push(`${path}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (Array.isArray(data)) {
      const offices = data.filter((entry) => typeof entry?.id === 'string' && entry.id.startsWith('office:'));
      if (offices.length > 0) ruleFiles.push({ where: path, content: { offices } });
      aliases.push(...aliasLinks(data.filter((entry) => !offices.includes(entry)), path, problems));
    } else if (typeof data === 'object' && data !== null) {
      const { organisations, people, aliases: aliasList, ...rest } = data as Record<string, unknown>;
      for (const [section, list] of [
        [ALIAS_SECTIONS[0], organisations],
        [ALIAS_SECTIONS[1], people],
        [ALIAS_SECTIONS[2], aliasList],
      ] as const) {
        if (list === undefined) continue;
        if (Array.isArray(list)) aliases.push(...aliasLinks(list, `${path} (${section})`, problems, section === 'people' ? 'person' : undefined));
        else problems.push(`${path}: "${section}" must be a list`);
      }
      if (Object.keys(rest).some((key) => !key.startsWith('_') && key !== 'version')) ruleFiles.push({ where: path, content: rest });
    } else {
      problems.push(`${path}: expected a JSON list of aliases or an object of rules`);
    }
  }

  let rules: ConflictRules;
  try {
    rules = loadConflictRules(ruleFiles);
  } catch (error) {
    problems.push((error as Error).message);
    rules = loadConflictRules();
  }
  return { aliases, rules, files, problems };
}

/**
 * Why a reference-data path leaves the workspace folder (absolute, "..", or a symbolic link whose
 * target is outside), or undefined when it stays inside. A workspace can name its own files only:
 * it must not be able to make the server read, or watch, anything else on the machine.
 */
function outsideFolder(folder: string, path: string, file: string): string | undefined {
  if (isAbsolute(path)) return 'an absolute path';
  if (leaves(folder, file)) return 'a path that leads out of the workspace folder';
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    // Missing for now: reported as unreadable when read, and watched in case it appears.
    return undefined;
  }
  return leaves(realpathSync(folder), real) ? 'a link to a file outside the workspace folder' : undefined;
}

function leaves(folder: string, file: string): boolean {
  const inside = relative(folder, file);
  return inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
}

/** Entries { id, name, aliases } become one link per written form, the name included. */
function aliasLinks(entries: unknown[], where: string, problems: string[], type?: 'organisation' | 'person'): AliasLink[] {
  const links: AliasLink[] = [];
  entries.forEach((entry, index) => {
    const { id, name, aliases } = (entry ?? {}) as { id?: unknown; name?: unknown; aliases?: unknown };
    if (typeof id !== 'string' || typeof name !== 'string') {
      problems.push(`${where}: entry ${index} needs a string "id" and "name"`);
      return;
    }
    const entryType = type ?? (id.startsWith('person:') ? 'person' : 'organisation');
    const surfaces = [name, ...(Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [])];
    for (const surface of new Set(surfaces)) links.push({ surface, canonical: id, canonicalName: name, type: entryType });
  });
  return links;
}
