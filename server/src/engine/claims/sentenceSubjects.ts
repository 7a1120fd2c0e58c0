// Which body is the subject of a clause or a sentence: what "the company", "it" and "its" most often
// continue. Each rule reads the names already met (`seen`, in text order) and the sentence spans.

import { ANTECEDENT_REACH, isApostropheAt, previousContentOffset, type Antecedent } from './antecedent';
import { isPrepositionalObject } from './extractors/grammar';
import type { ReferentInput } from './referents';
import type { SentenceSpan } from './sentences';

// What ends a clause between a name and a later noun: punctuation, a conjunction or relative
// word, or a reporting verb ("X said the company ...", where the company may well be X).
const CLAUSE_BOUNDARY = /[,;:()\[\]–—"“”]|(?:^|[^\p{L}])(?:that|which|who|whose|and|but|or|while|whereas|when|after|before|because|if|since|as|said|says|say|told|tells|added|adds|announced|announces|confirmed|confirms|stated|states|claimed|claims|argued|argues|warned|warns|insisted|insists|believes|believe|believed|expects|expected|hopes|hoped|thinks|thought)(?![\p{L}])/iu;

/**
 * The canonical id of the body that is the subject of the clause a referring word at `start`
 * stands in: the nearest earlier name of its sentence, not a preposition's object nor a
 * possessive ("X's chief executive said ..."), with no clause boundary between them.
 */
export function clauseSubject(input: ReferentInput, seen: readonly Antecedent[], start: number): string | undefined {
  const sentence = input.sentenceAt(start);
  if (!sentence) return undefined;
  for (let i = seen.length - 1; i >= 0 && seen[i].mention.start >= sentence.start; i--) {
    const a = seen[i];
    if (a.thing || a.mention.end > start) continue;
    if (CLAUSE_BOUNDARY.test(input.text.slice(a.mention.end, start))) return undefined;
    if (isPrepositionalObject(input.text, a.mention, sentence.start) || isApostropheAt(input.text, a.mention.end)) continue;
    return a.mention.canonical;
  }
  return undefined;
}

/**
 * For a class noun opening a sentence: the body that opens the sentence before (in the same
 * paragraph) as its subject; undefined otherwise, so that recency decides as for any definite
 * noun.
 */
export function sentenceOpeningReference(input: ReferentInput, seen: readonly Antecedent[], start: number): Antecedent | undefined {
  const sentence = input.sentenceAt(start);
  if (!sentence || sentence.start !== start || sentence.start === 0) return undefined;
  const previous = input.sentenceAt(sentence.start - 1) ?? input.sentenceAt(previousContentOffset(input.text, sentence.start));
  if (!previous || previous === sentence || /\n[\s\u00a0]*\r?\n/.test(input.text.slice(previous.end, sentence.start))) return undefined;
  let opening: Antecedent | undefined;
  for (let i = seen.length - 1; i >= 0 && seen[i].mention.start >= previous.start; i--) opening = seen[i];
  if (!opening || opening.thing || opening.reporter || opening.firstPerson || opening.mention.end > previous.end) return undefined;
  return /^(?:the[\s\u00a0]+)?$/i.test(input.text.slice(previous.start, opening.mention.start)) ? opening : undefined;
}

/**
 * A paragraph that keeps calling one body "it" ("It is owned by its members ... Its chair ...
 * That is what a mutual should look like. Yet the council will pay it £1.4m") is about that body:
 * when the sentence before names nothing, "it" continues the paragraph's last "it" or "its", if
 * that was resolved and no name stands between them.
 */
export function pronounChain(input: ReferentInput, seen: readonly Antecedent[], start: number, previous: SentenceSpan): Antecedent | undefined {
  let i = seen.length - 1;
  while (i >= 0 && seen[i].firstPerson) i--;
  const last = seen[i];
  if (!last || last.mention.start < start - ANTECEDENT_REACH || last.mention.end > previous.start) return undefined;
  if (!PRONOUN_TEXT.test(last.mention.text)) return undefined;
  if (/\n[\s\u00a0]*\r?\n/.test(input.text.slice(last.mention.end, start))) return undefined;
  return last;
}

const PRONOUN_TEXT = /^(?:it|its)$/i;

/**
 * Where the words an acronym in brackets abbreviates begin, when they stand right before the
 * bracket as the name it resolved to ("Harwick Civic Services (HCS)", with or without a legal
 * suffix after them); -1 otherwise. Reads back no further than the sentence's start.
 */
function nameBeforeBracket(text: string, sentenceStart: number, mention: { start: number; canonicalName?: string }): number {
  const name = mention.canonicalName;
  if (!name || mention.start - 1 - sentenceStart < name.length) return -1;
  const before = text.slice(sentenceStart, mention.start - 1).replace(/[\s\u00a0]+$/, '').replace(/[\s\u00a0]+(?:Ltd\.?|Limited|plc|PLC|LLP)$/, '');
  if (!before.endsWith(name)) return -1;
  const at = sentenceStart + before.length - name.length;
  return at === sentenceStart || !/[\p{L}\p{N}]/u.test(text[at - 1]!) ? at : -1;
}
/** A name right before one of its records or publications ("the X register", "the X’s register", "the X website"). */
const RECORD_AFTER_NAME = /^(?:['’]s)?[ \u00a0](?:register|website|site|report|guidance|rules|records|figures|data|list|database|accounts|survey|statistics)(?![\p{L}])/u;

export function previousSentenceSubject(input: ReferentInput, seen: readonly Antecedent[], previous: SentenceSpan): Antecedent | undefined {
  const inPrevious: Antecedent[] = [];
  for (let i = seen.length - 1; i >= 0 && seen[i].mention.start >= previous.start; i--) {
    const a = seen[i];
    // a name in brackets is an aside ("Cllr Jo Bloggs (Conservative) said: …"), no subject,
    // unless it abbreviates the words that open the sentence ("Harwick Civic Services (HCS) is …")
    const bracketed = input.text[a.mention.start - 1] === '(' && input.text[a.mention.end] === ')';
    const aside = bracketed && nameBeforeBracket(input.text, previous.start, a.mention) < 0;
    if (a.mention.end <= previous.end && !a.reporter && !a.firstPerson && !aside) inPrevious.unshift(a);
  }
  if (inPrevious.length === 0) return undefined;
  const opening = inPrevious[0];
  const openingAt = input.text[opening.mention.start - 1] === '(' ? nameBeforeBracket(input.text, previous.start, opening.mention) : opening.mention.start;
  // the sentence's first words, after the quotation mark that may open it
  if (openingAt >= 0 && /^[“"‘']?(?:the[\s\u00a0]+)?$/i.test(input.text.slice(previous.start, openingAt))) return opening;
  // Else the sentence's one organisation, unless the name only qualifies one of its records:
  // "never been on the Acme Commission register. It's a company" leaves "it" to what the writer
  // was talking about, not to the register's keeper.
  const distinct = new Set(inPrevious.map((a) => a.mention.canonical));
  if (distinct.size !== 1) return undefined;
  const last = inPrevious[inPrevious.length - 1];
  return RECORD_AFTER_NAME.test(input.text.slice(last.mention.end, last.mention.end + 16)) ? undefined : last;
}
