import { parentPort } from 'node:worker_threads';
// First, so that patterns built while the engine loads are recorded too.
import { constructedPatterns } from './regexRecorder';
import { analyse } from '../../../../server/src/engine/analyse';
import { LineMap } from '../../../../server/src/lsp/positions';
import { analysisProblems } from '../spanRules';
import { runFuzzJob, type FuzzJob } from './fuzzProperties';

// The worker side of the bounded runs: analyses a text, or runs one regular expression over a
// list of crafted inputs, and answers with what it found. The test thread holds the time bound.

export type EngineJob =
  | { kind: 'analyse'; text: string; checkSpans?: boolean }
  /** Analyses each text in turn (for comparing one long text with the same amount in short ones). */
  | { kind: 'analyse-all'; texts: string[] }
  | { kind: 'regex'; source: string; flags: string; input: string }
  | ({ kind: 'fuzz' } & FuzzJob)
  /** Analyses the text, then lists every pattern the engine has built with the RegExp constructor so far. */
  | { kind: 'constructed-patterns'; text: string };

export interface EngineJobResult {
  entities: number;
  claims: number;
  /** Span-rule violations (analyse jobs with checkSpans). */
  problems: string[];
  /** Milliseconds spent in the job itself, inside the worker. */
  ms: number;
  patterns?: Array<{ source: string; flags: string }>;
  /** Fuzz jobs: inputs generated. */
  runs?: number;
}

/** Patterns compiled once: the big lexicon alternations are costly to compile for every input. */
const compiled = new Map<string, RegExp>();

parentPort?.on('message', (job: EngineJob) => {
  try {
    const started = performance.now();
    if (job.kind === 'analyse') {
      const analysis = analyse(job.text);
      // Every span of a huge text also becomes an LSP range: the conversion must cope.
      const lines = new LineMap(job.text);
      for (const entity of analysis.entities) lines.range(entity.start, entity.end);
      const ms = performance.now() - started;
      const problems = job.checkSpans ? analysisProblems(job.text, analysis).slice(0, 5) : [];
      parentPort!.postMessage({ result: { entities: analysis.entities.length, claims: analysis.claims.length, problems, ms } });
    } else if (job.kind === 'fuzz') {
      const outcome = runFuzzJob(job);
      parentPort!.postMessage({ result: { entities: 0, claims: 0, problems: outcome.failure ? [outcome.failure] : [], ms: performance.now() - started, runs: outcome.runs } });
    } else if (job.kind === 'analyse-all') {
      for (const text of job.texts) analyse(text);
      parentPort!.postMessage({ result: { entities: 0, claims: 0, problems: [], ms: performance.now() - started } });
    } else if (job.kind === 'constructed-patterns') {
      analyse(job.text);
      const patterns = [...constructedPatterns.values()];
      parentPort!.postMessage({ result: { entities: 0, claims: 0, problems: [], ms: performance.now() - started, patterns } });
    } else {
      const key = `/${job.source}/${job.flags}`;
      let pattern = compiled.get(key);
      if (!pattern) compiled.set(key, (pattern = new RegExp(job.source, job.flags)));
      pattern.lastIndex = 0;
      pattern.exec(job.input);
      parentPort!.postMessage({ result: { entities: 0, claims: 0, problems: [], ms: performance.now() - started } });
    }
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

// Loaded and listening: the test thread starts its clock only now.
parentPort?.postMessage({ ready: true });
