// The conflict rules: category vocabulary, exclusions, ownership-derived categories, office
// equivalences and tolerances. They are data (server/data/conflict-rules.json and offices.json),
// so researchers can extend them without touching code: loadConflictRules merges extra rule files.

import builtInRules from '../../../data/conflict-rules.json';
import { builtInOffices } from './offices';

export interface CategoryRule {
  id: string;
  name: string;
  synonyms: string[];
  source?: string;
  _comment?: string;
}

export interface ExclusionRule {
  id: string;
  /** Two categories that cannot both be true of one subject at one time. */
  categories: [string, string];
  why: string;
  source?: string;
}

export interface OwnerClassRule {
  id: string;
  name: string;
  /** Words that name this kind of owner in "owned by ...": "staff", "City investors", "everyone who works". */
  terms: string[];
  source?: string;
}

export type ShareBand = 'majority' | 'minority';

export interface OwnershipCategoryRule {
  owner: string;
  share: ShareBand;
  category: string;
  polarity: 'affirm' | 'deny';
  why: string;
  source?: string;
}

/** Organisations of a category count as a class of owner ("an investment firm" → outside investors). */
export interface OwnerCategoryRule {
  category: string;
  owner: string;
  /** Categories that, given to the same organisation in the document, keep it out of the owner class. */
  unless?: string[];
  why: string;
  source?: string;
}

/** One office with its equivalent wordings ("Health Secretary" = "Secretary of State for Health"). */
export interface OfficeRule {
  id: string;
  name: string;
  aliases: string[];
  source?: string;
}

export interface ConflictRules {
  categories: CategoryRule[];
  exclusions: ExclusionRule[];
  ownerClasses: OwnerClassRule[];
  ownershipCategories: OwnershipCategoryRule[];
  ownerCategories: OwnerCategoryRule[];
  offices: OfficeRule[];
  /** Office ids that are posts inside an organisation (director, chair), not unique offices of state. */
  organisationOffices: string[];
  numeric: { aroundRelative: number; exactRelativeCap: number };
  time: { toleranceYears: Record<string, number> };
}

/** The shape of a user's rule file: every part optional, plus ids to remove. */
export type ConflictRulesPatch = Partial<Omit<ConflictRules, 'numeric' | 'time' | 'organisationOffices'>> & {
  organisationOffices?: { ids?: string[] } | string[];
  numeric?: Partial<ConflictRules['numeric']>;
  time?: { toleranceYears?: Record<string, number> };
  remove?: string[];
};

