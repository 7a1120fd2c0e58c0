import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { CheckCorpusResult } from '../protocol';
import { yieldToEventLoop } from './corpusFilesLoader';
import type { Session } from './session';

// policyLens/checkCorpus ("Check Claims"): waits for indexing, then publishes conflict diagnostics
// for every document that has them (and clears documents that no longer do), reporting work-done
// progress as it goes and stopping when the request is cancelled.

const SLICE_MS = 15;

export async function checkCorpus(session: Session, progress: WorkDoneProgressReporter, token: CancellationToken): Promise<CheckCorpusResult> {
  progress.begin('Policy Lens: checking claims', 0, 'waiting for indexing', true);
  try {
    await Promise.race([session.whenIndexed(), whenCancelled(token)]);
    // Let a cancellation sent right after the request arrive before any work is done.
    await yieldToEventLoop();
    const { state, publisher, reviews } = session;
    state.flushAll();
    const docs = state.documents();
    const result: CheckCorpusResult = { documents: docs.length, entities: 0, claims: 0, conflicts: 0, reviewed: 0, documentsWithConflicts: 0 };
    let sliceStart = Date.now();
    for (let index = 0; index < docs.length; index++) {
      if (token.isCancellationRequested) throw cancelled();
      const doc = docs[index];
      const analysis = state.engine.get(doc)?.analysis;
      result.entities += analysis?.entities.length ?? 0;
      result.claims += analysis?.claims.length ?? 0;
      if ((publisher.publish(doc) ?? 0) > 0) result.documentsWithConflicts++;
      if (Date.now() - sliceStart >= SLICE_MS) {
        progress.report(Math.round(((index + 1) / docs.length) * 100), `${index + 1}/${docs.length} documents`);
        await yieldToEventLoop();
        sliceStart = Date.now();
      }
    }
    if (token.isCancellationRequested) throw cancelled();
    for (const conflict of state.engine.conflicts()) {
      if (reviews.isReviewed(conflict.id)) result.reviewed++;
      else result.conflicts++;
    }
    session.status.corpusChanged('all');
    return result;
  } finally {
    progress.done();
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Check Claims was cancelled');
}

/** Settles when the request is cancelled, so waiting for a long index does not outlive the request. */
function whenCancelled(token: CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    if (token.isCancellationRequested) resolve();
    else token.onCancellationRequested(() => resolve());
  });
}
