import { boundedMemo } from '../text/boundedMemo';
import { rangeMemo } from '../text/rangeMemo';
import { isSingleSpacedAscii } from '../text/whiteSpace';
import { Shape } from '../text/tokens';
import { isConnector, type NameScan, type NameSpan } from './nameScan';
import { organisationId, organisationKey, personId, registeredName, slug, titleCase } from './nameKeys';
import type { CanonicalTarget, ReferenceIndex } from './referenceData';
import { CORPORATE_WORDS, DESCRIPTIVE_SUFFIXES, LEGAL_SUFFIXES } from './lexicons/organisationWords';

// Canonical resolution. An id is a pure function of the resolved name ("org:kings-fund",
// "person:ed-mayo"), so identity holds across the corpus without shared state. A mention resolves,
// in order, through:
//  1. an alias link or the reference data (already attached by the gazetteer, or by merge key);
//  2. its antecedent, for back-references ("Mayo" → Ed Mayo, "Circle" → Circle Health Partnership);
//  3. for an acronym: the name the text introduced it with ("Third Sector Consortium (3SC)"), or
//     a name in the document whose initials spell it ("NCIA" ↔ National Coalition for Independent
//     Action);
//  4. its own merge key (organisationKey: descriptive suffixes dropped, legal names kept whole).

function lookup(indexes: readonly ReferenceIndex[], key: string): CanonicalTarget | undefined {
  for (const index of indexes) {
    const target = index.byKey.get(key);
    if (target) return target;
  }
  return undefined;
}

const NEEDS_NORMALISING = /[\s\u00a0\u2019]/;

/** A name as written, its white space runs made single spaces and its curly apostrophes straight. */
export function normaliseSurface(raw: string): string {
  // Most names are plain ASCII with single spaces, which the replacements would return unchanged.
  if (isSingleSpacedAscii(raw)) return raw;
  return NEEDS_NORMALISING.test(raw) ? raw.replace(/[\s\u00a0]+/g, ' ').replace(/\u2019/g, "'") : raw;
}

function surface(scan: NameScan, span: NameSpan): string {
  return normaliseSurface(scan.slice(span));
}

/** A one-word name in capitals, possessive or not ("EFA", "EFA’s": the latter has a plural's shape). */
function isAcronymSpan(scan: NameScan, span: NameSpan): boolean {
  if (span.first !== span.last) return false;
  const token = scan.tokens[span.first]!;
  return token.shape === Shape.AllCaps || (token.shape === Shape.AcronymPlural && token.bareEnd < token.end);
}

/**
 * "Aldermoor and Tarnside Local Medical Committee", "NHS Aldermoor and Tarnside Integrated Care
 * Board": a body serving two areas is called by the initials of its own words after them ("the
 * LMC", "the ICB"), as one area's body is ("Dunmere CCG"). The last token of the areas, or -1 when
 * the name does not open with two areas joined by "and" before two or more words of its own.
 */
function jointAreaEnd(scan: NameScan, span: NameSpan): number {
  const { tokens } = scan;
  let a = span.first;
  if (tokens[a]!.key === 'nhs') a++;
  if (a + 4 > span.last || tokens[a + 1]!.key !== 'and') return -1;
  return tokens[a]!.shape === Shape.Capitalised && tokens[a + 2]!.shape === Shape.Capitalised ? a + 2 : -1;
}

/** "National Coalition for Independent Action" → "NCIA". */
function initials(scan: NameScan, span: NameSpan): string {
  let result = '';
  for (let i = span.first; i <= span.last; i++) {
    const token = scan.tokens[i]!;
    if (isConnector(token) || token.shape === Shape.Punct) continue;
    result += token.text.charAt(0).toUpperCase();
  }
  return result;
}

/** "Third Sector Consortium (3SC)" and "3SC (Third Sector Consortium)": pairs the text declares. */
function introducedAcronyms(scan: NameScan): Map<string, NameSpan> {
  const pairs = new Map<string, NameSpan>();
  const { tokens } = scan;
  for (const span of scan.spans) {
    if (span.type !== 'organisation') continue;
    if (tokens[span.last + 1]?.text !== '(' || tokens[span.last + 3]?.text !== ')') continue;
    const inner = scan.ownerOf(span.last + 2);
    if (!inner || inner.type !== 'organisation') continue;
    const [short, long] = isAcronymSpan(scan, inner) ? [inner, span] : isAcronymSpan(scan, span) ? [span, inner] : [undefined, undefined];
    if (short && long) pairs.set(surface(scan, short), long);
  }
  return pairs;
}

