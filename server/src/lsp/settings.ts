// The `policyLens.*` settings as the server uses them: read through workspace/configuration,
// validated field by field so that one mistyped value falls back to its default instead of
// breaking the others.

export type CheckOn = 'type' | 'save' | 'manual';
export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

export interface Settings {
  include: string[];
  exclude: string[];
  checkOn: CheckOn;
  severity: SeverityName;
  maxFileSizeKB: number;
  /** Workspace-relative paths of extra alias and rule files. */
  referenceData: string[];
  /** Keep each file's analysis in the workspace's storage and reuse it at the next start (policyLens.indexCache.enabled). */
  indexCacheEnabled: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  include: ['**/*.{txt,md}'],
  exclude: ['**/{node_modules,.git,.policy-lens}/**'],
  checkOn: 'type',
  severity: 'warning',
  maxFileSizeKB: 2048,
  referenceData: [],
  indexCacheEnabled: true,
});

const CHECK_ON: readonly CheckOn[] = ['type', 'save', 'manual'];
const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint'];

/**
 * Settings from the `policyLens` section as VS Code returns it: nested objects for dotted keys
 * (`corpus.include` arrives as `{ corpus: { include } }`), though flat dotted keys are accepted too.
 * A glob setting may be one string or a list of them.
 */
export function parseSettings(raw: unknown): Settings {
  const section = isRecord(raw) ? raw : {};
  const corpus = isRecord(section.corpus) ? section.corpus : {};
  const diagnostics = isRecord(section.diagnostics) ? section.diagnostics : {};
  const indexCache = isRecord(section.indexCache) ? section.indexCache : {};
  const pick = (nested: unknown, dotted: string) => (nested !== undefined ? nested : section[dotted]);
  const cacheEnabled = pick(indexCache.enabled, 'indexCache.enabled');

  return {
    include: globList(pick(corpus.include, 'corpus.include'), DEFAULT_SETTINGS.include),
    exclude: globList(pick(corpus.exclude, 'corpus.exclude'), DEFAULT_SETTINGS.exclude),
    checkOn: oneOf(section.checkOn, CHECK_ON, DEFAULT_SETTINGS.checkOn),
    severity: oneOf(pick(diagnostics.severity, 'diagnostics.severity'), SEVERITIES, DEFAULT_SETTINGS.severity),
    maxFileSizeKB:
      typeof section.maxFileSizeKB === 'number' && Number.isFinite(section.maxFileSizeKB) && section.maxFileSizeKB > 0
        ? section.maxFileSizeKB
        : DEFAULT_SETTINGS.maxFileSizeKB,
    referenceData: stringList(section.referenceData) ?? [],
    indexCacheEnabled: typeof cacheEnabled === 'boolean' ? cacheEnabled : DEFAULT_SETTINGS.indexCacheEnabled,
  };
}

/** The settings that decide which files make up the corpus: when these change, the workspace is rescanned. */
export function corpusSelectionChanged(before: Settings, after: Settings): boolean {
  return (
    before.maxFileSizeKB !== after.maxFileSizeKB ||
    before.include.join('\n') !== after.include.join('\n') ||
    before.exclude.join('\n') !== after.exclude.join('\n')
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  return undefined;
}

function globList(value: unknown, fallback: readonly string[]): string[] {
  const list = stringList(value);
  return list === undefined ? [...fallback] : list;
}
