// Typed access to the server's annotation requests.

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
  type EntitiesResult,
} from '../../../server/src/protocol';
import type { PolicyLensServer } from '../server/policyLensServer';

export class AnnotationsApi {
  constructor(private readonly server: PolicyLensServer) {}

  list(params: AnnotationsListParams = {}): Promise<AnnotationsListResult> {
    return this.server.request(AnnotationsListRequest, params);
  }

  create(params: AnnotationCreateParams): Promise<AnnotationEditResult> {
    return this.server.request(AnnotationCreateRequest, params);
  }

  update(params: AnnotationUpdateParams): Promise<AnnotationEditResult> {
    return this.server.request(AnnotationUpdateRequest, params);
  }

  delete(params: AnnotationDeleteParams): Promise<AnnotationEditResult> {
    return this.server.request(AnnotationDeleteRequest, params);
  }

  reattach(params: AnnotationReattachParams): Promise<AnnotationEditResult> {
    return this.server.request(AnnotationReattachRequest, params);
  }

  export(params: AnnotationExportParams): Promise<AnnotationExportResult> {
    return this.server.request(AnnotationExportRequest, params);
  }

  importBrat(params: AnnotationImportBratParams): Promise<AnnotationImportBratResult> {
    return this.server.request(AnnotationImportBratRequest, params);
  }

  /** Organisations and people matching a text, for the canonical search. */
  searchEntities(filter: string): Promise<EntitiesResult> {
    return this.server.entities({ filter });
  }
}