/** Merge keys by surface form: names repeat within and across documents, and keys cost string work. */
const memoisedKey = boundedMemo(organisationKey);

/** People's ids by surface form, for the same reason: "Ed Mayo" is written many times. */
const memoisedPerson = boundedMemo((surfaceName): { canonical: string; canonicalName: string } => {
  const name = titleCase(surfaceName);
  return { canonical: personId(name), canonicalName: name };
});

/**
 * Organisation ids by merge key. A fresh `org:${key}` each time would be a new string every
 * mention, which each map keyed by ids (here and in the claims) must flatten and hash again.
 */
const memoisedOrganisationId = boundedMemo(organisationId);

/** What an organisation's name gives as written, before any reference data is consulted. */
interface OrganisationName {
  /** The surface form (see normaliseSurface). */
  name: string;
  /** Its merge key (organisationKey). */
  key: string;
  /** The id it takes when no reference data lists its key. */
  id: string;
  /** slug(name): what a registered name without its legal form is compared with. */
  slug: string;
}

/**
 * What a mention's name gives, by the mention's characters read from its range of the text: each
 * mention would otherwise cut its name from the text and probe up to three maps with the fresh
 * string (surface form to key, key to id, name to slug). The answers are those functions' own, so
 * a slot that another name has taken only costs working them out again. 8192 slots: the 440 bench
 * texts write 1,572 distinct organisation names.
 */
const organisationNameAt = rangeMemo((raw): OrganisationName => {
  const name = normaliseSurface(raw);
  const key = memoisedKey(name);
  const nameSlug = slug(name);
  return { name, key, id: memoisedOrganisationId(key.length > 0 ? key : nameSlug), slug: nameSlug };
}, 13);

/** A person's identity by the mention's characters, for the same reason. */
const personAt = rangeMemo((raw) => memoisedPerson(normaliseSurface(raw)), 13);

/** The most words before an acronym's brackets that may spell it (see spelledBefore). */
const SPELLED_REACH = 8;

/**
 * "Harwick Civic Services (HCS) is …" where the recognisers did not take the words before the
 * brackets for a name: capitalised words right before an acronym in brackets whose initials spell
 * it (a legal suffix aside) are the name it abbreviates, and give it its identity. The words are
 * read as a range of the text, not as a new mention.
 */
function spelledBefore(scan: NameScan, span: NameSpan, acronym: string): NameSpan | undefined {
  const { tokens } = scan;
  if (tokens[span.first - 1]?.text !== '(' || tokens[span.last + 1]?.text !== ')') return undefined;
  const last = span.first - 2;
  let first = last + 1;
  while (first - 1 >= 0 && last - (first - 1) < SPELLED_REACH) {
    const token = tokens[first - 1]!;
    if (token.shape !== Shape.Capitalised && token.shape !== Shape.AllCaps && !isConnector(token)) break;
    // a name does not run across a line break (a heading above the sentence)
    if (scan.text.slice(token.end, tokens[first]!.start).includes('\n')) break;
    first--;
  }
  const ownLast = last > first && LEGAL_SUFFIXES.has(tokens[last]!.key) ? last - 1 : last;
  for (let from = first; from < ownLast; from++) {
    if (isConnector(tokens[from]!)) continue;
    for (const to of ownLast === last ? [last] : [ownLast, last]) {
      const words: NameSpan = { ...span, first: from, last: to, start: tokens[from]!.start, end: tokens[to]!.end };
      if (initials(scan, words) === acronym) return { ...words, last, end: tokens[last]!.end, canonical: undefined, canonicalName: undefined };
    }
  }
  return undefined;
}

function resolveOrganisation(scan: NameScan, span: NameSpan, indexes: readonly ReferenceIndex[]): void {
  const written = organisationNameAt(scan.text, span.start, span.end);
  const target = lookup(indexes, written.key);
  if (target) {
    span.canonical = target.canonical;
    span.canonicalName = target.canonicalName;
    return;
  }
  span.canonical = written.id;
  // A name a reader typed in lower case ("kelby") is displayed as names are.
  const first = written.name.charCodeAt(0);
  span.canonicalName = first >= 97 && first <= 122 ? titleCase(written.name) : written.name;
}

