import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { SetReviewedParams, SetReviewedResult } from '../protocol';
import { conflictValues } from './conflictsRequest';
import { ReviewsUnavailableError } from './reviews';
import type { Session } from './session';

// Marking a conflict reviewed (the code action's server command and policyLens/setReviewed) or
// reopening it. The review is written to reviews.json first; only then do the conflict's
// diagnostics disappear (or come back) and the views refresh.

export function setConflictReviewed(session: Session, params: SetReviewedParams): SetReviewedResult {
  if (typeof params?.conflictId !== 'string' || typeof params.reviewed !== 'boolean') {
    throw new ResponseError(ErrorCodes.InvalidParams, 'expected { conflictId: string, reviewed: boolean }');
  }
  const { state, reviews } = session;
  state.flushAll();
  const conflict = state.engine.conflicts().find((candidate) => candidate.id === params.conflictId);
  if (!conflict && params.reviewed) {
    throw new ResponseError(ErrorCodes.InvalidParams, `No current conflict has the id ${params.conflictId}; it may have changed since it was shown.`);
  }
  let changed: boolean;
  try {
    changed = reviews.setReviewed(
      conflict
        ? { id: conflict.id, subject: conflict.subject, attribute: conflict.attribute, values: conflictValues(conflict) }
        : { id: params.conflictId, subject: '', attribute: '', values: [] },
      params.reviewed,
    );
  } catch (error) {
    const reason = error instanceof ReviewsUnavailableError ? error.message : `could not save the review: ${error instanceof Error ? error.message : String(error)}`;
    throw new ResponseError(ErrorCodes.InternalError, `Policy Lens: ${reason}`);
  }
  if (changed) {
    const docs = conflict ? new Set(conflict.claims.map(({ doc }) => doc)) : undefined;
    if (docs) session.publisher.refresh(docs);
    else session.publisher.refreshVisible();
    session.status.corpusChanged('reviews');
  }
  return { conflictId: params.conflictId, reviewed: params.reviewed, changed };
}