function fail(where: string, message: string): never {
  throw new Error(`conflict rules (${where}): ${message}`);
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Checks the parts of a rule file that code relies on, naming the offending entry. */
function validatePatch(raw: unknown, where: string): ConflictRulesPatch {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(where, 'expected a JSON object');
  const patch = raw as Record<string, unknown>;
  const listOf = (key: string, check: (entry: Record<string, unknown>, label: string) => void): void => {
    const list = patch[key];
    if (list === undefined) return;
    if (!Array.isArray(list)) fail(where, `"${key}" must be an array`);
    list.forEach((entry, i) => {
      const label = `${key}[${i}]`;
      if (typeof entry !== 'object' || entry === null) fail(where, `${label} must be an object`);
      const e = entry as Record<string, unknown>;
      if (typeof e.id !== 'string' && key !== 'ownershipCategories' && key !== 'ownerCategories') fail(where, `${label} needs a string "id"`);
      check(e, label);
    });
  };
  listOf('categories', (e, label) => {
    if (e.synonyms !== undefined && !isStringArray(e.synonyms)) fail(where, `${label}.synonyms must be strings`);
  });
  listOf('exclusions', (e, label) => {
    if (!isStringArray(e.categories) || e.categories.length !== 2) fail(where, `${label}.categories must be two ids`);
  });
  listOf('ownerClasses', (e, label) => {
    if (e.terms !== undefined && !isStringArray(e.terms)) fail(where, `${label}.terms must be strings`);
  });
  listOf('ownershipCategories', (e, label) => {
    if (typeof e.owner !== 'string' || typeof e.category !== 'string') fail(where, `${label} needs "owner" and "category"`);
    if (e.share !== 'majority' && e.share !== 'minority') fail(where, `${label}.share must be "majority" or "minority"`);
    if (e.polarity !== 'affirm' && e.polarity !== 'deny') fail(where, `${label}.polarity must be "affirm" or "deny"`);
  });
  listOf('ownerCategories', (e, label) => {
    if (typeof e.category !== 'string' || typeof e.owner !== 'string') fail(where, `${label} needs "category" and "owner"`);
    if (e.unless !== undefined && !isStringArray(e.unless)) fail(where, `${label}.unless must be category ids`);
  });
  listOf('offices', (e, label) => {
    if (e.aliases !== undefined && !isStringArray(e.aliases)) fail(where, `${label}.aliases must be strings`);
  });
  const scoped = patch.organisationOffices as unknown;
  if (scoped !== undefined && !isStringArray(scoped) && !(typeof scoped === 'object' && scoped !== null && isStringArray((scoped as { ids?: unknown }).ids ?? []))) {
    fail(where, '"organisationOffices" must be a list of office ids or { "ids": [...] }');
  }
  if (patch.remove !== undefined && !isStringArray(patch.remove)) fail(where, '"remove" must be an array of ids');
  return patch as ConflictRulesPatch;
}

/** Merges entries by id: word lists are unioned, other fields replaced, new ids appended. */
function mergeById<T extends { id: string }>(base: T[], extra: T[] | undefined, listKey?: keyof T): T[] {
  if (!extra) return base;
  const out = base.map((entry) => ({ ...entry }));
  const index = new Map(out.map((entry, i) => [entry.id, i]));
  for (const entry of extra) {
    const at = index.get(entry.id);
    if (at === undefined) {
      index.set(entry.id, out.length);
      out.push({ ...entry });
      continue;
    }
    const merged = { ...out[at], ...entry };
    if (listKey) {
      const before = (out[at][listKey] as unknown as string[] | undefined) ?? [];
      const added = (entry[listKey] as unknown as string[] | undefined) ?? [];
      (merged as Record<string, unknown>)[listKey as string] = [...new Set([...before, ...added])];
    }
    out[at] = merged;
  }
  return out;
}

function officeIds(list: ConflictRulesPatch['organisationOffices']): string[] {
  if (!list) return [];
  return Array.isArray(list) ? list : (list.ids ?? []);
}

const ownershipRuleId = (r: OwnershipCategoryRule): string => `${r.owner}:${r.share}:${r.category}`;
const ownerCategoryId = (r: OwnerCategoryRule): string => `${r.category}:${r.owner}`;

/** Applies one patch to a complete rule set, returning a new rule set. */
export function mergeConflictRules(base: ConflictRules, patchInput: unknown, where = 'extra rules'): ConflictRules {
  const patch = validatePatch(patchInput, where);
  const removed = new Set(patch.remove ?? []);
  const keep = <T>(list: T[], id: (t: T) => string): T[] => list.filter((t) => !removed.has(id(t)));
  const ownership = new Map(base.ownershipCategories.map((r) => [ownershipRuleId(r), r]));
  for (const r of patch.ownershipCategories ?? []) ownership.set(ownershipRuleId(r), r);
  const ownerCategories = new Map(base.ownerCategories.map((r) => [ownerCategoryId(r), r]));
  for (const r of patch.ownerCategories ?? []) ownerCategories.set(ownerCategoryId(r), r);
  return {
    categories: keep(mergeById(base.categories, patch.categories, 'synonyms'), (c) => c.id),
    exclusions: keep(mergeById(base.exclusions, patch.exclusions), (e) => e.id),
    ownerClasses: keep(mergeById(base.ownerClasses, patch.ownerClasses, 'terms'), (o) => o.id),
    ownershipCategories: keep([...ownership.values()], ownershipRuleId),
    ownerCategories: keep([...ownerCategories.values()], ownerCategoryId),
    offices: keep(mergeById(base.offices, patch.offices, 'aliases'), (o) => o.id),
    organisationOffices: keep([...new Set([...base.organisationOffices, ...officeIds(patch.organisationOffices)])], (id) => id),
    numeric: { ...base.numeric, ...patch.numeric },
    time: { toleranceYears: { ...base.time.toleranceYears, ...patch.time?.toleranceYears } },
  };
}

function builtIn(): ConflictRules {
  const raw = builtInRules as unknown as ConflictRules & { organisationOffices: { ids: string[] } };
  return {
    categories: raw.categories,
    exclusions: raw.exclusions,
    ownerClasses: raw.ownerClasses,
    ownershipCategories: raw.ownershipCategories,
    ownerCategories: raw.ownerCategories ?? [],
    offices: builtInOffices(),
    organisationOffices: [...raw.organisationOffices.ids],
    numeric: { aroundRelative: raw.numeric.aroundRelative, exactRelativeCap: raw.numeric.exactRelativeCap },
    time: { toleranceYears: { ...raw.time.toleranceYears } },
  };
}

/** The shipped rules (conflict-rules.json and offices.json), built once and shared. */
export const DEFAULT_CONFLICT_RULES: ConflictRules = builtIn();

/**
 * The shipped rules plus any number of user rule files, applied in order. Each extra is either
 * parsed JSON or its text; `{ where, content }` names the file in error messages.
 */
export function loadConflictRules(
  extras: ReadonlyArray<unknown | { where: string; content: string | object }> = [],
): ConflictRules {
  let rules = DEFAULT_CONFLICT_RULES;
  extras.forEach((extra, i) => {
    let where = `extra rules #${i + 1}`;
    let content: unknown = extra;
    if (typeof extra === 'object' && extra !== null && 'where' in extra && 'content' in extra) {
      where = String((extra as { where: unknown }).where);
      content = (extra as { content: unknown }).content;
    }
    if (typeof content === 'string') {
      try {
        content = JSON.parse(content);
      } catch (error) {
        fail(where, `not valid JSON (${(error as Error).message})`);
      }
    }
    rules = mergeConflictRules(rules, content, where);
  });
  return rules;
}
