import type { TextEdit } from '../corpus/textEdit';
import type { TextSpan } from '../types';

// A keystroke re-analyses the whole section it falls in, and that makes a new object for every
// entity and claim of the section, although nearly all of them come out as they were. Everything
// downstream (the corpus's mention, value and claim indexes, the names' census, the conflict
// checks) works by delta between the lists of two analyses, from the very objects the two share at
// both ends: a section of new objects made each of them redo a whole section's worth of work per
// keystroke. Here a fresh object that equals, field for field, one of the replaced section's
// objects moved by the edit is swapped for that old object, moved where the fresh one stands: the
// analysis holds the same values either way, and the middle the indexes see shrinks to what the
// edit really changed.

/** An old object that may be kept, and how far the edit moves it (0 before the edit, the length change after it). */
interface Candidate<T> {
  span: T;
  by: number;
}

/**
 * A number for a span's place: exact below 2^27 code units of offset and 2^26 of length, and where
 * two places share one, the comparison (which compares the offsets) still tells them apart.
 */
function placeKey(start: number, end: number): number {
  return start * 67_108_864 + (end - start);
}

/** Old objects by where they stand once the edit has moved them. */
export class KeptSpans<T extends TextSpan> {
  private readonly byPlace = new Map<number, Array<Candidate<T>>>();

  /** `old`: objects of sections the edit replaced; only those wholly before or wholly after the edit can be kept. */
  constructor(old: Iterable<readonly T[]>, edit: TextEdit) {
    const shift = edit.newEnd - edit.oldEnd;
    for (const list of old) {
      for (const span of list) {
        const by = span.end <= edit.start ? 0 : span.start >= edit.oldEnd ? shift : undefined;
        if (by === undefined) continue;
        const place = placeKey(span.start + by, span.end + by);
        const candidates = this.byPlace.get(place);
        if (candidates) candidates.push({ span, by });
        else this.byPlace.set(place, [{ span, by }]);
      }
    }
  }

  /**
   * The old object equal to `fresh` once moved by the edit, taken (each is given once), with how
   * far it must be moved; undefined when there is none.
   */
  take(fresh: T): Candidate<T> | undefined {
    const candidates = this.byPlace.get(placeKey(fresh.start, fresh.end));
    if (!candidates) return undefined;
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i];
      if (equalMoved(candidate.span, fresh, candidate.by)) {
        candidates.splice(i, 1);
        adoptStrings(candidate.span, fresh);
        return candidate;
      }
    }
    return undefined;
  }
}

/**
 * Whether `old`, its offsets moved by `by`, equals `fresh`: the same own keys in the same order
 * (so that anything reading or serialising the two sees no difference) and the same values, with
 * `start` and `end` compared after the move at the top and in `core` (an entity's span without its
 * qualifier), and exactly everywhere else.
 */
export function equalMoved(old: object, fresh: object, by: number): boolean {
  return sameObject(old, fresh, by, true);
}

/**
 * Gives `old` the very strings of `fresh` (equal ones, see equalMoved). Strings cut from a text
 * keep that text alive: an object kept over many keystrokes would otherwise hold the copy of its
 * section each earlier re-analysis made, where the fresh object's strings are cut from the copy the
 * section holds now.
 */
function adoptStrings(old: object, fresh: object): void {
  const into = old as Record<string, unknown>;
  const from = fresh as Record<string, unknown>;
  for (const key of Object.keys(from)) {
    const value = from[key];
    if (typeof value === 'string') into[key] = value;
    else if (typeof value === 'object' && value !== null && typeof into[key] === 'object' && into[key] !== null) adoptStrings(into[key] as object, value);
  }
}

function sameObject(a: object, b: object, by: number, spans: boolean): boolean {
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i];
    if (key !== keysB[i]) return false;
    const valueA = (a as Record<string, unknown>)[key];
    const valueB = (b as Record<string, unknown>)[key];
    if (spans && (key === 'start' || key === 'end')) {
      if (typeof valueA !== 'number' || valueA + by !== valueB) return false;
    } else if (!sameValue(valueA, valueB, by, spans && key === 'core')) return false;
  }
  return true;
}

function sameValue(a: unknown, b: unknown, by: number, spans: boolean): boolean {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return sameObject(a, b, by, spans);
  return Object.is(a, b);
}
