// A copy of a string that keeps no other string alive. V8 makes a substring of 13 or more
// characters a view into its parent (a "sliced string"), so a slice of a document that outlives
// its analysis (a key in a module-level cache, a span in a memo) keeps the whole text alive, and
// as the researcher types, one version of it per keystroke: a 1 MB document is 2 MB a version.

/** Strings shorter than this are copied by V8 whenever they are cut or joined, never shared. */
export const SHARED_FROM = 13;

/**
 * The same characters in storage of their own. Joining makes a concatenation, which the slice
 * first flattens into fresh storage; the slice is then a view into that, not into `text`'s parent.
 */
export function ownCopy(text: string): string {
  return text.length < SHARED_FROM ? text : (' ' + text).slice(1);
}
