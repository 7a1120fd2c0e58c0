import type { CorpusState } from './corpusState';
import type { NameOf } from './labels';
import { firstMentionOf } from './navigation';

// Canonical ids that appear inside claim attributes ("owned-share:org:circle-partnership-ltd")
// shown by the name the corpus knows them by.

export function corpusNames(state: CorpusState): NameOf {
  const cache = new Map<string, string | undefined>();
  return (canonical) => {
    if (!cache.has(canonical)) {
      // The first mention in corpus order, without listing and sorting every mention.
      const first = firstMentionOf(state, canonical)?.entity;
      cache.set(canonical, first?.canonicalName ?? first?.text);
    }
    return cache.get(canonical);
  };
}
