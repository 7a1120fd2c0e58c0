// Memoising a function of one string: words and names repeat within and across documents, so most
// calls become a look-up. A corpus brings an unbounded number of distinct keys (and the server
// takes URIs from the client), so the memo is emptied whenever it reaches its limit.

export const MEMO_LIMIT = 50_000;

export function boundedMemo<T>(compute: (key: string) => T, limit = MEMO_LIMIT): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
