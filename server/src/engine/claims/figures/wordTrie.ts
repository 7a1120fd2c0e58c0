// A list of words as one pattern that shares their common beginnings ("t(?:w(?:o|elve)|en)"):
// tried at every position of a text, an alternation of whole words tries each word in turn where
// this tries one letter per branch. It matches exactly the listed words (the same language); for a
// pattern whose match must end where a run of letters ends, as FIGURE's does, which alternative
// matched does not change what is found, so the order of the branches does not matter.

interface TrieNode {
  next: Map<string, TrieNode>;
  /** A listed word ends here. */
  ends: boolean;
}

/** Characters that stand for themselves in a pattern: letters and a hyphen (outside a class). */
const PLAIN = /^[a-z-]+$/;

/** The words, each of lower-case letters and hyphens, as one pattern (a non-capturing group). */
export function wordTrie(words: readonly string[]): string {
  const root: TrieNode = { next: new Map(), ends: false };
  for (const word of words) {
    if (!PLAIN.test(word)) throw new Error(`wordTrie lists lower-case letters and hyphens, not '${word}'`);
    let node = root;
    for (const character of word) {
      let child = node.next.get(character);
      if (!child) node.next.set(character, (child = { next: new Map(), ends: false }));
      node = child;
    }
    node.ends = true;
  }
  return `(?:${branches(root)})`;
}

function branches(node: TrieNode): string {
  return [...node.next].map(([character, child]) => character + rest(child)).join('|');
}

/** What may follow a node's letter: nothing, its branches, or its branches made optional where a word ends there. */
function rest(node: TrieNode): string {
  if (node.next.size === 0) return '';
  // one way on and no word ending here: the letters follow as they are, without a group
  if (node.next.size === 1 && !node.ends) return branches(node);
  return `(?:${branches(node)})${node.ends ? '?' : ''}`;
}
