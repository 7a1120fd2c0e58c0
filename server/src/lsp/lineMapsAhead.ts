import type { CorpusState } from './corpusState';

// A references answer places each mention in its document by that document's line map, and a
// document's first map is made from its text, which a closed document keeps as UTF-8: the first
// answer for a common entity decoded every document it touches (at 10,000 documents, nearly the
// whole corpus, hundreds of milliseconds). So once the reading indexes are built, every document's
// map is made ahead, between requests. A map keeps four bytes a line and no text (about 1.4 MB for
// the 10,000-document bench corpus); what it answers is the same whenever it is made.

/**
 * Makes the line map of every corpus document that has none yet, in slices of `sliceMs` with a
 * yield to the event loop between them; while `wait()` gives a promise (the researcher is typing),
 * waits for it. Resolves with how many documents it went through, when done or when a rebuild has
 * replaced the corpus (the new corpus's maps are then made on demand).
 */
export async function makeLineMapsAhead(
  state: CorpusState,
  yieldToEventLoop: () => Promise<void>,
  wait: () => Promise<void> | undefined,
  sliceMs = 8,
): Promise<number> {
  const corpus = state.engine;
  const docs = state.documents();
  let next = 0;
  while (next < docs.length) {
    for (let waiting = wait(); waiting; waiting = wait()) await waiting;
    if (state.engine !== corpus) return next;
    const sliceEnd = performance.now() + sliceMs;
    // A document removed since is skipped (it has no map to make); one edited since gets its new map.
    do state.linesOf(docs[next++]);
    while (next < docs.length && performance.now() < sliceEnd);
    await yieldToEventLoop();
  }
  return next;
}
