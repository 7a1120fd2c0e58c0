import { runsSince } from '../engine/corpus/conflictRenewals';
import type { Claim, Conflict, SourcedClaim } from '../engine/types';
import { claimSentence } from './claimSentences';
import { claimValueLabel, type NameOf } from './labels';

// What a conflict diagnostic says and links to, for one claim of the document being published:
// "Another source says Circle is NOT an employee-owned co-operative (000_cde….txt, dated 29 October
// 2010)". Opposing claims that say the same thing are stated once, with their places; the lead
// words say whether the disagreement comes from another source, several, or this same document.
//
// Two ways to the same words. wordingByScan reads every opposing claim. wordingByDigest reads a
// digest of the conflict made once (its claims grouped by value) and then only as many claims as
// the words show: a conflict repeated across an archive has thousands of claims, and a document
// taking part in it with many different values was otherwise read through once per value.

/** Statements in a message; the others are counted ("and 2 more"). */
export const MESSAGE_SOURCES = 3;
/** Places named per statement; the others are counted. */
const MAX_PLACES_PER_STATEMENT = 4;

export interface Wording {
  message: string;
  /** The opposing claims to link to: other documents first, at most maxLinked. */
  linked: SourcedClaim[];
  /** Opposing claims not linked. */
  unlinked: number;
}

export interface WordingContext {
  /** The document being published. */
  doc: string;
  nameOf: NameOf;
  /** Where a claim is, in words ("line 34 of this document", "a.txt, dated 3 May 2011"). */
  place: (claim: SourcedClaim) => string;
  maxLinked: number;
  /** A value's statement, by value label: one conflict's, shared by its claims. */
  sentences: Map<string, string>;
}

/** The claims that disagree with this one: those with another value (all the others, should the labels coincide). */
export function opposingClaims(conflict: Conflict, here: SourcedClaim): SourcedClaim[] {
  const value = claimValueLabel(here.claim.value);
  const others = conflict.claims.filter((other) => other !== here && !(other.doc === here.doc && other.claim.start === here.claim.start));
  const differing = others.filter((other) => claimValueLabel(other.claim.value) !== value);
  return differing.length > 0 ? differing : others;
}

/** The opposing claims a diagnostic links to (and offers to open): other documents first, at most `max`. */
export function linkedClaims(opposing: SourcedClaim[], doc: string, max: number): SourcedClaim[] {
  return [...opposing.filter((other) => other.doc !== doc), ...opposing.filter((other) => other.doc === doc)].slice(0, max);
}

export function wordingByScan(conflict: Conflict, here: SourcedClaim, context: WordingContext): Wording {
  const opposing = opposingClaims(conflict, here);
  const linked = linkedClaims(opposing, context.doc, context.maxLinked);
  return { message: messageByScan(conflict, opposing, context), linked, unlinked: opposing.length - linked.length };
}

function messageByScan(conflict: Conflict, opposing: SourcedClaim[], context: WordingContext): string {
  if (opposing.length === 0) return `Sources disagree about ${conflict.subjectName}`;
  // Statements in the order their values first appear; only the first few are worded with places.
  const statements = new Map<string, { rank: number; places: string[]; unnamed: number }>();
  for (const other of opposing) {
    const sentence = sentenceOf(conflict, other, context);
    let entry = statements.get(sentence);
    if (!entry) {
      entry = { rank: statements.size, places: [], unnamed: 0 };
      statements.set(sentence, entry);
    }
    if (entry.rank >= MESSAGE_SOURCES) continue;
    if (entry.places.length >= MAX_PLACES_PER_STATEMENT) {
      entry.unnamed++;
      continue;
    }
    const place = context.place(other);
    if (!entry.places.includes(place)) entry.places.push(place);
  }
  const shown = [...statements].slice(0, MESSAGE_SOURCES).map(([sentence, { places, unnamed }]) => statement(sentence, places, unnamed));
  const otherDocuments = new Set<string>();
  let allElsewhere = true;
  for (const other of opposing) {
    if (other.doc === context.doc) allElsewhere = false;
    else if (otherDocuments.size < 2) otherDocuments.add(other.doc);
  }
  return message(shown, statements.size, otherDocuments.size, allElsewhere);
}

