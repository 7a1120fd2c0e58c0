import organisations from '../../../data/organisations.json';
import offices from '../../../data/offices.json';
import type { AliasLink } from '../types';
import { Gazetteer } from './gazetteer';
import { organisationKey } from './nameKeys';

// The curated reference data of server/data (see its README), compiled once into a gazetteer for
// recognition and a key index for canonical resolution. Users' own reference files and
// researchers' alias links arrive as AliasLink lists through AnalyseOptions and are compiled the
// same way, once per list.

export interface ReferenceEntry {
  id: string;
  name: string;
  aliases: string[];
  source: string;
  ambiguous?: boolean;
}

export interface OfficeEntry {
  id: string;
  name: string;
  aliases: string[];
  source: string;
}

export interface CanonicalTarget {
  canonical: string;
  canonicalName: string;
}

export interface ReferenceIndex {
  gazetteer: Gazetteer;
  /** Organisation merge key (see organisationKey) → canonical entity. */
  byKey: Map<string, CanonicalTarget>;
}

function compileOrganisations(entries: readonly ReferenceEntry[]): ReferenceIndex {
  const gazetteer = new Gazetteer();
  const byKey = new Map<string, CanonicalTarget>();
  for (const entry of entries) {
    const target = { canonical: entry.id, canonicalName: entry.name };
    for (const surface of withCrownWordings([entry.name, ...entry.aliases])) {
      gazetteer.add(surface, { ...target, type: 'organisation', ambiguous: entry.ambiguous === true });
      const key = organisationKey(surface);
      if (!byKey.has(key)) byKey.set(key, target);
    }
  }
  return { gazetteer, byKey };
}

/**
 * "HM" stands for "Her Majesty's" or "His Majesty's" in the names of Crown bodies, and texts write
 * them out under either monarch ("His Majesty's Revenue and Customs"): every listed "HM X" is found
 * in the three wordings, so the data lists only the short one.
 */
function withCrownWordings(surfaces: readonly string[]): string[] {
  const out = [...surfaces];
  for (const surface of surfaces) {
    if (!surface.startsWith('HM ')) continue;
    for (const crown of ["Her Majesty's ", "His Majesty's "]) {
      const written = crown + surface.slice(3);
      if (!out.includes(written)) out.push(written);
    }
  }
  return out;
}

export const REFERENCE: ReferenceIndex = compileOrganisations(organisations as ReferenceEntry[]);

export const OFFICES: readonly OfficeEntry[] = offices as OfficeEntry[];

const officeByWording = new Map<string, OfficeEntry>();
for (const office of OFFICES) {
  for (const wording of [office.name, ...office.aliases]) officeByWording.set(wording.toLowerCase(), office);
}

/** The office a title names, in any of its listed wordings ("Health Secretary" → office:health-secretary). */
export function officeFor(title: string): OfficeEntry | undefined {
  return officeByWording.get(title.toLowerCase().replace(/\s+/g, ' ').trim());
}

const compiledAliases = new WeakMap<readonly AliasLink[], ReferenceIndex>();

/** Compiles a list of alias links (workspace reference data, researchers' links), once per list. */
export function aliasIndex(aliases: readonly AliasLink[]): ReferenceIndex {
  let index = compiledAliases.get(aliases);
  if (!index) {
    const gazetteer = new Gazetteer();
    const byKey = new Map<string, CanonicalTarget>();
    for (const link of aliases) {
      const type = link.type ?? (link.canonical.startsWith('person:') ? 'person' : 'organisation');
      gazetteer.add(link.surface, { canonical: link.canonical, canonicalName: link.canonicalName, type, ambiguous: false });
      if (type === 'organisation') byKey.set(organisationKey(link.surface), { canonical: link.canonical, canonicalName: link.canonicalName });
    }
    index = { gazetteer, byKey };
    compiledAliases.set(aliases, index);
  }
  return index;
}
