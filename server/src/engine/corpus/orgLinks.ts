import {
  CORPORATE_WORDS,
  DESCRIPTIVE_SUFFIXES,
  GENERIC_NAME_WORDS,
  INSTITUTION_HEADS,
  LEGAL_SUFFIXES,
  ORGANISATION_CLASS_NOUNS,
  ORGANISATION_HEADS,
  PLACE_NAMES,
} from '../entities/lexicons/organisationWords';
import { REFERENCE } from '../entities/referenceData';
import type { Entity } from '../types';
import { namesOf, NO_NAMES, type DocumentNames } from './linkNames';

// Each document is analysed alone, so one that only ever writes "Bexwell" gives its claims to
// org:bexwell, while another that writes "Bexwell Custody Services Ltd" gives them to
// org:bexwell-custody-services, and the two never meet. Here, across the corpus, an organisation
// canonical that is a short form of exactly one longer organisation canonical present in the
// corpus is linked to it (the corpus then files the short form's claims under the longer one).
//
// The short form S of a longer name L (both as canonical slugs, word by word):
//  - first words: S is a proper prefix of L ("Wellspring" of "Wellspring Leisure"), unless what
//    follows S in L starts with a word that makes S a place ("Caldmouth" of "Caldmouth College",
//    "Caldmouth City Council": the town, not the body);
//  - head words: S is a proper end of L's core, L without its legal form and trailing generic
//    words ("Rovers" of "Caldmouth Rovers Football Club", whose core is "caldmouth rovers");
//  - initials: S, written in capitals in some document, is the initials of L's words or of its core
//    ("BES" of "Brackenshire Environmental Services"), three letters at least.
// Never a short form: a canonical made only of generic words (Council, Trust, Group, Ltd, College,
// Company, Services: the lexicons of organisationWords.ts), a single word that is a known place
// (PLACE_NAMES: it names the town, its council, its club and its university alike), or a single
// word that is the surname of a person named anywhere in the corpus ("Treharne" is Alison
// Treharne before it is any "Treharne Holdings"). Two longer candidates: ambiguous, no link.
//
// The work per document change is bounded by that document's own names: each longer name is filed
// under the few short forms it has (its prefixes, core ends and initials), so a short form finds
// its candidates with one look-up, never by reading every canonical.

/** Words that, right after S in L, make S a place rather than a body's own name. */
const PLACE_FOLLOWERS = new Set([
  'city', 'county', 'borough', 'district', 'parish', 'town', 'metropolitan', 'council', 'university', 'college', 'school',
  'academy', 'hospital', 'hospitals', 'police', 'fire', 'nhs', 'integrated', 'combined', 'unitary', 'airport', 'port', 'harbour',
  'general', 'royal', 'infirmary', 'station', 'valley',
  // A town's newspaper ("Haddonford Sentinel").
  'advertiser', 'chronicle', 'courier', 'mercury', 'echo', 'argus', 'sentinel', 'examiner', 'post', 'mail', 'telegraph', 'gazette',
  'herald', 'journal', 'times', 'star', 'standard', 'record', 'news', 'observer', 'evening',
]);

/** Bodies of state that texts name by their kind alone ("Parliament", "the Treasury"). */
const STATE_WORDS = new Set(['parliament', 'assembly', 'cabinet', 'treasury', 'court', 'tribunal', 'commons', 'lords', 'house', 'executive', 'army', 'navy', 'crown', 'senedd']);

/** The canonicals of the well-known bodies in the reference data: each is a whole name, never short for another. */
let listed: Set<string> | undefined;
function listedBody(canonical: string): boolean {
  listed ??= new Set([...REFERENCE.byKey.values()].map((target) => target.canonical));
  return listed.has(canonical);
}

/**
 * Words that tell nothing of which body is meant (see organisationWords.ts). A club's own word
 * ("Rovers", "Wanderers") is a head to the recognisers, but it is what supporters call the club.
 */
function generic(word: string): boolean {
  return (
    GENERIC_NAME_WORDS.has(word) ||
    (ORGANISATION_HEADS.has(word) && !TEAM_WORDS.has(word)) ||
    INSTITUTION_HEADS.has(word) ||
    CORPORATE_WORDS.has(word) ||
    LEGAL_SUFFIXES.has(word) ||
    DESCRIPTIVE_SUFFIXES.has(word) ||
    ORGANISATION_CLASS_NOUNS.has(word) ||
    LINKING_WORDS.has(word) ||
    CLUB_WORDS.has(word) ||
    STATE_WORDS.has(word)
  );
}

/** Words naming a company's form or a vehicle of a group ("Holdings", "Capital", "Ltd"): a name ending in them is another body. */
function formWord(word: string): boolean {
  return CORPORATE_WORDS.has(word) || LEGAL_SUFFIXES.has(word) || DESCRIPTIVE_SUFFIXES.has(word) || GROUP_WORDS.has(word);
}

