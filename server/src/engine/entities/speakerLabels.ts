import { Gap, Shape, type Token } from '../text/tokens';
import { personId, titleCase } from './nameKeys';
import { FIRST_NAMES } from './lexicons/firstNames';
import { HONORIFICS } from './lexicons/personWords';
import { NAME_BLOCKED, type NameScan } from './nameScan';

// Transcripts (radio, podcasts, interviews, hearings) give each turn a label: the speaker's name
// in capitals and a colon, opening the line or after its timestamp ("JESS LUMB: How many members
// do you have?", "[00:04:10] NADIA OSEI: What strikes me …"). Written in capitals, the words look
// like acronyms to the other recognisers. A label is a person when the text names that person in
// ordinary case too, or when its first word is a given name and the label recurs; once one label
// is a person, the text is a transcript and its other recurring labels are its other speakers.
// Headings in capitals with a colon ("KEY FACTS:", "NOTES TO EDITORS:") are none of these. The identity is the name
// in ordinary case, so the label and "Jess Lumb" in the story are one person.

const MIN_WORDS = 2;
const MAX_WORDS = 3;

/** A word in capitals of two letters or more ("LUMB", "O’HARA"); not "I" or "A". */
function isCapitalsWord(token: Token | undefined): boolean {
  return token !== undefined && token.shape === Shape.AllCaps && token.text.length >= 2 && /^[A-Z][A-Z’'-]*[A-Z]$/.test(token.text);
}

/** Nothing but a timestamp or a bullet before `start` on its line: no letter between the line's start and the label. */
function opensLineOrFollowsStamp(text: string, tokens: readonly Token[], first: number): boolean {
  if (tokens[first]!.gapBefore >= Gap.LineBreak || first === 0) return true;
  const start = tokens[first]!.start;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 16) return false;
  for (let i = lineStart; i < start; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return false;
  }
  return true;
}

interface Label {
  first: number;
  last: number;
  name: string;
  /** The title in capitals before the name ("CLLR"), or -1. */
  title?: number;
}

