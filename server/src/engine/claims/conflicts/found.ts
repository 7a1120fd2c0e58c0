import type { ConflictKind, SourcedClaim } from '../../types';

/** A conflict before it gets its subject, attribute and fingerprint. */
export interface FoundConflict {
  kind: ConflictKind;
  claims: SourcedClaim[];
  /** The exclusion rule behind a categorical conflict. */
  rule?: string;
}
