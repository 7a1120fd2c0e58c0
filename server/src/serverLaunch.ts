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
 * saturates both, so every CPU second saved is about half a second sooner to ready. Scavenges
 * helped by other threads cost more CPU than they save when every core is busy, and on a loaded
 * machine their pauses were longer, not shorter (issue 7, round 3).
 *
 * Rounds 3 to 13 also halved V8's inlining budget (--max-inlined-bytecode-size-cumulative=460,
 * against 920), which then cut the optimizing compiler's background CPU without slowing the
 * workers. The engine has since grown past it: in round 14 the halved budget made the analysis
 * itself slower, more so for round 13's engine than for round 12's (the bundled engines alternated
 * in one process, with the flag: round 13's over round 12's 1.116 with round 12's loaded first,
 * 1/0.994 with it second, about 1.06 in all; without the flag: 1.010 with round 12's first),
 * and a first index at 10,000 documents spent more CPU with it than without (two pairs of runs of
 * the same build on a loaded host: server CPU 65.8 → 57.7 s and 58.4 → 54.5 s, of which the workers
 * 39.0 → 33.4 s and 34.2 → 31.5 s; V8's background CPU 10.1 → 10.5 s and 9.6 → 9.8 s). The budget is
 * V8's own again.
 */
export const SERVER_V8_FLAGS: readonly string[] = ['--no-parallel-scavenge'];

/** Node's arguments for the server process, given the policyLens.server.maxMemoryMB setting. */
export function serverNodeArgs(maxMemoryMB: number | undefined): string[] {
  const megabytes = typeof maxMemoryMB === 'number' && Number.isFinite(maxMemoryMB) ? Math.round(maxMemoryMB) : DEFAULT_SERVER_MEMORY_MB;
  return [`--max-old-space-size=${Math.max(MIN_SERVER_MEMORY_MB, megabytes)}`];
}

/** The heap ceiling (serverNodeArgs) and the V8 flags above: what the client and the bench start the server with. */
export function serverProcessArgs(maxMemoryMB: number | undefined): string[] {
  return [...serverNodeArgs(maxMemoryMB), ...SERVER_V8_FLAGS];
}
