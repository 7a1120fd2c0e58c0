import type { Entity } from '../types';
import { identicalEnds, type SharedEnds } from './identicalEnds';

// The words each canonical entity is written in across the corpus, with how often: a hover's "Also
// written" knows from this how many different names to look for, so it can stop reading mentions
// once it has found them all instead of reading an organisation's tens of thousands of mentions.
//
// Kept by delta. Typing moves mentions without changing their words, and an edit changes the
// words of only a few mentions: the lists before and after are compared from both ends and only
// the middle that differs is counted out and in.

export class MentionTexts {
  /** canonical → text → how many mentions are written so. */
  private readonly counts = new Map<string, Map<string, number>>();

  /** `shared`: ends of the two lists known to hold the very same objects (see identicalEnds). */
  update(before: readonly Entity[] | undefined, after: readonly Entity[] | undefined, shared?: SharedEnds): void {
    const old = before ?? [];
    const next = after ?? [];
    const { head, tail } = identicalEnds(old, next, sameWords, shared);
    for (let i = head; i < old.length - tail; i++) this.count(old[i], -1);
    for (let i = head; i < next.length - tail; i++) this.count(next[i], +1);
  }

  /** The texts a canonical entity's mentions are written in, with their counts. */
  textsOf(canonical: string): ReadonlyMap<string, number> {
    return this.counts.get(canonical) ?? new Map();
  }

  private count(entity: Entity, by: number): void {
    if (!entity.canonical) return;
    let texts = this.counts.get(entity.canonical);
    if (!texts) this.counts.set(entity.canonical, (texts = new Map()));
    const count = (texts.get(entity.text) ?? 0) + by;
    if (count > 0) texts.set(entity.text, count);
    else texts.delete(entity.text);
    if (texts.size === 0) this.counts.delete(entity.canonical);
  }
}

function sameWords(a: Entity, b: Entity): boolean {
  return a.canonical === b.canonical && a.text === b.text;
}
