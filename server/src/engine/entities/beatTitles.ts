import { Gap, Shape, type Token } from '../text/tokens';
import { ROLE_HEADS } from './lexicons/personWords';

// "Ruth Kimber, regulation editor", "By Jo Bell, local democracy reporter", "Sam Lowe, commercial
// commissioner, who chaired …": a title in apposition may open with lower-case words that say
// what its holder covers (a newsroom's beat, a commissioner's brief), words no lexicon can list.
// They belong to the title when nothing but the title stands between the comma and the end of the
// apposition: one to three plain lower-case words, then a head noun that closes it (punctuation, a
// line's end, or the "at/of/for" of the body it is held at).

const MAX_BEAT_WORDS = 3;

/**
 * Words that make a phrase rather than a beat: articles, prepositions, conjunctions, pronouns, common
 * verbs and the verbs that give a post ("was appointed chair of X": the post is "chair").
 */
const NOT_BEAT_WORDS = new Set(
  `a an the and or but nor of for to in at on by with from into as than then so not no also now just still only
   who whose whom which that this these those it its he she they we you his her their our my your
   is was are were be been being has had have will would can could should may might must did does do
   said says told asked added
   appointed reappointed re-appointed named elected re-elected made became become promoted confirmed installed
   selected chosen nominated hired recruited`.split(/\s+/),
);

const CLOSING_MARKS = new Set([',', '.', '|', ';', ':', ')', '–', '—', '•', '·']);
const BODY_CONNECTORS = new Set(['at', 'of', 'for']);

export function isBeatWord(token: Token): boolean {
  return token.shape === Shape.Lower && token.bareEnd === token.end && !NOT_BEAT_WORDS.has(token.key) && !ROLE_HEADS.has(token.key);
}

/** Whether the apposition ends right after the title's head at `head`. */
function closesApposition(tokens: readonly Token[], head: number): boolean {
  const next = tokens[head + 1];
  if (next === undefined || next.gapBefore >= Gap.LineBreak) return true;
  if (next.shape === Shape.Punct) return CLOSING_MARKS.has(next.text);
  return next.gapBefore === Gap.Space && BODY_CONNECTORS.has(next.key);
}

/**
 * The index of the title's head when the words from `i` are beat words and then a head that closes
 * the apposition ("regulation editor |", "higher education correspondent\n"), or -1.
 */
export function headAfterBeatWords(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (first === undefined) return -1;
  // "Networks Editor", "Dispute Resolution Manager": the same title in title case; "Health
  // reporter" on a byline's own line: in sentence case, the line's first word capitalised.
  const titleCase = first.shape === Shape.Capitalised;
  if (titleCase && tokens[i + 1]?.shape === Shape.Lower && first.gapBefore >= Gap.LineBreak) return headAfterBeatWordsFrom(tokens, i + 1, i, MAX_BEAT_WORDS - 1);
  return titleCase ? headAfterBeatWordsFrom(tokens, i, i, MAX_BEAT_WORDS, Shape.Capitalised) : headAfterBeatWordsFrom(tokens, i, i, MAX_BEAT_WORDS);
}

function headAfterBeatWordsFrom(tokens: readonly Token[], from: number, i: number, max: number, shape: Shape = Shape.Lower): number {
  for (let j = from; j < from + max + 1; j++) {
    const token = tokens[j];
    if (token === undefined || (j > i && token.gapBefore !== Gap.Space)) return -1;
    if (j > i && token.shape === shape && ROLE_HEADS.has(token.key)) return closesApposition(tokens, j) ? j : -1;
    if (!(shape === Shape.Lower ? isBeatWord(token) : isCapitalisedBeatWord(token))) return -1;
  }
  return -1;
}

/** A beat word in title case: "Networks", "Dispute", "Country". */
function isCapitalisedBeatWord(token: Token): boolean {
  return token.shape === Shape.Capitalised && token.bareEnd === token.end && !NOT_BEAT_WORDS.has(token.key) && !ROLE_HEADS.has(token.key);
}