/**
 * A conflict's claims grouped by value, in the order the values first appear, for one document.
 * Its shape says which claims by their position in the conflict, so that it holds for every
 * renewal of the conflict whose claims, position by position, come from the same documents with
 * the same value labels: typing re-makes the claims of the section it reaches (new objects, same
 * values, new places) and renews the conflicts holding them. Grouping their thousands of claims by
 * value again (a label look-up each, bound by memory) made most of a full report's time for the
 * 1 MB bench document at 10,000 documents; taking the new claims by position costs next to nothing.
 */
interface Digest {
  /** The conflict's claims, as the shape's positions index them. */
  claims: readonly SourcedClaim[];
  shape: DigestShape;
  /**
   * Claims of the document sharing their start with another of its claims. Held as the claims, not
   * their offsets: a claim moved in place by typing above it keeps its conflict, and this digest.
   */
  crowded: Set<Claim>;
}

/** A conflict's claims for one document: the value table, and where this document's claims are in it. */
interface DigestShape {
  doc: string;
  table: ValueTable;
  /** Positions of this document's claims, in conflict order. */
  inDoc: readonly number[];
  /** How many of this document's claims each value holds, by value index. */
  inDocByValue: Uint32Array;
}

/**
 * A conflict's claims grouped by value: the same for every document taking part, so made once per
 * list of claims. Check Claims publishes every document of a conflict, and at 10,000 documents
 * grouping a 5,000-claim conflict once per each of its documents took 25 of 27 s.
 */
interface ValueTable {
  values: ValueGroup[];
  byLabel: Map<string, ValueGroup>;
  /** The value group of the claim at each position. */
  groupAt: Uint32Array;
  /** Positions of each document's claims, in conflict order. */
  byDoc: Map<string, number[]>;
}

interface ValueGroup {
  /** Its place among the values (see ValueTable.groupAt). */
  index: number;
  label: string;
  /** Positions of the value's claims, in conflict order. */
  positions: number[];
  /** The first three documents holding this value: two besides whichever one is published. */
  docs: string[];
}

const tables = new WeakMap<readonly SourcedClaim[], ValueTable>();

const digests = new WeakMap<Conflict, Digest>();

/**
 * For the few documents published most recently, the digests made, by conflict id, with the claims
 * they were made from. Typing above a conflict's claims renews the conflict object with its claims
 * moved in place (the very claim objects, see engine/corpus/claimIndex.ts): the digest of the same
 * claims says the same, and checking that they are the same is far cheaper than grouping thousands
 * of claims by value again. Few documents, and a bounded number of ids each: a digest is as large
 * as its conflict, and one kept for every document of a conflict would grow with their product.
 */
const recentDigests = new Map<string, Map<string, Digest>>();
const RECENT_DOCUMENTS = 4;
const RECENT_IDS = 10_000;

function recentDigestsOf(doc: string): Map<string, Digest> {
  let recent = recentDigests.get(doc);
  if (recent) recentDigests.delete(doc);
  if (!recent || recent.size >= RECENT_IDS) recent = new Map();
  recentDigests.set(doc, recent);
  while (recentDigests.size > RECENT_DOCUMENTS) recentDigests.delete(recentDigests.keys().next().value!);
  return recent;
}

/** Counts value tables made from scratch, and digests that took an earlier one's shape, for tests that check the shortcuts are taken. */
export const digestCounts = { made: 0, reshaped: 0 };

function digestOf(conflict: Conflict, doc: string): Digest {
  const known = digests.get(conflict);
  if (known && known.shape.doc === doc) return known;
  const recent = recentDigestsOf(doc);
  const earlier = recent.get(conflict.id);
  let digest: Digest;
  if (earlier && sameClaims(earlier.claims, conflict.claims)) {
    digest = earlier;
  } else {
    let shape: DigestShape;
    if (earlier && !tables.has(conflict.claims) && sameShapeSince(earlier.claims, conflict.claims, doc)) {
      digestCounts.reshaped++;
      shape = earlier.shape;
      // The other documents of the renewed conflict take the same table.
      tables.set(conflict.claims, shape.table);
    } else {
      shape = shapeOf(conflict.claims, doc);
    }
    digest = { claims: conflict.claims, shape, crowded: crowdedClaims(conflict.claims, shape) };
    recent.set(conflict.id, digest);
  }
  digests.set(conflict, digest);
  return digest;
}

