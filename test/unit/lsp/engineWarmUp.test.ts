import { describe, expect, it } from 'vitest';
import type { AnalysisSetup } from '../../../server/src/engine/corpus';
import { DEFAULT_CONFLICT_RULES } from '../../../server/src/engine/claims/rules';
import { EngineWarmUp, WARM_UP_MAX_TEXT, type WarmUpSource } from '../../../server/src/lsp/engineWarmUp';

const SETUP: AnalysisSetup = { options: undefined, rules: DEFAULT_CONFLICT_RULES };

function corpusOf(texts: Record<string, string>): WarmUpSource {
  return { documents: () => Object.keys(texts), textOf: (doc) => texts[doc], setupOf: () => SETUP, typing: () => false };
}

/** An analysis that records what it was given and takes `costMs` of wall time. */
function recordingAnalyse(seen: string[], costMs = 0) {
  return (text: string) => {
    seen.push(text);
    const until = performance.now() + costMs;
    while (performance.now() < until);
    return { entities: [], claims: [] };
  };
}

describe('warming up the main thread engine after the first index', () => {
  it('analyses corpus texts in corpus order until its budget is spent', async () => {
    const seen: string[] = [];
    const warmUp = new EngineWarmUp(corpusOf({ a: 'a'.repeat(400), b: 'b'.repeat(400), c: 'c'.repeat(400) }), { budgetBytes: 700, analyse: recordingAnalyse(seen) });
    await warmUp.start();
    expect(seen.map((text) => text[0])).toEqual(['a', 'b']);
    expect(warmUp.analysedBytes).toBe(800);
  });

  it('passes over long texts, so that no slice keeps a keystroke waiting long', async () => {
    const seen: string[] = [];
    const warmUp = new EngineWarmUp(corpusOf({ long: 'x'.repeat(WARM_UP_MAX_TEXT + 1), short: 'short text' }), { analyse: recordingAnalyse(seen) });
    await warmUp.start();
    expect(seen).toEqual(['short text']);
  });

  it('does not even read a text it knows to be long (closed texts are decoded on reading)', async () => {
    const texts: Record<string, string> = { long: 'x'.repeat(WARM_UP_MAX_TEXT + 1), short: 'short text' };
    const read: string[] = [];
    const source: WarmUpSource = {
      ...corpusOf(texts),
      textOf: (doc) => (read.push(doc), texts[doc]),
      lengthOf: (doc) => texts[doc]?.length,
    };
    await new EngineWarmUp(source, { analyse: recordingAnalyse([]) }).start();
    expect(read).toEqual(['short']);
  });

  it('lets other messages through between slices', async () => {
    let yields = 0;
    const texts = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`doc${i}`, `text ${i}`]));
    const warmUp = new EngineWarmUp(corpusOf(texts), {
      analyse: recordingAnalyse([], 5),
      yieldToEventLoop: async () => {
        yields++;
      },
    });
    await warmUp.start();
    // Each analysis takes 5 ms and a slice lasts 8 ms: a yield after every second text.
    expect(yields).toBeGreaterThanOrEqual(2);
  });

  it('runs once per server: a second index does not warm up again', async () => {
    const seen: string[] = [];
    const warmUp = new EngineWarmUp(corpusOf({ a: 'one', b: 'two' }), { analyse: recordingAnalyse(seen) });
    await warmUp.start();
    await warmUp.start();
    expect(seen).toEqual(['one', 'two']);
  });

  it('stops at the next slice once stopped (the server shuts down)', async () => {
    const seen: string[] = [];
    let warmUp: EngineWarmUp | undefined = undefined;
    const texts = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`doc${i}`, `text ${i}`]));
    warmUp = new EngineWarmUp(corpusOf(texts), {
      analyse: recordingAnalyse(seen, 9),
      yieldToEventLoop: async () => warmUp!.stop(),
    });
    await warmUp.start();
    expect(seen).toEqual(['text 0']);
  });

  it('skips texts that have left the corpus, and corpora that analyse with an analyser of their own', async () => {
    const seen: string[] = [];
    const gone: WarmUpSource = { ...corpusOf({}), documents: () => ['a', 'b'], textOf: (doc) => (doc === 'a' ? undefined : 'still here') };
    await new EngineWarmUp(gone, { analyse: recordingAnalyse(seen) }).start();
    const ownAnalyser: WarmUpSource = { ...corpusOf({ a: 'own analyser' }), setupOf: () => undefined };
    await new EngineWarmUp(ownAnalyser, { analyse: recordingAnalyse(seen) }).start();
    expect(seen).toEqual(['still here']);
  });

  it('keeps going past a text the engine cannot analyse', async () => {
    const seen: string[] = [];
    const analyse = (text: string) => {
      if (text === 'bad') throw new Error('engine failure');
      return recordingAnalyse(seen)(text);
    };
    await new EngineWarmUp(corpusOf({ a: 'bad', b: 'good' }), { analyse }).start();
    expect(seen).toEqual(['good']);
  });

  it('waits while the researcher types, and goes on when they pause', async () => {
    const seen: string[] = [];
    const events: string[] = [];
    let typingChecks = 0;
    const source: WarmUpSource = { ...corpusOf({ a: 'one', b: 'two' }), typing: () => ++typingChecks <= 3 };
    const analyse = (text: string) => {
      events.push(`analysed ${text}`);
      return recordingAnalyse(seen)(text);
    };
    await new EngineWarmUp(source, { analyse, sleep: async () => void events.push('waited') }).start();
    expect(events).toEqual(['waited', 'waited', 'waited', 'analysed one', 'analysed two']);
  });

  it('runs the real engine by default', async () => {
    const warmUp = new EngineWarmUp(corpusOf({ a: 'Co-operatives UK said 49.9% of the shares are held by employees.' }));
    await warmUp.start();
    expect(warmUp.analysedBytes).toBeGreaterThan(0);
  });
});
