// Whose jobs go when the sentence names no body: "The closures mean 41 journalists’ jobs will go
// across the group", "About 15 editorial posts go" (a manager answering on air), "The plan means
// 90 job losses". A page about one body's cuts names the body once or twice and then counts the
// jobs in sentences of their own; those jobs are the page's body's (the one it names most, not its
// author nor a news outlet). Left alone: jobs some speaker only judges ("staff fear 300 jobs will
// go", "the union warns"), a page whose body is a union (it speaks of its members' employer), a
// question, and a sentence naming a body before the figure (jobCuts.ts reads that body or none).

import type { Entity } from '../../types';
import type { ClaimContext } from '../context';
import { mostNamedBody } from '../pageBody';
import type { SentenceSpan } from '../sentences';

/** Words before the figure by which someone only judges the jobs lost, or a union speaks. */
const ONLY_JUDGED = /(?:^|[^\p{L}])(?:warn(?:s|ed|ing)?|fears?|feared|fearing|claim(?:s|ed)?|estimat(?:es|ed)|predict(?:s|ed)|believes?|believed|suggests?|rumou?r(?:s|ed)?|unions?|if|unless|whether)(?![\p{L}])/iu;
const UNION_NAME = /(?:^|[\s\u00a0])(?:union|congress)$/i;

/** The body whose jobs go at `at` in a sentence that names none before it, if the page has one. */
export function jobsLostOnThePage(context: ClaimContext, sentence: SentenceSpan, at: number): Entity | undefined {
  if (context.within(context.organisations, sentence.start, at).length > 0) return undefined;
  if (context.isQuestion(sentence) || ONLY_JUDGED.test(context.text.slice(sentence.start, at))) return undefined;
  const body = mostNamedBody(context, { notAuthor: true, notMedia: true });
  if (!body?.canonical || UNION_NAME.test(body.canonicalName ?? body.text)) return undefined;
  return body;
}