/** The same claims of the same documents, in the same order. */
function sameClaims(a: readonly SourcedClaim[], b: readonly SourcedClaim[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (a[i].claim !== b[i].claim || a[i].doc !== b[i].doc)) return false;
  return true;
}

/**
 * Position by position, the same documents and the same value labels: one digest shape holds for
 * both. Claims that are the very same objects need no label (analyses never change a value).
 */
function sameShape(a: readonly SourcedClaim[], b: readonly SourcedClaim[], from = 0, to = a.length): boolean {
  if (a.length !== b.length) return false;
  for (let i = from; i < to; i++) {
    if (a[i] === b[i]) continue;
    if (a[i].doc !== b[i].doc) return false;
    if (a[i].claim !== b[i].claim && claimValueLabel(a[i].claim.value) !== claimValueLabel(b[i].claim.value)) return false;
  }
  return true;
}

/**
 * sameShape, reading only the runs of `doc` the claim index renewed since `a` (engine/corpus/
 * conflictRenewals.ts): every other entry is the very same object. Without such a record, every entry.
 */
function sameShapeSince(a: readonly SourcedClaim[], b: readonly SourcedClaim[], doc: string): boolean {
  if (a.length !== b.length) return false;
  const runs = runsSince(b, a, doc);
  if (!runs) return sameShape(a, b);
  for (const [start, end] of runs) if (!sameShape(a, b, start, end)) return false;
  return true;
}

function shapeOf(claims: readonly SourcedClaim[], doc: string): DigestShape {
  const table = tableOf(claims);
  const inDoc = table.byDoc.get(doc) ?? [];
  const inDocByValue = new Uint32Array(table.values.length);
  for (const position of inDoc) inDocByValue[table.groupAt[position]]++;
  return { doc, table, inDoc, inDocByValue };
}

function tableOf(claims: readonly SourcedClaim[]): ValueTable {
  const known = tables.get(claims);
  if (known) return known;
  digestCounts.made++;
  const byLabel = new Map<string, ValueGroup>();
  const values: ValueGroup[] = [];
  const groupAt = new Uint32Array(claims.length);
  const byDoc = new Map<string, number[]>();
  claims.forEach((sourced, position) => {
    const label = claimValueLabel(sourced.claim.value);
    let group = byLabel.get(label);
    if (!group) {
      group = { index: values.length, label, positions: [], docs: [] };
      byLabel.set(label, group);
      values.push(group);
    }
    groupAt[position] = group.index;
    group.positions.push(position);
    if (group.docs.length < 3 && !group.docs.includes(sourced.doc)) group.docs.push(sourced.doc);
    const ofDoc = byDoc.get(sourced.doc);
    if (ofDoc) ofDoc.push(position);
    else byDoc.set(sourced.doc, [position]);
  });
  const table = { values, byLabel, groupAt, byDoc };
  tables.set(claims, table);
  return table;
}

/** The document's claims that share their start with another of its claims: read from the claims themselves, which may have moved. */
function crowdedClaims(claims: readonly SourcedClaim[], shape: DigestShape): Set<Claim> {
  const firstAt = new Map<number, Claim>();
  const crowded = new Set<Claim>();
  for (const position of shape.inDoc) {
    const { claim } = claims[position];
    const first = firstAt.get(claim.start);
    if (first) crowded.add(first).add(claim);
    else firstAt.set(claim.start, claim);
  }
  return crowded;
}

/**
 * The conflict's claims of `doc`, in conflict order, read from its digest: a conflict repeated
 * across an archive holds thousands of other documents' claims, and reading each one's document
 * to find this one's was, at 10,000 documents, a pass over some 30,000 objects scattered in memory
 * per report of the 1 MB bench document.
 */
