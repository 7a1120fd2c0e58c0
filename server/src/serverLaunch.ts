// How the language server process is started, shared by the client and the benchmark so that both
// measure and run the same thing.

/**
 * V8's old-space ceiling for the server, in MB. Without one, V8 sizes it from the machine's memory
 * (about 4 GB here) and lets garbage pile up: the bench's 10,000-document corpus peaked at 2 GB of
 * RSS under hovers and references, against 1 GB with this ceiling and the same latencies. The live
 * index of that corpus (102 MB of text) is about 450 MB of heap, so 1 GB leaves room for twice that;
 * larger archives raise policyLens.server.maxMemoryMB.
 */
export const DEFAULT_SERVER_MEMORY_MB = 1024;
export const MIN_SERVER_MEMORY_MB = 256;

/** Node's arguments for the server process, given the policyLens.server.maxMemoryMB setting. */
export function serverNodeArgs(maxMemoryMB: number | undefined): string[] {
  const megabytes = typeof maxMemoryMB === 'number' && Number.isFinite(maxMemoryMB) ? Math.round(maxMemoryMB) : DEFAULT_SERVER_MEMORY_MB;
  return [`--max-old-space-size=${Math.max(MIN_SERVER_MEMORY_MB, megabytes)}`];
}