export function resolveCanonicals(scan: NameScan, indexes: readonly ReferenceIndex[]): void {
  const acronyms: NameSpan[] = [];
  const backReferences: NameSpan[] = [];
  for (const span of scan.spans) {
    if (span.canonical) continue;
    if (span.antecedent) backReferences.push(span);
    else if (span.type === 'person') {
      const person = personAt(scan.text, span.start, span.end);
      span.canonical = person.canonical;
      span.canonicalName = person.canonicalName;
    } else if (isAcronymSpan(scan, span)) acronyms.push(span);
    else resolveOrganisation(scan, span, indexes);
  }

  const introduced = introducedAcronyms(scan);
  // Names by their initials, for the acronyms left to resolve (none in most texts: then nothing to build).
  const byInitials = new Map<string, NameSpan>();
  if (acronyms.length > 0) {
    for (const span of scan.spans) {
      if (span.type !== 'organisation' || isAcronymSpan(scan, span) || span.last === span.first) continue;
      // "Tarrow CRC" for "Tarrow Community Rehabilitation Company" (acronyms.ts) makes "CRC" that body's acronym too.
      if (span.antecedent && scan.shapes[span.last] === Shape.AllCaps) byInitials.set(scan.text.slice(scan.tokens[span.last]!.start, span.end), span.antecedent);
      // A short form or a copy in lower case stands for its antecedent, whose identity is known by now.
      else byInitials.set(initials(scan, span), span.antecedent ?? span);
      // "KFM" for "Kestlebury Facilities Management Ltd": an acronym leaves out the legal form.
      const lastKey = scan.tokens[span.last]!.key;
      if (span.last > span.first + 1 && LEGAL_SUFFIXES.has(lastKey.endsWith('.') ? lastKey.slice(0, -1) : lastKey)) {
        const shorter = initials(scan, { ...span, last: span.last - 1 });
        if (!byInitials.has(shorter)) byInitials.set(shorter, span.antecedent ?? span);
      }
      const areaEnd = jointAreaEnd(scan, span);
      if (areaEnd > 0) {
        const rest = initials(scan, { ...span, first: areaEnd + 1 });
        if (!byInitials.has(rest)) byInitials.set(rest, span.antecedent ?? span);
      }
    }
  }
  // Acronyms whose expansion stands untagged before their brackets: every use of one takes its identity.
  const spelled = new Map<string, NameSpan>();
  for (const span of acronyms) {
    const text = surface(scan, span);
    if (spelled.has(text) || introduced.has(text) || byInitials.has(text)) continue;
    const words = spelledBefore(scan, span, text);
    if (words) {
      resolveOrganisation(scan, words, indexes);
      spelled.set(text, words);
    }
  }
  for (const span of acronyms) {
    const text = surface(scan, span);
    const expansion = introduced.get(text) ?? byInitials.get(text) ?? spelled.get(text);
    if (expansion?.canonical) {
      span.canonical = expansion.canonical;
      span.canonicalName = expansion.canonicalName;
    } else resolveOrganisation(scan, span, indexes);
  }
  // Expansions the text introduced after their acronym take the acronym's reference identity too.
  for (const [text, expansion] of introduced) {
    const acronym = scan.spans.find((span) => isAcronymSpan(scan, span) && surface(scan, span) === text);
    if (acronym?.canonical && acronym.via === 'reference') {
      expansion.canonical = acronym.canonical;
      expansion.canonicalName = acronym.canonicalName;
    }
  }
  followRegisteredNames(scan);
  separateParentCompanies(scan);
  for (const span of backReferences) {
    span.canonical = span.antecedent!.canonical;
    span.canonicalName = span.antecedent!.canonicalName;
  }
  preferFullestName(scan);
}

/** A cheap look at the last word before the string work: "Ltd", "plc", "… Company", "… Partnership". */
function endsInLegalForm(scan: NameScan, span: NameSpan): boolean {
  const key = scan.tokens[span.last]!.key;
  return span.last > span.first && (LEGAL_SUFFIXES.has(key) || key === 'company' || key === 'partnership');
}

/**
 * "Kestrel Partnership Ltd … Kestrel Partnership": once a text has named a registered entity, the
 * same words without the legal form mean that entity, not the brand they would otherwise merge into.
 */
function followRegisteredNames(scan: NameScan): void {
  const registered = new Map<string, NameSpan>();
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || !span.canonical || !endsInLegalForm(scan, span)) continue;
    const name = registeredName(surface(scan, span));
    if (name !== undefined && !registered.has(name)) registered.set(name, span);
  }
  if (registered.size === 0) return;
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || span.antecedent || span.via === 'reference' || span.via === 'override') continue;
    const legal = registered.get(organisationNameAt(scan.text, span.start, span.end).slug);
    if (legal && legal !== span) {
      span.canonical = legal.canonical;
      span.canonicalName = legal.canonicalName;
    }
  }
}