export function claimsOfDocument(conflict: Conflict, doc: string): SourcedClaim[] {
  const { claims, shape } = digestOf(conflict, doc);
  return shape.inDoc.map((position) => claims[position]);
}

/**
 * Whether a claim (of `doc`) says what every claim of its value says: its opposing claims are all
 * the claims of other values. Not so when no claim has another value, or when another claim of the
 * conflict sits at this claim's own place (see opposingClaims): its words are then its own.
 * `label` is the claim's value label, for a caller that has it already.
 */
export function sharesWording(conflict: Conflict, here: SourcedClaim, doc: string, label = claimValueLabel(here.claim.value)): boolean {
  const digest = digestOf(conflict, doc);
  const own = digest.shape.table.byLabel.get(label);
  return own !== undefined && own.positions.length < conflict.claims.length && !digest.crowded.has(here.claim);
}

/**
 * A value's words for one document, kept from one report to the next with what they were read
 * from. Everything in them but the sentences and the places follows from the digest's shape (which
 * positions hold which documents and values), so words kept for a shape hold for any claims of
 * that shape whose sentences and places read the same. Typing renews conflicts with their claims
 * moved, to the same shape: at 10,000 documents, wording the ~300 values of the 1 MB bench
 * document afresh made most of a full report's time, for words that mostly came out the same.
 */
interface KeptWording {
  doc: string;
  maxLinked: number;
  message: string;
  unlinked: number;
  /** Positions of the linked claims. */
  linked: readonly number[];
  /** Positions whose places were read, and the places they read. */
  placesRead: readonly number[];
  places: readonly string[];
  /** Positions whose sentences were worded (one claim of each value shown), and the sentences. */
  sentencesRead: readonly number[];
  sentences: readonly string[];
}

const keptWordings = new WeakMap<DigestShape, Map<string, KeptWording>>();

/** Counts values worded afresh and taken as kept, for tests that check the shortcut is taken. */
export const wordingCounts = { made: 0, kept: 0 };

function keptWordingOf(conflict: Conflict, claims: readonly SourcedClaim[], shape: DigestShape, label: string, context: WordingContext): Wording | undefined {
  const kept = keptWordings.get(shape)?.get(label);
  if (!kept || kept.doc !== context.doc || kept.maxLinked !== context.maxLinked) return undefined;
  for (let i = 0; i < kept.placesRead.length; i++) if (context.place(claims[kept.placesRead[i]]) !== kept.places[i]) return undefined;
  for (let i = 0; i < kept.sentencesRead.length; i++) if (sentenceOf(conflict, claims[kept.sentencesRead[i]], context) !== kept.sentences[i]) return undefined;
  wordingCounts.kept++;
  return { message: kept.message, linked: kept.linked.map((position) => claims[position]), unlinked: kept.unlinked };
}