/** A group's parent or arm abroad ("Circle International"). */
const GROUP_WORDS = new Set(['international', 'global', 'worldwide', 'europe']);

/** A body formed around S by its people ("Northfield Employee Trust", "Caldmouth Rovers Supporters Trust"). */
const PEOPLE_WORDS = new Set(['employee', 'employees', 'staff', 'supporters', 'members', 'friends', 'pension', 'pensions', 'workers', 'tenants', 'residents', 'parents', 'alumni']);

/** Words that join a name's own words and are skipped in its initials. */
const LINKING_WORDS = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'at', 'to']);

/** What a club's name ends in: "Rovers" is the club. */
const CLUB_WORDS = new Set(['football', 'club', 'fc', 'afc', 'rugby', 'cricket']);

const TEAM_WORDS = new Set(['rovers', 'wanderers']);

const ORG = 'org:';

function wordsOf(canonical: string): string[] {
  return canonical.slice(ORG.length).split('-').filter((word) => word.length > 0);
}

/** L's core: its words without trailing generic ones (legal form, "Football Club", "Ltd", "Group"). */
function coreOf(words: readonly string[]): number {
  let length = words.length;
  while (length > 1 && generic(words[length - 1])) length--;
  return length;
}

function initials(words: readonly string[], length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) if (!LINKING_WORDS.has(words[i]) || i === 0) out += words[i][0];
  return out;
}

/** The keys a longer name L is filed under: every short form it may have. */
function shortKeysOf(canonical: string): string[] {
  const words = wordsOf(canonical);
  if (words.length < 2) return [];
  const keys = new Set<string>();
  // First words, while what follows does not make them a place, and names more than the body's form:
  // "Marlvale Water" is not short for "Marlvale Water Holdings", its parent company.
  for (let n = 1; n < words.length; n++) {
    if (PLACE_FOLLOWERS.has(words[n])) {
      // The corpus writes these words as a place: they stand for no body on their own.
      keys.add(`x:${words.slice(0, n).join('-')}`);
      break;
    }
    const rest = words.slice(n);
    if (rest.every(formWord) || rest.some((word) => PEOPLE_WORDS.has(word))) break;
    keys.add(`p:${words.slice(0, n).join('-')}`);
  }
  const core = coreOf(words);
  for (let from = 1; from < core; from++) keys.add(`p:${words.slice(from, core).join('-')}`);
  for (const length of new Set([words.length, core])) {
    const letters = initials(words, length);
    if (letters.length >= 3) keys.add(`i:${letters}`);
  }
  return [...keys];
}

