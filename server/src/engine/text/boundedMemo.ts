import { ownCopy } from './ownCopy';

// Memoising a function of one string: words and names repeat within and across documents, so most
// calls become a look-up. A corpus brings an unbounded number of distinct keys (and the server
// takes URIs from the client), so the memo is emptied whenever it reaches its limit.

export const MEMO_LIMIT = 50_000;

export function boundedMemo<T>(compute: (key: string) => T, limit = MEMO_LIMIT): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      // Keys are words and names cut from documents: kept as they are, each would keep its whole
      // document alive (see ownCopy.ts), and so would a value cut from the key.
      const own = ownCopy(key);
      value = compute(own);
      if (memo.size >= limit) memo.clear();
      memo.set(own, value);
    }
    return value;
  };
}
