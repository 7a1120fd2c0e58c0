// Where clauses end inside a sentence, for the mood words of one text (clauseMood.ts). A sentence
// with several mood words ("could not", "will … if …") would otherwise be scanned again from each
// word to the same comma; the words are visited in text order, so each scan remembers the stretch
// it found free of boundaries, and a later word inside that stretch is answered without a scan.

/** A character that ends a clause: a comma (not one inside a figure), a semicolon, a colon, a bracket or a dash. */
export function isBoundary(text: string, i: number): boolean {
  switch (text.charCodeAt(i)) {
    case 44: {
      const next = text.charCodeAt(i + 1);
      return !(next >= 48 && next <= 57);
    }
    case 59:
    case 58:
    case 40:
    case 41:
    case 0x2014:
    case 0x2013:
      return true;
    case 45:
      return text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32;
    default:
      return false;
  }
}

/** Clause boundaries of one text, found by scans that reuse what the previous scan saw. */
export class BoundaryScanner {
  // the last forward scan: no boundary in [forwardFrom, forwardHit), and forwardHit is one or is forwardLimit
  private forwardFrom = -1;
  private forwardHit = -1;
  private forwardLimit = -1;
  // the last backward scan: backHit is the last boundary in (backFloor, backBefore), or -1
  private backBefore = -1;
  private backHit = -1;
  private backFloor = -1;

  constructor(private readonly text: string) {}

  /** The first boundary in [from, limit), or `limit` when there is none. */
  firstFrom(from: number, limit: number): number {
    if (limit === this.forwardLimit && from >= this.forwardFrom && from <= this.forwardHit) return this.forwardHit;
    let hit = limit;
    for (let i = from; i < limit; i++) {
      if (isBoundary(this.text, i)) {
        hit = i;
        break;
      }
    }
    this.forwardFrom = from;
    this.forwardHit = hit;
    this.forwardLimit = limit;
    return hit;
  }

  /** The last boundary in (floor, before), or -1 when there is none. */
  lastBefore(before: number, floor: number): number {
    let stop = floor;
    let known = -1;
    // only the stretch since the last scan's end is new; below it the last scan's answer holds
    if (floor === this.backFloor && before >= this.backBefore) {
      stop = Math.max(floor, this.backBefore - 1);
      known = this.backHit;
    }
    let hit = known;
    for (let i = before - 1; i > stop; i--) {
      if (isBoundary(this.text, i)) {
        hit = i;
        break;
      }
    }
    this.backBefore = before;
    this.backHit = hit;
    this.backFloor = floor;
    return hit;
  }
}
