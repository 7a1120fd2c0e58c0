// The body a short form of its name stands for: "Copperpot" for Copperpot School Food Ltd,
// "Harbridge" for the University of Harbridge, "AHP" for Aldmoor Housing Partnership. A text names
// a body in full once and then by a word or two of its name or its initials; a post "of" that
// short form is a post at the body, not at a body of its own.

import type { Entity } from '../types';
import type { ClaimContext } from './context';

const SPACE = /[\s\u00a0]+/;
/** Little words a body's initials pass over ("Department for Education" is DfE, "Friends of X" FoX or FX). */
const LITTLE = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'at', '&']);
const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,5}$/u;

/** Whether `name` holds `words` as a run of whole words. */
function holdsWords(name: string, words: readonly string[]): boolean {
  const parts = name.toLowerCase().replace(/[’']s\b/g, '').split(SPACE);
  if (parts.length <= words.length) return false;
  outer: for (let i = 0; i + words.length <= parts.length; i++) {
    for (let j = 0; j < words.length; j++) if (parts[i + j] !== words[j]) continue outer;
    return true;
  }
  return false;
}

/** "BDE" for "Brantmoor District Energy Ltd": the initials of the name's words but for the little ones and a legal suffix. */
function initialsOf(name: string): string {
  return name
    .split(SPACE)
    .filter((w) => w && !LITTLE.has(w.toLowerCase()) && !/^(?:ltd|limited|plc|llp|cic)\.?$/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/**
 * Whether `acronym` is the initials of the whole name, or of the words that end it: a body is
 * called by the initials of its kind ("the ICB" for "Hallam Vale Integrated Care Board").
 */
function initialsFit(name: string, acronym: string): boolean {
  const initials = initialsOf(name);
  return initials === acronym || (acronym.length >= 2 && initials.length > acronym.length && initials.endsWith(acronym));
}

/**
 * The organisation `name` (a word or a few of a body's name, or its initials) stands for: among
 * the organisations of the text outside [at, end) whose name holds it, the one mentioned most
 * (names and resolved references), the one named last before `at` when two are mentioned as
 * often. Undefined when no body's name holds it.
 */
export function bodyOfShortName(context: ClaimContext, name: string, at: number, end: number): Entity | undefined {
  const acronym = ACRONYM.test(name) ? name.toUpperCase() : undefined;
  const words = name.toLowerCase().replace(/[’']s$/, '').split(SPACE);
  const counts = new Map<string, { body: Entity; n: number; last: number }>();
  const others = new Set<string>();
  for (const o of context.organisations) {
    if (!o.canonical || (o.start >= at && o.end <= end) || others.has(o.canonical)) continue;
    let entry = counts.get(o.canonical);
    if (!entry) {
      const full = o.canonicalName ?? o.text;
      if (!(acronym ? initialsFit(full, acronym) : holdsWords(full, words) || holdsWords(o.text, words))) {
        others.add(o.canonical);
        continue;
      }
      counts.set(o.canonical, (entry = { body: o, n: 0, last: -1 }));
    }
    entry.n++;
    if (o.start < at) entry.last = o.start;
  }
  let best: { body: Entity; n: number; last: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n || (entry.n === best.n && entry.last > best.last)) best = entry;
  return best?.body;
}