/** Whether a canonical may stand for a longer name at all (its words, not yet the corpus). */
function mayBeShort(canonical: string): boolean {
  if (listedBody(canonical)) return false;
  const words = wordsOf(canonical);
  if (words.length === 0 || words.every(generic)) return false;
  return !(words.length === 1 && PLACE_NAMES.has(words[0]));
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** Whether two lists hold the same strings in the same order. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function countIn(map: Map<string, number>, key: string, by: number): boolean {
  const count = (map.get(key) ?? 0) + by;
  if (count === 0) map.delete(key);
  else map.set(key, count);
  // Whether the key came into the corpus or left it.
  return count === 0 || count === by;
}

export class OrgLinks {
  /** doc → the names it holds, as last entered. */
  private readonly docNames = new Map<string, DocumentNames>();
  /** The last entity list entered per document: an unchanged list is not read again. */
  private readonly docEntities = new Map<string, readonly Entity[]>();
  /** org canonical → how many documents mention it. */
  private readonly orgDocs = new Map<string, number>();
  /** org canonical → how many documents write it in capitals (an acronym). */
  private readonly acronymDocs = new Map<string, number>();
  /** person surname → how many documents name a person with it. */
  private readonly surnameDocs = new Map<string, number>();
  /** short-form key → the longer canonicals present that have it. */
  private readonly byShortKey = new Map<string, Set<string>>();
  /** short canonical → the longer canonical it stands for. */
  private readonly links = new Map<string, string>();
  /** longer canonical → the short canonicals linked to it. */
  private readonly shortsOfLong = new Map<string, Set<string>>();
  /** While links are deferred (see defer): the canonicals to decide afresh when they resume. */
  private pending: Set<string> | undefined;

  /**
   * From now until flush, links are not decided as documents come, only noted: a corpus being filled
   * decides each once at the end, rather than each time a document makes one come or go.
   */
  defer(): void {
    this.pending ??= new Set();
  }

  /** Decides the links noted since defer; returns the short canonicals whose link came, went or moved. */
  flush(): Set<string> {
    const pending = this.pending ?? new Set<string>();
    this.pending = undefined;
    const changed = new Set<string>();
    for (const canonical of pending) if (this.relink(canonical)) changed.add(canonical);
    return changed;
  }

  /** The longer canonical a short form stands for, if any. */
  target(canonical: string): string | undefined {
    return this.links.get(canonical);
  }

  /** The short canonicals standing for a longer one. */
  shortsOf(canonical: string): ReadonlySet<string> | undefined {
    return this.shortsOfLong.get(canonical);
  }

  get size(): number {
    return this.links.size;
  }

  /**
   * Swaps a document's names for those of its new entities (undefined: removed); `names`, when
   * given, reads theirs (see linkNames.ts). Returns the short canonicals whose link came, went or moved.
   */
  update(doc: string, entities: readonly Entity[] | undefined, names?: () => DocumentNames): Set<string> {
    const changed = new Set<string>();
    if (entities !== undefined && this.docEntities.get(doc) === entities) return changed;
    const before = this.docNames.get(doc) ?? NO_NAMES;
    const after = entities ? (names?.() ?? namesOf({ entities: entities as Entity[], claims: [] })) : NO_NAMES;
    if (entities) {
      this.docNames.set(doc, after);
      this.docEntities.set(doc, entities);
    } else {
      this.docNames.delete(doc);
      this.docEntities.delete(doc);
    }
    const recheck = this.pending ?? new Set<string>();
    this.swap(before.orgs, after.orgs, this.orgDocs, (canonical, present) => {
      recheck.add(canonical);
      for (const key of shortKeysOf(canonical)) {
        let longs = this.byShortKey.get(key);
        if (present) {
          if (!longs) this.byShortKey.set(key, (longs = new Set()));
          longs.add(canonical);
        } else if (longs) {
          longs.delete(canonical);
          if (longs.size === 0) this.byShortKey.delete(key);
        }
        recheck.add(ORG + key.slice(2));
      }
    });
    this.swap(before.acronyms, after.acronyms, this.acronymDocs, (canonical) => recheck.add(canonical));
    this.swap(before.surnames, after.surnames, this.surnameDocs, (surname) => recheck.add(ORG + surname));
    if (recheck !== this.pending) for (const canonical of recheck) if (this.relink(canonical)) changed.add(canonical);
    return changed;
  }

  /**
   * The document's new entities give the very names its previous ones gave (nameCensus.ts found
   * none came or went): they are noted as read, and no link moves. False when the document's
   * names were never read (update is then needed).
   */
  keep(doc: string, entities: readonly Entity[]): boolean {
    if (!this.docEntities.has(doc)) return false;
    this.docEntities.set(doc, entities);
    return true;
  }

  private swap(before: readonly string[], after: readonly string[], counts: Map<string, number>, moved: (key: string, present: boolean) => void): void {
    // A keystroke seldom changes a document's names: found in the same order, nothing moves.
    if (sameList(before, after)) return;
    // A document coming in (or leaving) has nothing to compare with: most updates while indexing.
    const kept = before.length === 0 || after.length === 0 ? NO_KEYS : new Set(before);
    const stays = kept === NO_KEYS ? NO_KEYS : new Set(after);
    for (const key of before) if (!stays.has(key) && countIn(counts, key, -1)) moved(key, false);
    for (const key of after) if (!kept.has(key) && countIn(counts, key, 1)) moved(key, true);
  }

  /** Decides a canonical's link afresh; true when it changed. */
  private relink(canonical: string): boolean {
    const next = this.decide(canonical);
    const previous = this.links.get(canonical);
    if (next === previous) return false;
    if (previous !== undefined) {
      const shorts = this.shortsOfLong.get(previous)!;
      shorts.delete(canonical);
      if (shorts.size === 0) this.shortsOfLong.delete(previous);
    }
    if (next === undefined) this.links.delete(canonical);
    else {
      this.links.set(canonical, next);
      let shorts = this.shortsOfLong.get(next);
      if (!shorts) this.shortsOfLong.set(next, (shorts = new Set()));
      shorts.add(canonical);
    }
    return true;
  }

  private decide(canonical: string): string | undefined {
    if (!this.orgDocs.has(canonical)) return undefined;
    const short = canonical.slice(ORG.length);
    const byWords = this.byShortKey.get(`p:${short}`);
    const byInitials = this.acronymDocs.has(canonical) ? this.byShortKey.get(`i:${short}`) : undefined;
    // Most names are short for nothing: decided without reading their words.
    if (!byWords && !byInitials) return undefined;
    let long: string | undefined;
    for (const candidates of [byWords, byInitials]) {
      for (const candidate of candidates ?? []) {
        if (candidate === canonical || candidate === long) continue;
        if (long !== undefined) return undefined;
        long = candidate;
      }
    }
    if (long === undefined || !mayBeShort(canonical)) return undefined;
    if (short.indexOf('-') < 0 && this.surnameDocs.has(short)) return undefined;
    if (this.byShortKey.has(`x:${short}`)) return undefined;
    return long;
  }
}
