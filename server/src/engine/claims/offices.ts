// Office equivalences for role claims: different wordings of one office ("Health Secretary",
// "Secretary of State for Health") resolve to one office id, so they never conflict. The list is
// reference data in server/data/offices.json, maintained with the entity recognisers.

import offices from '../../../data/offices.json';
import type { OfficeRule } from './rules';

export function builtInOffices(): OfficeRule[] {
  return (offices as unknown as OfficeRule[]).map((o) => ({ ...o, aliases: [...(o.aliases ?? [])] }));
}

/** Lower-case, without "the", punctuation or doubled spaces: the form office names are compared in. */
export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[’']s\b/g, 's')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const FILLERS = /\b(?:at|of|for|in|and|to)\b/g;

/** A normalised title without the little words between its words: "chair of trustees" → "chair trustees". */
export function withoutFillers(normalised: string): string {
  return normalised.replace(FILLERS, ' ').replace(/\s+/g, ' ').trim();
}

/** Looks up the office a title names, by its normalised wording. */
export class OfficeIndex {
  private readonly byWording = new Map<string, string>();
  /** Titles already looked up, as written: the same few titles recur throughout a corpus. */
  private readonly looked = new Map<string, string | undefined>();

  constructor(list: readonly OfficeRule[]) {
    for (const office of list) {
      for (const wording of [office.name, ...office.aliases]) {
        const key = normaliseTitle(wording);
        if (key && !this.byWording.has(key)) this.byWording.set(key, office.id);
        // Role claims look a post up without its little words once the organisation is cut out
        // ("Chair of Trustees at X" → "chair trustees"), so each wording is known that way too.
        const bare = withoutFillers(key);
        if (bare && !this.byWording.has(bare)) this.byWording.set(bare, office.id);
      }
    }
  }

  officeOf(title: string): string | undefined {
    if (this.looked.has(title)) return this.looked.get(title);
    const office = this.byWording.get(normaliseTitle(title));
    if (this.looked.size > 20_000) this.looked.clear();
    this.looked.set(title, office);
    return office;
  }
}
