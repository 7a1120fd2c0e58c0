import type { CorpusState } from './corpusState';

// A references answer places each mention in its document by that document's line map, and a
// document's first map is made from its text, which a closed document keeps as UTF-8: the first
// answer for a common entity decoded every document it touches (at 10,000 documents, nearly the
// whole corpus, hundreds of milliseconds). So once the reading indexes are built, every document's
// map is made ahead, between requests. A map keeps four bytes a line and no text (about 1.4 MB for
// the 10,000-document bench corpus); what it answers is the same whenever it is made.

/**
 * Makes the line map of every corpus document that has none yet, in slices of `sliceMs`; after each
 * slice it waits for `rest()` when that gives a promise (the researcher is typing or reading: a map
 * takes a fraction of a millisecond, so short slices with long rests keep going without delaying
 * them), else just lets waiting messages through. Resolves with how many documents it went through,
 * when done or when a rebuild has replaced the corpus (the new corpus's maps are made on demand).
 */
export async function makeLineMapsAhead(
  state: CorpusState,
  yieldToEventLoop: () => Promise<void>,
  rest: () => Promise<void> | undefined,
  sliceMs = 2,
): Promise<number> {
  const corpus = state.engine;
  const docs = state.documents();
  let next = 0;
  while (next < docs.length) {
    if (state.engine !== corpus) return next;
    const sliceEnd = performance.now() + sliceMs;
    // A document removed since is skipped (it has no map to make); one edited since gets its new map.
    do state.linesOf(docs[next++]);
    while (next < docs.length && performance.now() < sliceEnd);
    await (rest() ?? yieldToEventLoop());
  }
  return next;
}