/** The same words as wordingByScan, read from the conflict's digest; undefined where the claim does not share its value's words. */
export function wordingByDigest(conflict: Conflict, here: SourcedClaim, context: WordingContext): Wording | undefined {
  if (!sharesWording(conflict, here, context.doc)) return undefined;
  const { claims, shape } = digestOf(conflict, context.doc);
  const { table } = shape;
  const own = table.byLabel.get(claimValueLabel(here.claim.value))!;
  const kept = keptWordingOf(conflict, claims, shape, own.label, context);
  if (kept) return kept;
  wordingCounts.made++;

  // One statement per value, in the order the values first appear (values are in that order
  // already): a statement's sentence is made from its value's label, so two values never share one.
  const shown: string[] = [];
  const placesRead: number[] = [];
  const placesSeen: string[] = [];
  const sentencesRead: number[] = [];
  const sentences: string[] = [];
  for (const group of table.values) {
    if (shown.length === MESSAGE_SOURCES) break;
    if (group === own) continue;
    const { places, unnamed } = placesOf(group, claims, context, (position, place) => {
      placesRead.push(position);
      placesSeen.push(place);
    });
    const sentence = sentenceOf(conflict, claims[group.positions[0]], context);
    sentencesRead.push(group.positions[0]);
    sentences.push(sentence);
    shown.push(statement(sentence, places, unnamed));
  }
  const otherDocuments = new Set<string>();
  for (const group of table.values) {
    if (otherDocuments.size >= 2) break;
    if (group === own) continue;
    for (const other of group.docs) if (other !== context.doc && otherDocuments.size < 2) otherDocuments.add(other);
  }
  const inDoc = shape.inDoc.length - shape.inDocByValue[own.index];
  const opposing = conflict.claims.length - own.positions.length;
  // Other documents' claims first, then this one's, each in conflict order.
  const linkedPositions: number[] = [];
  for (let position = 0; position < claims.length && linkedPositions.length < context.maxLinked; position++) {
    if (table.groupAt[position] !== own.index && claims[position].doc !== context.doc) linkedPositions.push(position);
  }
  for (const position of shape.inDoc) {
    if (linkedPositions.length === context.maxLinked) break;
    if (table.groupAt[position] !== own.index) linkedPositions.push(position);
  }
  const wording = {
    message: message(shown, table.values.length - 1, otherDocuments.size, inDoc === 0),
    linked: linkedPositions.map((position) => claims[position]),
    unlinked: opposing - linkedPositions.length,
  };
  let keptOfShape = keptWordings.get(shape);
  if (!keptOfShape) keptWordings.set(shape, (keptOfShape = new Map()));
  keptOfShape.set(own.label, {
    doc: context.doc,
    maxLinked: context.maxLinked,
    message: wording.message,
    unlinked: wording.unlinked,
    linked: linkedPositions,
    placesRead,
    places: placesSeen,
    sentencesRead,
    sentences,
  });
  return wording;
}

/** The places of a value's claims in conflict order: the first few distinct ones named, the rest counted. */
function placesOf(
  group: ValueGroup,
  claims: readonly SourcedClaim[],
  context: WordingContext,
  read: (position: number, place: string) => void,
): { places: string[]; unnamed: number } {
  const places: string[] = [];
  let count = 0;
  for (const position of group.positions) {
    count++;
    const place = context.place(claims[position]);
    read(position, place);
    if (!places.includes(place)) places.push(place);
    if (places.length === MAX_PLACES_PER_STATEMENT) break;
  }
  return { places, unnamed: group.positions.length - count };
}

function sentenceOf(conflict: Conflict, claim: SourcedClaim, context: WordingContext): string {
  const label = claimValueLabel(claim.claim.value);
  let sentence = context.sentences.get(label);
  if (sentence === undefined) {
    sentence = claimSentence(conflict.subjectName, conflict.attribute, claim.claim.value, context.nameOf);
    context.sentences.set(label, sentence);
  }
  return sentence;
}

function statement(sentence: string, places: string[], unnamed: number): string {
  return `${sentence} (${joinPlaces(places)}${unnamed > 0 ? `; and ${unnamed} more` : ''})`;
}

function message(shown: string[], statements: number, otherDocuments: number, allElsewhere: boolean): string {
  const more = statements > MESSAGE_SOURCES ? `; and ${statements - MESSAGE_SOURCES} more` : '';
  const lead = otherDocuments === 0 ? 'This document also says' : otherDocuments === 1 && allElsewhere ? 'Another source says' : 'Other sources say';
  return `${lead} ${shown.join('; ')}${more}`;
}

/** "line 34 of this document" and "line 50 of this document" become "lines 34 and 50 of this document". */
function joinPlaces(places: string[]): string {
  const lines = places.map((place) => /^line (\d+) of this document$/.exec(place)?.[1]).filter((line): line is string => line !== undefined);
  const elsewhere = places.filter((place) => !place.endsWith(' of this document'));
  const here =
    lines.length === 0 ? [] : lines.length === 1 ? [`line ${lines[0]} of this document`] : [`lines ${listWords(lines)} of this document`];
  return [...elsewhere, ...here].join('; ');
}

function listWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
