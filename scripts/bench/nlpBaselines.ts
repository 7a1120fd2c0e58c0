import { median, mbPerSecond, timeIt, utf8Bytes } from './stats';

// Two established JavaScript NLP packages doing a realistic entity pass over the same documents,
// so the engine's figure has something to be compared with. Both are much slower, so each gets
// a sample of the corpus and the time is scaled to MB/s. They are imported only when measured, so
// their code and models do not count against the engine's memory figures.

export interface BaselineThroughput {
  name: string;
  sampleBytes: number;
  runsMs: number[];
  mbPerSecond: number;
  entities: number;
}

/** compromise: people, organisations, places, money, percentages and numbers, with offsets, as a tagger user would ask. */
export async function measureCompromise(sample: readonly string[], runs: number): Promise<BaselineThroughput> {
  const { default: nlp } = await import('compromise');
  let entities = 0;
  const pass = (texts: readonly string[]) => {
    entities = 0;
    for (const text of texts) {
      const doc = nlp(text);
      for (const view of [doc.people(), doc.organizations(), doc.places(), doc.money(), doc.percentages(), doc.numbers()]) {
        entities += (view.json({ offset: true }) as unknown[]).length;
      }
    }
  };
  return measure('compromise 14 (people/organizations/places/money/percentages/numbers)', sample, runs, pass, () => entities);
}

/** wink-nlp with its English lite web model: the named-entity output of readDoc. */
export async function measureWink(sample: readonly string[], runs: number): Promise<BaselineThroughput> {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const wink = winkNLP(model);
  let entities = 0;
  const pass = (texts: readonly string[]) => {
    entities = 0;
    for (const text of texts) entities += (wink.readDoc(text).entities().out() as unknown[]).length;
  };
  return measure('wink-nlp 2 + wink-eng-lite-web-model (readDoc().entities())', sample, runs, pass, () => entities);
}

function measure(
  name: string,
  sample: readonly string[],
  runs: number,
  pass: (texts: readonly string[]) => void,
  count: () => number,
): BaselineThroughput {
  pass(sample.slice(0, 3)); // warm-up: lazy set-up and JIT compilation are not throughput
  const runsMs: number[] = [];
  for (let run = 0; run < runs; run++) runsMs.push(timeIt(() => pass(sample)));
  const sampleBytes = utf8Bytes(sample);
  return { name, sampleBytes, runsMs, mbPerSecond: mbPerSecond(sampleBytes, median(runsMs)), entities: count() };
}
