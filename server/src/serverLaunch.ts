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

/**
 * V8 flags that cut the CPU a first index spends outside the analysis itself. On 2 cores the index
 * saturates both, so every CPU second saved is about half a second sooner to ready. Measured at
 * 10,000 documents on the 2-core bench machine (issue 7, round 3):
 * - Most of that background time is the optimizing compiler, run once per isolate (the main thread
 *   and each analysis worker compile the engine separately). Halving the inlining budget (V8's
 *   default is 920 bytes of bytecode) makes those compilations cheaper without slowing the
 *   analysis measurably: the workers' CPU did not move.
 * - Scavenges helped by other threads cost more CPU than they save when every core is busy, and
 *   on a loaded machine their pauses were longer, not shorter.
 * Paired runs on the quiet machine: V8's background CPU at ready 4.7–4.8 → 3.5 s and ready 10.2–10.8
 * → 10.0–10.4 s at 10,000 documents; keystrokes in the 1 MB document no slower (docs/performance.md).
 */
export const SERVER_V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=460', '--no-parallel-scavenge'];

/** Node's arguments for the server process, given the policyLens.server.maxMemoryMB setting. */
export function serverNodeArgs(maxMemoryMB: number | undefined): string[] {
  const megabytes = typeof maxMemoryMB === 'number' && Number.isFinite(maxMemoryMB) ? Math.round(maxMemoryMB) : DEFAULT_SERVER_MEMORY_MB;
  return [`--max-old-space-size=${Math.max(MIN_SERVER_MEMORY_MB, megabytes)}`];
}

/** The heap ceiling (serverNodeArgs) and the V8 flags above: what the client and the bench start the server with. */
export function serverProcessArgs(maxMemoryMB: number | undefined): string[] {
  return [...serverNodeArgs(maxMemoryMB), ...SERVER_V8_FLAGS];
}
