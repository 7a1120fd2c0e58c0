import { performance } from 'node:perf_hooks';
import { CLAIMS_PER_CONFLICT, ENTITY_BOUNDS, MATRIX_BOUNDS } from '../../client/src/panel/panelBounds';
import type { LspSession } from './lspSession';

// The requests that read the whole corpus at once, made as the editor makes them: Check Claims
// (every document's diagnostics published), and the side panel's Entities and Conflicts views and
// the Claim Matrix with the bounds the client asks for. Timed from request to answer, with the
// size of what came back: on a corpus of thousands of documents these, not the keystrokes, were
// what could stall the editor or the server.

export interface CorpusRequestFigures {
  check: { ms: number; documents: number; diagnostics: number; bytes: number };
  entities: { ms: number; bytes: number };
  conflicts: { ms: number; bytes: number };
  matrix: { ms: number; bytes: number };
}

export async function measureCorpusRequests(session: LspSession): Promise<CorpusRequestFigures> {
  let documents = 0;
  let diagnostics = 0;
  let bytes = 0;
  session.onPublish = (params) => {
    documents++;
    diagnostics += params.diagnostics.length;
    bytes += JSON.stringify(params).length;
  };
  const checkStarted = performance.now();
  await session.connection.sendRequest('policyLens/checkCorpus', {});
  const checkMs = performance.now() - checkStarted;
  session.onPublish = undefined;
  return {
    check: { ms: checkMs, documents, diagnostics, bytes },
    entities: await timed(session, 'policyLens/entities', { limits: ENTITY_BOUNDS }),
    conflicts: await timed(session, 'policyLens/conflicts', { claimsPerConflict: CLAIMS_PER_CONFLICT }),
    matrix: await timed(session, 'policyLens/claimMatrix', MATRIX_BOUNDS),
  };
}

async function timed(session: LspSession, method: string, params: object): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const result = await session.connection.sendRequest(method, params);
  return { ms: performance.now() - started, bytes: JSON.stringify(result).length };
}

export function describeCorpusRequests(figures: CorpusRequestFigures): string[] {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const { check, entities, conflicts, matrix } = figures;
  return [
    `  Check Claims                         ${s(check.ms)}: ${check.diagnostics} diagnostics published to ${check.documents} documents, ${mb(check.bytes)}`,
    `  Entities view (whole corpus)         ${s(entities.ms)}, ${mb(entities.bytes)}`,
    `  Conflicts view                       ${s(conflicts.ms)}, ${mb(conflicts.bytes)}`,
    `  Claim Matrix (palette)               ${s(matrix.ms)}, ${mb(matrix.bytes)}`,
  ];
}
