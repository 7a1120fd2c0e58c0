import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { InvalidSpanError } from '../engine/annotations/index';
import { UnsafePathError } from '../files/annotationStore';
import {
  AnnotationCreateRequest,
  AnnotationDeleteRequest,
  AnnotationExportRequest,
  AnnotationImportBratRequest,
  AnnotationReattachRequest,
  AnnotationsListRequest,
  AnnotationUpdateRequest,
  type AnnotationCreateParams,
  type AnnotationDeleteParams,
  type AnnotationEditResult,
  type AnnotationExportParams,
  type AnnotationExportResult,
  type AnnotationImportBratParams,
  type AnnotationImportBratResult,
  type AnnotationReattachParams,
  type AnnotationsListParams,
  type AnnotationsListResult,
  type AnnotationUpdateParams,
} from '../protocol';
import { InvalidAnnotationInputError } from './annotationsBodies';
import { exportAnnotationsTo, importBratFrom } from './annotationsExport';
import { AnnotationNotFoundError } from './annotationsService';
import { NotAnnotatableError } from './annotationsWorkspace';
import { safeRequest, type Logger } from './safeHandler';
import type { Session } from './session';
import { documentKey } from './uris';

// The annotation requests on the connection. A request the researcher can put right (no
// selection, a text outside the workspace, an annotation deleted meanwhile) fails with their
// sentence as the message; anything else is a logged internal error (safeRequest).

const RESEARCHER_ERRORS = [InvalidAnnotationInputError, NotAnnotatableError, AnnotationNotFoundError, InvalidSpanError, UnsafePathError];

function asResearcherError(error: unknown): never {
  if (RESEARCHER_ERRORS.some((type) => error instanceof type)) {
    throw new ResponseError(ErrorCodes.InvalidParams, (error as Error).message);
  }
  throw error;
}

export function registerAnnotationRequests(connection: Connection, logger: Logger, session: () => Session | undefined): void {
  const handle = <P, R>(method: string, run: (session: Session, params: P) => R | Promise<R>) =>
    connection.onRequest(
      method,
      safeRequest(logger, method, async (params: P) => {
        const current = session();
        if (!current) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'Policy Lens is still starting');
        try {
          return await run(current, params);
        } catch (error) {
          return asResearcherError(error);
        }
      }),
    );

  handle<AnnotationsListParams | undefined, AnnotationsListResult>(AnnotationsListRequest, (s, params) => ({
    documents: s.annotations.list(params?.uri ? documentKey(params.uri) : undefined),
    aliasConflicts: s.annotations.aliasConflicts(),
  }));
  handle<AnnotationCreateParams, AnnotationEditResult>(AnnotationCreateRequest, (s, params) =>
    s.annotations.create(documentKey(params.uri), params.range, params.bodies, params.creator),
  );
  handle<AnnotationUpdateParams, AnnotationEditResult>(AnnotationUpdateRequest, (s, params) =>
    s.annotations.update(documentKey(params.uri), params.id, params.bodies),
  );
  handle<AnnotationDeleteParams, AnnotationEditResult>(AnnotationDeleteRequest, (s, params) => s.annotations.delete(documentKey(params.uri), params.id));
  handle<AnnotationReattachParams, AnnotationEditResult>(AnnotationReattachRequest, (s, params) =>
    s.annotations.reattach(documentKey(params.uri), params.id, params.range),
  );
  handle<AnnotationExportParams, AnnotationExportResult>(AnnotationExportRequest, (s, params) => exportAnnotationsTo(s.state, s.annotations, params));
  handle<AnnotationImportBratParams, AnnotationImportBratResult>(AnnotationImportBratRequest, (s, params) => importBratFrom(s.state, s.annotations, params));
}