export function findSpeakerLabels(scan: NameScan): void {
  findBracketedSpeakers(scan);
  const { tokens, text } = scan;
  const labels: Label[] = [];
  const counts = new Map<string, number>();
  for (let colon = MIN_WORDS; colon < tokens.length; colon++) {
    // Gate: a colon right after a word in capitals (the dense shapes first: most tokens fail there).
    if (scan.shapes[colon - 1] !== Shape.AllCaps || scan.shapes[colon] !== Shape.Punct || tokens[colon]!.text !== ':' || tokens[colon]!.gapBefore !== Gap.None || !isCapitalsWord(tokens[colon - 1])) continue;
    let first = colon - 1;
    while (first > colon - MAX_WORDS && isCapitalsWord(tokens[first - 1]) && tokens[first]!.gapBefore === Gap.Space) first--;
    // "CLLR SANDRA MOYO:", "DR AMARA OSEI:": the speaker's title before the name is no part of it.
    let title = -1;
    if (HONORIFICS.has(tokens[first]!.key) && colon - first > MIN_WORDS) title = first++;
    else if (HONORIFICS.has(tokens[first - 1]?.key ?? '') && isCapitalsWord(tokens[first - 1]) && tokens[first]!.gapBefore === Gap.Space) title = first - 1;
    if (colon - first < MIN_WORDS || !opensLineOrFollowsStamp(text, tokens, title >= 0 ? title : first)) continue;
    const name = titleCase(text.slice(tokens[first]!.start, tokens[colon - 1]!.end).toLowerCase().replace(/\s+/g, ' '));
    labels.push({ first, last: colon - 1, name, title });
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (labels.length === 0) return;
  const namedInText = new Set<string>();
  for (const span of scan.spans) if (span.type === 'person') namedInText.add(titleCase(scan.slice(span).toLowerCase().replace(/\s+/g, ' ')));
  const isPerson = (label: Label): boolean => namedInText.has(label.name) || (FIRST_NAMES.has(tokens[label.first]!.key) && counts.get(label.name)! >= 2);
  // Once one label is a person the text is a transcript, and its other recurring labels are its other speakers.
  const transcript = labels.some(isPerson);
  const speakers: Label[] = [];
  for (const label of labels) {
    if (!isPerson(label) && !(transcript && counts.get(label.name)! >= 2)) continue;
    if (!scan.isFree(label.first, label.last)) continue;
    scan.claim('person', label.first, label.last, 'context', { canonical: personId(label.name), canonicalName: label.name });
    if (label.title !== undefined && label.title >= 0 && scan.owner[label.title] === -1) scan.owner[label.title] = NAME_BLOCKED;
    speakers.push(label);
  }
  if (speakers.length > 0) findSpeakersInProse(scan, speakers);
}

/** "Mandla Oduya said …" in the story around the transcript: a speaker's name in ordinary case is that speaker. */
function findSpeakersInProse(scan: NameScan, speakers: readonly Label[]): void {
  const { tokens } = scan;
  for (const at of scan.capitalised) {
    for (const speaker of speakers) {
      const length = speaker.last - speaker.first + 1;
      let same = true;
      for (let k = 0; k < length && same; k++) same = tokens[at + k]?.key === tokens[speaker.first + k]!.key && scan.shapes[at + k] === Shape.Capitalised;
      if (!same || !scan.isFree(at, at + length - 1)) continue;
      scan.claim('person', at, at + length - 1, 'context', { canonical: personId(speaker.name), canonicalName: speaker.name });
      break;
    }
  }
}

/**
 * "CALLER (Jan, Ludlow):", "WITNESS (Dr Amara Osei):", "PANELLIST (Kit):": a label that gives the
 * speaker's part in capitals and their name in brackets, perhaps with where they are from. The
 * bracketed name is the person when the same part labels two turns or more (a phone-in's callers)
 * or the name opens with a given name; the part itself is no name of anyone and no body's acronym.
 */
function findBracketedSpeakers(scan: NameScan): void {
  const { tokens } = scan;
  const found: Array<{ part: number; first: number; last: number }> = [];
  const parts = new Map<string, number>();
  for (let close = 3; close + 1 < tokens.length; close++) {
    // Gate: ")" glued to a following ":" (rare in prose).
    if (scan.shapes[close] !== Shape.Punct || tokens[close]!.text !== ')' || tokens[close + 1]!.text !== ':' || tokens[close + 1]!.gapBefore !== Gap.None) continue;
    let open = close - 1;
    while (open > close - 8 && open > 0 && tokens[open]!.text !== '(') open--;
    if (tokens[open]!.text !== '(' || !isCapitalsWord(tokens[open - 1]) || !opensLineOrFollowsStamp(scan.text, tokens, open - 1)) continue;
    let last = open + 1;
    while (last + 1 < close && tokens[last + 1]!.text !== ',') last++;
    if (last - open > 3) continue;
    let named = true;
    for (let i = open + 1; i <= last; i++) named &&= scan.shapes[i] === Shape.Capitalised;
    if (!named) continue;
    found.push({ part: open - 1, first: open + 1, last });
    parts.set(tokens[open - 1]!.key, (parts.get(tokens[open - 1]!.key) ?? 0) + 1);
  }
  const speakers: Label[] = [];
  for (const label of found) {
    if (parts.get(tokens[label.part]!.key)! < 2 && !FIRST_NAMES.has(tokens[label.first]!.key)) continue;
    if (scan.owner[label.part] === -1) scan.owner[label.part] = NAME_BLOCKED;
    if (!scan.isFree(label.first, label.last)) continue;
    const name = scan.text.slice(tokens[label.first]!.start, tokens[label.last]!.end);
    scan.claim('person', label.first, label.last, 'context', { canonical: personId(name), canonicalName: name });
    speakers.push({ first: label.first, last: label.last, name });
  }
  if (speakers.length > 0) findSpeakersInProse(scan, speakers);
}
