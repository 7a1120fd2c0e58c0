// Whose a generic figure is, read from structure only: the possessor before it ("Bexwell's 140
// custody staff"), a body named as a modifier inside the counted phrase ("412 Verdane staff"), the
// body the counted people are employed by, of or at ("212 officers employed by X"), and failing
// those the clause's subject (a body named before the figure in its sentence that is no
// preposition's object, with no other clause opened in between). A figure whose owner none of
// these gives is no one's: the generic reading never guesses from a name merely nearby.

import type { Entity } from '../../types';
import type { ClaimContext } from '../context';
import type { SentenceSpan } from '../sentences';
import { isPrepositionalObject } from '../extractors/grammar';

const POSSESSIVE_BEFORE = /['’]s?[\s\u00a0]+$/u;
const EMPLOYED_BY = /(?<![\p{L}])(?:employed[\s\u00a0]+(?:by|at)|working[\s\u00a0]+(?:for|at)|who[\s\u00a0]+work[\s\u00a0]+(?:for|at)|of|at)[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;
/** Between the clause's subject and the figure: a break that opens another clause, or a reporting verb. */
// (a subordinate clause opened between them, "X has run the service since 2014, when 210 staff
// transferred", has a subject of its own)
const OTHER_CLAUSE = /[;:–—()]|,[\s\u00a0]*(?:and|but|while|whereas|which|who)[\s\u00a0]|(?<![\p{L}])(?:said|says|told|claims?|claimed|argues?|argued|warned|warns|when|where|after|before|because|since|while|until|once|if|unless)(?![\p{L}])/iu;
const MAX_SUBJECT_GAP = 120;

export function figureSubject(context: ClaimContext, figure: Entity, sentence: SentenceSpan, phraseEnd: number): Entity | undefined {
  const text = context.text;
  const possessive = POSSESSIVE_BEFORE.exec(text.slice(Math.max(sentence.start, figure.start - 24), figure.start));
  if (possessive) {
    const nameEnd = figure.start - possessive[0].length;
    const owner = context.organisationBefore(nameEnd + 2, Math.max(sentence.start, figure.start - 120));
    // a possessor that is no recognised body leaves the figure to no one
    return owner && (owner.end === nameEnd || owner.end === nameEnd + 2) ? owner : undefined;
  }
  const inside = context.within(context.organisations, figure.start + 1, figure.end).find((o) => o.end < figure.end);
  if (inside) return inside;
  for (const org of context.within(context.organisations, figure.end, phraseEnd)) {
    if (EMPLOYED_BY.test(text.slice(Math.max(figure.end, org.start - 30), org.start))) return org;
  }
  return clauseSubject(context, figure.start, sentence);
}

/** The body that is the subject of the clause running up to `at`: the last one named before it that no preposition governs. */
export function clauseSubject(context: ClaimContext, at: number, sentence: SentenceSpan): Entity | undefined {
  const text = context.text;
  const before = context.within(context.organisations, sentence.start, at).filter((o) => o.end <= at);
  for (let i = before.length - 1; i >= 0; i--) {
    const org = before[i]!;
    if (isPrepositionalObject(text, org, sentence.start)) continue;
    const between = text.slice(org.end, at);
    return between.length <= MAX_SUBJECT_GAP && !OTHER_CLAUSE.test(between) ? org : undefined;
  }
  return undefined;
}
