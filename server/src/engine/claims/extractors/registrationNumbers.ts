// A registration number says what a body is registered as. A registered charity is given a charity
// number by its regulator, and a community interest company is registered as one at Companies
// House, so a body that "files under a CIC number, not a charity number", "has no charity number" or
// "quotes its charity number" says what it is in other words than "is a charity".
//   "X files with Companies House under a CIC number"   → X category community-interest-company, affirm
//   "..., not a charity number"                          → X category charity, deny (hedged)
//   "X does not have a charity number"                   → the same
//   "X quotes its registered charity number"             → X category charity, affirm
// Only a number the body holds counts: "applied for a charity number" or "asked for the charity
// number of Y" say nothing of its status. The charity denial is hedged, as a register's is
// (charityRegister.ts): an exempt charity has no number of its own.

import type { Claim, Entity } from '../../types';
import type { ClaimContext } from '../context';
import type { ClaimExtractor } from './extractor';
import { isPrepositionalObject } from './grammar';
import { joinCensus, tokensHolding } from '../../text/tokenCensus';
import { FormTest } from '../../text/tokens';

const NUMBER = ' number';
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** How far before "number" the words that say who holds it may start. */
const CUE_REACH = 90;
/** How far before those words the holder may be named. */
const SUBJECT_REACH = 160;
const CUE = new RegExp(
  '(?:(?<neg0>\\b(?:does|did|do)(?:n[\'’]t|[\\s\\u00a0]+not)[\\s\\u00a0]+)?\\b(?:under|with|has|have|had|holds?|held|quotes?|quoted|uses?|used|carries|carried|displays?|bears?)(?<neg1>[\\s\\u00a0]+(?:not|never))?' +
    '|(?<contrast>,[\\s\\u00a0]*(?:and[\\s\\u00a0]+|but[\\s\\u00a0]+)?not))' +
    '[\\s\\u00a0]+(?:(?<no>no)|an?|its|any)[\\s\\u00a0]+(?:registered[\\s\\u00a0]+)?(?<kind>charity|CIC|community[\\s\\u00a0]+interest[\\s\\u00a0]+company|company)(?:[\\s\\u00a0]+registration)?$',
  'i',
);

/** The word "number": given the tokens, only these are read (a scan of the whole text costs more). */
const NUMBER_WORD = new FormTest((form) => form.length === 6 && form.toLowerCase() === 'number');
joinCensus(NUMBER_WORD);

/** Where " number" stands in the text: the offset of the space before the word. */
function numberWords(context: ClaimContext): number[] {
  const { text, tokens } = context;
  const found: number[] = [];
  if (!tokens) {
    for (let at = text.indexOf(NUMBER); at >= 0; at = text.indexOf(NUMBER, at + NUMBER.length)) found.push(at);
    return found;
  }
  for (const t of tokensHolding(tokens, NUMBER_WORD)) {
    const at = tokens[t]!.start - 1;
    const space = text.charCodeAt(at);
    if (at > 0 && (space === 32 || space === 0xa0)) found.push(at);
  }
  return found;
}

const NUMBER_KINDS = new Set(['charity', 'cic', 'company', 'registration']);
/** The longest of those words is "registration". */
const LONGEST_KIND = 12;

/** The run of ASCII letters that ends at `end`, lower-case, or '' when it is longer than any kind. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start <= LONGEST_KIND) {
    const code = text.charCodeAt(start - 1) | 0x20;
    if (code < 97 || code > 122) break;
    start--;
  }
  return end - start > LONGEST_KIND ? '' : text.slice(start, end).toLowerCase();
}

class RegistrationNumberExtractor implements ClaimExtractor {
  readonly name = 'registration-number';

  extract(context: ClaimContext): Claim[] {
    const text = context.text;
    const claims: Claim[] = [];
    let lastSubject: { sentenceStart: number; org: Entity } | undefined;
    for (const at of numberWords(context)) {
      const end = at + NUMBER.length;
      // "number" as a word, after "charity", "CIC", "company" or "registration": most are "a number of"
      if (!NUMBER_KINDS.has(wordBefore(text, at)) || WORD_CHARACTER.test(text[end] ?? '')) continue;
      const sentence = context.sentenceAt(at);
      if (!sentence) continue;
      const from = Math.max(sentence.start, at - CUE_REACH);
      const cue = CUE.exec(text.slice(from, at));
      if (!cue?.groups) continue;
      const cueStart = from + cue.index;
      const groups = cue.groups;
      let subject: Entity | undefined;
      if (groups.contrast !== undefined) {
        // ", not a charity number": the body of the number just read
        subject = lastSubject && lastSubject.sentenceStart === sentence.start ? lastSubject.org : undefined;
      } else {
        subject = context
          .within(context.organisations, Math.max(sentence.start, cueStart - SUBJECT_REACH), cueStart)
          .filter((o) => !isPrepositionalObject(text, o, sentence.start) && !/[;:]/.test(text.slice(o.end, cueStart)))
          .pop();
      }
      if (!subject?.canonical) continue;
      lastSubject = { sentenceStart: sentence.start, org: subject };
      // a company number says nothing of a charity or a CIC (both may have one), but the contrast after it does
      if (/^company$/i.test(groups.kind!)) continue;
      const denied = groups.neg0 !== undefined || groups.neg1 !== undefined || groups.no !== undefined || groups.contrast !== undefined;
      const category = /^charity$/i.test(groups.kind!) ? 'charity' : 'community-interest-company';
      claims.push(
        context.claim({
          subject,
          attribute: 'category',
          value: { kind: 'category', category, polarity: denied ? 'deny' : 'affirm', ...(denied && category === 'charity' ? { hedged: true } : {}) },
          start: groups.contrast !== undefined ? cueStart + cue[0].search(/not/i) : subject.start,
          end,
        }),
      );
    }
    return claims;
  }
}

export const registrationNumberExtractor: ClaimExtractor = new RegistrationNumberExtractor();
