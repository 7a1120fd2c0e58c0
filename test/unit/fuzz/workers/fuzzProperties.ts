import fc from 'fast-check';
import { analyse } from '../../../../server/src/engine/analyse';
import { Corpus } from '../../../../server/src/engine/corpus';
import { policyText } from '../arbitraries';
import { analysisProblems } from '../spanRules';

// The engine's fuzz properties, run inside the bounded worker so that an input that makes the
// engine loop forever is caught by the harness's bound instead of hanging the test run. Before
// each analysis the input is written into shared memory, so the test thread can show the input
// that was running when the bound passed.

export interface FuzzJob {
  property: 'analysis' | 'corpus';
  seed: number;
  numRuns: number;
  /** Receives the text being analysed: a length (Int32 at 0) then UTF-16 code units. */
  current: SharedArrayBuffer;
}

export interface FuzzOutcome {
  /** fast-check's report of the shrunk counterexample, when the property failed. */
  failure?: string;
  runs: number;
}

export const CURRENT_CAPACITY = 64 * 1024;

export function sharedInput(): SharedArrayBuffer {
  return new SharedArrayBuffer(4 + CURRENT_CAPACITY * 2);
}

export function readSharedInput(buffer: SharedArrayBuffer): string {
  const length = Math.min(new Int32Array(buffer, 0, 1)[0]!, CURRENT_CAPACITY);
  return String.fromCharCode(...new Uint16Array(buffer, 4, length));
}

function recorder(buffer: SharedArrayBuffer): (text: string) => void {
  const length = new Int32Array(buffer, 0, 1);
  const units = new Uint16Array(buffer, 4, CURRENT_CAPACITY);
  return (text) => {
    const n = Math.min(text.length, CURRENT_CAPACITY);
    for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
    length[0] = n;
  };
}

function analysisProperty(record: (text: string) => void): fc.IProperty<[string]> {
  return fc.property(policyText(40), (text) => {
    record(text);
    const problems = analysisProblems(text, analyse(text));
    if (problems.length > 0) throw new Error(problems.slice(0, 3).join('\n'));
  });
}

/** Any sequence of upserts and removals leaves the index equal to one built in one go from the final texts. */
function corpusProperty(record: (text: string) => void): fc.IProperty<[Array<['upsert' | 'remove', string, string]>]> {
  const doc = fc.constantFrom('a', 'b', 'c');
  const step = fc.oneof(
    fc.tuple(fc.constant('upsert' as const), doc, policyText(25)),
    fc.tuple(fc.constant('remove' as const), doc, fc.constant('')),
  );
  return fc.property(fc.array(step, { maxLength: 6 }), (steps) => {
    record(steps.map(([action, key, text]) => `${action} ${key}: ${text}`).join('\n'));
    const corpus = new Corpus();
    const texts = new Map<string, string>();
    for (const [action, key, text] of steps) {
      if (action === 'upsert') {
        corpus.upsert(key, text);
        texts.set(key, text);
      } else {
        corpus.remove(key);
        texts.delete(key);
      }
    }
    const fresh = new Corpus();
    for (const [key, text] of [...texts].sort()) fresh.upsert(key, text);
    const same = (a: unknown, b: unknown, what: string) => {
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what} differ from a fresh index's`);
    };
    same(corpus.documents().sort(), fresh.documents().sort(), 'documents');
    same(corpus.conflicts(), fresh.conflicts(), 'conflicts');
    for (const key of texts.keys()) {
      for (const entity of corpus.get(key)!.analysis.entities) {
        if (entity.canonical) same(corpus.mentionsOf(entity.canonical), fresh.mentionsOf(entity.canonical), `mentions of ${entity.canonical}`);
      }
    }
  });
}

export function runFuzzJob(job: FuzzJob): FuzzOutcome {
  const record = recorder(job.current);
  const property = job.property === 'analysis' ? analysisProperty(record) : corpusProperty(record);
  const details = fc.check(property as fc.IProperty<unknown[]>, { seed: job.seed, numRuns: job.numRuns });
  return details.failed ? { failure: fc.defaultReportMessage(details) ?? 'failed', runs: details.numRuns } : { runs: details.numRuns };
}
