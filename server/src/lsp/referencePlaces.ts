import type { Location } from 'vscode-languageserver';
import type { Entity } from '../engine/types';
import type { LineMap } from './positions';

// Find All References on a common entity lists every one of its mentions: 125,000 at 10,000
// documents. Placing each (two halvings of its document's line starts) and making its Location
// took about twice as long as serialising the answer, request after request. So the locations of
// the entities asked about lately are kept, per document, and a document's are made again only
// when what they are made from changed: its line map (a new one whenever its text changes), the
// URI the client knows it by, or its mentions' offsets, compared in list order.
//
// Holding a location costs about 200 bytes of heap (the Location, its range, two positions, its
// offsets and its share of the document's record): the largest answer at 10,000 documents (125,000
// locations) takes about 24 MB. The capacity bounds the whole at about 50 MB, the least recently
// asked entities going first.

/** Locations held at most, over every entity kept (about 200 bytes each). */
export const REFERENCE_PLACES_CAPACITY = 250_000;

interface PlacedDocument {
  lines: LineMap;
  uri: string;
  /** The mentions' start and end offsets, in the order the corpus listed them. */
  offsets: Int32Array;
  locations: readonly Location[];
}

export class ReferencePlaces {
  private readonly kept = new Map<string, { docs: Map<string, PlacedDocument>; count: number }>();
  private held = 0;

  constructor(private readonly capacity = REFERENCE_PLACES_CAPACITY) {}

  /** How many locations are held (for tests). */
  get size(): number {
    return this.held;
  }

  /**
   * The locations of `key`'s mentions, document by document in the order given, each document's in
   * offset order; `lines` and `uri` give a document's line map and client URI (a document without
   * a line map is left out, as it is no longer in the corpus).
   */
  locations(
    key: string,
    docs: Iterable<readonly [doc: string, mentions: readonly Entity[]]>,
    lines: (doc: string) => LineMap | undefined,
    uri: (doc: string) => string,
  ): Location[] {
    const previous = this.kept.get(key);
    if (previous) {
      this.kept.delete(key);
      this.held -= previous.count;
    }
    const placed = new Map<string, PlacedDocument>();
    const out: Location[] = [];
    for (const [doc, mentions] of docs) {
      const map = lines(doc);
      if (!map) continue;
      const clientUri = uri(doc);
      let kept = previous?.docs.get(doc);
      if (!kept || kept.lines !== map || kept.uri !== clientUri || !sameOffsets(kept.offsets, mentions)) kept = place(map, clientUri, mentions);
      placed.set(doc, kept);
      for (const location of kept.locations) out.push(location);
    }
    if (out.length <= this.capacity) {
      this.kept.set(key, { docs: placed, count: out.length });
      this.held += out.length;
      // The least recently asked first: a Map iterates in insertion order, and a key asked again was put back last.
      for (const [oldest, { count }] of this.kept) {
        if (this.held <= this.capacity) break;
        this.kept.delete(oldest);
        this.held -= count;
      }
    }
    return out;
  }
}

function place(lines: LineMap, uri: string, mentions: readonly Entity[]): PlacedDocument {
  const offsets = new Int32Array(mentions.length * 2);
  for (let i = 0; i < mentions.length; i++) {
    offsets[2 * i] = mentions[i].start;
    offsets[2 * i + 1] = mentions[i].end;
  }
  const locations = byOffset(mentions).map((mention): Location => ({ uri, range: lines.range(mention.start, mention.end) }));
  return { lines, uri, offsets, locations };
}

function sameOffsets(offsets: Int32Array, mentions: readonly Entity[]): boolean {
  if (offsets.length !== mentions.length * 2) return false;
  for (let i = 0; i < mentions.length; i++) {
    if (offsets[2 * i] !== mentions[i].start || offsets[2 * i + 1] !== mentions[i].end) return false;
  }
  return true;
}

/** A document's mentions by offset (the corpus keeps them so; sorted here, stably, only if not). */
export function byOffset(mentions: readonly Entity[]): readonly Entity[] {
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i - 1].start > mentions[i].start) return [...mentions].sort((a, b) => a.start - b.start);
  }
  return mentions;
}