/** Words that name a parent company: "Kelby Holdings", "Kelby Group". */
const PARENT_WORDS = new Set(['holdings', 'group']);

/**
 * "Kelby Holdings owns 75% of Kelby Ltd": the merge key drops "Holdings" and "Group" because a
 * group is mostly called by its brand, but a text that also names a registered company with the
 * brand's words and no such word names two bodies, the parent and its subsidiary, and ownership
 * claims depend on telling them apart. The parent then takes the identity of its full name; the
 * brand alone follows the registered company (followRegisteredNames).
 */
function separateParentCompanies(scan: NameScan): void {
  let parents: NameSpan[] | undefined;
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || span.antecedent || span.via === 'reference' || span.via === 'override' || span.last === span.first) continue;
    if (PARENT_WORDS.has(lastWordWithoutLegalForm(scan, span))) (parents ??= []).push(span);
  }
  if (!parents) return;
  for (const parent of parents) {
    const subsidiary = scan.spans.find(
      (span) =>
        span.type === 'organisation' &&
        span !== parent &&
        span.canonical === parent.canonical &&
        !PARENT_WORDS.has(lastWordWithoutLegalForm(scan, span)) &&
        (endsInLegalForm(scan, span) || namesAnArm(scan, span)),
    );
    if (!subsidiary) continue;
    const name = normaliseSurface(scan.slice(parent));
    const full = registeredName(name) ?? slug(name);
    const canonical = memoisedOrganisationId(full);
    const registered = registeredName(normaliseSurface(scan.slice(subsidiary)));
    for (const span of scan.spans) {
      if (span.type !== 'organisation' || span === subsidiary) continue;
      // The brand alone ("Kelby"), a short form of either, is the registered company's name.
      if (span.antecedent === parent && slug(normaliseSurface(scan.slice(span))) === registered) span.antecedent = subsidiary;
      else if (span.canonical === parent.canonical && sameParentName(scan, span, parent)) {
        span.canonical = canonical;
        span.canonicalName = name;
      }
    }
  }
}

/**
 * "Kelby Care" beside "Kelby Holdings": the brand and a word the merge key drops ("Care", "Health")
 * names a trading arm, which a parent named in the same text owns rather than is. Sources report the
 * sale of the arm and the sale of the parent as two deals, so they must not merge. The brand alone
 * ("Kelby") stays with the arm, as with a registered company.
 */
function namesAnArm(scan: NameScan, span: NameSpan): boolean {
  return span.last > span.first && !span.antecedent && span.via !== 'reference' && span.via !== 'override' && ARM_WORDS.has(lastWordWithoutLegalForm(scan, span));
}

/** The words the merge key drops after a brand that name a trading arm: not a parent's words, nor "company" or "UK" (the body itself). */
const ARM_WORDS = new Set([...DESCRIPTIVE_SUFFIXES, ...CORPORATE_WORDS].filter((word) => !PARENT_WORDS.has(word) && word !== 'company' && word !== 'uk'));

/** Whether a mention spells the parent's name (its legal form aside): "Kelby Holdings" and "Kelby Holdings Ltd". */
function sameParentName(scan: NameScan, span: NameSpan, parent: NameSpan): boolean {
  const a = normaliseSurface(scan.slice(span));
  const b = normaliseSurface(scan.slice(parent));
  return (registeredName(a) ?? slug(a)) === (registeredName(b) ?? slug(b));
}

/** The last word of a name before any legal form, lower case: "holdings" of "Kelby Holdings Ltd". */
function lastWordWithoutLegalForm(scan: NameScan, span: NameSpan): string {
  let last = span.last;
  if (last > span.first && LEGAL_SUFFIXES.has(scan.tokens[last]!.key)) last--;
  return scan.tokens[last]!.key;
}

/** A canonical found only through its short forms is displayed by its fullest surface in the document. */
function preferFullestName(scan: NameScan): void {
  const fullest = new Map<string, string>();
  for (const span of scan.spans) {
    if (span.type !== 'organisation' || !span.canonical || span.via === 'reference') continue;
    const name = span.canonicalName ?? '';
    const known = fullest.get(span.canonical);
    if (!known || name.length > known.length) fullest.set(span.canonical, name);
  }
  for (const span of scan.spans) {
    if (span.type === 'organisation' && span.canonical && span.via !== 'reference' && fullest.has(span.canonical)) {
      span.canonicalName = fullest.get(span.canonical);
    }
  }
}
